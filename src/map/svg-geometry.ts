/**
 * Hình học của bản đồ SVG / The SVG map's geometry: Web Mercator fitted to the district (as MapLibre fits its bounds),
 * one path per commune, the outline and neighbours, and each commune's label point and anchor. Pure. The projection
 * is a planar d3-geo `geoTransform` (Mercator's formula, then scale and translate): straight edges between the
 * vertices in the Mercator plane, as MapLibre draws them, with neither spherical clipping nor resampling, so none of
 * d3-geo's sphere machinery is in the embed's start.
 */
import { geoPath, geoTransform, type GeoStreamWrapper } from 'd3-geo';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { CommuneFeature } from '../data/join';
import type { MapContext } from '../data/default-sources';
import { communeLabelPoints, labelAnchorOrder, type TextAnchor } from './labels';

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

/** Web Mercator of a longitude / latitude in radians-sized units, y pointing south (screen-like). */
export function mercator(lng: number, lat: number): [number, number] {
  const phi = (lat * Math.PI) / 180;
  return [(lng * Math.PI) / 180, -Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/** A d3-geo stream transform applying `project` to every point. */
export function planar(project: (lng: number, lat: number) => [number, number]): GeoStreamWrapper {
  return geoTransform({
    point(this: { stream: { point(x: number, y: number): void } }, lng: number, lat: number) {
      const [x, y] = project(lng, lat);
      this.stream.point(x, y);
    },
  });
}

/** The scale and translation that fit planar bounds [[x0, y0], [x1, y1]] into an extent and centre them in it. */
export interface PlanarFit {
  k: number;
  tx: number;
  ty: number;
}

/** The fit of planar `bounds` into the extent [[x0, y0], [x1, y1]] (what d3's `projection.fitExtent` computes). */
export function fitPlanar(extent: [[number, number], [number, number]], bounds: [[number, number], [number, number]]): PlanarFit {
  const [[bx0, by0], [bx1, by1]] = bounds;
  const [[x0, y0], [x1, y1]] = extent;
  const k = Math.min((x1 - x0) / (bx1 - bx0 || 1), (y1 - y0) / (by1 - by0 || 1));
  return { k, tx: x0 + (x1 - x0 - k * (bx1 + bx0)) / 2, ty: y0 + (y1 - y0 - k * (by1 + by0)) / 2 };
}

/** The extent a map of `width` × `height` CSS pixels frames its district in: the box inside its padding. */
export function frameExtent(width: number, height: number): [[number, number], [number, number]] {
  const pad = framePadding(width, height);
  return [
    [pad, pad],
    [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
  ];
}

/**
 * Mercator scaled and translated so `frame` fills the extent [[x0, y0], [x1, y1]] and is centred in it (what d3's
 * `projection.fitExtent` does), as a point function.
 */
export function fitMercator(extent: [[number, number], [number, number]], frame: FeatureCollection): (lng: number, lat: number) => [number, number] {
  const { k, tx, ty } = fitPlanar(extent, geoPath(planar(mercator)).bounds(frame));
  return (lng, lat) => {
    const [x, y] = mercator(lng, lat);
    return [tx + k * x, ty + k * y];
  };
}

/** Padding around the district, as the MapLibre map pads its bounds: 5 % of the short side, 8–32 px. */
export function framePadding(width: number, height: number): number {
  return Math.round(Math.max(8, Math.min(32, Math.min(width, height) * 0.05)));
}

/** Above this many communes the SVG draws no labels (they would cover the map; the zoomable map places them by collision). */
export const SVG_LABEL_LIMIT = 150;

/** A commune's label point and the side its text lies on, whatever the map's size. */
export interface LabelAnchor {
  code: string;
  lng: number;
  lat: number;
  anchor: TextAnchor;
}

/** The label points of `communes` with their anchors; none above SVG_LABEL_LIMIT communes. */
export function labelAnchors(communes: readonly CommuneFeature[], context: MapContext): LabelAnchor[] {
  const points = communes.length > SVG_LABEL_LIMIT ? [] : communeLabelPoints(communes, context.labelPoints);
  const order = labelAnchorOrder(points.map((p) => ({ id: p.properties.gso_code, lng: p.geometry.coordinates[0]!, lat: p.geometry.coordinates[1]! })));
  return points.map((p) => {
    const [lng, lat] = p.geometry.coordinates as Position;
    return { code: p.properties.gso_code, lng: lng!, lat: lat!, anchor: order[p.properties.gso_code]?.[0] ?? 'center' };
  });
}

/** What a map of `communes` frames: the district outline, else (the national overview has none) the communes themselves. */
export function frameFeatures(communes: readonly CommuneFeature[], context: MapContext): FeatureCollection {
  const outline = context.outline.features;
  return { type: 'FeatureCollection', features: outline.length ? outline : [...communes] };
}

/** The geometry of a map of `width` × `height` CSS pixels showing `communes` framed by the district outline. */
export function svgGeometry(communes: readonly CommuneFeature[], context: MapContext, width: number, height: number): SvgGeometry {
  const outline = context.outline.features;
  const project = fitMercator(frameExtent(width, height), frameFeatures(communes, context));
  const path = geoPath(planar(project)).digits(1);
  const collection = (features: Feature[]) => path({ type: 'FeatureCollection', features }) ?? '';
  const labels: Record<string, SvgLabel> = {};
  for (const { code, lng, lat, anchor } of labelAnchors(communes, context)) {
    const [x, y] = project(lng, lat);
    labels[code] = { x, y, anchor };
  }
  return {
    width,
    height,
    communes: communes.map((f) => ({ code: f.properties.gso_code, d: path(f) ?? '' })),
    outline: collection(outline),
    neighbours: collection(context.neighbours.features),
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
