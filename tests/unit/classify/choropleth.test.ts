import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/classify/breaks';
import { NO_DATA_COLOR, divergingColors, paletteColors } from '../../../src/classify/palettes';
import { buildChoropleth, choosePalette, divergingMidpoint, type ChoroplethView } from '../../../src/classify/choropleth';
import { metricDef } from '../../../src/data/metrics';
import { loadDataset } from '../map/fixture';

const dataset = loadDataset();
const view = (patch: Partial<ChoroplethView> = {}): ChoroplethView => ({ metric: 'poverty_rate', method: 'natural', classes: 4, palette: 'YlOrRd', lang: 'vi', ...patch });
const codes = dataset.communes.map((f) => f.properties.gso_code);

describe('buildChoropleth', () => {
  it('colours every commune by its class, with the palette colours the legend shows', () => {
    const c = buildChoropleth(dataset, view());
    expect(Object.keys(c.fills).sort()).toEqual([...codes].sort());
    expect(c.colors).toEqual(paletteColors('YlOrRd', c.breaks.classes));
    expect(c.paletteKind).toBe('sequential');
    expect(c.midpoint).toBeNull();
    for (const v of c.values) {
      const index = classify(v.value, c.breaks.thresholds)!;
      expect(c.classOf[v.gsoCode]).toBe(index);
      expect(c.fills[v.gsoCode]).toBe(c.colors[index]);
      expect(c.legend.classes[index]!.ids).toContain(v.gsoCode);
    }
    expect(c.legend.classes.map((row) => row.color)).toEqual(c.colors);
    expect(c.legend.noData).toBeNull();
  });

  it('gives Cam Tuyền (7.36 %, the highest rate) the darkest class', () => {
    const c = buildChoropleth(dataset, view());
    expect(c.classOf['19600']).toBe(c.breaks.classes - 1);
    expect(c.values.find((v) => v.gsoCode === '19600')!.value).toBeCloseTo((109 / 1481) * 100, 10);
  });

  it('lists the communes whose features are marked approximate, in feature order, and none otherwise', () => {
    expect(buildChoropleth(dataset, view()).approximate).toEqual([]);
    const marked = new Set([codes[5]!, codes[2]!]);
    const communes = dataset.communes.map((f) => (marked.has(f.properties.gso_code) ? { ...f, properties: { ...f.properties, approximate: true } } : f));
    expect(buildChoropleth({ ...dataset, communes }, view()).approximate).toEqual([codes[2], codes[5]]);
  });

  it('computes the district value from the summed figures', () => {
    const c = buildChoropleth(dataset, view());
    expect(c.district.value).toBeCloseTo((453 / 14905) * 100, 10);
    expect(c.district.printed).toBe(3.04);
  });

  it('paints a commune without a table row, and one whose value is missing, in the no-data grey', () => {
    const withoutRow = loadDataset((s) => ({ ...s, table: { ...s.table, text: s.table.text.replace(/^Cam Chính,.*\n/m, '') } }));
    const a = buildChoropleth(withoutRow, view());
    expect(a.fills['19618']).toBe(NO_DATA_COLOR);
    expect(a.classOf['19618']).toBeNull();
    expect(a.legend.noData?.ids).toEqual(['19618']);

    const blank = loadDataset((s) => ({ ...s, table: { ...s.table, text: s.table.text.replace('Cam Hiếu,1.791,,44,2.46,,,30,1.68,14,0.78,3,41,2.29', 'Cam Hiếu,1.791,,44,2.46,,,30,1.68,14,0.78,3,,') } }));
    const b = buildChoropleth(blank, view({ metric: 'poverty_rate_end_2022' }));
    expect(b.values.find((v) => v.gsoCode === '19615')!.value).toBeNull();
    expect(b.fills['19615']).toBe(NO_DATA_COLOR);
    expect(b.legend.noData?.ids).toEqual(['19615']);
  });

  it('uses a diverging palette centred on zero for point changes, warm end = more poverty', () => {
    const c = buildChoropleth(dataset, view({ metric: 'change_2022_pp', palette: 'YlOrRd' }));
    expect(c.palette).toBe('RdBu');
    expect(c.paletteKind).toBe('diverging');
    expect(c.midpoint).toBe(0);
    expect(c.reversed).toBe(true);
    expect(c.colors).toEqual(divergingColors('RdBu', c.breaks.thresholds, 0, { reverse: true }));
    expect(c.fills['19618']).toBe(c.colors[c.colors.length - 1]);
  });

  it('centres a diverging palette chosen for a rate on the district rate', () => {
    const c = buildChoropleth(dataset, view({ palette: 'PuOr' }));
    expect(c.palette).toBe('PuOr');
    expect(c.midpoint).toBeCloseTo((453 / 14905) * 100, 10);
    expect(c.reversed).toBe(false);
    expect(c.colors).toEqual(divergingColors('PuOr', c.breaks.thresholds, c.midpoint!));
  });

  it('falls back to the default palette for an unknown id', () => {
    expect(buildChoropleth(dataset, view({ palette: 'nope' })).palette).toBe('YlOrRd');
    expect(choosePalette(metricDef('change_2022_pp'), 'Blues')).toEqual({ id: 'RdBu', kind: 'diverging' });
    expect(choosePalette(metricDef('poverty_rate'), 'Blues')).toEqual({ id: 'Blues', kind: 'sequential' });
  });

  it('follows the class count and method asked for', () => {
    for (const classes of [2, 3, 5]) {
      const c = buildChoropleth(dataset, view({ method: 'quantile', classes }));
      expect(c.breaks.method).toBe('quantile');
      expect(c.colors).toHaveLength(c.breaks.classes);
      expect(c.breaks.classes).toBeLessThanOrEqual(classes);
    }
  });

  it('centres diverging household counts on the mean per commune', () => {
    const def = metricDef('households');
    expect(divergingMidpoint(def, { value: 10, numerator: 10, denominator: null, printed: null }, [1, 2, 3, null])).toBe(2);
    expect(divergingMidpoint(metricDef('change_2022_pp'), { value: 5, numerator: null, denominator: null, printed: null }, [1])).toBe(0);
  });
});
