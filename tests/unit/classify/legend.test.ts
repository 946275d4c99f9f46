import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify, computeBreaks, isPresent, type ClassMethod } from '../../../src/classify/breaks';
import { buildLegend, type LegendValue } from '../../../src/classify/legend';
import { NO_DATA_COLOR, paletteColors } from '../../../src/classify/palettes';

const COMMUNES: LegendValue[] = [
  { id: 'a', value: 3.94 },
  { id: 'b', value: 1.72 },
  { id: 'c', value: 1.66 },
  { id: 'd', value: 3.83 },
  { id: 'e', value: 2.76 },
  { id: 'f', value: 7.36 },
  { id: 'g', value: 1.23 },
  { id: 'h', value: 2.46 },
];

const breaksOf = (values: LegendValue[], method: ClassMethod, classes: number) =>
  computeBreaks(values.map((v) => v.value), { method, classes });

describe('buildLegend', () => {
  it('lists classes with limits from min to max, colours, counts and ids', () => {
    const breaks = breaksOf(COMMUNES, 'natural', 4);
    const colors = paletteColors('YlOrRd', 4);
    const legend = buildLegend(COMMUNES, breaks, colors);
    expect(legend.method).toBe('natural');
    expect(legend.noData).toBeNull();
    expect(legend.classes.map((c) => [c.index, c.count, c.ids, c.color])).toEqual([
      [0, 3, ['b', 'c', 'g'], colors[0]],
      [1, 2, ['e', 'h'], colors[1]],
      [2, 2, ['a', 'd'], colors[2]],
      [3, 1, ['f'], colors[3]],
    ]);
    expect(legend.classes[0]!.lower).toBe(1.23);
    expect(legend.classes[3]!.upper).toBe(7.36);
    legend.classes.slice(1).forEach((c, i) => expect(c.lower).toBe(legend.classes[i]!.upper));
    expect(legend.classes.slice(0, 3).map((c) => c.upper)).toEqual(breaks.thresholds);
  });

  it('keeps empty equal-interval classes with count 0', () => {
    const legend = buildLegend(COMMUNES, breaksOf(COMMUNES, 'equal', 4), paletteColors('Blues', 4));
    expect(legend.classes.map((c) => c.count)).toEqual([5, 2, 0, 1]);
    expect(legend.classes[2]!.ids).toEqual([]);
  });

  it('puts missing values in a no-data row, never in a class', () => {
    const values: LegendValue[] = [...COMMUNES, { id: 'x', value: null }, { id: 'y', value: Number.NaN }, { id: 'z', value: undefined }];
    const breaks = breaksOf(values, 'quantile', 4);
    const legend = buildLegend(values, breaks, paletteColors('YlOrRd', 4));
    expect(legend.noData).toEqual({ color: NO_DATA_COLOR, count: 3, ids: ['x', 'y', 'z'] });
    expect(legend.classes.reduce((s, c) => s + c.count, 0)).toBe(8);
    expect(legend.classes[0]!.ids).not.toContain('x');
  });

  it('uses a custom no-data colour', () => {
    const values: LegendValue[] = [{ id: 'a', value: 1 }, { id: 'b', value: 2 }, { id: 'c', value: null }];
    const legend = buildLegend(values, breaksOf(values, 'equal', 2), paletteColors('Reds', 2), { noDataColor: '#eeeeee' });
    expect(legend.noData?.color).toBe('#eeeeee');
  });

  it('has one class from min to max when all values are equal', () => {
    const values: LegendValue[] = [{ id: 'a', value: 5 }, { id: 'b', value: 5 }];
    const breaks = breaksOf(values, 'quantile', 5);
    const legend = buildLegend(values, breaks, paletteColors('YlOrRd', 1));
    expect(legend.classes).toEqual([{ index: 0, lower: 5, upper: 5, color: paletteColors('YlOrRd', 1)[0], count: 2, ids: ['a', 'b'] }]);
  });

  it('has no classes and only a no-data row when nothing has a value', () => {
    const values: LegendValue[] = [{ id: 'a', value: null }, { id: 'b', value: null }];
    const legend = buildLegend(values, breaksOf(values, 'natural', 3), []);
    expect(legend.classes).toEqual([]);
    expect(legend.noData).toMatchObject({ count: 2, ids: ['a', 'b'] });
  });

  it('has an empty legend for no features', () => {
    expect(buildLegend([], breaksOf([], 'quantile', 3), [])).toEqual({ method: 'quantile', units: 'commune', classes: [], noData: null });
  });

  it('throws RangeError when the colours do not match the classes', () => {
    expect(() => buildLegend(COMMUNES, breaksOf(COMMUNES, 'quantile', 4), paletteColors('YlOrRd', 3))).toThrow(RangeError);
  });

  it('counts every present value once and every missing value as no data (property)', () => {
    const value = fc.oneof(
      { weight: 4, arbitrary: fc.double({ min: -100, max: 100, noNaN: true }) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 3 }) },
      fc.constantFrom(null, undefined, Number.NaN),
    );
    const method = fc.constantFrom<ClassMethod>('quantile', 'equal', 'natural', 'manual');
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), method, fc.integer({ min: 2, max: 7 }), fc.boolean(), fc.array(fc.integer({ min: -100, max: 100 }), { maxLength: 8 }),
        (raw, m, classes, round, manual) => {
          const values: LegendValue[] = raw.map((v, i) => ({ id: `u${i}`, value: v }));
          const breaks = computeBreaks(raw, { method: m, classes, round, manual });
          const colors = breaks.classes === 0 ? [] : paletteColors('viridis', breaks.classes);
          const legend = buildLegend(values, breaks, colors);
          const present = raw.filter(isPresent).length;
          expect(legend.classes.reduce((s, c) => s + c.count, 0)).toBe(present);
          expect(legend.noData?.count ?? 0).toBe(raw.length - present);
          const ids = [...legend.classes.flatMap((c) => c.ids), ...(legend.noData?.ids ?? [])].sort();
          expect(ids).toEqual(values.map((v) => v.id).sort());
          for (const c of legend.classes) {
            expect(c.count).toBe(c.ids.length);
            for (const id of c.ids) expect(classify(values.find((v) => v.id === id)!.value, breaks.thresholds)).toBe(c.index);
          }
          for (const id of legend.noData?.ids ?? []) expect(isPresent(values.find((v) => v.id === id)!.value)).toBe(false);
          if (legend.noData) expect(legend.noData.color).toBe(NO_DATA_COLOR);
        }),
    );
  });
});

describe('class membership (the colour the map draws each feature with)', () => {
  const breaks = breaksOf(COMMUNES, 'quantile', 4);
  const colors = paletteColors('OrRd', 4);

  it('puts each value in its class by classify’s boundary convention (a threshold starts the next class)', () => {
    const atThreshold: LegendValue = { id: 'edge', value: breaks.thresholds[0]! };
    const legend = buildLegend([...COMMUNES, atThreshold], breaks, colors);
    for (const { id, value } of COMMUNES) expect(legend.classes.find((c) => c.ids.includes(id))!.color).toBe(colors[classify(value, breaks.thresholds)!]);
    expect(legend.classes[1]!.ids).toContain('edge');
  });

  it('gives missing values the no-data row, never the class of zero', () => {
    const legend = buildLegend([{ id: 'n', value: null }, { id: 'u', value: undefined }, { id: 'x', value: Number.NaN }, { id: 'z', value: 0 }], breaks, colors, { noDataColor: '#123456' });
    expect(legend.noData).toEqual({ color: '#123456', count: 3, ids: ['n', 'u', 'x'] });
    expect(legend.classes[0]!.ids).toEqual(['z']);
  });
});
