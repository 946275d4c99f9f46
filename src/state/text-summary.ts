/** A short text summary of one metric: the district value, the highest and lowest communes, the coverage. Pure. */
import { formatNumber, formatValue, tr } from '../core/format';
import { SUMMARY } from '../core/strings/embed';
import { districtValue, metricValues, type Dataset, type UnitMetricValue } from '../data/dataset';
import { metricDef, type MetricId } from '../data/metrics';
import type { Lang } from '../data/types';

/** A plan's district as it is written inside a sentence. */
export interface DistrictName {
  name: string;
  type: 'Huyện' | 'Thị xã' | 'Thành phố' | 'Quận';
}

const EN_TYPES: Record<DistrictName['type'], string> = { Huyện: 'district', 'Thị xã': 'town', 'Thành phố': 'city', Quận: 'urban district' };

/** The district inside a sentence: vi "huyện Cam Lộ", en "Cam Lộ district". */
export function placeName(district: DistrictName, lang: Lang): string {
  return lang === 'vi' ? `${district.type.toLocaleLowerCase('vi')} ${district.name}` : `${district.name} ${EN_TYPES[district.type]}`;
}

/** Communes sharing the extreme value (equal as shown), in table order. */
function extreme(values: UnitMetricValue[], pick: (a: number, b: number) => number, shown: (v: number) => string): { names: string[]; value: number } {
  const value = values.map((v) => v.value as number).reduce((a, b) => pick(a, b));
  return { names: values.filter((v) => shown(v.value as number) === shown(value)).map((v) => v.fullName), value };
}

/**
 * The summary of a metric in one language, e.g. "Tỷ lệ hộ nghèo đầu năm 2022 của huyện Cam Lộ: 3,04 %.
 * Cao nhất: Xã Cam Tuyền (7,36 %); thấp nhất: Xã Cam Chính (1,23 %). Số xã có số liệu: 8/8."
 */
export function buildTextSummary(dataset: Dataset, metric: MetricId, lang: Lang): string {
  const def = metricDef(metric);
  const shown = (v: number | null) => formatValue(v, def.unit, lang, def.decimals);
  const label = def.label[lang];
  const sentences = [
    tr(SUMMARY.district, lang, {
      metric: lang === 'vi' ? label : label.charAt(0).toLocaleLowerCase('en') + label.slice(1),
      place: placeName(dataset.plan.district, lang),
      value: shown(districtValue(dataset, metric).value),
    }),
  ];
  const present = metricValues(dataset, metric).filter((v) => v.value !== null && Number.isFinite(v.value));
  const entry = (e: { names: string[]; value: number }) => tr(SUMMARY.entry, lang, { names: e.names.join(tr(SUMMARY.and, lang)), value: shown(e.value) });
  if (present.length === 0) sentences.push(tr(SUMMARY.none, lang));
  else if (present.length === 1) sentences.push(tr(SUMMARY.onlyOne, lang, { name: present[0]!.fullName, value: shown(present[0]!.value) }));
  else {
    const highest = extreme(present, Math.max, shown);
    const lowest = extreme(present, Math.min, shown);
    if (shown(highest.value) === shown(lowest.value)) sentences.push(tr(SUMMARY.allEqual, lang, { value: shown(highest.value) }));
    else sentences.push(tr(SUMMARY.extremes, lang, { highest: entry(highest), lowest: entry(lowest) }));
  }
  const total = Math.max(dataset.communes.length, present.length);
  sentences.push(tr(SUMMARY.coverage, lang, { count: formatNumber(present.length, lang), total: formatNumber(total, lang) }));
  return sentences.join(' ');
}
