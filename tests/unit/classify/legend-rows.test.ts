import { describe, expect, it } from 'vitest';
import type { LegendModel } from '../../../src/classify/legend';
import { communeCount, formatBound, legendMethodText, legendRows, legendUnitText } from '../../../src/classify/legend-rows';

const LEGEND: LegendModel = {
  method: 'natural', units: 'commune',
  classes: [
    { index: 0, lower: 1.2278, upper: 2.11, color: '#ffffb2', count: 4, ids: ['a', 'b', 'c', 'd'] },
    { index: 1, lower: 2.11, upper: 3.885, color: '#fecc5c', count: 3, ids: ['e', 'f', 'g'] },
    { index: 2, lower: 3.885, upper: 7.36, color: '#e31a1c', count: 1, ids: ['h'] },
  ],
  noData: { color: '#bdbdbd', count: 1, ids: ['i'] },
};

describe('legendRows', () => {
  it('formats ranges, the first from the minimum and the last to the maximum, in vi-VN', () => {
    const rows = legendRows(LEGEND, 'percent', 'vi', 2);
    expect(rows.map((r) => [r.kind, r.color, r.range, r.countText])).toEqual([
      ['class', '#ffffb2', '1,23 – 2,11 %', '4 xã'],
      ['class', '#fecc5c', '2,11 – 3,89 %', '3 xã'],
      ['class', '#e31a1c', '3,89 – 7,36 %', '1 xã'],
      ['no-data', '#bdbdbd', 'Không có số liệu', '1 xã'],
    ]);
    expect(rows[0]!.description).toBe('từ 1,23 đến dưới 2,11 %');
    expect(rows[2]!.description).toBe('từ 3,89 đến 7,36 %');
  });

  it('formats in en-GB with singular and plural counts', () => {
    const rows = legendRows(LEGEND, 'percent', 'en', 2);
    expect(rows.map((r) => [r.range, r.countText])).toEqual([
      ['1.23 – 2.11%', '4 communes'],
      ['2.11 – 3.89%', '3 communes'],
      ['3.89 – 7.36%', '1 commune'],
      ['No data', '1 commune'],
    ]);
    expect(rows[0]!.description).toBe('from 1.23 to under 2.11%');
  });

  it('keeps the legend colours and ids exactly', () => {
    const rows = legendRows(LEGEND, 'percent', 'vi', 2);
    expect(rows.map((r) => r.color)).toEqual([...LEGEND.classes.map((c) => c.color), LEGEND.noData!.color]);
    expect(rows.map((r) => r.ids)).toEqual([...LEGEND.classes.map((c) => c.ids), LEGEND.noData!.ids]);
  });

  it('signs point changes and shows a single value for a class with one value', () => {
    const change: LegendModel = {
      method: 'equal', units: 'commune',
      classes: [
        { index: 0, lower: -0.68, upper: -0.1, color: '#b2182b', count: 2, ids: [] },
        { index: 1, lower: -0.1, upper: 0.12, color: '#2166ac', count: 6, ids: [] },
      ],
      noData: null,
    };
    expect(legendRows(change, 'pp', 'vi', 2).map((r) => r.range)).toEqual(['−0,68 – −0,10 điểm %', '−0,10 – +0,12 điểm %']);
    expect(legendRows(change, 'pp', 'en', 2).map((r) => r.shortRange)).toEqual(['−0.68 – −0.10', '−0.10 – +0.12']);
    const one: LegendModel = { method: 'natural', units: 'commune', classes: [{ index: 0, lower: 18, upper: 18, color: '#fff', count: 8, ids: [] }], noData: null };
    expect(legendRows(one, 'households', 'vi', 0)[0]).toMatchObject({ range: '18 hộ', shortRange: '18', description: '18 hộ' });
  });

  it('has only the no-data row when nothing has a value', () => {
    const empty: LegendModel = { method: 'quantile', units: 'commune', classes: [], noData: { color: '#bdbdbd', count: 8, ids: [] } };
    expect(legendRows(empty, 'percent', 'en', 2).map((r) => [r.kind, r.countText])).toEqual([['no-data', '8 communes']]);
  });
});

describe('legend texts', () => {
  it('names the method and class count', () => {
    expect(legendMethodText('natural', 4, 'vi')).toBe('Phân loại: ngắt tự nhiên (Jenks), 4 lớp');
    expect(legendMethodText('natural', 4, 'en')).toBe('Classification: Natural breaks (Jenks), 4 classes');
    expect(legendMethodText('quantile', 1, 'en')).toBe('Classification: Quantiles (about as many communes per class), 1 class');
    expect(legendMethodText('equal', 5, 'vi')).toBe('Phân loại: khoảng đều, 5 lớp');
    expect(legendMethodText('manual', 3, 'en')).toBe('Classification: Manual breaks, 3 classes');
  });

  it('names the unit', () => {
    expect(legendUnitText('households', 'vi')).toBe('Đơn vị: hộ');
    expect(legendUnitText('percent', 'en')).toBe('Unit: % of households');
    expect(legendUnitText('pp', 'en')).toBe('Unit: percentage points');
  });

  it('formats bounds and counts', () => {
    expect(formatBound(1481, 'households', 'vi', 0)).toBe('1.481');
    expect(formatBound(0.1, 'pp', 'en', 2)).toBe('+0.10');
    expect(communeCount(1, 'vi')).toBe('1 xã');
  });
});
