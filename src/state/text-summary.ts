/** A short text summary of one metric: the district value, the highest and lowest communes, the coverage. Pure. */
import { formatNumber, formatValue, tr } from '../core/format';
import { districtName, type DistrictName } from '../core/place-names';
import { SUMMARY } from '../core/strings/embed';
import { districtValue, metricValues } from '../data/metric-values';
import type { Dataset } from '../data/dataset';
import { metricDefIn } from '../data/custom-metrics';
import type { MetricId } from '../data/metrics';
import { buildRanking, type RankingRow } from '../data/ranking';
import type { Lang } from '../data/types';

/** @deprecated Use DistrictName from core/place-names. */
export type { DistrictName } from '../core/place-names';

/** @deprecated Use `districtName(district, lang, 'inline')` from core/place-names: vi "huyện Cam Lộ", en "Cam Lộ district". */
export function placeName(district: DistrictName, lang: Lang): string {
  return districtName(district, lang, 'inline');
}

/** The communes with the highest and the lowest value, tied as data/ranking ties them (table order), from ranked rows. */
function extremes(ranked: readonly RankingRow[]): { high: RankingRow[]; low: RankingRow[] } {
  const at = (rank: number | null) => ranked.filter((r) => r.rank === rank);
  return { high: at(1), low: at(ranked[ranked.length - 1]?.rank ?? null) };
}

/**
 * The summary of a metric in one language, e.g. "Tỷ lệ hộ nghèo đầu năm 2022 của huyện Cam Lộ: 3,04 %.
 * Cao nhất: Xã Cam Tuyền (7,36 %); thấp nhất: Xã Cam Chính (1,23 %). Số xã có số liệu: 8/8."
 * `ranking`: the metric's ranking when the caller has it already (buildRanking of its values).
 */
export function buildTextSummary(dataset: Dataset, metric: MetricId, lang: Lang, ranking: readonly RankingRow[] = buildRanking(metricValues(dataset, metric))): string {
  const def = metricDefIn(dataset, metric);
  const shown = (v: number | null) => formatValue(v, def.unit, lang, def.decimals);
  const label = def.label[lang];
  const sentences = [
    tr(SUMMARY.district, lang, {
      metric: lang === 'vi' || def.custom ? label : label.charAt(0).toLocaleLowerCase('en') + label.slice(1),
      place: districtName(dataset.plan.district, lang, 'inline'),
      value: shown(districtValue(dataset, metric).value),
    }),
  ];
  const present = ranking.filter((r) => r.rank !== null);
  const entry = (units: readonly RankingRow[]) =>
    tr(SUMMARY.entry, lang, { names: units.map((u) => u.fullName).join(tr(SUMMARY.and, lang)), value: shown(units[0]!.value) });
  if (present.length === 0) sentences.push(tr(SUMMARY.none, lang));
  else if (present.length === 1) sentences.push(tr(SUMMARY.onlyOne, lang, { name: present[0]!.fullName, value: shown(present[0]!.value) }));
  else {
    const { high, low } = extremes(present);
    if (high[0] === low[0]) sentences.push(tr(SUMMARY.allEqual, lang, { value: shown(high[0]!.value) }));
    else sentences.push(tr(SUMMARY.extremes, lang, { highest: entry(high), lowest: entry(low) }));
  }
  const total = Math.max(dataset.communes.length, present.length);
  sentences.push(tr(SUMMARY.coverage, lang, { count: formatNumber(present.length, lang), total: formatNumber(total, lang) }));
  return sentences.join(' ');
}
