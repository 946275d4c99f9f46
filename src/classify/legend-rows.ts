/** The texts of the map legend, derived from the choropleth: class ranges, commune counts, the method in words. Pure. */
import type { ClassMethod } from './breaks';
import type { Choropleth } from './choropleth';
import type { LegendModel, LegendUnits } from './legend';
import { formatCount, formatMetricNumber, formatValue, tr } from '../core/format';
import { CLASS_COUNT, COMMUNE_COUNT, DISTRICT_COUNT, LEGEND } from '../core/strings/legend';
import type { Lang, MetricUnit } from '../data/types';

/** One row of the legend as shown. */
export interface LegendRow {
  kind: 'class' | 'no-data';
  /** Class index, or null for the no-data row. */
  index: number | null;
  /** Fill colour, exactly the legend model's (and so the map's). */
  color: string;
  /** Range as shown: "1,23 – 2,46 %" (the last class ends at the maximum), or "Không có số liệu". */
  range: string;
  /** The range without its unit, for legends that state the unit once: "1,23 – 2,46". */
  shortRange: string;
  /** Range in words for screen readers: "từ 1,23 đến dưới 2,46 %". */
  description: string;
  count: number;
  /** "3 xã" / "3 communes". */
  countText: string;
  ids: string[];
}

/** @deprecated Use `formatMetricNumber` from core/format. A bound without unit, signed for points ("+0,10", "−0,16"). */
export function formatBound(value: number, unit: MetricUnit, lang: Lang, decimals: number): string {
  return formatMetricNumber(value, unit, lang, decimals);
}

/** "3 xã" / "1 commune" / "3 communes"; "13 huyện" / "13 districts" when the units are districts. */
export function communeCount(count: number, lang: Lang, units: LegendUnits = 'commune'): string {
  return formatCount(units === 'district' ? DISTRICT_COUNT : COMMUNE_COUNT, count, lang);
}

/** The legend's rows: one per class (low → high) and, when some communes have no value, a no-data row. */
export function legendRows(legend: LegendModel, unit: MetricUnit, lang: Lang, decimals: number): LegendRow[] {
  const last = legend.classes.length - 1;
  const rows: LegendRow[] = legend.classes.map((c, i) => {
    const lower = formatMetricNumber(c.lower, unit, lang, decimals);
    const upper = formatMetricNumber(c.upper, unit, lang, decimals);
    const upperWithUnit = formatValue(c.upper, unit, lang, decimals);
    const single = upper === lower;
    const range = single ? formatValue(c.lower, unit, lang, decimals) : `${lower} – ${upperWithUnit}`;
    const shortRange = single ? lower : `${lower} – ${upper}`;
    const description = single ? range : tr(i === last ? LEGEND.rangeLast : LEGEND.rangeFromTo, lang, { lower, upper: upperWithUnit });
    return { kind: 'class', index: c.index, color: c.color, range, shortRange, description, count: c.count, countText: communeCount(c.count, lang, legend.units), ids: c.ids };
  });
  if (legend.noData) {
    const text = tr(LEGEND.noData, lang);
    const { color, count, ids } = legend.noData;
    rows.push({ kind: 'no-data', index: null, color, range: text, shortRange: text, description: text, count, countText: communeCount(count, lang, legend.units), ids });
  }
  return rows;
}

/** The rows of a choropleth's legend, with the metric's own unit and decimals (the one way legends get their rows). */
export function choroplethLegendRows(choropleth: Choropleth, lang: Lang, decimals: number = choropleth.metric.decimals): LegendRow[] {
  return legendRows(choropleth.legend, choropleth.metric.unit, lang, decimals);
}

/** The method in words: "Phân loại: ngắt tự nhiên (Jenks), 4 lớp" / "Classification: Natural breaks (Jenks), 4 classes". */
export function legendMethodText(method: ClassMethod, classes: number, lang: Lang): string {
  return tr(LEGEND.methodLine, lang, { method: tr(LEGEND[method], lang), classes: formatCount(CLASS_COUNT, classes, lang) });
}

/** The unit line under the legend title. */
export function legendUnitText(unit: MetricUnit, lang: Lang): string {
  const key = unit === 'households' ? 'unitHouseholds' : unit === 'percent' ? 'unitPercent' : 'unitPoints';
  return tr(LEGEND[key], lang);
}
