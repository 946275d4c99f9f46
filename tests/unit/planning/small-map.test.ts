import { describe, expect, it } from 'vitest';
import { smallMap } from '../../../src/planning/small-map';
import { builtInDataset } from '../data/planning/fixture';

const dataset = builtInDataset();

/** Every x,y pair of an SVG path's data. */
function points(d: string): [number, number][] {
  return [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('smallMap', () => {
  const map = smallMap(dataset.communes, 200, 150, 5);

  it('draws every commune with path data, keyed by GSO code', () => {
    expect(map.paths.map((p) => p.gsoCode).sort()).toEqual(dataset.communes.map((f) => f.properties.gso_code).sort());
    for (const p of map.paths) expect(p.d).toMatch(/^M/);
  });

  it('fits the communes inside the box less the padding and fills it along one side', () => {
    const all = map.paths.flatMap((p) => points(p.d));
    const xs = all.map((p) => p[0]);
    const ys = all.map((p) => p[1]);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(4.9);
    expect(Math.max(...xs)).toBeLessThanOrEqual(195.1);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(4.9);
    expect(Math.max(...ys)).toBeLessThanOrEqual(145.1);
    const spanX = Math.max(...xs) - Math.min(...xs);
    const spanY = Math.max(...ys) - Math.min(...ys);
    expect(Math.max(spanX / 190, spanY / 140)).toBeGreaterThan(0.98);
  });

  it('draws the polygons the right way round (not the whole globe): each path stays small', () => {
    for (const p of map.paths) {
      const pts = points(p.d);
      const w = Math.max(...pts.map((q) => q[0])) - Math.min(...pts.map((q) => q[0]));
      expect(w).toBeLessThan(200);
    }
  });

  it('gives an empty map for no communes', () => {
    expect(smallMap([], 100, 100).paths).toEqual([]);
  });
});
