/** Language-aware number formatting (vi-VN by default, en-US in English) and string interpolation. Pure. */
import type { Bilingual, Lang, MetricUnit } from '../data/types';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };

/** The Intl locale of a language. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** Format a number with fixed decimals: vi "1.481", "3,04"; en "1,481", "3.04". Null → "–". */
export function formatNumber(value: number | null | undefined, lang: Lang, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** Unit suffixes in both languages. */
const UNIT_SUFFIX: Record<MetricUnit, Bilingual> = {
  households: { vi: ' hộ', en: ' households' },
  percent: { vi: ' %', en: '%' },
  pp: { vi: ' điểm %', en: ' pts' },
};

/** Format a metric value with its unit: vi "3,04 %", "109 hộ", "−0,16 điểm %"; en "3.04%", "109 households". */
export function formatValue(value: number | null | undefined, unit: MetricUnit, lang: Lang, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return lang === 'vi' ? 'không có số liệu' : 'no data';
  const signed = unit === 'pp' && value > 0 ? '+' : '';
  return `${signed}${formatNumber(value, lang, decimals).replace('-', '−')}${UNIT_SUFFIX[unit][lang]}`;
}

/** Format a ratio of households: vi "109 / 1.481 hộ", en "109 / 1,481 households". */
export function formatRatio(numerator: number | null, denominator: number | null, lang: Lang): string {
  return `${formatNumber(numerator, lang)} / ${formatNumber(denominator, lang)}${UNIT_SUFFIX.households[lang]}`;
}

/** Pick a text in a language and fill `{name}` placeholders from `params`. */
export function tr(text: Bilingual, lang: Lang, params: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
