import { describe, expect, it } from 'vitest';
import {
  customFromRead,
  customMetricDefs,
  customMetricIds,
  hasMetric,
  joinCustom,
  metricDefIn,
  metricSlug,
  metricsOf,
  rowCustomValues,
} from '../../../src/data/custom-metrics';
import { districtValue, metricValues } from '../../../src/data/metric-values';
import { isCustomMetricId, isMetricId, METRICS, metricDef } from '../../../src/data/metrics';
import { customDataset, NEAR, NEAR_ID, NEAR_RATE, plan, RATE_ID, SCORE, SCORE_ID } from './custom-fixture';

const dataset = customDataset();
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('metricSlug', () => {
  it('makes ASCII slugs of Vietnamese column names', () => {
    expect(metricSlug('Số hộ cận nghèo')).toBe('so-ho-can-ngheo');
    expect(metricSlug('Đường giao thông (%)')).toBe('duong-giao-thong-pct');
    expect(metricSlug('  ')).toBe('cot');
    expect(metricSlug('x'.repeat(80))).toHaveLength(40);
  });
});

describe('customMetricDefs', () => {
  it('gives unique custom: ids, bilingual labels as printed, units and decimals from the cells (at most 2)', () => {
    const { metrics } = customMetricDefs(
      [{ id: 'a', label: 'Số hộ', kind: 'count' }, { id: 'b', label: 'Số hộ', kind: 'count' }, { id: 'c', label: 'Tỷ lệ', kind: 'rate', numerator: 'b', denominator: 'households' }, { id: 'd', label: 'Hệ số', kind: 'rate', numerator: 'zzz', denominator: 'households' }],
      { 1: { a: 1, b: 2, c: 3.5, d: 1.23456 }, 2: { a: 3, b: 4, c: 12, d: null } },
    );
    expect(metrics.map((m) => m.id)).toEqual(['custom:so-ho', 'custom:so-ho-2', 'custom:ty-le', 'custom:he-so']);
    expect(metrics.every((m) => isCustomMetricId(m.id) && !isMetricId(m.id))).toBe(true);
    expect(metrics[0]).toMatchObject({ label: { vi: 'Số hộ', en: 'Số hộ' }, unit: 'households', decimals: 0 });
    expect(metrics[2]).toMatchObject({ unit: 'percent', decimals: 1, numerator: 'custom:so-ho-2', denominator: 'households' });
    expect(metrics[3]).toMatchObject({ decimals: 2, numerator: null, denominator: null });
  });
});

describe('custom metrics of a dataset', () => {
  it('resolves custom ids in their dataset, group "custom", and falls back to the default metric elsewhere', () => {
    expect(customMetricIds(dataset)).toEqual([NEAR_ID, RATE_ID, SCORE_ID]);
    const def = metricDefIn(dataset, NEAR_ID);
    expect(def).toMatchObject({ id: NEAR_ID, group: 'custom', unit: 'households', decimals: 0, label: { vi: 'Số hộ cận nghèo', en: 'Số hộ cận nghèo' } });
    expect(metricDefIn(dataset, RATE_ID)).toMatchObject({ unit: 'percent', decimals: 2, numerator: NEAR_ID, denominator: 'households' });
    expect(metricDefIn(dataset, SCORE_ID)).toMatchObject({ unit: 'percent', decimals: 1, denominator: null });
    expect(metricDefIn(plan, NEAR_ID).id).toBe('poverty_rate');
    expect(metricDefIn(dataset, 'poor_households')).toBe(metricDef('poor_households'));
    expect(metricDef(NEAR_ID)).toMatchObject({ id: NEAR_ID, group: 'custom', label: { vi: 'so-ho-can-ngheo', en: 'so-ho-can-ngheo' } });
    expect(metricDef(NEAR_ID).compute(plan.district).value).toBeNull();
    expect(metricsOf(dataset).map((m) => m.id)).toEqual([...METRICS.map((m) => m.id), NEAR_ID, RATE_ID, SCORE_ID]);
    expect(hasMetric(dataset, RATE_ID)).toBe(true);
    expect(hasMetric(plan, RATE_ID)).toBe(false);
  });

  it('gives each commune its own value, in table order', () => {
    expect(metricValues(dataset, NEAR_ID).map((v) => v.value)).toEqual(NEAR);
    expect(metricValues(dataset, SCORE_ID).map((v) => v.value)).toEqual(SCORE);
    const rate = metricValues(dataset, RATE_ID);
    expect(rate.map((v) => v.value)).toEqual(NEAR_RATE);
    expect(rate.map((v) => [v.numerator, v.denominator])).toEqual(plan.table.units.map((u, i) => [NEAR[i], u.figures.households]));
  });

  it('sums a count for the district and recomputes a rate from the summed counts, never averaging rates', () => {
    expect(districtValue(dataset, NEAR_ID)).toEqual({ value: sum(NEAR), numerator: sum(NEAR), denominator: null, printed: null });
    const rate = districtValue(dataset, RATE_ID);
    expect(rate.value).toBeCloseTo((sum(NEAR) / plan.district.households) * 100, 10);
    expect(rate.value).not.toBeCloseTo(sum(NEAR_RATE) / NEAR_RATE.length, 2);
    expect(rate.printed).toBe(2.45);
    expect(districtValue(dataset, SCORE_ID)).toEqual({ value: null, numerator: null, denominator: null, printed: 70 });
  });

  it('gives the default metric for a custom id the dataset does not have', () => {
    expect(metricValues(plan, NEAR_ID)).toEqual(metricValues(plan, 'poverty_rate'));
    expect(districtValue(plan, NEAR_ID)).toEqual(districtValue(plan, 'poverty_rate'));
  });
});

describe('rowCustomValues', () => {
  it('gives a table row its values by line, else by the unit it joined, and nothing without custom metrics', () => {
    const { row, feature } = dataset.join.joined[5]!;
    const code = feature.properties.gso_code;
    expect(rowCustomValues(dataset, row.row, code)).toEqual({ [NEAR_ID]: NEAR[5], [RATE_ID]: NEAR_RATE[5], [SCORE_ID]: SCORE[5] });
    expect(rowCustomValues(dataset, plan.table.total!.row, null)).toEqual({ [NEAR_ID]: 365, [RATE_ID]: 2.45, [SCORE_ID]: 70 });
    const { rows: _rows, ...byUnit } = dataset.custom!;
    expect(rowCustomValues({ custom: byUnit }, row.row, code)).toEqual(dataset.custom!.values[code]);
    expect(rowCustomValues({ custom: byUnit }, row.row, null)).toBeUndefined();
    expect(rowCustomValues(plan, row.row, code)).toBeUndefined();
  });
});

