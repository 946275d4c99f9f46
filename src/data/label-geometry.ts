/** Label points of polygons (polylabel, distances scaled by latitude) and cheap geometry keys. Light, for the first frame. Pure. */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';

/** A commune's label point, with the key of the (prepared) geometry it belongs to. */
export interface BoundaryLabelPoint {
  code: string;
  key: string;
  point: [number, number];
}

/** A short key of a commune's geometry (code, parts, vertices, first point), cheap to compute on any size. */
export function geometryKey(code: string, geometry: Polygon | MultiPolygon): string {
  const polygons = polygonsOf(geometry);
  let count = 0;
  for (const rings of polygons) for (const ring of rings) count += ring.length;
  const first = polygons[0]?.[0]?.[0] ?? [];
  return `${code}|${polygons.length}|${count}|${first[0]},${first[1]}`;
}

/** Label point of a (multi)polygon: the pole of inaccessibility of its largest part. */
export function labelPointOf(geometry: Polygon | MultiPolygon): [number, number] {
  let best: Position[][] = [];
  let bestArea = -1;
  for (const rings of polygonsOf(geometry)) {
    const area = Math.abs(ringArea(rings[0] ?? []));
    if (area > bestArea) [best, bestArea] = [rings, area];
  }
  return poleOf(best);
}

/**
 * The point of a polygon (outer ring, then holes) farthest from its edges, by polylabel to 1 % of the polygon's
 * smaller side; x is scaled by cos(latitude) first so the distances match the map.
 */
export function poleOf(polygon: readonly (readonly Position[])[]): [number, number] {
  const outer = polygon[0] ?? [];
  if (outer.length === 0) return [0, 0];
  if (outer.length < 3) return [outer[0]![0]!, outer[0]![1]!];
  const [w, s, e, n] = ringBox(outer);
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180) || 1;
  const scaled = polygon.map((ring) => ring.map((p) => [p[0]! * k, p[1]!]));
  const size = Math.min((e - w) * k, n - s);
  const pole = polylabel(scaled, Math.max(size / 100, 1e-9));
  return [round6(pole[0]! / k), round6(pole[1]!)];
}

/** Bounding box [west, south, east, north] of a ring. */
export function ringBox(ring: readonly Position[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of ring) {
    if (p[0]! < box[0]) box[0] = p[0]!;
    if (p[1]! < box[1]) box[1] = p[1]!;
    if (p[0]! > box[2]) box[2] = p[0]!;
    if (p[1]! > box[3]) box[3] = p[1]!;
  }
  return box;
}

/** The polygons of a Polygon or MultiPolygon, as lists of rings. */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Signed planar area of a ring, measured from its first point so large coordinates lose no precision. */
export function ringArea(ring: readonly Position[]): number {
  const [x0, y0] = [ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0];
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - x0) * (ring[i]![1]! - y0) - (ring[i]![0]! - x0) * (ring[j]![1]! - y0);
  }
  return sum / 2;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6 + 0;
