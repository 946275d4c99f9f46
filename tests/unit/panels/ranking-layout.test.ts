import { describe, expect, it } from 'vitest';
import { buildRanking } from '../../../src/data/ranking';
import { layoutRanking, tickDecimals } from '../../../src/panels/ranking-layout';
import { unit } from '../data/ranking-fixture';

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
