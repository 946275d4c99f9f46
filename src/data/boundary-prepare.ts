/**
 * Preparing a loaded JSON file for the app, written to run in a worker: parse the text, tell a plan from boundaries,
 * validate boundaries (schema, closed rings that enclose an area), simplify them to a vertex budget (turf) and find
 * each commune's label point (polylabel). Pure; loops only, never spread arguments, so a ring of any length is safe.
 */
import { bbox, simplify } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { parseBoundaries } from './boundaries';
import type { CommuneFeature } from './join';
import type { ParseIssue } from './types';

/** Most vertices a boundary file keeps for the map; larger files are simplified until they fit. */
export const VERTEX_BUDGET = 10_000;

/** Rings enclosing less than this (square degrees, about 1 cm²) enclose nothing. */
const MIN_AREA = 1e-14;

/** A commune's label point, with the key of the (prepared) geometry it belongs to. */
export interface BoundaryLabelPoint {
  code: string;
  key: string;
  point: [number, number];
}

/** Prepared boundaries: the collection to load, label points, and vertices read and kept. */
export interface PreparedBoundaries {
  collection: FeatureCollection<Polygon | MultiPolygon>;
  labelPoints: BoundaryLabelPoint[];
  vertices: { read: number; kept: number };
}

/** What a JSON file turned out to be. */
export type JsonReading =
  | { kind: 'plan'; json: unknown }
  | ({ kind: 'boundaries' } & PreparedBoundaries)
  | { kind: 'not-json'; message: string }
  | { kind: 'invalid-boundaries'; issues: ParseIssue[] };

/** Read a JSON file's text: a FeatureCollection is prepared as boundaries, any other JSON is a plan. */
export function readJsonText(text: string, file: string, budget = VERTEX_BUDGET): JsonReading {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { kind: 'not-json', message: error instanceof Error ? error.message : String(error) };
  }
  const isCollection = json !== null && typeof json === 'object' && (json as { type?: unknown }).type === 'FeatureCollection';
  if (!isCollection) return { kind: 'plan', json };
  const prepared = prepareBoundaries(json, file, budget);
  return prepared.ok ? { kind: 'boundaries', ...prepared.value } : { kind: 'invalid-boundaries', issues: prepared.issues };
}

/** Validate a boundary collection, simplify it to `budget` vertices and find its label points. */
export function prepareBoundaries(json: unknown, file: string, budget = VERTEX_BUDGET): { ok: true; value: PreparedBoundaries } | { ok: false; issues: ParseIssue[] } {
  const parsed = parseBoundaries(json, file); // zod returns new arrays and objects: the features are ours to simplify in place
  if (!parsed.ok) return parsed;
  const issues = parsed.value.flatMap((f, i) => ringIssues(f, i, file)).slice(0, 50);
  if (issues.length) return { ok: false, issues };
  const read = countVertices(parsed.value);
  let features: CommuneFeature[];
  try {
    features = simplifyToBudget(parsed.value, budget, false);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ file, code: 'schema', row: null, column: 'features', value: null, message: `the boundaries cannot be simplified (${detail})` }] };
  }
  const labelPoints = features.map((f) => ({ code: f.properties.gso_code, key: geometryKey(f.properties.gso_code, f.geometry), point: labelPointOf(f.geometry) }));
  return { ok: true, value: { collection: { type: 'FeatureCollection', features }, labelPoints, vertices: { read, kept: countVertices(features) } } };
}

/** Problems of a feature's rings that the schema cannot see: a ring not closed, or one enclosing no area. */
function ringIssues(feature: CommuneFeature, index: number, file: string): ParseIssue[] {
  const issues: ParseIssue[] = [];
  const name = feature.properties.full_name;
  polygonsOf(feature.geometry).forEach((rings, p) =>
    rings.forEach((ring, r) => {
      const column = `features.${index}.geometry.coordinates${feature.geometry.type === 'MultiPolygon' ? `.${p}` : ''}.${r}`;
      const first = ring[0]!;
      const last = ring[ring.length - 1]!;
      if (first[0] !== last[0] || first[1] !== last[1]) {
        issues.push({ file, code: 'schema', row: index + 1, column, value: null, message: `${name}: ring ${r + 1} is not closed (its last point [${last[0]}, ${last[1]}] differs from its first [${first[0]}, ${first[1]}])` });
      } else if (Math.abs(ringArea(ring)) < MIN_AREA) {
        issues.push({ file, code: 'schema', row: index + 1, column, value: null, message: `${name}: ring ${r + 1} encloses no area (its ${ring.length} points lie on one line)` });
      }
    }),
  );
  return issues;
}

/**
 * Simplify (turf, Douglas–Peucker) until at most `budget` vertices remain: the tolerance starts at 1e-5 of the
 * collection's diagonal and grows threefold each round. Collections within the budget are returned as they are;
 * `copy: false` lets it rewrite the given features in place (for features of its own, e.g. fresh from zod).
 */
export function simplifyToBudget(features: CommuneFeature[], budget: number, copy = true): CommuneFeature[] {
  if (countVertices(features) <= budget) return features;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features });
  const diagonal = Math.hypot(e - w, n - s);
  let tolerance = diagonal * 1e-5;
  let collection = simplify({ type: 'FeatureCollection', features }, { tolerance, highQuality: false, mutate: !copy });
  while (countVertices(collection.features) > budget && tolerance < diagonal / 100) {
    tolerance *= 3;
    collection = simplify(collection, { tolerance, highQuality: false, mutate: true });
  }
  return collection.features;
}

/** Number of positions of a set of (multi)polygon features. */
export function countVertices(features: readonly { geometry: Polygon | MultiPolygon }[]): number {
  let count = 0;
  for (const f of features) for (const rings of polygonsOf(f.geometry)) for (const ring of rings) count += ring.length;
  return count;
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

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Signed planar area of a ring, measured from its first point so large coordinates lose no precision. */
function ringArea(ring: readonly Position[]): number {
  const [x0, y0] = [ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0];
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - x0) * (ring[i]![1]! - y0) - (ring[i]![0]! - x0) * (ring[j]![1]! - y0);
  }
  return sum / 2;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6 + 0;
