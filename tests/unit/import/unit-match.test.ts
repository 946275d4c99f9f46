import { describe, expect, it } from 'vitest';
import { matchUnits, matchNote } from '../../../src/import/unit-match';
import { codeKey, variantKey } from '../../../src/import/unit-keys';
import type { PlaceUnit, TableUnitRow } from '../../../src/import/unit-keys';

const u = (code: string, fullName: string): PlaceUnit => {
  const [type, ...rest] = fullName.startsWith('Thị trấn') ? ['Thị trấn', ...fullName.slice(9).split(' ')] : fullName.split(' ');
  return { code, name: rest.join(' '), fullName, type: type ?? null };
};
const UNITS = [u('10001', 'Xã An Phú'), u('10002', 'Xã Bình Quý'), u('10003', 'Thị trấn Phú Mỹ'), u('10004', 'Xã Phú Mỹ'), u('10005', 'Xã Hòa Bình'), u('10006', 'Xã Hòa Lợi'), u('10007', 'Phường 1')];
const rows = (...names: string[]): TableUnitRow[] => names.map((name, i) => ({ row: i + 2, name, code: null }));

describe('matchUnits', () => {
  it('matches by exact name, name without diacritics and spelling variant, and lists what is left on both sides', () => {
    const m = matchUnits(rows('An Phú', 'binh qui', 'P. 01'), UNITS);
    expect(m.matches.map((x) => [x.codes, x.how, x.doubtful])).toEqual([[['10001'], 'exact-name', false], [['10002'], 'variant', false], [['10007'], 'variant', false]]);
    expect(m.unitsWithoutRow.map((x) => x.code)).toEqual(['10003', '10004', '10005', '10006']);
    expect(m.rowsWithoutUnit).toEqual([]);
    expect(m.complete).toBe(true);
  });

  it('tells two units of one name apart by the printed prefix, and leaves the bare name in doubt with both as alternatives', () => {
    const byPrefix = matchUnits(rows('TT Phú Mỹ'), UNITS);
    expect(byPrefix.matches[0]).toMatchObject({ codes: ['10003'], how: 'exact-name', doubtful: false });
    const bare = matchUnits(rows('Phú Mỹ'), UNITS);
    expect(bare.matches[0]).toMatchObject({ codes: [], doubtful: true });
    expect(bare.matches[0]!.alternatives.filter((a) => a.how === 'same-name').map((a) => a.codes)).toEqual([['10003'], ['10004']]);
    expect(bare.complete).toBe(false);
  });

  it('matches by code first, ignoring the leading zeros a spreadsheet drops', () => {
    const m = matchUnits([{ row: 2, name: 'Anything', code: '10005' }], [...UNITS, u('00042', 'Xã Zê')]);
    expect(m.matches[0]).toMatchObject({ codes: ['10005'], how: 'code' });
    expect(matchUnits([{ row: 2, name: 'Zê', code: '42' }], [u('00042', 'Xã Zê')]).matches[0]).toMatchObject({ codes: ['00042'], how: 'code' });
    expect(codeKey('00042')).toBe('42');
    expect(codeKey('w4090905')).toBeNull();
  });

  it('keeps a unit claimed by two rows with the better match and puts the other in doubt', () => {
    const m = matchUnits(rows('Hòa Bình', 'Hoa Binh'), UNITS);
    expect(m.matches[0]).toMatchObject({ codes: ['10005'], doubtful: false });
    expect(m.matches[1]).toMatchObject({ codes: [], doubtful: true });
    expect(m.matches[1]!.alternatives.some((a) => a.codes[0] === '10005')).toBe(true);
  });

  it('suggests merging free neighbouring units whose syllables spell the row, preferring neighbours', () => {
    const units = [u('1', 'Xã Cam An'), u('2', 'Xã Cam Thanh'), u('3', 'Xã Vĩnh An'), u('4', 'Xã Cam Lộ')];
    const touching = (a: string, b: string) => [a, b].sort().join() === '1,2';
    const m = matchUnits(rows('Thanh An', 'Cam Lộ'), units, { adjacent: touching });
    expect(m.matches[0]).toMatchObject({ codes: ['1', '2'], how: 'merged', doubtful: true });
    expect(m.matches[0]!.alternatives.filter((a) => a.how === 'merged').map((a) => a.codes)).toEqual([['1', '2'], ['2', '3']]);
    expect(matchNote(m.matches[0]!, (c) => units.find((x) => x.code === c)!.fullName).vi).toBe('đề xuất: gộp Xã Cam An + Xã Cam Thanh (đơn vị sáp nhập sau ranh giới)');
  });

  it('applies the person’s fixes: one unit, several units, or none', () => {
    const m = matchUnits(rows('Thanh An', 'Nowhere', 'Phú Mỹ'), UNITS, { fixes: { '2': ['10005', '10006'], '3': [], '4': ['10004'] } });
    expect(m.matches.map((x) => [x.codes, x.how, x.doubtful])).toEqual([[['10005', '10006'], 'fixed', false], [[], 'fixed', false], [['10004'], 'fixed', false]]);
    expect(m.complete).toBe(true);
    expect(m.rowsWithoutUnit).toEqual([]);
  });

  it('ignores fixes naming units the place does not have', () => {
    const m = matchUnits(rows('An Phú'), UNITS, { fixes: { '2': ['99999'] } });
    expect(m.matches[0]!.codes).toEqual([]);
    expect(variantKey('Xã Quý  Lộc')).toBe(variantKey('quí lộc'));
  });
});
