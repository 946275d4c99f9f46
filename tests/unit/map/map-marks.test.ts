import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { MapMarks } from '../../../src/map/map-marks';

const square = (code: string, x: number): FeatureCollection['features'][number] => ({
  type: 'Feature',
  properties: { gso_code: code },
  geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] },
});
const communes: FeatureCollection = { type: 'FeatureCollection', features: [square('a', 0), square('b', 1), square('c', 2)] };

describe('MapMarks', () => {
  it('lists only the marked communes, with their geometry and one flag per kind', () => {
    const marks = new MapMarks();
    marks.reset(communes);
    expect(marks.collection().features).toEqual([]);
    expect(marks.set('b', 'selected', true)).toBe(true);
    expect(marks.set('b', 'hover', true)).toBe(true);
    expect(marks.set('c', 'highlighted', true)).toBe(true);
    const { features } = marks.collection();
    expect(features.map((f) => f.properties)).toEqual([
      { gso_code: 'b', selected: true, highlighted: false, hover: true, focus: false },
      { gso_code: 'c', selected: false, highlighted: true, hover: false, focus: false },
    ]);
    expect(features[0]!.geometry).toBe(communes.features[1]!.geometry);
  });

  it('says when nothing changed, drops a commune with no mark left, ignores unknown codes and clears on reset', () => {
    const marks = new MapMarks();
    marks.reset(communes);
    marks.set('a', 'focus', true);
    expect(marks.set('a', 'focus', true)).toBe(false);
    expect(marks.set('a', 'selected', false)).toBe(false);
    expect(marks.set('zz', 'selected', true)).toBe(false);
    expect(marks.set('a', 'focus', false)).toBe(true);
    expect(marks.collection().features).toEqual([]);
    marks.set('a', 'selected', true);
    marks.reset({ type: 'FeatureCollection', features: [square('a', 5)] });
    expect(marks.collection().features).toEqual([]);
  });
});
