import { describe, expect, it } from 'vitest';
import { parsePlanTable, MAX_REPORTED_ISSUES } from '../../../src/data/plan-table';
import { parseVietnameseNumber } from '../../../src/data/vn-number';
import { foldedNameKey } from '../../../src/core/name-keys';

describe('parseVietnameseNumber (regressions)', () => {
  it.each(['0,500', '0.500', '0 500', '00.500'])('refuses %s as a count: a leading zero group is not thousands', (text) => {
    const result = parseVietnameseNumber(text, 'count');
    expect(result.ok).toBe(false);
  });

  it('refuses counts beyond exact integers', () => {
    expect(parseVietnameseNumber('99999999999999999999', 'count')).toMatchObject({ ok: false, code: 'not-a-number' });
  });
});

describe('parsePlanTable (regressions)', () => {
  it('guesses the separator from the header even when blank lines follow', () => {
    const text = 'unit;households;poor;poor_rate\nThanh An;2.693;106;3,94\n\nTT Cam Lộ;2.095;36;1,72\n';
    const result = parsePlanTable(text, 'semi.csv');
    expect(result.ok && result.value.units.map((u) => [u.name, u.figures.poor_rate, u.row])).toEqual([
      ['Thanh An', 3.94, 2],
      ['TT Cam Lộ', 1.72, 4],
    ]);
  });

  it('rejects a row with more cells than the header instead of dropping a decimal part', () => {
    const result = parsePlanTable('unit,households,poor,poor_rate\nA,2.693,106,3.94\nTổng,14.905,453,0,72\n', 'c.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'csv-syntax', row: 3 });
  });

  it('counts file lines, not records, when a quoted cell spans lines', () => {
    const result = parsePlanTable('unit,households,poor\n"Cam\nLộ",1,1\nB,x,1\n', 'm.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ row: 4, column: 'households' });
  });

  it('caps syntax and duplicate-column issues', () => {
    const syntax = parsePlanTable('unit,households,poor\n' + 'x0,"1,1\n'.repeat(5000), 's.csv');
    const columns = parsePlanTable('unit,' + 'poor,households,'.repeat(500) + '\n', 'd.csv');
    for (const r of [syntax, columns]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.length).toBeLessThanOrEqual(MAX_REPORTED_ISSUES);
    }
  });

  it('accepts the Vietnamese label of the GSO code column', () => {
    const result = parsePlanTable('Đơn vị,Mã xã (TCTK),households,poor\nCam Thủy,19606,1,1\n', 'v.csv');
    expect(result.ok && result.value.units[0]!.gsoCode).toBe('19606');
  });

  it('finds a duplicate when one of two same-named rows has no GSO code', () => {
    const result = parsePlanTable('unit,gso_code,households,poor\nCam Thủy,19606,1,1\ncam thuy,,1,1\n', 'g.csv');
    expect(result.ok).toBe(false);
  });

  it('reports a blank unit name as a missing value', () => {
    const result = parsePlanTable('unit,households,poor\n ,1,1\n', 'b.csv');
    expect(!result.ok && result.issues[0]!.code).toBe('missing-value');
  });
});

describe('foldedNameKey (regressions)', () => {
  it('keeps first syllables that fold to a prefix word', () => {
    expect(foldedNameKey('Phương Sơn')).toBe(foldedNameKey('Xã Phương Sơn'));
    expect(foldedNameKey('Xà Phiên')).toBe('xa phien');
  });
});
