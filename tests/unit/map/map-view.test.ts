/** What both map elements derive from their properties: the view, the accessible name, the words read out and the keyboard walk. */
import { describe, expect, it } from 'vitest';
import { mapName, mapView, spokenTooltip, stepFocus } from '../../../src/map/map-view';
import { DEFAULT_VIEW } from '../../../src/state/view-state';

const props = { metric: 'poverty_rate', method: 'quantile', classes: 5, palette: 'Blues', manual: null, lang: 'en' };

describe('mapView', () => {
  it('keeps valid properties as they are', () => {
    expect(mapView(props, { customMetrics: false })).toEqual({ metric: 'poverty_rate', method: 'quantile', classes: 5, palette: 'Blues', manual: null, lang: 'en' });
  });

  it('replaces invalid attribute values by the defaults', () => {
    const view = mapView({ ...props, metric: 'nonsense', method: 'magic', classes: Number.NaN, lang: 'fr' }, { customMetrics: true });
    expect(view).toMatchObject({ metric: DEFAULT_VIEW.metric, method: DEFAULT_VIEW.method, classes: DEFAULT_VIEW.classes, lang: 'vi' });
  });

  it("accepts a loaded table's own measure only when asked to", () => {
    expect(mapView({ ...props, metric: 'custom:near-poor' }, { customMetrics: true }).metric).toBe('custom:near-poor');
    expect(mapView({ ...props, metric: 'custom:near-poor' }, { customMetrics: false }).metric).toBe(DEFAULT_VIEW.metric);
  });
});

describe('mapName and spokenTooltip', () => {
  it('names the map after its metric, lower-cased inside the sentence', () => {
    expect(mapName('Tỷ lệ hộ nghèo', 'vi')).toBe('Bản đồ tỷ lệ hộ nghèo theo xã');
    expect(mapName('Poverty rate', 'en')).toBe('Map of poverty rate by commune');
  });

  it('reads the tooltip out only while a commune has the keyboard focus', () => {
    const tip = { title: 'Xã Cam Tuyền', metric: 'Tỷ lệ hộ nghèo', value: '7,36 %', ratio: '109 / 1.481 hộ', className: 'Lớp 3', noData: false };
    expect(spokenTooltip(tip, '19600')).toBe('Xã Cam Tuyền: 7,36 %. 109 / 1.481 hộ Lớp 3');
    expect(spokenTooltip(tip, null)).toBe('');
    expect(spokenTooltip(undefined, '19600')).toBe('');
  });
});

describe('stepFocus', () => {
  const order = ['a', 'b', 'c'];

  it('walks forward and back, wrapping around at both ends', () => {
    expect(stepFocus(order, 'a', 1)).toBe('b');
    expect(stepFocus(order, 'c', 1)).toBe('a');
    expect(stepFocus(order, 'a', -1)).toBe('c');
  });

  it('starts at the first or last commune when none is focused, and jumps to either end', () => {
    expect(stepFocus(order, null, 1)).toBe('a');
    expect(stepFocus(order, 'zzz', -1)).toBe('c');
    expect(stepFocus(order, 'b', 'first')).toBe('a');
    expect(stepFocus(order, 'b', 'last')).toBe('c');
  });

  it('has nowhere to go in an empty order', () => {
    expect(stepFocus([], 'a', 1)).toBeNull();
  });
});
