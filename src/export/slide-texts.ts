/** The texts of a slide image, SVG map or print layout: title, plan line, legend, source and export date. Pure. */
import type { Dataset } from '../data/dataset';
import type { PlanSources } from '../data/plan-sources';
import { choroplethLegendRows, legendMethodText, legendUnitText } from '../classify/legend-rows';
import type { Lang } from '../data/types';
import { formatDate, formatValue, tr } from '../core/format';
import { districtName } from '../core/place-names';
import { EXPORT_TEXT } from '../core/strings/export';
import type { Choropleth } from '../classify/choropleth';

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
  /** The district's value ("Toàn huyện (cộng các xã): 3,04 %"), the last of the notes. */
  districtValue: string;
}

/** Everything written on an exported map. */
export interface SlideTexts {
  title: string;
  /** The plan's number, date and title, or where the figures come from when there is no plan document. */
  subtitle: string;
  legend: SlideLegend;
  /** Source of the figures and the boundaries. */
  source: string;
  /** "Xuất ngày 12/05/2025 …" (the day in Viet Nam). */
  date: string;
}

/** The legend of a choropleth as drawn on exports. */
export function slideLegend(choropleth: Choropleth, lang: Lang): SlideLegend {
  const { metric, legend, district } = choropleth;
  const rows = choroplethLegendRows(choropleth, lang).map((r) => ({ color: r.color, range: r.range, count: r.countText }));
  const districtValue = tr(EXPORT_TEXT.districtValue, lang, { value: formatValue(district.value, metric.unit, lang, metric.decimals) });
  const method = legend.classes.length > 0 ? legendMethodText(legend.method, legend.classes.length, lang) : tr(EXPORT_TEXT.noClasses, lang);
  return { title: tr(metric.label, lang), unit: legendUnitText(metric.unit, lang), rows, notes: [method, districtValue], districtValue };
}

/** The plan line under the title: the plan document's number, date and title, or where the figures come from when there is none. */
function subtitle(dataset: Dataset, sources: PlanSources, lang: Lang): string {
  const doc = dataset.plan.document;
  if (sources.document) return tr(EXPORT_TEXT.subtitle, lang, { number: doc.number, date: formatDate(doc.date, lang), title: tr(doc.title, lang) });
  return sources.figures.from === 'none' ? tr(EXPORT_TEXT.noFigures, lang) : sources.figures.line[lang];
}

/** The source line: the figures (the plan, a file, or none) and the boundaries' credit. */
function sourceLine(sources: PlanSources, lang: Lang): string {
  const { figures, boundaries } = sources;
  const credit = boundaries.line[lang];
  if (figures.from === 'plan') return tr(EXPORT_TEXT.source, lang, { number: figures.number, issuer: tr(figures.issuer, lang), boundaries: credit });
  return tr(EXPORT_TEXT.sources, lang, { figures: figures.from === 'none' ? tr(EXPORT_TEXT.noFigures, lang) : figures.line[lang], boundaries: credit });
}

/** The texts of an export of `choropleth`, dated `now`, citing `sources` (see planSources). */
export function slideTexts(dataset: Dataset, choropleth: Choropleth, lang: Lang, now: Date, sources: PlanSources): SlideTexts {
  return {
    title: tr(EXPORT_TEXT.title, lang, { metric: tr(choropleth.metric.label, lang), district: districtName(dataset.plan.district, lang) }),
    subtitle: subtitle(dataset, sources, lang),
    legend: slideLegend(choropleth, lang),
    source: sourceLine(sources, lang),
    date: tr(EXPORT_TEXT.exported, lang, { date: formatDate(now, lang) }),
  };
}
