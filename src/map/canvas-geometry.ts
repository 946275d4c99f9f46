/**
 * Hình học của bản đồ canvas / The canvas first frame's geometry (./canvas-choropleth), made once per dataset and
 * context: each commune, the outline and the neighbours as a Path2D in the Web Mercator plane (normalised so the frame
 * spans about 1,000 units), and the label anchors. A map of any size is then drawn with one scale and translation
 * (`canvasFit`, the fit ./svg-geometry computes for the SVG map), so a resize while the page lays out only redraws.
 */
import { geoPath, type GeoContext } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import type { CommuneFeature } from '../data/join';
import type { MapContext } from '../data/default-sources';
import { fitPlanar, frameExtent, frameFeatures, labelAnchors, mercator, planar, type LabelAnchor, type PlanarFit } from './svg-geometry';

/** Planar bounds [[x0, y0], [x1, y1]]. */
type Bounds = [[number, number], [number, number]];

/** Size of the frame's longer side in the normalised plane. */
const FRAME_UNITS = 1000;

/** What the canvas map draws that depends only on the boundaries. */
export interface CanvasGeometry {
  /** The frame (district outline, else the communes) in the normalised plane. */
  frame: Bounds;
  /** Each commune's path, in the dataset's order. */
  communes: { code: string; path: Path2D }[];
  outline: Path2D;
  neighbours: Path2D;
  labels: LabelAnchor[];
  /** A longitude / latitude in the normalised plane. */
  project: (lng: number, lat: number) => [number, number];
}

/** d3-geo's drawing context over a Path2D (the type asks for `beginPath`, which d3-geo's path never calls). */
function pathContext(path: Path2D): GeoContext {
  return {
    beginPath: () => undefined,
    moveTo: (x, y) => path.moveTo(x, y),
    lineTo: (x, y) => path.lineTo(x, y),
    arc: (x, y, radius, start, end) => path.arc(x, y, radius, start, end),
    closePath: () => path.closePath(),
  };
}

/** The geometry of `communes` framed by the district outline (see the module comment). */
export function canvasGeometry(communes: readonly CommuneFeature[], context: MapContext): CanvasGeometry {
  const [[bx0, by0], [bx1, by1]] = geoPath(planar(mercator)).bounds(frameFeatures(communes, context));
  const s = FRAME_UNITS / (Math.max(bx1 - bx0, by1 - by0) || 1);
  const project = (lng: number, lat: number): [number, number] => {
    const [x, y] = mercator(lng, lat);
    return [(x - bx0) * s, (y - by0) * s];
  };
  const stream = planar(project);
  const path = (object: Feature | FeatureCollection): Path2D => {
    const out = new Path2D();
    geoPath(stream, pathContext(out))(object);
    return out;
  };
  return {
    frame: [[0, 0], [(bx1 - bx0) * s, (by1 - by0) * s]],
    communes: communes.map((f) => ({ code: f.properties.gso_code, path: path(f) })),
    outline: path(context.outline),
    neighbours: path(context.neighbours),
    labels: labelAnchors(communes, context),
    project,
  };
}

/** The scale and translation that draw `geometry` on a map of `width` × `height` CSS pixels, padded as the MapLibre map. */
export function canvasFit(geometry: CanvasGeometry, width: number, height: number): PlanarFit {
  return fitPlanar(frameExtent(width, height), geometry.frame);
}
