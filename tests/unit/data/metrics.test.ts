import { describe, expect, it } from 'vitest';
import { METRICS, METRIC_GROUPS, metricDef, percentOf, sumFigures, isMetricId } from '../../../src/data/metrics';
import type { UnitFigures } from '../../../src/data/types';

const UNIT: UnitFigures = {
  households: 1481, ethnic_minority_households: 101, poor: 109, poor_rate: 3.76, ethnic_minority_poor: 42, ethnic_minority_poor_rate: 0.28,
  social_protection: 53, social_protection_rate: 3.58, able_to_escape: 48, able_to_escape_rate: 3.24, target_2022: 10, poor_end_2022: 99, poor_rate_end_2022: 6.68,
};
const BLANK_EM: UnitFigures = { ...UNIT, ethnic_minority_households: null, ethnic_minority_poor: null, ethnic_minority_poor_rate: null };

describe('METRICS', () => {
  it('has unique ids, both languages and a known group for each metric', () => {
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(METRICS.length);
    for (const m of METRICS) {
      expect(m.label.vi.length).toBeGreaterThan(3);
      expect(m.label.en.length).toBeGreaterThan(3);
      expect(METRIC_GROUPS.map((g) => g.id)).toContain(m.group);
    }
  });

  it('names the start rate, the 2022 target and the end-2022 rate with the agreed ids', () => {
    expect(metricDef('poverty_rate').numerator).toBe('poor');
    expect(metricDef('reduction_target_2022').numerator).toBe('target_2022');
    expect(metricDef('poverty_rate_end_2022').numerator).toBe('poor_end_2022');
  });
});

describe('metricDef(...).compute', () => {
  it('computes rates from counts and keeps the printed rate beside them', () => {
    const v = metricDef('poverty_rate').compute(UNIT);
    expect(v.value).toBeCloseTo((109 / 1481) * 100, 10);
    expect(v.numerator).toBe(109);
    expect(v.denominator).toBe(1481);
    expect(v.printed).toBe(3.76);
  });

  it('gives the 2022 target in households and in percentage points', () => {
    expect(metricDef('reduction_target_2022').compute(UNIT).value).toBe(10);
    expect(metricDef('reduction_target_2022_pp').compute(UNIT).value).toBeCloseTo((10 / 1481) * 100, 10);
  });

  it('gives the change over 2022 as end rate minus start rate, negative for a reduction', () => {
    const v = metricDef('change_2022_pp').compute(UNIT);
    expect(v.value).toBeCloseTo(((99 - 109) / 1481) * 100, 10);
    expect(v.numerator).toBe(-10);
    expect(v.printed).toBeCloseTo(6.68 - 3.76, 10);
  });

  it('gives the 2022–2025 phase level as the social-protection households left', () => {
    expect(metricDef('poor_after_phase_2025').compute(UNIT).value).toBe(53);
    expect(metricDef('poverty_rate_after_phase_2025').compute(UNIT).value).toBeCloseTo((53 / 1481) * 100, 10);
  });

  it('reads blank ethnic-minority cells as zero but other blanks as missing', () => {
    expect(metricDef('ethnic_minority_poor').compute(BLANK_EM).value).toBe(0);
    expect(metricDef('poverty_rate_end_2022').compute({ ...UNIT, poor_end_2022: null }).value).toBeNull();
  });

  it('never divides by zero households', () => {
    expect(metricDef('poverty_rate').compute({ ...UNIT, households: 0 }).value).toBeNull();
  });
});

describe('percentOf', () => {
  it('returns null for missing parts', () => {
    expect(percentOf(null, 10)).toBeNull();
    expect(percentOf(1, null)).toBeNull();
    expect(percentOf(1, 4)).toBe(25);
  });
});

describe('sumFigures', () => {
  it('adds counts, treats blanks as absent and leaves rates to be recomputed', () => {
    const total = sumFigures([UNIT, BLANK_EM]);
    expect(total.households).toBe(2962);
    expect(total.ethnic_minority_poor).toBe(42);
    expect(total.poor_rate).toBeNull();
    expect(sumFigures([BLANK_EM]).ethnic_minority_households).toBeNull();
  });
});

describe('isMetricId', () => {
  it('accepts known ids only', () => {
    expect(isMetricId('poverty_rate')).toBe(true);
    expect(isMetricId('__proto__')).toBe(false);
    expect(isMetricId('')).toBe(false);
  });
});
