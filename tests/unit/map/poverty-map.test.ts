/** <poverty-map> with a loaded table's own measure: the custom id is kept, and the map's accessible name reads its choropleth. */
import type { TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../../src/classify/choropleth';
import { PovertyMap } from '../../../src/map/poverty-map';
import { customDataset, NEAR, NEAR_ID, plan, RATE_ID } from '../data/custom-fixture';

const dataset = customDataset();

/** A map element (not connected: nothing is drawn) showing `metric` of `data`, with the app's choropleth when given. */
function mapOf(data: typeof dataset, metric: string, lang: 'vi' | 'en' = 'vi'): PovertyMap {
  const map = new PovertyMap();
  map.data = data;
  map.metric = metric as PovertyMap['metric'];
  map.lang = lang;
  return map;
}

/** The accessible name the element gives its map area. */
function ariaLabel(map: PovertyMap): string {
  const template = (map as unknown as { render(): TemplateResult }).render();
  const at = template.strings.findIndex((s) => s.endsWith('aria-label='));
  expect(at).toBeGreaterThanOrEqual(0);
  return template.values[at] as string;
}

describe('<poverty-map> and custom metrics', () => {
  it('classifies a custom metric of its dataset itself, and names the map after it', () => {
    const map = mapOf(dataset, NEAR_ID);
    expect(map.choropleth.metric.id).toBe(NEAR_ID);
    expect(map.choropleth.values.map((v) => v.value)).toEqual(NEAR);
    expect(ariaLabel(map)).toBe('Bản đồ số hộ cận nghèo theo xã');
    expect(ariaLabel(mapOf(dataset, RATE_ID, 'en'))).toBe('Map of tỷ lệ hộ cận nghèo by commune');
  });

  it('names the map after the choropleth an app gives it', () => {
    const map = mapOf(dataset, NEAR_ID);
    map.choropleth = buildChoropleth(dataset, { metric: RATE_ID, method: 'natural', classes: 4, palette: 'YlOrRd', lang: 'vi' });
    expect(ariaLabel(map)).toBe('Bản đồ tỷ lệ hộ cận nghèo theo xã');
  });

  it('shows the default metric, and says so, for a custom id its dataset lacks or an id that is no metric', () => {
    for (const metric of [NEAR_ID, 'custom:', 'nonsense']) {
      const map = mapOf(plan, metric);
      expect(map.choropleth.metric.id).toBe('poverty_rate');
      expect(ariaLabel(map)).toBe('Bản đồ tỷ lệ hộ nghèo đầu năm 2022 theo xã');
    }
  });
});
