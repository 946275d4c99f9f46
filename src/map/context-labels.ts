/**
 * Nhãn và khung của bối cảnh / Labels of the context polygons (neighbouring districts) clipped to the map, and the
 * bounds of feature sets, by turf: only the MapLibre style, the export and the explorer's map need them, so they stay
 * out of the SVG embed's start (./labels is the light part). Pure.
 */
import { area, bbox as turfBbox, bboxClip, bboxPolygon } from '@turf/turf';
import type { BBox, Feature, FeatureCollection, Point, Position } from 'geojson';
import { poleOf } from '../data/label-geometry';

/**
 * A label point for each context polygon (neighbouring districts): the most inland point of its largest
 * part inside `bbox` (turf bboxClip, then polylabel); parts with less than 2 % of the box's area inside it get none.
 */
export function clippedLabelPoints(
  features: FeatureCollection,
  bbox: readonly [number, number, number, number],
): Feature<Point, Record<string, unknown>>[] {
  const out: Feature<Point, Record<string, unknown>>[] = [];
  const box = [...bbox] as BBox;
  const minArea = 0.02 * area(bboxPolygon(box));
  for (const f of features.features) {
    const geometry = f.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    let best: { rings: Position[][]; area: number } | null = null;
    for (const rings of parts) {
      const clipped = bboxClip({ type: 'Polygon', coordinates: [rings[0] ?? []] }, box).geometry.coordinates as Position[][];
      if (!clipped[0] || clipped[0].length < 4) continue;
      const size = area({ type: 'Polygon', coordinates: [clipped[0]] });
      if (!best || size > best.area) best = { rings: [clipped[0]], area: size };
    }
    if (!best || best.area < minArea) continue;
    out.push({ type: 'Feature', properties: { ...(f.properties ?? {}) }, geometry: { type: 'Point', coordinates: poleOf(best.rings) } });
  }
  return out;
}

/** Bounding box [west, south, east, north] of a set of features' coordinates (turf bbox). */
export function bboxOf(features: FeatureCollection): [number, number, number, number] {
  const [w, s, e, n] = turfBbox(features);
  return [w, s, e, n];
}
