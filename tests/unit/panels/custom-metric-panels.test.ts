/** The table, the details and the map tooltip show a custom metric: its own values, the district's sum or recomputed rate. */
import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../../src/classify/choropleth';
import { buildMapModel } from '../../../src/map/map-model';
import { buildCommuneProfile } from '../../../src/panels/commune-profile';
import { buildTableModel } from '../../../src/panels/table-model';
import { customDataset, NEAR_ID, plan, RATE_ID, SCORE_ID } from '../data/custom-fixture';

const dataset = customDataset();
const CAM_TUYEN = '19600';

describe('the commune table with a custom metric', () => {
  it('adds the metric’s column with each unit’s value, the district’s and the printed total', () => {
    const model = buildTableModel(dataset, RATE_ID, 'vi');
    expect(model.currentColumn).toBe('metric');
    expect(model.columns.at(-1)).toEqual({ id: 'metric', label: 'Tỷ lệ hộ cận nghèo', kind: 'metric', current: true });
    expect(model.rows.map((r) => r.cells.metric?.text)).toEqual(['2,23 %', '1,43 %', '1,84 %', '3,49 %', '2,88 %', '5,06 %', '1,36 %', '2,18 %']);
    expect(model.rows.every((r) => r.cells.metric?.differs === false)).toBe(true);
    expect(model.footer.map((r) => [r.kind, r.cells.metric?.text])).toEqual([['district', '2,45 %'], ['printed-total', '2,45 %']]);
    expect(model.captionNote).toContain('Tỷ lệ hộ cận nghèo');
  });

  it('shows a dash for the district of a rate without its counts, and the default metric when the dataset lacks the id', () => {
    expect(buildTableModel(dataset, SCORE_ID, 'en').footer[0]!.cells.metric?.text).toBe('–');
    expect(buildTableModel(plan, SCORE_ID, 'vi')).toEqual(buildTableModel(plan, 'poverty_rate', 'vi'));
  });
});

describe('the commune details with a custom metric', () => {
  it('gives the commune’s value, its rank and the district’s sum', () => {
    const p = buildCommuneProfile(dataset, CAM_TUYEN, NEAR_ID)!;
    expect(p.metric.def.id).toBe(NEAR_ID);
    expect(p.metric.value.value).toBe(75);
    expect(p.metric.rank).toEqual({ rank: 1, of: 8 });
    expect(p.metric.district.value).toBe(365);
  });
});

describe('the map tooltip of a custom metric', () => {
  it('names the column and shows the value with its counts when the rate has them', () => {
    const view = { method: 'natural' as const, classes: 4, palette: 'YlOrRd', lang: 'vi' as const };
    const rate = buildMapModel(dataset, buildChoropleth(dataset, { ...view, metric: RATE_ID }), { lang: 'vi', selected: null, highlighted: [] });
    expect(rate.tooltip(CAM_TUYEN)).toMatchObject({ metric: 'Tỷ lệ hộ cận nghèo', value: '5,06 %', ratio: '75 / 1.481 hộ', noData: false });
    const count = buildMapModel(dataset, buildChoropleth(dataset, { ...view, metric: NEAR_ID }), { lang: 'en', selected: null, highlighted: [] });
    expect(count.tooltip(CAM_TUYEN)).toMatchObject({ metric: 'Số hộ cận nghèo', ratio: null, noData: false });
    expect(count.tooltip(CAM_TUYEN)!.value).toMatch(/^75\b/);
  });
});
