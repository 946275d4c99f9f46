import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geometryKey } from '../../../src/data/boundary-prepare';
import type { CommuneProperties } from '../../../src/data/types';
import { communeLabelPoints, interiorPoint, rememberLabelPoints } from '../../../src/map/labels';
import { bboxOf, clippedLabelPoints } from '../../../src/map/context-labels';

/** A circle of `n` points (closed) around (x, y). */
function circle(x: number, y: number, r: number, n: number): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) ring.push([x + r * Math.cos((2 * Math.PI * i) / n), y + r * Math.sin((2 * Math.PI * i) / n)]);
  ring.push(ring[0]!);
  return ring;
}

const props = (code: string): CommuneProperties => ({ gso_code: code, name: code, type: 'Xã', full_name: `Xã ${code}`, name_ascii: code, source_units: [] });
const BIG = 200_000;

describe('label helpers on rings far larger than the call stack allows as arguments', () => {
  const big: Polygon = { type: 'Polygon', coordinates: [circle(107, 16.8, 0.05, BIG)] };

  it('finds an inland point of a 200,000-point ring', () => {
    const [x, y] = interiorPoint(big.coordinates[0]!) as [number, number];
    expect(Math.hypot(x - 107, y - 16.8)).toBeLessThan(0.005);
  });

  it('labels a commune with such a ring, and uses a point found elsewhere (the worker) for the same geometry', () => {
    const commune: Feature<Polygon, CommuneProperties> = { type: 'Feature', properties: props('99001'), geometry: big };
    const [computed] = communeLabelPoints([commune], null);
    expect(Math.hypot(computed!.geometry.coordinates[0]! - 107, computed!.geometry.coordinates[1]! - 16.8)).toBeLessThan(0.005);
    rememberLabelPoints([{ code: '99001', key: geometryKey('99001', big), point: [107.01, 16.79] }]);
    expect(communeLabelPoints([commune], null)[0]!.geometry.coordinates).toEqual([107.01, 16.79]);
    const other: Feature<Polygon, CommuneProperties> = { ...commune, properties: props('99002') };
    expect(communeLabelPoints([other], null)[0]!.geometry.coordinates).not.toEqual([107.01, 16.79]);
  });

  it('measures the box of, and clips to a box, such a ring', () => {
    const features: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'big' }, geometry: big }] };
    const [w, s, e, n] = bboxOf(features);
    expect([w, s, e, n].map((v) => Math.round(v * 1000) / 1000)).toEqual([106.95, 16.75, 107.05, 16.85]);
    const [point] = clippedLabelPoints(features, [107, 16.8, 107.1, 16.9]);
    const [x, y] = point!.geometry.coordinates as [number, number];
    expect(x).toBeGreaterThan(107);
    expect(y).toBeGreaterThan(16.8);
    expect(Math.hypot(x - 107, y - 16.8)).toBeLessThan(0.05);
  });
});
