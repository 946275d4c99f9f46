import { describe, expect, it } from 'vitest';
import { joinTableToBoundaries, type CommuneFeature } from '../../../src/data/join';
import { parsePlanTable } from '../../../src/data/plan-table';
import type { PlanTable } from '../../../src/data/types';

function feature(gso: string, name: string, type: 'Xã' | 'Thị trấn' = 'Xã'): CommuneFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
    properties: { gso_code: gso, name, type, full_name: `${type} ${name}`, name_ascii: name, source_units: [] },
  };
}

function table(csv: string): PlanTable {
  const result = parsePlanTable(csv, 't.csv');
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const FEATURES = [feature('19597', 'Cam Lộ', 'Thị trấn'), feature('19606', 'Cam Tuyền'), feature('19612', 'Cam Thành'), feature('19603', 'Thanh An')];

describe('joinTableToBoundaries', () => {
  it('matches prefixed and exact names, keeping diacritics when they decide', () => {
    const result = joinTableToBoundaries(table('unit,households,poor\nTT Cam Lộ,10,1\nXã Cam Thành,10,1\nthanh an,10,1\n'), FEATURES);
    expect(result.joined.map((u) => [u.row.name, u.feature.properties.gso_code, u.matchedBy])).toEqual([
      ['TT Cam Lộ', '19597', 'exact-name'],
      ['Xã Cam Thành', '19612', 'exact-name'],
      ['thanh an', '19603', 'exact-name'],
    ]);
    expect(result.unmatchedRows).toEqual([]);
    expect(result.unmatchedFeatures.map((f) => f.properties.gso_code)).toEqual(['19606']);
  });

  it('falls back to diacritic-folded names and says so', () => {
    const result = joinTableToBoundaries(table('unit,households,poor\nCam Tuyên,10,1\n'), FEATURES);
    expect(result.joined).toHaveLength(1);
    expect(result.joined[0]!.matchedBy).toBe('folded-name');
    expect(result.joined[0]!.feature.properties.name).toBe('Cam Tuyền');
  });

  it('prefers the GSO code over the name when the file gives one', () => {
    const result = joinTableToBoundaries(table('unit,gso_code,households,poor\nSomething else,19606,10,1\n'), FEATURES);
    expect(result.joined[0]!.feature.properties.name).toBe('Cam Tuyền');
    expect(result.joined[0]!.matchedBy).toBe('gso-code');
  });

  it('reports rows that match nothing', () => {
    const result = joinTableToBoundaries(table('unit,households,poor\nCam Hiếu,10,1\n'), FEATURES);
    expect(result.joined).toEqual([]);
    expect(result.unmatchedRows.map((r) => r.name)).toEqual(['Cam Hiếu']);
  });

  it('reports a folded name that matches two features instead of guessing', () => {
    const twins = [feature('1', 'Cam Thành'), feature('2', 'Cam Thạnh')];
    const result = joinTableToBoundaries(table('unit,households,poor\nCam Thanh,10,1\n'), twins);
    expect(result.joined).toEqual([]);
    expect(result.ambiguous).toHaveLength(1);
    expect(result.ambiguous[0]!.candidates.sort()).toEqual(['Xã Cam Thành', 'Xã Cam Thạnh']);
  });

  it('reports two rows that land on the same feature and joins neither', () => {
    const one = table('unit,gso_code,households,poor\nA,19606,10,1\nB,19612,10,1\n');
    const twice: PlanTable = { ...one, units: one.units.map((u) => ({ ...u, gsoCode: '19606' })) };
    const result = joinTableToBoundaries(twice, FEATURES);
    expect(result.joined).toEqual([]);
    expect(result.ambiguous.map((a) => a.row.name)).toEqual(['A', 'B']);
  });
});
