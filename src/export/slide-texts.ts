/** The texts of a slide image, SVG map or print layout: title, plan line, legend, source and export date. Pure. */
import { BOUNDARY_CREDIT } from '../data/attribution';
import type { Dataset } from '../data/dataset';
import { legendMethodText, legendRows, legendUnitText } from '../classify/legend-rows';
import type { Lang } from '../data/types';
import { formatValue, localeOf, tr } from '../core/format';
import { EXPORT_TEXT } from '../core/strings/export';
import type { Choropleth } from '../classify/choropleth';
import { districtName } from './csv';

/** One legend row as drawn: swatch colour, class range and commune count. */
export interface SlideLegendRow {
  color: string;
  range: string;
  count: string;
}

/** The legend of an exported map. */
export interface SlideLegend {
  /** The metric's label. */
  title: string;
  /** The unit line ("Đơn vị: % số hộ"). */
  unit: string;
  rows: SlideLegendRow[];
  /** Lines under the rows: the classification method and the district's value. */
  notes: string[];
}

/** Everything written on an exported map. */
export interface SlideTexts {
  title: string;
  /** The plan's number, date and title. */
  subtitle: string;
  legend: SlideLegend;
  /** Source of the figures and the boundaries. */
  source: string;
  /** "Xuất ngày 12/05/2025 …". */
  date: string;
}

/** A calendar date ("2022-02-22", or a Date in local time) in a language: "22/02/2022" / "22 February 2022". */
export function formatDay(date: string | Date, lang: Lang): string {
  const utc = typeof date === 'string';
  const value = utc ? new Date(`${date}T00:00:00Z`) : date;
  const options: Intl.DateTimeFormatOptions = lang === 'vi' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(lang === 'vi' ? localeOf('vi') : 'en-GB', { ...options, ...(utc ? { timeZone: 'UTC' } : {}) }).format(value);
}

/** The legend of a choropleth as drawn on exports. */
export function slideLegend(choropleth: Choropleth, lang: Lang): SlideLegend {
  const { metric, legend, district } = choropleth;
  const rows = legendRows(legend, metric.unit, lang, metric.decimals).map((r) => ({ color: r.color, range: r.range, count: r.countText }));
  const notes = [
    legend.classes.length > 0 ? legendMethodText(legend.method, legend.classes.length, lang) : tr(EXPORT_TEXT.noClasses, lang),
    tr(EXPORT_TEXT.districtValue, lang, { value: formatValue(district.value, metric.unit, lang, metric.decimals) }),
  ];
  return { title: tr(metric.label, lang), unit: legendUnitText(metric.unit, lang), rows, notes };
}

/** The texts of an export of `choropleth`, dated `now`. */
export function slideTexts(dataset: Dataset, choropleth: Choropleth, lang: Lang, now: Date): SlideTexts {
  const doc = dataset.plan.document;
  return {
    title: tr(EXPORT_TEXT.title, lang, { metric: tr(choropleth.metric.label, lang), district: districtName(dataset, lang) }),
    subtitle: tr(EXPORT_TEXT.subtitle, lang, { number: doc.number, date: formatDay(doc.date, lang), title: tr(doc.title, lang) }),
    legend: slideLegend(choropleth, lang),
    source: tr(EXPORT_TEXT.source, lang, { number: doc.number, issuer: tr(doc.issuer, lang), boundaries: BOUNDARY_CREDIT[lang] }),
    date: tr(EXPORT_TEXT.exported, lang, { date: formatDay(now, lang) }),
  };
}
