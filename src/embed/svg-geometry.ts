/**
 * Hình học của bản đồ SVG / The SVG map's geometry: d3-geo's Mercator fitted to the district (as MapLibre fits its
 * bounds), one path per commune, the outline and neighbours, and each commune's label point and anchor. Pure.
 */
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { CommuneFeature } from '../data/join';
import type { MapContext } from '../data/default-sources';
import { communeLabelPoints, labelAnchorOrder, type TextAnchor } from '../map/labels';

/** A commune's label on the SVG: its point in pixels and where the text lies from it. */
export interface SvgLabel {
  x: number;
  y: number;
  anchor: TextAnchor;
}

/** Everything the SVG map draws that depends only on the boundaries and the size. */
export interface SvgGeometry {
  width: number;
  height: number;
  /** Path data of each commune, in the dataset's order. */
  communes: { code: string; d: string }[];
  outline: string;
  neighbours: string;
  /** Label of each commune by GSO code. */
  labels: Record<string, SvgLabel>;
}

const HALF_SPHERE = 2 * Math.PI;

/** Rings wound the way d3-geo reads spherical polygons (GeoJSON files wind them the other way, which d3 reads as the whole globe minus the polygon). */
export function windForD3<G extends Geometry>(geometry: G): G {
  const fix = (rings: Position[][]): Position[][] =>
    geoArea({ type: 'Polygon', coordinates: rings }) > HALF_SPHERE ? rings.map((ring) => [...ring].reverse()) : rings;
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map(fix) };
  return geometry;
}

const wound = new WeakMap<object, Feature[]>();

/** The features with d3-friendly winding, cached per feature list. */
function woundFeatures(features: readonly Feature[]): Feature[] {
  let out = wound.get(features);
  if (!out) {
    out = features.map((f) => (f.geometry ? { ...f, geometry: windForD3(f.geometry) } : f));
    wound.set(features, out);
  }
  return out;
}

/** Padding around the district, as the MapLibre map pads its bounds: 5 % of the short side, 8–32 px. */
export function framePadding(width: number, height: number): number {
  return Math.round(Math.max(8, Math.min(32, Math.min(width, height) * 0.05)));
}

/** The geometry of a map of `width` × `height` CSS pixels showing `communes` framed by the district outline. */
export function svgGeometry(communes: readonly CommuneFeature[], context: MapContext, width: number, height: number): SvgGeometry {
  const communeFeatures = woundFeatures(communes);
  const outline = woundFeatures(context.outline.features);
  const neighbours = woundFeatures(context.neighbours.features);
  const frame: FeatureCollection = { type: 'FeatureCollection', features: outline.length ? outline : communeFeatures };
  const pad = framePadding(width, height);
  const projection = geoMercator().fitExtent(
    [
      [pad, pad],
      [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
    ],
    frame,
  );
  const path = geoPath(projection).digits(1);
  const collection = (features: Feature[]) => path({ type: 'FeatureCollection', features }) ?? '';
  const points = communeLabelPoints(communes, context.labelPoints);
  const order = labelAnchorOrder(points.map((p) => ({ id: p.properties.gso_code, lng: p.geometry.coordinates[0]!, lat: p.geometry.coordinates[1]! })));
  const labels: Record<string, SvgLabel> = {};
  for (const p of points) {
    const [x, y] = projection(p.geometry.coordinates as [number, number]) ?? [0, 0];
    labels[p.properties.gso_code] = { x, y, anchor: order[p.properties.gso_code]?.[0] ?? 'center' };
  }
  return {
    width,
    height,
    communes: communeFeatures.map((f, i) => ({ code: communes[i]!.properties.gso_code, d: path(f) ?? '' })),
    outline: collection(outline),
    neighbours: collection(neighbours),
    labels,
  };
}

/** SVG text placement of a label anchor: `text-anchor` and the offset from the point, in ems (MapLibre's radial offset, 0.35 em). */
export function anchorPlacement(anchor: TextAnchor): { textAnchor: 'start' | 'middle' | 'end'; dx: number; dy: number } {
  const x = anchor.includes('left') ? 1 : anchor.includes('right') ? -1 : 0;
  const y = anchor.startsWith('top') ? 1 : anchor.startsWith('bottom') ? -1 : 0;
  const len = Math.hypot(x, y) || 1;
  return { textAnchor: x > 0 ? 'start' : x < 0 ? 'end' : 'middle', dx: (x / len) * 0.35, dy: (y / len) * 0.35 + y * 0.5 };
}
