/**
 * Colour palettes for the choropleth, all from d3-scale-chromatic. Pure: no DOM, lit or maplibre.
 *
 * Orientation: sequential palettes run light (low values) → dark (high values), including
 * viridis and cividis, whose d3 interpolators run dark → light and are flipped here.
 * Diverging palettes run from the first-named hue (low) to the second (high), e.g. RdBu is
 * red → blue, PuOr purple → orange; pass `reverse` to swap.
 */
import {
  interpolateBlues,
  interpolateBrBG,
  interpolateCividis,
  interpolateGreens,
  interpolateOrRd,
  interpolatePiYG,
  interpolatePuBu,
  interpolatePuOr,
  interpolateRdBu,
  interpolateRdYlBu,
  interpolateReds,
  interpolateViridis,
  interpolateYlGnBu,
  interpolateYlOrRd,
  schemeBlues,
  schemeBrBG,
  schemeGreens,
  schemeOrRd,
  schemePiYG,
  schemePuBu,
  schemePuOr,
  schemeRdBu,
  schemeRdYlBu,
  schemeReds,
  schemeYlGnBu,
  schemeYlOrRd,
} from 'd3-scale-chromatic';
import type { Bilingual } from '../data/types';
import { classify } from './breaks';
import { rgb } from 'd3-color';

/** Ids of the registered palettes. */
export type PaletteId =
  | 'cividis'
  | 'viridis'
  | 'YlOrRd'
  | 'OrRd'
  | 'Reds'
  | 'Blues'
  | 'YlGnBu'
  | 'PuBu'
  | 'Greens'
  | 'RdBu'
  | 'PuOr'
  | 'BrBG'
  | 'PiYG'
  | 'RdYlBu';

/** Whether a palette encodes order (sequential) or distance from a midpoint (diverging). */
export type PaletteKind = 'sequential' | 'diverging';

/** A palette as the UI lists it. */
export interface Palette {
  id: PaletteId;
  kind: PaletteKind;
  label: Bilingual;
  /** Rated colour-blind safe: by ColorBrewer for its schemes (all classes), by design for viridis and cividis. */
  colorBlindSafe: boolean;
  /** Most classes ColorBrewer rates "ok" for print (3–9 class ratings); null when ColorBrewer gives no rating. */
  printSafeMax: number | null;
}

interface Source {
  interpolate: (t: number) => string;
  /** ColorBrewer scheme arrays indexed by class count, when the palette has them. */
  scheme: ReadonlyArray<readonly string[]> | null;
  /** The d3 interpolator runs dark → light and must be flipped to read light → dark. */
  flip: boolean;
}

type Entry = Palette & Source;

const brewer = (
  kind: PaletteKind,
  id: PaletteId,
  vi: string,
  en: string,
  printSafeMax: number,
  interpolate: (t: number) => string,
  scheme: ReadonlyArray<readonly string[]>,
): Entry => ({ id, kind, label: { vi, en }, colorBlindSafe: true, printSafeMax, interpolate, scheme, flip: false });

const ENTRIES: readonly Entry[] = [
  {
    id: 'cividis',
    kind: 'sequential',
    label: { vi: 'Cividis (vàng – lam)', en: 'Cividis (yellow–blue)' },
    colorBlindSafe: true,
    printSafeMax: null,
    interpolate: interpolateCividis,
    scheme: null,
    flip: true,
  },
  {
    id: 'viridis',
    kind: 'sequential',
    label: { vi: 'Viridis (vàng – lục – tím)', en: 'Viridis (yellow–green–purple)' },
    colorBlindSafe: true,
    printSafeMax: null,
    interpolate: interpolateViridis,
    scheme: null,
    flip: true,
  },
  brewer('sequential', 'YlOrRd', 'Vàng – cam – đỏ', 'Yellow–orange–red', 4, interpolateYlOrRd, schemeYlOrRd),
  brewer('sequential', 'OrRd', 'Cam – đỏ', 'Orange–red', 4, interpolateOrRd, schemeOrRd),
  brewer('sequential', 'Reds', 'Đỏ', 'Reds', 3, interpolateReds, schemeReds),
  brewer('sequential', 'Blues', 'Xanh dương', 'Blues', 3, interpolateBlues, schemeBlues),
  brewer('sequential', 'YlGnBu', 'Vàng – xanh lá – xanh dương', 'Yellow–green–blue', 5, interpolateYlGnBu, schemeYlGnBu),
  brewer('sequential', 'PuBu', 'Tím – xanh dương', 'Purple–blue', 3, interpolatePuBu, schemePuBu),
  brewer('sequential', 'Greens', 'Xanh lá', 'Greens', 3, interpolateGreens, schemeGreens),
  brewer('diverging', 'RdBu', 'Đỏ – xanh dương', 'Red–blue', 6, interpolateRdBu, schemeRdBu),
  brewer('diverging', 'PuOr', 'Tím – cam', 'Purple–orange', 4, interpolatePuOr, schemePuOr),
  brewer('diverging', 'BrBG', 'Nâu – xanh lục lam', 'Brown–blue-green', 6, interpolateBrBG, schemeBrBG),
  brewer('diverging', 'PiYG', 'Hồng – xanh lá', 'Pink–green', 4, interpolatePiYG, schemePiYG),
  brewer('diverging', 'RdYlBu', 'Đỏ – vàng – xanh dương', 'Red–yellow–blue', 6, interpolateRdYlBu, schemeRdYlBu),
];

const BY_ID: ReadonlyMap<string, Entry> = new Map(ENTRIES.map((e) => [e.id, e]));

/** The registered palettes, colour-blind-safe sequential ones first, then diverging. */
export const PALETTES: readonly Palette[] = ENTRIES.map(({ id, kind, label, colorBlindSafe, printSafeMax }) => ({
  id,
  kind,
  label,
  colorBlindSafe,
  printSafeMax,
}));

/** Default palette for poverty rates: ColorBrewer YlOrRd (colour-blind safe, prints well at 3–4 classes, warm = worse). */
export const DEFAULT_PALETTE: PaletteId = 'YlOrRd';

/** Default diverging palette (ColorBrewer RdBu: colour-blind safe, prints well up to 6 classes). */
export const DEFAULT_DIVERGING_PALETTE: PaletteId = 'RdBu';

/**
 * Fill for features without a value: a neutral grey that no palette here produces. Mid-light
 * rather than #d9d9d9, which sits within CIELAB ΔE 7 of PuBu's and PuOr's pale lilacs (#bdbdbd: ≥ 13).
 */
export const NO_DATA_COLOR = '#bdbdbd';

/** The part of an interpolator sampled when no ColorBrewer array fits, leaving out the extreme ends. */
const SAMPLE_RANGE: readonly [number, number] = [0.1, 0.9];

/** True when `id` names a registered palette. */
export function isPaletteId(id: unknown): id is PaletteId {
  return typeof id === 'string' && BY_ID.has(id);
}

/** The palette registered under `id`, or undefined. */
export function getPalette(id: string): Palette | undefined {
  return PALETTES.find((p) => p.id === id);
}

/**
 * `n` colours (#rrggbb) of palette `id`, low → high. ColorBrewer arrays are used where they exist
 * (n = 2 takes the two ends of the 3-class array, n = 1 its middle); otherwise the interpolator is
 * sampled evenly over [0.1, 0.9]. Throws RangeError for an unknown id or n not a positive integer.
 */
export function paletteColors(id: string, n: number, options: { reverse?: boolean } = {}): string[] {
  const entry = lookup(id);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Palette size must be a positive integer, got ${n}`);
  const colors = fromScheme(entry, n) ?? sample(entry, n);
  const hex = colors.map(toHex);
  return options.reverse ? hex.reverse() : hex;
}

/**
 * One colour per class (thresholds.length + 1 classes) from diverging palette `id`: the class
 * holding `midpoint` (by `classify`, so a midpoint on a threshold belongs to the class above) gets
 * the neutral centre colour; classes below take the low side and classes above the high side,
 * darker with each class step away (the d3 interpolator sampled at even steps from its centre 0.5, extreme ends left out).
 * Throws RangeError for an unknown or non-diverging id or a non-finite midpoint.
 */
export function divergingColors(
  id: string,
  thresholds: readonly number[],
  midpoint: number,
  options: { reverse?: boolean } = {},
): string[] {
  const entry = lookup(id);
  if (entry.kind !== 'diverging') throw new RangeError(`Palette "${id}" is not diverging`);
  if (!Number.isFinite(midpoint)) throw new RangeError(`Midpoint must be a finite number, got ${midpoint}`);
  const n = thresholds.length + 1;
  const centre = classify(midpoint, thresholds)!;
  const reach = Math.max(centre, n - 1 - centre) / (SAMPLE_RANGE[1] - SAMPLE_RANGE[0]);
  const interpolate = options.reverse ? (t: number) => entry.interpolate(1 - t) : entry.interpolate;
  return Array.from({ length: n }, (_, i) => toHex(interpolate(reach > 0 ? 0.5 + (i - centre) / (2 * reach) : 0.5)));
}

/** Converts a CSS colour string (as d3-scale-chromatic produces: '#rrggbb' or 'rgb(r, g, b)') to '#rrggbb'. */
export function toHex(color: string): string {
  const parsed = rgb(color);
  if ([parsed.r, parsed.g, parsed.b].some(Number.isNaN)) throw new RangeError(`Unsupported colour "${color}"`);
  return parsed.formatHex();
}

function lookup(id: string): Entry {
  const entry = BY_ID.get(id);
  if (!entry) throw new RangeError(`Unknown palette "${id}"`);
  return entry;
}

function fromScheme(entry: Entry, n: number): readonly string[] | null {
  const three = entry.scheme?.[3];
  if (!entry.scheme || !three) return null;
  if (n === 1) return [three[1]!];
  if (n === 2) return [three[0]!, three[2]!];
  return entry.scheme[n] ?? null;
}

function sample(entry: Entry, n: number): string[] {
  const [lo, hi] = SAMPLE_RANGE;
  return Array.from({ length: n }, (_, i) => {
    const t = n === 1 ? 0.5 : lo + ((hi - lo) * i) / (n - 1);
    return entry.interpolate(entry.flip ? 1 - t : t);
  });
}
