/** metricNumber: the value a file gets for a metric is the map's value, custom metrics included. */
import { describe, expect, it } from 'vitest';
import { metricDefIn } from '../../../src/data/custom-metrics';
import { districtValue, metricValues } from '../../../src/data/metric-values';
import { metricDef } from '../../../src/data/metrics';
import { machineNumber, metricNumber } from '../../../src/export/figures';
import { customDataset, NEAR_ID, RATE_ID, SCORE_ID } from '../data/custom-fixture';

const dataset = customDataset();

describe('metricNumber', () => {
  it('gives every unit the map’s value of a plan metric or a custom one, rounded for files', () => {
    for (const id of ['poverty_rate', 'change_2022_pp', NEAR_ID, RATE_ID, SCORE_ID] as const) {
      const def = metricDefIn(dataset, id);
      const custom = dataset.custom!.values;
      const numbers = dataset.join.joined.map(({ row, feature }) => metricNumber(def, row.figures, custom[feature.properties.gso_code]));
      expect(numbers, id).toEqual(metricValues(dataset, id).map((v) => machineNumber(v.value)));
    }
  });

  it('recomputes a custom rate from its counts where it has no cell, as the map does', () => {
    const def = metricDefIn(dataset, RATE_ID);
    const tuyen = dataset.join.joined.find((u) => u.feature.properties.gso_code === '19600')!;
    expect(metricNumber(def, tuyen.row.figures, { [NEAR_ID]: 75, [RATE_ID]: null })).toBe(machineNumber((75 / 1481) * 100));
    expect(metricNumber(def, dataset.district, { [NEAR_ID]: 365, [RATE_ID]: null })).toBe(machineNumber(districtValue(dataset, RATE_ID).value));
  });

  it('is blank for a custom metric without values, never another metric’s figure', () => {
    expect(metricNumber(metricDefIn(dataset, NEAR_ID), dataset.district)).toBeNull();
    expect(metricNumber(metricDef(NEAR_ID), dataset.district)).toBeNull();
  });
});
