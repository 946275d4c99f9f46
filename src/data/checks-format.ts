/**
 * Helpers of the data checks (see checks.ts): printed precision, rounding, severities, number formatting
 * and the bilingual wording of figures. Pure.
 */
import { formatChange, formatNumber } from '../core/number-format';
import type { Bilingual, Finding, FigureKey, PlanRow, PlanTable } from './types';

/** Slack added to every tolerance so that binary floating point never turns an agreement into a finding. */
export const EPSILON = 1e-9;

/** Number of decimals printed in a figure's text ("3.94" → 2, "0,72" → 2, "3,04%" → 2, "4" → 0). */
export function decimalsOfText(text: string): number {
  const body = text.replace(/[\s\u00a0\u202f%]+/g, '');
  const last = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
  if (last < 0) return 0;
  const frac = body.slice(last + 1);
  return /^\d+$/.test(frac) ? frac.length : 0;
}

/** Decimals of a printed rate: from its raw text when there is one, else at least 2 (or the value's own). */
export function printedDecimals(text: string | undefined, value: number): number {
  if (text !== undefined && text.trim() !== '') return decimalsOfText(text);
  const own = String(value).split('.')[1]?.length ?? 0;
  return Math.max(2, own);
}

/** Round half away from zero to `d` decimals, robust to binary representation (1.005 → 1.01). */
export function roundTo(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f + Math.sign(x) * 1e-7) / f;
}

/** Largest |printed − recomputed| that still agrees at `d` printed decimals. */
export function tolerance(d: number): number {
  return 0.5 * 10 ** -d + EPSILON;
}

/** True when a value printed with `d` decimals agrees with the exact recomputed value. */
export function agrees(printed: number, recomputed: number, d: number): boolean {
  return Math.abs(printed - recomputed) <= tolerance(d);
}

/** How many units of the last printed digit separate the printed value from the correctly rounded one. */
export function unitsOff(printed: number, recomputed: number, d: number): number {
  return Math.round(Math.abs(printed - roundTo(recomputed, d)) * 10 ** d);
}

/**
 * Severity of a printed rate against its recomputed value: null when they agree within the printed
 * precision, 'warning' when the printed value is off by exactly one unit in its last digit (a rounding
 * slip), 'error' otherwise (the figure cannot be reconciled).
 */
export function rateSeverity(printed: number, recomputed: number, d: number): Finding['severity'] | null {
  if (agrees(printed, recomputed, d)) return null;
  return unitsOff(printed, recomputed, d) <= 1 ? 'warning' : 'error';
}

/** Format a number for messages with `d` decimals, as core/number-format does: vi "14.905", "7,36", en "14,905", "7.36", negatives with "−". */
export function fmt(lang: 'vi' | 'en', value: number, d = 0): string {
  return formatNumber(value, lang, d);
}

/** A number in both languages' formats. */
export function both(value: number, d = 0): Bilingual {
  return { vi: fmt('vi', value, d), en: fmt('en', value, d) };
}

/** Signed difference for messages ("+8", "−3"; no sign when it rounds to zero). */
export function signed(lang: 'vi' | 'en', value: number, d = 0): string {
  return formatChange(value, lang, d);
}

/** How a count column is named inside a sentence. */
export const COUNT_NOUN: Partial<Record<FigureKey, Bilingual>> = {
  households: { vi: 'số hộ dân cư', en: 'households' },
  ethnic_minority_households: { vi: 'số hộ DTTS', en: 'ethnic-minority households' },
  poor: { vi: 'số hộ nghèo', en: 'poor households' },
  ethnic_minority_poor: { vi: 'số hộ nghèo DTTS', en: 'ethnic-minority poor households' },
  social_protection: { vi: 'số hộ BTXH', en: 'social-protection households' },
  able_to_escape: { vi: 'số hộ có khả năng thoát nghèo', en: 'households able to escape poverty' },
  target_2022: { vi: 'chỉ tiêu giảm hộ nghèo năm 2022', en: '2022 reduction target (households)' },
  poor_end_2022: { vi: 'số hộ nghèo cuối năm 2022', en: 'poor households at the end of 2022' },
};

/** How a rate column is named inside a sentence. */
export const RATE_NOUN: Partial<Record<FigureKey, Bilingual>> = {
  poor_rate: { vi: 'tỷ lệ hộ nghèo', en: 'poverty rate' },
  ethnic_minority_poor_rate: { vi: 'tỷ lệ hộ nghèo DTTS', en: 'ethnic-minority poverty rate' },
  social_protection_rate: { vi: 'tỷ lệ hộ BTXH', en: 'social-protection rate' },
  able_to_escape_rate: { vi: 'tỷ lệ hộ có khả năng thoát nghèo', en: 'able-to-escape rate' },
  poor_rate_end_2022: { vi: 'tỷ lệ hộ nghèo cuối năm 2022', en: 'end-2022 poverty rate' },
};

/** A noun for any figure column, falling back to its id. */
export function nounOf(column: FigureKey): Bilingual {
  return COUNT_NOUN[column] ?? RATE_NOUN[column] ?? { vi: column, en: column };
}

/** Upper-case the first letter of a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** How a table row is referred to in messages, and the key used in finding ids. */
export interface RowRef {
  row: PlanRow;
  isTotal: boolean;
  /** Key in finding ids: the unit name, or "total" for the totals row. */
  key: string;
  /** Finding.unit: the unit name, or null for the totals row (district level). */
  unit: string | null;
  /** Subject at the start of a sentence ("Cam Tuyên", "Dòng “Tổng”" / "The totals row"). */
  subject: Bilingual;
  /** Name inside a sentence ("Cam Tuyên", "dòng “Tổng”" / "the totals row"). */
  name: Bilingual;
}

/** Describe a unit row or the totals row. */
export function rowRef(row: PlanRow, isTotal: boolean): RowRef {
  if (!isTotal) return { row, isTotal, key: row.name, unit: row.name, subject: { vi: row.name, en: row.name }, name: { vi: row.name, en: row.name } };
  return {
    row,
    isTotal,
    key: 'total',
    unit: null,
    subject: { vi: `Dòng “${row.name}”`, en: 'The totals row' },
    name: { vi: `dòng “${row.name}”`, en: 'the totals row' },
  };
}

/** Visit each unit row, then the totals row (if any), with its RowRef made only when asked for (rows without a finding need none). */
export function eachRow(table: PlanTable, visit: (row: PlanRow, refOf: () => RowRef) => void): void {
  const one = (row: PlanRow, isTotal: boolean) => {
    let ref: RowRef | undefined;
    visit(row, () => (ref ??= rowRef(row, isTotal)));
  };
  for (const unit of table.units) one(unit, false);
  if (table.total) one(table.total, true);
}

/** English possessive ("Cam Tuyên's", "the totals row's"). */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** Join message parts into one sentence sequence, skipping empty parts. */
export function joinMessages(parts: (Bilingual | null | undefined)[]): Bilingual {
  const kept = parts.filter((p): p is Bilingual => !!p && p.vi !== '');
  return { vi: kept.map((p) => p.vi).join(' '), en: kept.map((p) => p.en).join(' ') };
}

/** Sum of the non-null values of a column over the unit rows, with how many cells were blank. */
export function columnSum(units: readonly PlanRow[], column: FigureKey): { sum: number; present: number; blank: number } {
  let sum = 0;
  let present = 0;
  for (const u of units) {
    const v = u.figures[column];
    if (v === null || v === undefined) continue;
    sum += v;
    present += 1;
  }
  return { sum, present, blank: units.length - present };
}
