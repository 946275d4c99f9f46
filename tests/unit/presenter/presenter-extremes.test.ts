import { describe, expect, it } from 'vitest';
import type { UnitMetricValue } from '../../../src/data/dataset';
import { buildRanking } from '../../../src/data/ranking';
import { extremes } from '../../../src/presenter/presenter-facts';

const unit = (gsoCode: string, value: number | null) => ({ gsoCode, value, name: gsoCode, fullName: gsoCode }) as unknown as UnitMetricValue;

describe('extremes', () => {
  it('ties the highest and lowest values exactly as the ranking does, in table order', () => {
    const values = [unit('a', 2), unit('b', 7.36), unit('c', 1.23), unit('d', 7.36 + 1e-12), unit('e', null), unit('f', 1.23)];
    const { high, low } = extremes(values);
    const ranking = buildRanking(values);
    expect(high.map((v) => v.gsoCode)).toEqual(ranking.filter((r) => r.rank === 1).map((r) => r.gsoCode));
    expect(high.map((v) => v.gsoCode)).toEqual(['b', 'd']);
    expect(low.map((v) => v.gsoCode)).toEqual(['c', 'f']);
  });

  it('keeps values that differ beyond floating-point noise apart, even when they would print alike', () => {
    const { high } = extremes([unit('a', 3.041), unit('b', 3.039)]);
    expect(high.map((v) => v.gsoCode)).toEqual(['a']);
  });

  it('is empty without values', () => {
    expect(extremes([unit('a', null)])).toEqual({ high: [], low: [] });
  });
});
