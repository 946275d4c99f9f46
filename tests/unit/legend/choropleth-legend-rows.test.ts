import { describe, expect, it } from 'vitest';
import { buildChoropleth, type ChoroplethView } from '../../../src/classify/choropleth';
import { choroplethLegendRows } from '../../../src/classify/legend-rows';
import { loadDataset } from '../map/fixture';

const dataset = loadDataset();
const view = (patch: Partial<ChoroplethView> = {}): ChoroplethView => ({ metric: 'poverty_rate', method: 'natural', classes: 4, palette: 'YlOrRd', lang: 'vi', ...patch });

describe('legend rows from a choropleth', () => {
  it('has one row per class, in the map’s fill colours, and counts every commune once', () => {
    const c = buildChoropleth(dataset, view());
    const rows = choroplethLegendRows(c, 'vi');
    expect(rows.map((r) => r.color)).toEqual(c.colors);
    for (const r of rows) for (const id of r.ids) expect(c.fills[id]).toBe(r.color);
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(dataset.communes.length);
  });

  it('states ranges with the metric’s unit and decimals, and a short form without the unit', () => {
    const rows = choroplethLegendRows(buildChoropleth(dataset, view({ method: 'quantile', classes: 3 })), 'en');
    expect(rows[0]!.range).toMatch(/^\d\.\d\d – \d\.\d\d%$/);
    expect(rows[0]!.shortRange).toBe(rows[0]!.range.replace('%', ''));
    expect(rows.map((r) => r.countText).every((t) => /^\d+ communes?$/.test(t))).toBe(true);
  });

  it('signs the bounds of a change and writes its minus as "−"', () => {
    const rows = choroplethLegendRows(buildChoropleth(dataset, view({ metric: 'change_2022_pp', palette: 'RdBu' })), 'vi');
    expect(rows[0]!.range).toMatch(/^−\d,\d\d – [−+]?\d,\d\d điểm %$/);
    expect(rows.some((r) => r.range.includes('-'))).toBe(false);
  });

  it('adds the no-data row when a commune has no value', () => {
    const gaps = loadDataset((s) => ({ ...s, table: { ...s.table, text: s.table.text.replace(/^(Cam Hiếu,.*),[^,]*,[^,]*$/m, '$1,,') } }));
    const rows = choroplethLegendRows(buildChoropleth(gaps, view({ metric: 'poverty_rate_end_2022' })), 'en');
    const last = rows[rows.length - 1]!;
    expect(last).toMatchObject({ kind: 'no-data', index: null, range: 'No data', countText: '1 commune' });
  });
});
