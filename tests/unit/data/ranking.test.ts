import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { UnitMetricValue } from '../../../src/data/dataset';
import { buildRanking, layoutRanking, rankIn, sameValue, tickDecimals } from '../../../src/data/ranking';
import type { UnitFigures } from '../../../src/data/types';

const FIGURES: UnitFigures = {
  households: 1000, ethnic_minority_households: null, poor: 10, poor_rate: null, ethnic_minority_poor: null, ethnic_minority_poor_rate: null,
  social_protection: null, social_protection_rate: null, able_to_escape: null, able_to_escape_rate: null, target_2022: null, poor_end_2022: null, poor_rate_end_2022: null,
};

/** A unit value with code "c<i>" and name "N<i>" unless a name is given. */
function unit(i: number, value: number | null, name = `N${i}`): UnitMetricValue {
  return {
    value, numerator: null, denominator: null, printed: null,
    gsoCode: `c${i}`, name, fullName: `Xã ${name}`, printedName: name,
    row: { name, gsoCode: null, row: i + 2, figures: FIGURES, raw: {} },
  };
}

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

describe('layoutRanking', () => {
  const positive = buildRanking([unit(0, 2), unit(1, 8), unit(2, 4), unit(3, null)]);

  it('draws one bar per commune with a value, in ranking order, from the zero line', () => {
    const layout = layoutRanking(positive, { width: 600 });
    expect(layout.bars.map((b) => b.gsoCode)).toEqual(['c1', 'c2', 'c0']);
    for (const bar of layout.bars) expect(bar.barX).toBeCloseTo(layout.zeroX);
    const [a, b, c] = layout.bars.map((bar) => bar.barWidth);
    expect(a! / c!).toBeCloseTo(4);
    expect(b! / c!).toBeCloseTo(2);
    expect(layout.bars.map((bar) => bar.rowY)).toEqual([...layout.bars.map((bar) => bar.rowY)].sort((x, y) => x - y));
  });

  it('keeps every bar and label anchor inside the chart, down to 320 px', () => {
    for (const width of [320, 400, 600, 1000]) {
      const layout = layoutRanking(positive, { width, district: 5 });
      expect(layout.width).toBe(width);
      for (const bar of layout.bars) {
        expect(bar.barX).toBeGreaterThanOrEqual(0);
        expect(bar.barX + bar.barWidth).toBeLessThanOrEqual(width);
        expect(bar.valueX).toBeLessThanOrEqual(width - 60);
        expect(bar.rowY + bar.rowHeight).toBeLessThanOrEqual(layout.plotBottom + 1e-9);
      }
      expect(layout.height).toBeGreaterThan(layout.plotBottom);
    }
  });

  it('puts names on their own line on narrow screens', () => {
    expect(layoutRanking(positive, { width: 320 }).compact).toBe(true);
    const wide = layoutRanking(positive, { width: 800 });
    expect(wide.compact).toBe(false);
    expect(wide.zeroX).toBeGreaterThan(100);
  });

  it('draws negative values to the left of a zero axis with their labels before the bar end', () => {
    const rows = buildRanking([unit(0, -0.07), unit(1, 0), unit(2, -0.68), unit(3, 0.2)]);
    const layout = layoutRanking(rows, { width: 600 });
    const byCode = Object.fromEntries(layout.bars.map((b) => [b.gsoCode, b]));
    expect(byCode.c2!.barX + byCode.c2!.barWidth).toBeCloseTo(layout.zeroX);
    expect(byCode.c2!.valueAnchor).toBe('end');
    expect(byCode.c2!.valueX).toBeLessThan(byCode.c2!.barX);
    expect(byCode.c3!.barX).toBeCloseTo(layout.zeroX);
    expect(byCode.c3!.valueAnchor).toBe('start');
    expect(byCode.c1!.barWidth).toBe(0);
    expect(layout.ticks.some((t) => t.value === 0)).toBe(true);
  });

  it('includes the district value in the scale and places its line', () => {
    const layout = layoutRanking(positive, { width: 600, district: 12 });
    expect(layout.districtX).not.toBeNull();
    for (const bar of layout.bars) expect(bar.barX + bar.barWidth).toBeLessThan(layout.districtX!);
    expect(layoutRanking(positive, { width: 600 }).districtX).toBeNull();
  });

  it('handles no values and all-zero values', () => {
    const empty = layoutRanking([], { width: 400 });
    expect(empty.bars).toEqual([]);
    expect(Number.isFinite(empty.zeroX)).toBe(true);
    const zeros = layoutRanking(buildRanking([unit(0, 0), unit(1, 0)]), { width: 400 });
    expect(zeros.bars.every((b) => b.barWidth === 0 && Number.isFinite(b.barX))).toBe(true);
  });
});

describe('tickDecimals', () => {
  const ticks = (...values: number[]) => values.map((value) => ({ value, x: 0 }));

  it('uses as few decimals as the tick step needs, capped', () => {
    expect(tickDecimals(ticks(0, 1, 2), 2)).toBe(0);
    expect(tickDecimals(ticks(0, 500, 1000), 0)).toBe(0);
    expect(tickDecimals(ticks(0, 0.5, 1), 2)).toBe(1);
    expect(tickDecimals(ticks(-0.6, -0.4, -0.2, 0), 2)).toBe(1);
    expect(tickDecimals(ticks(0, 0.05, 0.1), 2)).toBe(2);
    expect(tickDecimals(ticks(0, 0.025, 0.05), 2)).toBe(2);
    expect(tickDecimals(ticks(0, 0.25, 0.5), 2)).toBe(2);
    expect(tickDecimals(ticks(3), 2)).toBe(0);
  });
});
