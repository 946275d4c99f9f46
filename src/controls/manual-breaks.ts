/**
 * Reading class breaks a person types ("1,5; 2,5; 3,5" or "1.5, 2.5, 3.5") for the manual classification. Pure.
 *
 * Items are separated by ";", a new line, or a comma followed by white space; a comma or dot inside a
 * number is read as by parseVietnameseNumber: a decimal mark for rates ("0,72", "3.94"), a thousands
 * separator for households when it groups three digits ("1.481"). A trailing "%" and a sign are allowed.
 */
import { MAX_CLASSES } from '../classify/breaks';
import { formatNumber, tr } from '../core/format';
import { CONTROLS } from '../core/strings/controls';
import type { Lang, MetricUnit } from '../data/types';
import { parseVietnameseNumber } from '../data/vn-number';

/** Most manual breaks (one fewer than the most classes). */
export const MAX_MANUAL_BREAKS = MAX_CLASSES - 1;

/** Why typed breaks cannot be used. */
export type ManualBreaksError =
  | { code: 'empty' }
  | { code: 'not-a-number'; item: string; position: number }
  | { code: 'duplicate'; value: number }
  | { code: 'out-of-range'; value: number; min: number; max: number }
  | { code: 'too-many'; count: number; max: number };

/** Result of reading typed breaks: sorted breaks, or every problem found. */
export type ManualBreaksParse = { ok: true; breaks: number[] } | { ok: false; errors: ManualBreaksError[] };

/** Options of parseManualBreaks. */
export interface ManualBreaksOptions {
  /** Unit of the metric; households read "1.481" as 1481, rates as 1.481. Default 'percent'. */
  unit?: MetricUnit;
  /** Smallest and largest value of the data: each break must lie strictly between them. */
  range?: { min: number; max: number } | null;
}

const SEPARATOR = /;|\n|,(?=\s)/;

/** Split typed text into trimmed, non-empty items. */
export function splitBreakItems(text: string): string[] {
  return text
    .normalize('NFC')
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Read one item ("2,5", "−0,1", "1.481", "3 %"), or null when it is not a number. */
export function parseBreakItem(item: string, unit: MetricUnit = 'percent'): number | null {
  let body = item.replace(/%$/, '').trim();
  let sign = 1;
  if (/^[-−+]/.test(body)) {
    sign = body[0] === '+' ? 1 : -1;
    body = body.slice(1).trim();
  }
  if (!/^[\d.,\s\u00a0\u202f]+$/.test(body) || !/\d/.test(body)) return null;
  const count = unit === 'households' ? parseVietnameseNumber(body, 'count') : null;
  const parsed = count?.ok ? count : parseVietnameseNumber(body, 'rate');
  if (!parsed.ok || parsed.value === null) return null;
  return sign * parsed.value + 0;
}

/** Read typed breaks; the result is sorted ascending. Every problem is listed, in the order of the text. */
export function parseManualBreaks(text: string, options: ManualBreaksOptions = {}): ManualBreaksParse {
  const unit = options.unit ?? 'percent';
  const items = splitBreakItems(text);
  if (items.length === 0) return { ok: false, errors: [{ code: 'empty' }] };
  const errors: ManualBreaksError[] = [];
  const values: number[] = [];
  items.forEach((item, i) => {
    const value = parseBreakItem(item, unit);
    if (value === null) errors.push({ code: 'not-a-number', item, position: i + 1 });
    else if (values.includes(value)) errors.push({ code: 'duplicate', value });
    else values.push(value);
  });
  const range = options.range;
  if (range && Number.isFinite(range.min) && Number.isFinite(range.max)) {
    for (const value of values) {
      if (!(value > range.min && value < range.max)) errors.push({ code: 'out-of-range', value, min: range.min, max: range.max });
    }
  }
  if (values.length > MAX_MANUAL_BREAKS) errors.push({ code: 'too-many', count: values.length, max: MAX_MANUAL_BREAKS });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, breaks: [...values].sort((a, b) => a - b) };
}

/** Breaks written back as text the parser reads again: vi "1,5; 2,5", en "1.5; 2.5" (no grouping). */
export function formatManualBreaks(breaks: readonly number[], lang: Lang): string {
  return breaks.map((b) => formatNumber(b, lang, 0, { grouping: false, maxDecimals: 6 })).join('; ');
}

/** A sentence explaining one problem; typed values keep their own decimals, data limits get `decimals`. */
export function manualBreaksErrorText(error: ManualBreaksError, lang: Lang, decimals = 2): string {
  const num = (v: number) => formatNumber(v, lang, Math.max(decimals, ownDecimals(v)));
  const limit = (v: number) => formatNumber(v, lang, decimals);
  switch (error.code) {
    case 'empty':
      return tr(CONTROLS.errEmpty, lang);
    case 'not-a-number':
      return tr(CONTROLS.errNotNumber, lang, { item: error.item, position: error.position });
    case 'duplicate':
      return tr(CONTROLS.errDuplicate, lang, { value: num(error.value) });
    case 'out-of-range':
      return tr(CONTROLS.errOutOfRange, lang, { value: num(error.value), min: limit(error.min), max: limit(error.max) });
    case 'too-many':
      return tr(CONTROLS.errTooMany, lang, { max: error.max, classes: error.max + 1, count: error.count });
  }
}

/** Decimals a number needs to be shown exactly (up to 6). */
function ownDecimals(v: number): number {
  const text = String(Math.abs(v));
  if (text.includes('e')) return 6;
  return Math.min(6, text.split('.')[1]?.length ?? 0);
}
