/**
 * Web Mercator (d3-geo's spherical geoMercator) fitted to a box, and SVG path data of GeoJSON geometries. Pure.
 *
 * Winding: the app's GeoJSON follows RFC 7946 (exterior rings counter-clockwise, holes clockwise), while d3-geo
 * reads polygons on the sphere, where the exterior ring is the clockwise one and a counter-clockwise "exterior" is
 * the whole globe minus the polygon. Every geometry is therefore rewound (turf's `rewind` with `reverse`) before it
 * is handed to d3-geo.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Box } from './slide-layout';

/** Longitude/latitude (degrees) → box pixels (x east, y down), with its inverse and the d3-geo projection behind it. */
export interface Projection {
  (lng: number, lat: number): [number, number];
  invert: (x: number, y: number) => [number, number];
  /** The fitted d3-geo projection (for geoPath). */
  readonly geo: GeoProjection;
}

type Drawable = Geometry | Feature | FeatureCollection;

/**
 * A copy of `geojson` with d3-geo's spherical winding: exterior rings clockwise, holes counter-clockwise
 * (line strings may be reversed too, which does not change what is drawn).
 */
export function sphericalWinding<T extends Drawable>(geojson: T): T {
  return rewind(geojson, { reverse: true }) as T;
}

/** Web Mercator scaled and centred so that the features of `frame` fit in `box` less `padding` on each side. */
export function fitMercator(frame: Drawable, box: Box, padding = 0): Projection {
  const geo = geoMercator().fitExtent(
    [
      [box.x + padding, box.y + padding],
      [box.x + box.width - padding, box.y + box.height - padding],
    ],
    sphericalWinding(frame),
  );
  const project = ((lng: number, lat: number) => {
    const p = geo([lng, lat]);
    return p ? [p[0], p[1]] : [NaN, NaN];
  }) as Projection;
  project.invert = (x, y) => {
    const p = geo.invert?.([x, y]);
    return p ? [p[0], p[1]] : [NaN, NaN];
  };
  Object.defineProperty(project, 'geo', { value: geo, enumerable: true });
  return project;
}

const DRAWN = new Set<Geometry['type']>(['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString']);

/**
 * SVG path data (d3-geo's `M x,y L x,y … Z`) of a (Multi)Polygon or (Multi)LineString in RFC 7946 winding,
 * coordinates rounded to `digits` decimals; '' for other or null geometries.
 */
export function pathData(geometry: Geometry | null, project: Projection, digits = 1): string {
  if (!geometry || !DRAWN.has(geometry.type)) return '';
  // Only polygons are rewound: turf's rewind would also flip the direction of line strings.
  const drawn = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? sphericalWinding(geometry) : geometry;
  return geoPath(project.geo).digits(digits)(drawn) ?? '';
}
