import { describe, expect, it } from 'vitest';
import type { CommuneFeature } from '../../../src/data/join';
import { placeDataset, unionDissolve } from '../../../src/import/place-dataset';
import { matchUnits } from '../../../src/import/unit-match';
import { tableRows, unitsOf } from '../../../src/import/place-locate';
import { loadTable } from '../../../src/import/import-session';
import { builtInDataset, SEED_ANNEX } from './fixtures';

const square = (code: string, name: string, x: number): CommuneFeature => ({
  type: 'Feature', id: code,
  geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] },
  properties: { gso_code: code, name, type: 'Xã', full_name: `Xã ${name}`, name_ascii: name, source_units: [] },
});

describe('placeDataset', () => {
  it('dissolves two touching units into one polygon with turf', () => {
    const merged = unionDissolve([square('1', 'Cam An', 0), square('2', 'Cam Thanh', 1)]);
    expect(merged?.type).toBe('Polygon');
    const ring = (merged as { coordinates: number[][][] }).coordinates[0]!;
    const xs = ring.map((p) => p[0]!);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([0, 2]);
  });

  it('checks the plan text only when it is of the same place', async () => {
    const current = builtInDataset();
    const o = await loadTable({ text: SEED_ANNEX }, {}, { current, assets: null });
    if (o.stage !== 'placed') throw new Error(o.stage);
    const features = current.communes;
    const matching = matchUnits(tableRows(o.read), unitsOf(features));
    const same = placeDataset({ table: o.read.table, matching, features, plan: current.plan, planOfPlace: true });
    const other = placeDataset({ table: o.read.table, matching, features, plan: current.plan, planOfPlace: false });
    expect(same.findings.some((f) => f.kind === 'text-figure')).toBe(true);
    expect(other.findings.some((f) => f.kind === 'text-figure')).toBe(false);
    expect(other.findings.filter((f) => f.kind === 'rate').map((f) => f.id)).toEqual(same.findings.filter((f) => f.kind === 'rate').map((f) => f.id));
  });
});
