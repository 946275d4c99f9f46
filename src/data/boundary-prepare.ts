/**
 * Preparing a loaded JSON file for the app, written to run in a worker: parse the text, tell a plan from boundaries,
 * validate boundaries (schema, closed rings that enclose an area), simplify them to a vertex budget (turf) and find
 * each commune's label point (polylabel). Pure; loops only, never spread arguments, so a ring of any length is safe.
 */
import { bbox, simplify } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { parseBoundaries } from './boundaries';
import { geometryKey, labelPointOf, polygonsOf, ringArea, type BoundaryLabelPoint } from './label-geometry';

export { geometryKey, labelPointOf, poleOf, ringBox, type BoundaryLabelPoint } from './label-geometry';
import type { CommuneFeature } from './join';
import type { ParseIssue } from './types';

/** Most vertices a boundary file keeps for the map; larger files are simplified until they fit. */
export const VERTEX_BUDGET = 10_000;

/** Rings enclosing less than this (square degrees, about 1 cm²) enclose nothing. */
const MIN_AREA = 1e-14;

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
