/** The texts of the map legend: class ranges, commune counts, the method in words. Pure. */
import type { ClassMethod } from './breaks';
import type { LegendModel } from './legend';
import { formatNumber, formatValue, tr } from '../core/format';
import { LEGEND } from '../core/strings/controls';
import type { Lang, MetricUnit } from '../data/types';

/** One row of the legend as shown. */
export interface LegendRow {
  kind: 'class' | 'no-data';
  /** Class index, or null for the no-data row. */
  index: number | null;
  /** Fill colour, exactly the legend model's. */
  color: string;
  /** Range as shown: "1,23 – 2,46 %" (the last class ends at the maximum), or "Không có số liệu". */
  range: string;
  /** Range in words for screen readers: "từ 1,23 đến dưới 2,46 %". */
  description: string;
  count: number;
  /** "3 xã" / "3 communes". */
  countText: string;
  ids: string[];
}

/** A bound without unit, signed like formatValue ("+0,10" for points, "−0,16"). */
export function formatBound(value: number, unit: MetricUnit, lang: Lang, decimals: number): string {
  const text = formatNumber(value, lang, decimals).replace('-', '−');
  return unit === 'pp' && value > 0 ? `+${text}` : text;
}

/** "3 xã" / "3 communes" / "1 commune". */
export function communeCount(count: number, lang: Lang): string {
  return tr(count === 1 ? LEGEND.commune : LEGEND.communes, lang, { count: formatNumber(count, lang) });
}

/** The legend's rows: one per class (low → high) and, when some communes have no value, a no-data row. */
export function legendRows(legend: LegendModel, unit: MetricUnit, lang: Lang, decimals: number): LegendRow[] {
  const last = legend.classes.length - 1;
  const rows: LegendRow[] = legend.classes.map((c, i) => {
    const lower = formatBound(c.lower, unit, lang, decimals);
    const upperWithUnit = formatValue(c.upper, unit, lang, decimals);
    const single = formatBound(c.upper, unit, lang, decimals) === lower;
    const range = single ? formatValue(c.lower, unit, lang, decimals) : `${lower} – ${upperWithUnit}`;
    const description = single ? range : tr(i === last ? LEGEND.rangeLast : LEGEND.rangeFromTo, lang, { lower, upper: upperWithUnit });
    return { kind: 'class', index: c.index, color: c.color, range, description, count: c.count, countText: communeCount(c.count, lang), ids: c.ids };
  });
  if (legend.noData) {
    const text = tr(LEGEND.noData, lang);
    const { color, count, ids } = legend.noData;
    rows.push({ kind: 'no-data', index: null, color, range: text, description: text, count, countText: communeCount(count, lang), ids });
  }
  return rows;
}

/** The method in words: "Phân loại: ngắt tự nhiên (Jenks), 4 lớp" / "Classification: Natural breaks (Jenks), 4 classes". */
export function legendMethodText(method: ClassMethod, classes: number, lang: Lang): string {
  return tr(classes === 1 ? LEGEND.methodLineOne : LEGEND.methodLine, lang, { method: tr(LEGEND[method], lang), classes });
}

/** The unit line under the legend title. */
export function legendUnitText(unit: MetricUnit, lang: Lang): string {
  const key = unit === 'households' ? 'unitHouseholds' : unit === 'percent' ? 'unitPercent' : 'unitPoints';
  return tr(LEGEND[key], lang);
}
