/** The measure a view keeps when an import replaces the dataset: a custom one only when the new dataset defines it. */
import { describe, expect, it } from 'vitest';
import { metricKept } from '../../../src/state/url-sync';
import { DEFAULT_VIEW } from '../../../src/state/view-state';
import { customDataset, NEAR_ID, plan } from '../data/custom-fixture';

describe('metricKept', () => {
  it('keeps a custom measure the new dataset defines', () => {
    expect(metricKept(NEAR_ID, customDataset())).toBe(NEAR_ID);
  });

  it('falls back to the default measure for a custom one the new dataset lacks', () => {
    expect(metricKept(NEAR_ID, plan)).toBe(DEFAULT_VIEW.metric);
    expect(DEFAULT_VIEW.metric).not.toBe(NEAR_ID);
  });

  it('keeps a measure of the plan whatever the dataset', () => {
    expect(metricKept('poverty_rate_end_2022', plan)).toBe('poverty_rate_end_2022');
    expect(metricKept('households', customDataset())).toBe('households');
  });
});
