import { describe, expect, it } from 'vitest';
import { legendRows } from '../../../src/classify/legend-rows';
import { buildChoropleth, type ChoroplethView } from '../../../src/classify/choropleth';
import { buildMapModel, diffMapModel, keyboardOrder, type MapModelView } from '../../../src/map/map-model';
import { loadDataset } from './fixture';

const dataset = loadDataset();
const cv = (patch: Partial<ChoroplethView> = {}): ChoroplethView => ({ metric: 'poverty_rate', method: 'natural', classes: 4, palette: 'YlOrRd', lang: 'vi', ...patch });
const model = (c: Partial<ChoroplethView> = {}, v: Partial<MapModelView> = {}) => {
  const view = cv(c);
  return buildMapModel(dataset, buildChoropleth(dataset, view), { lang: view.lang, selected: null, highlighted: [], ...v });
};

describe('buildMapModel', () => {
  it('makes a tooltip when asked, keeps it, and has none for a code not on the map', () => {
    const m = model();
    expect(m.tooltip('19600')).toBe(m.tooltip('19600'));
    expect(m.tooltip('99999')).toBeUndefined();
  });

  it('writes the tooltip of a commune in Vietnamese', () => {
    const m = model();
    const c = buildChoropleth(dataset, cv());
    const index = c.classOf['19600']!;
    const range = legendRows(c.legend, 'percent', 'vi', 2).find((r) => r.index === index)!.range;
    expect(m.tooltip('19600')).toEqual({
      title: 'Xã Cam Tuyền',
      metric: 'Tỷ lệ hộ nghèo đầu năm 2022',
      value: '7,36 %',
      ratio: '109 / 1.481 hộ',
      className: `Lớp ${index + 1}: ${range}`,
      noData: false,
    });
  });

  it('writes the tooltip in English', () => {
    const t = model({ lang: 'en', metric: 'poverty_rate_end_2022' }).tooltip('19600')!;
    expect(t.value).toBe('6.68%');
    expect(t.ratio).toBe('99 / 1,481 households');
    expect(t.className).toMatch(/^Class \d: /);
  });

  it('gives counts no ratio, and marks communes without data', () => {
    expect(model({ metric: 'households' }).tooltip('19600')!.ratio).toBeNull();
    const withoutRow = loadDataset((s) => ({ ...s, table: { ...s.table, text: s.table.text.replace(/^Cam Chính,.*\n/m, '') } }));
    const c = buildChoropleth(withoutRow, cv());
    const t = buildMapModel(withoutRow, c, { lang: 'vi', selected: null, highlighted: [] }).tooltip('19618')!;
    expect(t).toMatchObject({ title: 'Xã Cam Chính', noData: true, ratio: null, className: 'Không có số liệu' });
  });

  it('labels communes by name, a town with its type', () => {
    expect(model().labels['19600']).toBe('Cam Tuyền');
    expect(model().labels['19597']).toBe('TT Cam\u00a0Lộ');
    expect(model({ lang: 'en' }).labels['19597']).toBe('Cam\u00a0Lộ town');
  });

  it('keeps only known, distinct codes for selection and highlight', () => {
    const m = model({}, { selected: '99999', highlighted: ['19600', '19600', '00000', '19603'] });
    expect(m.selected).toBeNull();
    expect(m.highlighted).toEqual(['19600', '19603']);
  });

  it('orders communes west to east for the keyboard', () => {
    const order = keyboardOrder(dataset);
    expect([...order].sort()).toEqual(dataset.communes.map((f) => f.properties.gso_code).sort());
    expect(order[order.length - 1]).toBe('19603');
    expect(model().order).toBe(order);
  });
});

describe('diffMapModel', () => {
  it('sets everything on a fresh map', () => {
    const next = model({}, { selected: '19606', highlighted: ['19600'] });
    const ops = diffMapModel(null, next);
    expect(ops.filter((o) => o.kind === 'fill')).toHaveLength(8);
    expect(ops).toContainEqual({ kind: 'selected', id: '19606', value: true });
    expect(ops).toContainEqual({ kind: 'highlighted', id: '19600', value: true });
    expect(ops.filter((o) => o.kind === 'labels')).toHaveLength(1);
  });

  it('changes nothing when nothing changed', () => {
    expect(diffMapModel(model(), model())).toEqual([]);
  });

  it('shares one label table per dataset and language, and one fill table per choropleth', () => {
    const c = buildChoropleth(dataset, cv());
    const a = buildMapModel(dataset, c, { lang: 'vi', selected: null, highlighted: [] });
    const b = buildMapModel(dataset, c, { lang: 'vi', selected: '19600', highlighted: [] });
    expect(b.labels).toBe(a.labels);
    expect(b.fills).toBe(c.fills);
    expect(model({ lang: 'en' }).labels).not.toBe(a.labels);
    expect(diffMapModel(a, b)).toEqual([{ kind: 'selected', id: '19600', value: true }]);
  });

  it('sends only the fills that change with the metric', () => {
    const prev = model();
    const next = model({ metric: 'households' });
    const ops = diffMapModel(prev, next);
    const changed = Object.keys(next.fills).filter((id) => next.fills[id] !== prev.fills[id]);
    expect(ops).toEqual(changed.map((id) => ({ kind: 'fill', id, value: next.fills[id] })));
    expect(changed.length).toBeGreaterThan(0);
  });

  it('moves the selection and the highlight by difference', () => {
    const ops = diffMapModel(model({}, { selected: '19600', highlighted: ['19603', '19606'] }), model({}, { selected: '19615', highlighted: ['19606', '19621'] }));
    expect(ops).toEqual([
      { kind: 'selected', id: '19600', value: false },
      { kind: 'selected', id: '19615', value: true },
      { kind: 'highlighted', id: '19603', value: false },
      { kind: 'highlighted', id: '19621', value: true },
    ]);
    expect(diffMapModel(model({}, { selected: '19600' }), model())).toEqual([{ kind: 'selected', id: '19600', value: false }]);
  });

  it('relabels on a language change', () => {
    const ops = diffMapModel(model(), model({ lang: 'en' }));
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ kind: 'labels', labels: { '19597': 'Cam\u00a0Lộ town' } });
  });
});
