/** The app's one vocabulary of formatting: numbers, dates, counted nouns and typed strings (re-exported from small modules). Pure. */
export { LOCALES, TIME_ZONE, localeOf, langOf } from './locale';
export { MISSING, NO_DATA, HOUSEHOLDS, formatNumber, formatChange, formatMetricNumber, formatValue, formatCount, formatRatio, type NumberOptions } from './number-format';
export { formatDate } from './date-format';
export { defineCounted, pluralCategory, pluralForm, type Counted } from './plural';
export { defineStrings, tr, type Placeholders, type ParamNames, type ParamValue, type TrParams } from './translate';
