/**
 * The one number formatter: Intl.NumberFormat (vi-VN, en-GB) with `signDisplay`, the minus sign
 * shown as the typographic "−" (U+2212), units and counted nouns. Pure.
 */
import type { Bilingual, Lang } from './lang';

/** Units a metric is measured in. */
export type MetricUnit = 'households' | 'percent' | 'pp';
import { localeOf } from './locale';
import { pluralForm, type Counted } from './plural';

/** Shown for a missing number. */
export const MISSING = '–';

/** How a number is written besides its decimals. */
export interface NumberOptions {
  /** Show "+" on positive values (a change); zero never gets a sign. */
  signed?: boolean;
  /** Group thousands ("1.481" / "1,481"); default true. */
  grouping?: boolean;
  /** Most decimals when fewer may be shown (trailing zeros dropped); default: exactly `decimals`. */
  maxDecimals?: number;
}

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, decimals: number, options: NumberOptions): Intl.NumberFormat {
  const max = Math.max(decimals, options.maxDecimals ?? decimals);
  const key = `${lang}|${decimals}|${max}|${options.signed ? 1 : 0}|${options.grouping === false ? 0 : 1}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), {
      minimumFractionDigits: decimals,
      maximumFractionDigits: max,
      signDisplay: options.signed ? 'exceptZero' : 'negative',
      useGrouping: options.grouping !== false,
    });
    cache.set(key, f);
  }
  return f;
}

/** Format a number: vi "1.481", "3,04", "−0,16"; en "1,481", "3.04", "−0.16"; `signed` adds "+" ("+0,10"). Null → "–". */
export function formatNumber(value: number | null | undefined, lang: Lang, decimals = 0, options: NumberOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return numberFormat(lang, decimals, options)
    .formatToParts(value)
    .map((p) => (p.type === 'minusSign' ? '\u2212' : p.value))
    .join('');
}

/** A change with its sign always shown: "+0,10", "−0,16", "0,00". */
export function formatChange(value: number | null | undefined, lang: Lang, decimals = 0): string {
  return formatNumber(value, lang, decimals, { signed: true });
}

/** Unit suffixes; households are a counted noun. */
const UNIT_SUFFIX: Record<Exclude<MetricUnit, 'households'>, Bilingual> = {
  percent: { vi: ' %', en: '%' },
  pp: { vi: ' điểm %', en: ' pts' },
};

/** "{count} hộ" / "1 household", "3 households". */
export const HOUSEHOLDS: Counted = { vi: '{count} hộ', en: { one: '{count} household', other: '{count} households' } };

/** The number of a metric value without its unit, signed when the unit is a change (points): "1.481", "3,04", "+0,10". */
export function formatMetricNumber(value: number | null | undefined, unit: MetricUnit, lang: Lang, decimals: number): string {
  return formatNumber(value, lang, decimals, { signed: unit === 'pp' });
}

/** Text for a missing metric value. */
export const NO_DATA: Bilingual = { vi: 'không có số liệu', en: 'no data' };

/** A metric value with its unit: vi "3,04 %", "109 hộ", "−0,16 điểm %"; en "3.04%", "109 households", "+0.10 pts". */
export function formatValue(value: number | null | undefined, unit: MetricUnit, lang: Lang, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA[lang];
  const number = formatMetricNumber(value, unit, lang, decimals);
  return unit === 'households' ? pluralForm(HOUSEHOLDS, value, lang).replace('{count}', number) : `${number}${UNIT_SUFFIX[unit][lang]}`;
}

/** A counted noun with its count: "1 commune", "3 communes", "3 xã". */
export function formatCount(noun: Counted, count: number, lang: Lang): string {
  return pluralForm(noun, count, lang).replace('{count}', formatNumber(count, lang));
}

/** A ratio of households: vi "109 / 1.481 hộ", en "109 / 1,481 households". */
export function formatRatio(numerator: number | null, denominator: number | null, lang: Lang): string {
  return `${formatNumber(numerator, lang)} / ${formatCount(HOUSEHOLDS, denominator ?? Number.NaN, lang)}`;
}
