import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/breaks';
import { buildChoropleth, type ChoroplethView } from '../../../src/classify/choropleth';
import { NO_DATA_COLOR, paletteColors } from '../../../src/classify/palettes';
import { customDataset, NEAR, NEAR_ID, plan, SCORE_ID } from '../data/custom-fixture';

const dataset = customDataset();
const view = (patch: Partial<ChoroplethView> = {}): ChoroplethView => ({ metric: NEAR_ID, method: 'quantile', classes: 4, palette: 'YlOrRd', lang: 'vi', ...patch });

describe('buildChoropleth of a custom metric', () => {
  it('classifies the table’s own values and colours every commune as the legend does', () => {
    const c = buildChoropleth(dataset, view());
    expect(c.metric.id).toBe(NEAR_ID);
    expect(c.metric.unit).toBe('households');
    expect(c.values.map((v) => v.value)).toEqual(NEAR);
    expect(c.colors).toEqual(paletteColors('YlOrRd', c.breaks.classes));
    expect(c.breaks.classes).toBe(4);
    for (const v of c.values) {
      const index = classify(v.value, c.breaks.thresholds)!;
      expect(c.fills[v.gsoCode]).toBe(c.colors[index]);
      expect(c.legend.classes[index]!.ids).toContain(v.gsoCode);
    }
    const highest = c.values.find((v) => v.value === Math.max(...NEAR))!;
    expect(c.classOf[highest.gsoCode]).toBe(3);
    expect(c.district.value).toBe(365);
  });

  it('maps a rate without numerator, with no district value', () => {
    const c = buildChoropleth(dataset, view({ metric: SCORE_ID }));
    expect(c.metric.unit).toBe('percent');
    expect(Object.values(c.fills).every((f) => f !== NO_DATA_COLOR)).toBe(true);
    expect(c.district.value).toBeNull();
  });

  it('shows the default metric when the dataset does not have the custom one', () => {
    const c = buildChoropleth(plan, view());
    expect(c.metric.id).toBe('poverty_rate');
    expect(c.fills).toEqual(buildChoropleth(plan, view({ metric: 'poverty_rate' })).fills);
  });
});
