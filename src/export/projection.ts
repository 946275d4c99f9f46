/** A planar Web-Mercator projection fitted to a box, and SVG path data of GeoJSON geometries. Pure. */
import type { Geometry, Position } from 'geojson';
import type { Box } from './slide-layout';

/** Longitude/latitude (degrees) → box pixels (x east, y down), with its inverse. */
export interface Projection {
  (lng: number, lat: number): [number, number];
  invert: (x: number, y: number) => [number, number];
}

const RAD = Math.PI / 180;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
const invMercY = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;

/** Web Mercator scaled and centred so that `bbox` [west, south, east, north] fits in `box` less `padding`. */
export function fitMercator(bbox: readonly [number, number, number, number], box: Box, padding = 0): Projection {
  const [w, s, e, n] = bbox;
  const x0 = w * RAD;
  const x1 = e * RAD;
  const y0 = mercY(s);
  const y1 = mercY(n);
  const k = Math.min((box.width - 2 * padding) / Math.max(x1 - x0, 1e-12), (box.height - 2 * padding) / Math.max(y1 - y0, 1e-12));
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const mx = (x0 + x1) / 2;
  const my = (y0 + y1) / 2;
  const project = ((lng: number, lat: number) => [cx + (lng * RAD - mx) * k, cy - (mercY(lat) - my) * k]) as Projection;
  project.invert = (x, y) => [((x - cx) / k + mx) / RAD, invMercY(my - (y - cy) / k)];
  return project;
}

function linesOf(geometry: Geometry): { lines: Position[][]; closed: boolean } {
  switch (geometry.type) {
    case 'Polygon':
      return { lines: geometry.coordinates, closed: true };
    case 'MultiPolygon':
      return { lines: geometry.coordinates.flat(), closed: true };
    case 'LineString':
      return { lines: [geometry.coordinates], closed: false };
    case 'MultiLineString':
      return { lines: geometry.coordinates, closed: false };
    default:
      return { lines: [], closed: false };
  }
}

/** SVG path data of a (Multi)Polygon or (Multi)LineString, coordinates rounded to `digits` decimals; '' for other geometries. */
export function pathData(geometry: Geometry | null, project: Projection, digits = 1): string {
  if (!geometry) return '';
  const { lines, closed } = linesOf(geometry);
  const f = 10 ** digits;
  const round = (v: number) => Math.round(v * f) / f;
  return lines
    .map((line) => {
      const points: string[] = [];
      for (const p of line) {
        const [x, y] = project(p[0]!, p[1]!);
        const point = `${round(x)} ${round(y)}`;
        if (points[points.length - 1] !== point) points.push(point);
      }
      if (closed && points.length > 1 && points[0] === points[points.length - 1]) points.pop();
      return points.length < (closed ? 3 : 2) ? '' : `M${points.join('L')}${closed ? 'Z' : ''}`;
    })
    .join('');
}
