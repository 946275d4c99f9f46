import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ckmeans } from 'simple-statistics';
import {
  CLASS_METHODS,
  MAX_CLASSES,
  clampClasses,
  classifier,
  classify,
  computeBreaks,
  isClassMethod,
  isPresent,
  roundThresholds,
  type BreaksResult,
  type ClassMethod,
} from '../../../src/classify/breaks';

/** Poverty rates (%) of the district's 8 communes. */
const RATES = [3.94, 1.72, 1.66, 3.83, 2.76, 7.36, 1.23, 2.46];

const computed: fc.Arbitrary<Exclude<ClassMethod, 'manual'>> = fc.constantFrom('quantile', 'equal', 'natural');
const present = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);
const maybe = fc.oneof({ weight: 5, arbitrary: present }, fc.constantFrom(null, undefined, NaN, Infinity));
const dataset = fc.array(maybe, { maxLength: 60 });

const counts = (values: readonly number[], b: BreaksResult): number[] => {
  const out = new Array<number>(b.classes).fill(0);
  for (const v of values) out[classify(v, b.thresholds)!]!++;
  return out;
};

describe('computeBreaks', () => {
  it('computes quantile breaks of the 8 commune rates (type-7 quantiles, two communes per class)', () => {
    const b = computeBreaks(RATES, { method: 'quantile', classes: 4 });
    expect(b).toMatchObject({ method: 'quantile', classes: 4, min: 1.23, max: 7.36 });
    expect(b.note).toBeUndefined();
    expect(b.thresholds[0]).toBeCloseTo(1.705, 12);
    expect(b.thresholds[1]).toBeCloseTo(2.61, 12);
    expect(b.thresholds[2]).toBeCloseTo(3.8575, 12);
    expect(counts(RATES, b)).toEqual([2, 2, 2, 2]);
  });

  it('computes equal-interval breaks from min to max', () => {
    const b = computeBreaks(RATES, { method: 'equal', classes: 4 });
    expect(b.classes).toBe(4);
    [2.7625, 4.295, 5.8275].forEach((t, i) => expect(b.thresholds[i]).toBeCloseTo(t, 12));
    expect(counts(RATES, b)).toEqual([5, 2, 0, 1]);
  });

  it('computes natural breaks between ckmeans clusters', () => {
    const b = computeBreaks(RATES, { method: 'natural', classes: 4 });
    expect(ckmeans(RATES, 4)).toEqual([[1.23, 1.66, 1.72], [2.46, 2.76], [3.83, 3.94], [7.36]]);
    [2.09, 3.295, 5.65].forEach((t, i) => expect(b.thresholds[i]).toBeCloseTo(t, 12));
    expect(counts(RATES, b)).toEqual([3, 2, 2, 1]);
  });

  it('rounds breaks to readable values when asked, keeping every commune in its class', () => {
    expect(computeBreaks(RATES, { method: 'quantile', classes: 4, round: true }).thresholds).toEqual([1.7, 2.5, 3.9]);
    expect(computeBreaks(RATES, { method: 'equal', classes: 4, round: true }).thresholds).toEqual([3, 4.5, 6]);
    expect(computeBreaks(RATES, { method: 'natural', classes: 4, round: true }).thresholds).toEqual([2, 3.5, 5.5]);
    for (const method of ['quantile', 'equal', 'natural'] as const) {
      const exact = computeBreaks(RATES, { method, classes: 5 });
      const rounded = computeBreaks(RATES, { method, classes: 5, round: true });
      expect(RATES.map((v) => classify(v, rounded.thresholds))).toEqual(RATES.map((v) => classify(v, exact.thresholds)));
    }
  });

  it('supports 2 and 7 classes', () => {
    for (const method of ['quantile', 'equal', 'natural'] as const) {
      expect(computeBreaks(RATES, { method, classes: 2 }).thresholds).toHaveLength(1);
      expect(computeBreaks(RATES, { method, classes: 7 })).toMatchObject({ classes: 7 });
    }
    expect(computeBreaks(RATES, { method: 'quantile', classes: 7 }).thresholds).toEqual([1.66, 1.72, 2.46, 2.76, 3.83, 3.94]);
  });

  it('clamps the class count to 2–7 and says so', () => {
    expect(computeBreaks(RATES, { method: 'equal', classes: 1 })).toMatchObject({ classes: 2, note: 'clamped' });
    expect(computeBreaks(RATES, { method: 'equal', classes: 0 })).toMatchObject({ classes: 2, note: 'clamped' });
    expect(computeBreaks(RATES, { method: 'equal', classes: 12 })).toMatchObject({ classes: 7, note: 'clamped' });
    expect(computeBreaks(RATES, { method: 'equal', classes: Number.NaN })).toMatchObject({ classes: 5, note: 'clamped' });
    expect(computeBreaks(RATES, { method: 'equal', classes: 3.4 })).toMatchObject({ classes: 3, note: 'clamped' });
  });

  it('returns no classes for empty input or input with only missing values', () => {
    const empty = { method: 'quantile', classes: 0, thresholds: [], note: 'no-data' };
    expect(computeBreaks([], { method: 'quantile', classes: 5 })).toMatchObject(empty);
    const b = computeBreaks([null, undefined, Number.NaN, Infinity], { method: 'quantile', classes: 5 });
    expect(b).toMatchObject(empty);
    expect(b.min).toBeNaN();
    expect(b.max).toBeNaN();
  });

  it('makes one class when there is one value or all values are equal', () => {
    expect(computeBreaks([4.2], { method: 'natural', classes: 5 })).toEqual({
      method: 'natural', classes: 1, thresholds: [], min: 4.2, max: 4.2, note: 'all-equal',
    });
    expect(computeBreaks([2, 2, null, 2], { method: 'quantile', classes: 3 })).toMatchObject({ classes: 1, note: 'all-equal' });
    expect(computeBreaks([2, 2], { method: 'manual', classes: 3, manual: [1] })).toMatchObject({ classes: 1, note: 'all-equal' });
  });

  it('ignores missing values (null, undefined, NaN, ±Infinity) instead of treating them as zero', () => {
    const withGaps = [1, null, 2, Number.NaN, 3, undefined, 4, -Infinity];
    for (const method of ['quantile', 'equal', 'natural'] as const) {
      expect(computeBreaks(withGaps, { method, classes: 2 })).toEqual(computeBreaks([1, 2, 3, 4], { method, classes: 2 }));
    }
    expect(computeBreaks(withGaps, { method: 'equal', classes: 2 }).min).toBe(1);
  });

  it('reduces classes to the number of distinct values', () => {
    for (const method of ['quantile', 'equal', 'natural'] as const) {
      const b = computeBreaks([1, 2, 3, 3, 1], { method, classes: 5 });
      expect(b).toMatchObject({ classes: 3, note: 'fewer-values' });
      expect(counts([1, 2, 3], b)).toEqual([1, 1, 1]);
    }
  });

  it('drops duplicate quantile thresholds on tied data rather than making empty classes', () => {
    const tied = [1, 1, 1, 1, 1, 1, 2, 3];
    const b = computeBreaks(tied, { method: 'quantile', classes: 4 });
    expect(b.note).toBe('fewer-values');
    expect(b.classes).toBeLessThan(4);
    expect(counts(tied, b).every((c) => c > 0)).toBe(true);
    expect(new Set(b.thresholds).size).toBe(b.thresholds.length);
  });

  it('handles negative values', () => {
    const b = computeBreaks([-5, -3, -1, 0, 2, 4], { method: 'equal', classes: 2 });
    expect(b).toMatchObject({ thresholds: [-0.5], min: -5, max: 4 });
    expect(computeBreaks([-5, -3, -1, 0, 2, 4], { method: 'equal', classes: 3, round: true }).thresholds).toEqual([-2, 1]);
  });

  it('uses manual thresholds sorted and de-duplicated', () => {
    expect(computeBreaks(RATES, { method: 'manual', classes: 2, manual: [4, 2, 3, 2] })).toEqual({
      method: 'manual', classes: 4, thresholds: [2, 3, 4], min: 1.23, max: 7.36,
    });
  });

  it('drops manual thresholds outside (min, max) or not finite, and lists them', () => {
    const b = computeBreaks(RATES, { method: 'manual', classes: 5, manual: [0, 2, 1.23, 7.36, 9, Number.NaN, 5] });
    expect(b).toMatchObject({ classes: 3, thresholds: [2, 5], note: 'manual-invalid' });
    expect(b.dropped).toEqual([0, 1.23, 7.36, 9, Number.NaN]);
  });

  it('flags manual breaks with no usable threshold and keeps one class', () => {
    expect(computeBreaks(RATES, { method: 'manual', classes: 5 })).toMatchObject({ classes: 1, note: 'manual-invalid', dropped: [] });
    expect(computeBreaks(RATES, { method: 'manual', classes: 5, manual: [100] })).toMatchObject({ classes: 1, dropped: [100] });
  });

  it('keeps at most 6 manual thresholds (the lowest) and never rounds them', () => {
    const b = computeBreaks(RATES, { method: 'manual', classes: 5, round: true, manual: [1.5, 2, 2.5, 3, 3.5, 4, 4.567, 5] });
    expect(b).toMatchObject({ classes: MAX_CLASSES, thresholds: [1.5, 2, 2.5, 3, 3.5, 4], dropped: [4.567, 5] });
    expect(computeBreaks(RATES, { method: 'manual', classes: 5, round: true, manual: [2.345] }).thresholds).toEqual([2.345]);
  });

  it('keeps thresholds strictly increasing and strictly inside (min, max) (property)', () => {
    fc.assert(
      fc.property(dataset, computed, fc.integer({ min: -2, max: 12 }), fc.boolean(), (values, method, classes, round) => {
        const b = computeBreaks(values, { method, classes, round });
        const data = values.filter(isPresent);
        if (data.length === 0) return b.classes === 0 && b.note === 'no-data';
        expect(b.classes).toBe(b.thresholds.length + 1);
        expect(b.classes).toBeLessThanOrEqual(Math.min(MAX_CLASSES, new Set(data).size));
        b.thresholds.forEach((t, i) => {
          expect(t).toBeGreaterThan(i === 0 ? b.min : b.thresholds[i - 1]!);
          expect(t).toBeLessThan(b.max);
        });
        return true;
      }),
    );
  });

  it('puts every present value in exactly one class and never classifies missing values (property)', () => {
    fc.assert(
      fc.property(dataset, computed, fc.integer({ min: 2, max: 7 }), fc.boolean(), (values, method, classes, round) => {
        const b = computeBreaks(values, { method, classes, round });
        for (const v of values) {
          const c = classify(v, b.thresholds);
          if (!isPresent(v)) {
            expect(c).toBeNull();
            continue;
          }
          expect(Number.isInteger(c)).toBe(true);
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThan(b.classes);
          const lower = c === 0 ? b.min : b.thresholds[c! - 1]!;
          const upper = c === b.classes - 1 ? Infinity : b.thresholds[c!]!;
          expect(v >= lower && v < upper).toBe(true);
        }
      }),
    );
  });

  it('leaves no empty class for quantile and natural breaks, ties included (property)', () => {
    fc.assert(
      fc.property(dataset, fc.constantFrom('quantile' as const, 'natural' as const), fc.integer({ min: 2, max: 7 }), fc.boolean(),
        (values, method, classes, round) => {
          const b = computeBreaks(values, { method, classes, round });
          expect(counts(values.filter(isPresent), b).every((n) => n > 0)).toBe(true);
        }),
    );
  });

  it('rounds without changing any class membership and keeps breaks increasing (property)', () => {
    fc.assert(
      fc.property(dataset, computed, fc.integer({ min: 2, max: 7 }), (values, method, classes) => {
        const exact = computeBreaks(values, { method, classes });
        const rounded = computeBreaks(values, { method, classes, round: true });
        expect(rounded.classes).toBe(exact.classes);
        for (let i = 1; i < rounded.thresholds.length; i++) expect(rounded.thresholds[i]).toBeGreaterThan(rounded.thresholds[i - 1]!);
        expect(values.map((v) => classify(v, rounded.thresholds))).toEqual(values.map((v) => classify(v, exact.thresholds)));
      }),
    );
  });

  it('makes equal-interval classes equally wide before rounding (property)', () => {
    const spread = fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 8, maxLength: 40 });
    fc.assert(
      fc.property(spread, fc.integer({ min: 2, max: 7 }), (values, classes) => {
        const b = computeBreaks(values, { method: 'equal', classes });
        fc.pre(b.classes === classes);
        const limits = [b.min, ...b.thresholds, b.max];
        const width = (b.max - b.min) / classes;
        for (let i = 1; i < limits.length; i++) expect(limits[i]! - limits[i - 1]!).toBeCloseTo(width, 6);
      }),
    );
  });

  it('keeps only valid manual thresholds and accounts for every dropped one (property)', () => {
    const manual = fc.array(fc.oneof(present, fc.constant(Number.NaN)), { maxLength: 10 });
    fc.assert(
      fc.property(fc.array(present, { minLength: 2, maxLength: 30 }), manual, (values, given) => {
        const b = computeBreaks(values, { method: 'manual', classes: 5, manual: given });
        if (b.note === 'all-equal') return;
        expect(b.thresholds.length).toBeLessThanOrEqual(MAX_CLASSES - 1);
        for (const t of b.thresholds) expect(given).toContain(t);
        for (const t of given) expect(b.thresholds.includes(t) || b.dropped!.some((d) => Object.is(d, t))).toBe(true);
        expect(b.note === 'manual-invalid').toBe(b.thresholds.length === 0 || (b.dropped ?? []).length > 0);
      }),
    );
  });
});

describe('classify', () => {
  const t = [2, 4];

  it('puts a value equal to a threshold in the class above (lower bound inclusive)', () => {
    expect(classify(1.99, t)).toBe(0);
    expect(classify(2, t)).toBe(1);
    expect(classify(3.99, t)).toBe(1);
    expect(classify(4, t)).toBe(2);
  });

  it('puts min in the first class and max in the last, and clamps values beyond them', () => {
    const b = computeBreaks(RATES, { method: 'equal', classes: 3 });
    expect(classify(b.min, b.thresholds)).toBe(0);
    expect(classify(b.max, b.thresholds)).toBe(2);
    expect(classify(-100, t)).toBe(0);
    expect(classify(100, t)).toBe(2);
  });

  it('returns null for missing values', () => {
    for (const v of [null, undefined, Number.NaN, Infinity, -Infinity]) expect(classify(v, t)).toBeNull();
  });

  it('puts every value in class 0 when there are no thresholds', () => {
    expect(classify(-3, [])).toBe(0);
    expect(classify(7, [])).toBe(0);
  });

  it('agrees with classifier', () => {
    const f = classifier(t);
    for (const v of [0, 2, 3, 4, 5, null]) expect(f(v)).toBe(classify(v, t));
  });
});

describe('roundThresholds', () => {
  it('rounds to about a tenth of the data range (2.4681 → 2.5, 137 → 140)', () => {
    expect(roundThresholds([2.4681], [0, 2, 3, 5])).toEqual([2.5]);
    expect(roundThresholds([137], [50, 120, 150, 300])).toEqual([140]);
  });

  it('falls back to finer rounding when coarse rounding would merge classes or move values', () => {
    expect(roundThresholds([2.41, 2.49], [0, 2.4, 2.45, 2.5, 5])).toEqual([2.42, 2.5]);
  });

  it('produces exact decimals', () => {
    expect(roundThresholds([0.30000000000000004], [0, 0.1, 0.35, 1])).toEqual([0.3]);
  });

  it('returns a copy when there is nothing to round', () => {
    expect(roundThresholds([], [1, 2])).toEqual([]);
  });
});

describe('clampClasses', () => {
  it('clamps into 2–7 and reports changes', () => {
    expect(clampClasses(5)).toEqual({ classes: 5, clamped: false });
    expect(clampClasses(-1)).toEqual({ classes: 2, clamped: true });
    expect(clampClasses(99)).toEqual({ classes: 7, clamped: true });
    expect(clampClasses(Infinity)).toEqual({ classes: 5, clamped: true });
  });
});

describe('isClassMethod', () => {
  it('accepts exactly the four methods', () => {
    for (const m of CLASS_METHODS) expect(isClassMethod(m)).toBe(true);
    for (const m of ['jenks', 'Quantile', '', null, 3]) expect(isClassMethod(m)).toBe(false);
  });
});
