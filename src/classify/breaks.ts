/**
 * Class breaks for the choropleth. Pure: no DOM, lit or maplibre.
 *
 * Boundary convention (same as d3's scaleThreshold): with interior thresholds
 * t[0] < t[1] < … < t[n-2], class i holds the values v with t[i-1] <= v < t[i].
 * The lower bound is inclusive, so a value equal to a threshold belongs to the
 * class above it; class 0 is everything below t[0] (it starts at min) and the
 * last class is everything from t[n-2] up, max included.
 */
import { scaleThreshold } from 'd3-scale';
import { ckmeans, quantileSorted } from 'simple-statistics';

/** The classification methods the map offers. */
export type ClassMethod = 'quantile' | 'equal' | 'natural' | 'manual';

/** All class methods, in menu order. */
export const CLASS_METHODS: readonly ClassMethod[] = ['quantile', 'equal', 'natural', 'manual'];

/** Fewest classes a computed classification asks for (after clamping). */
export const MIN_CLASSES = 2;

/** Most classes any classification may have. */
export const MAX_CLASSES = 7;

/** Class count used when the requested one is not a finite number. */
export const DEFAULT_CLASSES = 5;

/**
 * Why a result differs from the request. Only one note is given; the most
 * important wins: 'no-data' > 'all-equal' > 'manual-invalid' > 'fewer-values' > 'clamped'.
 * - 'no-data': no finite value at all (classes 0, min and max NaN).
 * - 'all-equal': every value is the same (one class, no thresholds).
 * - 'manual-invalid': some manual thresholds were unusable (listed in `dropped`) or none were given.
 * - 'fewer-values': the data allow fewer classes than asked (too few distinct values, or ties).
 * - 'clamped': the requested class count was outside 2–7 (or not a number) and was clamped.
 */
export type BreaksNote = 'fewer-values' | 'all-equal' | 'no-data' | 'manual-invalid' | 'clamped';

/** The outcome of computeBreaks. */
export interface BreaksResult {
  method: ClassMethod;
  /** Actual number of classes: thresholds.length + 1, or 0 when there is no data. */
  classes: number;
  /** Interior class limits, strictly increasing and strictly inside (min, max). */
  thresholds: number[];
  /** Smallest finite value (NaN when there is none). */
  min: number;
  /** Largest finite value (NaN when there is none). */
  max: number;
  note?: BreaksNote;
  /** Manual thresholds not used: non-finite, outside (min, max), or beyond the 6 lowest valid ones. */
  dropped?: number[];
}

/** Options of computeBreaks. */
export interface BreaksOptions {
  method: ClassMethod;
  /** Requested class count; clamped to 2–7 (rounded; non-finite → 5). Ignored by 'manual'. */
  classes: number;
  /** Thresholds for 'manual'; they are sorted and de-duplicated, and used as given (never rounded). */
  manual?: readonly number[];
  /** Round computed thresholds to readable values without moving any value to another class. */
  round?: boolean;
}

/** True when `s` names a class method (for validating URL input). */
export function isClassMethod(s: unknown): s is ClassMethod {
  return typeof s === 'string' && (CLASS_METHODS as readonly string[]).includes(s);
}

/** Clamps a requested class count into 2–7; `clamped` tells whether it had to change. */
export function clampClasses(requested: number): { classes: number; clamped: boolean } {
  if (!Number.isFinite(requested)) return { classes: DEFAULT_CLASSES, clamped: true };
  const classes = Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(requested)));
  return { classes, clamped: classes !== requested };
}

/** True for a value that takes part in classification: a finite number (null, undefined, NaN and ±Infinity are missing). */
export function isPresent(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Computes class breaks of `values`; missing values are ignored (they belong to the no-data class). */
export function computeBreaks(
  values: readonly (number | null | undefined)[],
  options: BreaksOptions,
): BreaksResult {
  const { method } = options;
  const data = values.filter(isPresent).sort((a, b) => a - b);
  if (data.length === 0) return { method, classes: 0, thresholds: [], min: NaN, max: NaN, note: 'no-data' };
  const min = data[0]!;
  const max = data[data.length - 1]!;
  if (min === max) return { method, classes: 1, thresholds: [], min, max, note: 'all-equal' };
  if (method === 'manual') return manualBreaks(options.manual ?? [], min, max);

  const { classes: asked, clamped } = clampClasses(options.classes);
  const k = Math.min(asked, distinctCount(data));
  let thresholds = insideRange(rawThresholds(method, data, k), min, max);
  if (method !== 'equal') thresholds = dropEmptyClasses(thresholds, data);
  if (options.round) thresholds = roundThresholds(thresholds, data);
  const classes = thresholds.length + 1;
  const note: BreaksNote | undefined = classes < asked ? 'fewer-values' : clamped ? 'clamped' : undefined;
  return { method, classes, thresholds, min, max, ...(note ? { note } : {}) };
}

/** Builds a classifier for fixed thresholds (d3 scaleThreshold): value → class index, or null when missing. */
export function classifier(thresholds: readonly number[]): (value: number | null | undefined) => number | null {
  const scale = scaleThreshold<number, number>()
    .domain([...thresholds])
    .range(Array.from({ length: thresholds.length + 1 }, (_, i) => i));
  return (value) => (isPresent(value) ? scale(value) : null);
}

/** The class of a value under `breaks` (see classifier); null for every value when the breaks have no class (no data). */
export function breaksClassifier(breaks: BreaksResult): (value: number | null | undefined) => number | null {
  return breaks.classes === 0 ? () => null : classifier(breaks.thresholds);
}

/** Class index 0..thresholds.length of `value` (lower bound inclusive, see the module comment), or null when missing. */
export function classify(value: number | null | undefined, thresholds: readonly number[]): number | null {
  return classifier(thresholds)(value);
}

/**
 * Rounds thresholds to readable values: each one goes to the nearest multiple of the
 * coarsest "nice" step (1, 2 or 5 × 10^k, starting at about a tenth of the data range)
 * that keeps every data value in its class, stays strictly inside (min, max) and stays
 * strictly between the midpoints to its neighbouring thresholds (so the result is
 * strictly increasing). A threshold no nice step fits keeps its exact value.
 */
export function roundThresholds(thresholds: readonly number[], sortedValues: readonly number[]): number[] {
  if (thresholds.length === 0 || sortedValues.length === 0) return [...thresholds];
  const min = sortedValues[0]!;
  const max = sortedValues[sortedValues.length - 1]!;
  const steps = niceSteps((max - min) / 10);
  return thresholds.map((t, i) => {
    const prev = thresholds[i - 1];
    const next = thresholds[i + 1];
    const lowMid = prev === undefined ? -Infinity : (prev + t) / 2;
    const highMid = next === undefined ? Infinity : (t + next) / 2;
    const at = firstAtLeast(sortedValues, t);
    const below = at > 0 ? sortedValues[at - 1]! : -Infinity;
    const above = at < sortedValues.length ? sortedValues[at]! : Infinity;
    const fits = (r: number): boolean =>
      r > below && r <= above && r > min && r < max && r > lowMid && r < highMid;
    for (const [m, e] of steps) {
      const r = roundToStep(t, m, e);
      if (fits(r)) return r;
    }
    return t;
  });
}

function rawThresholds(method: Exclude<ClassMethod, 'manual'>, data: number[], k: number): number[] {
  const inner = Array.from({ length: k - 1 }, (_, i) => i + 1);
  if (method === 'quantile') return inner.map((i) => quantileSorted(data, i / k));
  const min = data[0]!;
  const max = data[data.length - 1]!;
  if (method === 'equal') return inner.map((i) => min + ((max - min) * i) / k);
  const clusters = ckmeans(data, k);
  return inner.map((i) => {
    const lower = clusters[i - 1]!;
    return (lower[lower.length - 1]! + clusters[i]![0]!) / 2;
  });
}

function manualBreaks(manual: readonly number[], min: number, max: number): BreaksResult {
  const valid = [...new Set(manual.filter((t) => Number.isFinite(t) && t > min && t < max))].sort((a, b) => a - b);
  const thresholds = valid.slice(0, MAX_CLASSES - 1);
  const kept = new Set(thresholds);
  const dropped = manual.filter((t) => !kept.has(t));
  const result: BreaksResult = { method: 'manual', classes: thresholds.length + 1, thresholds, min, max };
  if (dropped.length > 0 || thresholds.length === 0) return { ...result, note: 'manual-invalid', dropped };
  return result;
}

/** Sorted, de-duplicated thresholds strictly inside (min, max). */
function insideRange(thresholds: number[], min: number, max: number): number[] {
  return [...new Set(thresholds.filter((t) => t > min && t < max))].sort((a, b) => a - b);
}

/** Drops thresholds that would leave a class without values (ties in quantiles, split ties in ckmeans). */
function dropEmptyClasses(thresholds: number[], data: readonly number[]): number[] {
  const kept: number[] = [];
  let start = 0;
  for (const t of thresholds) {
    const at = firstAtLeast(data, t);
    if (at > start) {
      kept.push(t);
      start = at;
    }
  }
  return kept;
}

function distinctCount(sorted: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) count++;
  return count;
}

/** Index of the first element >= x in a sorted array (its length when none). */
function firstAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Nice steps m × 10^e (m ∈ {5, 2, 1}), coarsest first, from the largest not above `start` down 15 decades. */
function niceSteps(start: number): [number, number][] {
  const e0 = Math.floor(Math.log10(start));
  const lead = start / 10 ** e0;
  const first = lead >= 5 ? 0 : lead >= 2 ? 1 : 2;
  const steps: [number, number][] = [];
  for (let e = e0; e > e0 - 15; e--) {
    for (const m of [5, 2, 1]) steps.push([m, e]);
  }
  return steps.slice(first);
}

/** `t` rounded to the nearest multiple of m × 10^e so decimals come out exact (0.3, not 0.30000000000000004); never -0. */
function roundToStep(t: number, m: number, e: number): number {
  if (e >= 0) {
    const step = m * 10 ** e;
    return Math.round(t / step) * step + 0;
  }
  const scale = 10 ** -e;
  return (Math.round((t * scale) / m) * m) / scale + 0;
}
