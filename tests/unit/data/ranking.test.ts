import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRanking, rankIn, sameValue } from '../../../src/data/ranking';
import { unit } from './ranking-fixture';

describe('buildRanking', () => {
  it('sorts highest first and numbers ranks from 1', () => {
    const rows = buildRanking([unit(0, 1.5), unit(1, 7.36), unit(2, 3.04)]);
    expect(rows.map((r) => [r.gsoCode, r.rank])).toEqual([['c1', 1], ['c2', 2], ['c0', 3]]);
  });

  it('gives tied values the same rank and skips the next ranks (1, 2, 2, 4)', () => {
    const rows = buildRanking([unit(0, 5), unit(1, 3), unit(2, 9), unit(3, 5)]);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 2, 4]);
    expect(rows.map((r) => r.gsoCode)).toEqual(['c2', 'c0', 'c3', 'c1']);
  });

  it('treats values equal up to floating-point noise as a tie', () => {
    const rows = buildRanking([unit(0, 0.1 + 0.2), unit(1, 0.3)]);
    expect(rows.map((r) => r.rank)).toEqual([1, 1]);
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameValue(0.3, 0.31)).toBe(false);
  });

  it('ranks negative values below zero (the change metric)', () => {
    const rows = buildRanking([unit(0, -0.07), unit(1, 0), unit(2, -0.68)]);
    expect(rows.map((r) => [r.gsoCode, r.rank])).toEqual([['c1', 1], ['c0', 2], ['c2', 3]]);
  });

  it('lists missing values last, by Vietnamese name, without a rank', () => {
    const rows = buildRanking([unit(0, null, 'Thanh An'), unit(1, 2), unit(2, null, 'Cam Chính'), unit(3, Number.NaN, 'Đông')]);
    expect(rows.map((r) => [r.name, r.rank])).toEqual([['N1', 1], ['Cam Chính', null], ['Đông', null], ['Thanh An', null]]);
    expect(rows.slice(1).every((r) => r.value === null)).toBe(true);
  });

  it('returns an empty ranking for no values', () => {
    expect(buildRanking([])).toEqual([]);
  });

  it('gives each commune 1 + the number of strictly higher values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }), { maxLength: 20 }), (vals) => {
        const rows = buildRanking(vals.map((v, i) => unit(i, v)));
        expect(rows).toHaveLength(vals.length);
        for (const r of rows) {
          if (r.value === null) expect(r.rank).toBeNull();
          else expect(r.rank).toBe(1 + vals.filter((v) => v !== null && v > r.value!).length);
        }
        const ranks = rows.filter((r) => r.rank !== null).map((r) => r.rank!);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });
});

describe('rankIn', () => {
  const rows = buildRanking([unit(0, 5), unit(1, 9), unit(2, null), unit(3, 5)]);

  it('gives the rank among the communes that have a value', () => {
    expect(rankIn(rows, 'c1')).toEqual({ rank: 1, of: 3 });
    expect(rankIn(rows, 'c3')).toEqual({ rank: 2, of: 3 });
  });

  it('is null for a missing value or an unknown commune', () => {
    expect(rankIn(rows, 'c2')).toBeNull();
    expect(rankIn(rows, 'nope')).toBeNull();
  });
});
