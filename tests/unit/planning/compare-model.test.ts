import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../../src/classify/choropleth';
import { classify } from '../../../src/classify/breaks';
import { metricValues } from '../../../src/data/dataset';
import { applyDraft } from '../../../src/data/planning/draft';
import { compareChoropleth, compareMetric } from '../../../src/planning/compare-model';
import { builtInDataset } from '../data/planning/fixture';
import { customDataset, NEAR, NEAR_ID } from '../data/custom-fixture';

const plan = builtInDataset();
const view = { method: 'natural', classes: 4, palette: 'YlOrRd', manual: null, lang: 'vi' } as const;

describe('compareChoropleth', () => {
  const left = buildChoropleth(plan, { ...view, metric: 'poverty_rate' });
  const right = compareChoropleth(left, plan, 'poverty_rate_end_2022');

  it('classifies the right metric with the left thresholds and colours (one legend reads both maps)', () => {
    expect(right.colors).toEqual(left.colors);
    expect(right.breaks).toBe(left.breaks);
    expect(right.metric.id).toBe('poverty_rate_end_2022');
    for (const v of metricValues(plan, 'poverty_rate_end_2022')) {
      const cls = classify(v.value, left.breaks.thresholds);
      expect(right.fills[v.gsoCode]).toBe(cls === null ? left.noDataColor : left.colors[cls]);
    }
    expect(right.legend.classes.reduce((s, c) => s + c.count, 0) + (right.legend.noData?.count ?? 0)).toBe(plan.communes.length);
  });

  it('plan vs draft: the same metric on the other dataset, same classes', () => {
    const drafted = applyDraft(plan, new Map([['19600', 100]]));
    const leftDraft = buildChoropleth(drafted, { ...view, metric: 'poverty_rate_end_2022' });
    const planSide = compareChoropleth(leftDraft, plan, compareMetric('plan', 'poverty_rate_end_2022'));
    const cls = classify(metricValues(plan, 'poverty_rate_end_2022').find((v) => v.gsoCode === '19600')!.value, leftDraft.breaks.thresholds)!;
    expect(planSide.fills['19600']).toBe(leftDraft.colors[cls]);
    expect(planSide.fills['19600']).not.toBe(leftDraft.fills['19600']);
    expect(compareMetric('end', 'households')).toBe('poverty_rate_end_2022');
  });

  it('resolves a custom metric in the dataset drawn: its label and unit on the plan beside a draft, its values classed', () => {
    const custom = customDataset();
    const drafted = applyDraft(custom, new Map([['19600', 100]]));
    const leftDraft = buildChoropleth(drafted, { ...view, metric: NEAR_ID });
    const planSide = compareChoropleth(leftDraft, custom, compareMetric('plan', NEAR_ID));
    expect(planSide.metric).toMatchObject({ id: NEAR_ID, unit: 'households', label: { vi: 'Số hộ cận nghèo' } });
    expect(planSide.values.map((v) => v.value)).toEqual(NEAR);
    expect(planSide.district.value).toBe(365);
    for (const v of planSide.values) {
      const cls = classify(v.value, leftDraft.breaks.thresholds);
      expect(planSide.fills[v.gsoCode]).toBe(leftDraft.colors[cls!]);
    }
    expect(compareChoropleth(leftDraft, plan, NEAR_ID).metric.id).toBe('poverty_rate');
  });
});
