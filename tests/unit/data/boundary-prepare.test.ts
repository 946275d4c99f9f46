import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseBoundaries } from '../../../src/data/boundaries';
import { countVertices, geometryKey, labelPointOf, poleOf, prepareBoundaries, readJsonText, simplifyToBudget, VERTEX_BUDGET } from '../../../src/data/boundary-prepare';
import type { CommuneFeature } from '../../../src/data/join';

const COMMUNES = fileURLToPath(new URL('../../../geo/boundaries/cam-lo-communes.geojson', import.meta.url));
const camLo = (): FeatureCollection<Polygon> => JSON.parse(readFileSync(COMMUNES, 'utf8'));

/** A ring with `total` points: each edge cut into equal steps, pushed off the edge by a small sine (`amplitude` degrees). */
function densify(ring: Position[], total: number, amplitude: number): Position[] {
  const steps = Math.ceil(total / (ring.length - 1));
  const out: Position[] = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i]!, ring[i + 1]!];
    const len = Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!) || 1;
    const [nx, ny] = [-(b[1]! - a[1]!) / len, (b[0]! - a[0]!) / len];
    for (let j = 0; j < steps; j++) {
      const t = j / steps;
      const w = amplitude * Math.sin((2 * Math.PI * j) / 40);
      out.push([a[0]! + t * (b[0]! - a[0]!) + w * nx, a[1]! + t * (b[1]! - a[1]!) + w * ny]);
    }
  }
  out.push(out[0]!);
  return out;
}

/** The Cam Lộ communes with every ring densified: one of 130,000 points, 300,000 in all. */
function dense(): FeatureCollection<Polygon> {
  const c = camLo();
  c.features.forEach((f, i) => (f.geometry.coordinates = [densify(f.geometry.coordinates[0]!, i === 0 ? 130_000 : 25_000, 3e-5)]));
  return c;
}

const square = (x: number, y: number, size: number): Position[] => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];

describe('readJsonText', () => {
  it('tells boundaries from a plan and from text that is not JSON', () => {
    expect(readJsonText('\uFEFF{"title": "Kế hoạch"}', 'plan.json')).toEqual({ kind: 'plan', json: { title: 'Kế hoạch' } });
    const boundaries = readJsonText(JSON.stringify(camLo()), 'b.geojson');
    expect(boundaries.kind).toBe('boundaries');
    const broken = readJsonText('{"type": "FeatureCollection",', 'b.geojson');
    expect(broken.kind).toBe('not-json');
  });
});

describe('prepareBoundaries', () => {
  it('keeps a file within the budget as it is, with a label point inside each commune', () => {
    const source = camLo();
    const result = prepareBoundaries(source, 'b.geojson');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { collection, labelPoints, vertices } = result.value;
    expect(collection.features.map((f) => f.geometry)).toEqual(source.features.map((f) => f.geometry));
    expect(vertices.read).toBe(vertices.kept);
    collection.features.forEach((f, i) => {
      expect(labelPoints[i]!.code).toBe((f.properties as { gso_code: string }).gso_code);
      expect(labelPoints[i]!.key).toBe(geometryKey(labelPoints[i]!.code, f.geometry));
      expect(booleanPointInPolygon(labelPoints[i]!.point, f.geometry)).toBe(true);
    });
  });

  it('simplifies 300,000 vertices (one ring of 130,000) to the budget, still valid, labels inside the original shapes', () => {
    const source = dense();
    expect(countVertices(source.features)).toBeGreaterThanOrEqual(300_000);
    const result = prepareBoundaries(source, 'dense.geojson');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { collection, labelPoints, vertices } = result.value;
    expect(vertices.read).toBe(countVertices(source.features));
    expect(vertices.kept).toBeLessThanOrEqual(VERTEX_BUDGET);
    expect(parseBoundaries(collection, 'dense.geojson').ok).toBe(true);
    expect(countVertices(source.features), 'the given collection is left as it was').toBe(vertices.read);
    source.features.forEach((f, i) => {
      expect(booleanPointInPolygon(labelPoints[i]!.point, f.geometry), f.properties!['name']).toBe(true);
      expect(area(collection.features[i]!) / area(f), 'area kept').toBeCloseTo(1, 2);
    });
  }, 60_000);

  it('names the feature and ring of a ring that is not closed or encloses no area', () => {
    const source = camLo();
    source.features[2]!.geometry.coordinates[0]!.pop();
    source.features[4]!.geometry.coordinates = [[[107, 16.8], [107.01, 16.81], [107.02, 16.82], [107, 16.8]]];
    const result = prepareBoundaries(source, 'b.geojson');
    if (result.ok) throw new Error('accepted');
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([
      [3, 'features.2.geometry.coordinates.0'],
      [5, 'features.4.geometry.coordinates.0'],
    ]);
    expect(result.issues[0]!.message).toMatch(/Thanh An: ring 1 is not closed/);
    expect(result.issues[1]!.message).toMatch(/encloses no area/);
  });

  it('passes on schema problems with the feature and property', () => {
    const source = camLo();
    delete (source.features[1]!.properties as Record<string, unknown>)['gso_code'];
    const result = prepareBoundaries(source, 'b.geojson');
    if (result.ok) throw new Error('accepted');
    expect(result.issues[0]).toMatchObject({ file: 'b.geojson', code: 'schema', row: 2, column: 'features.1.properties.gso_code' });
  });
});

describe('simplifyToBudget', () => {
  it('returns features within the budget untouched and cuts a larger set to it', () => {
    const features = dense().features as CommuneFeature[];
    expect(simplifyToBudget(features, 400_000)).toBe(features);
    expect(countVertices(simplifyToBudget(features, 5_000))).toBeLessThanOrEqual(5_000);
  }, 60_000);
});

describe('label points', () => {
  it('puts the pole of a square at its centre and keeps out of a U’s notch', () => {
    const [x, y] = poleOf([square(10, 10, 0.1)]);
    expect(x).toBeCloseTo(10.05, 3);
    expect(y).toBeCloseTo(10.05, 3);
    const [ux, uy] = poleOf([[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]]);
    expect(ux < 1 || ux > 2 || uy < 1).toBe(true);
  });

  it('labels the largest part of a multipolygon and avoids its hole', () => {
    const donut: Position[][] = [square(0, 0, 1), square(0.2, 0.2, 0.6)];
    const [x, y] = labelPointOf({ type: 'MultiPolygon', coordinates: [[square(5, 5, 0.1)], donut] });
    expect(x).toBeLessThan(1);
    expect(x > 0.8 || x < 0.2 || y > 0.8 || y < 0.2).toBe(true);
  });

  it('labels a 130,000-point ring without a stack overflow', () => {
    const f = dense().features[0] as Feature<Polygon>;
    expect(f.geometry.coordinates[0]!.length).toBeGreaterThanOrEqual(130_000);
    expect(booleanPointInPolygon(labelPointOf(f.geometry), f.geometry)).toBe(true);
  });
});
