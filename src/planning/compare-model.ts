/**
 * The right-hand view of the compare view: a metric of a dataset drawn with the left view's classes and colours,
 * so that one legend reads both maps (e.g. the start-of-year rate on the left and the projected end on the right,
 * or the draft on the left and the plan as printed on the right). Pure.
 */
import type { Choropleth } from '../classify/choropleth';
import { buildLegend } from '../classify/legend';
import { districtValue, metricValues } from '../data/metric-values';
import type { Dataset } from '../data/dataset';
import { metricDefIn } from '../data/custom-metrics';
import type { MetricId } from '../data/metrics';

/** What the compare view puts on the right. */
export type CompareMode = 'end' | 'plan';

/**
 * The metric of `dataset` classified with `left`'s thresholds and colours (values outside its range go to its end
 * classes); a custom metric resolves in `dataset` (one it lacks gives the default metric, as the map does).
 */
export function compareChoropleth(left: Choropleth, dataset: Dataset, metric: MetricId): Choropleth {
  const values = metricValues(dataset, metric);
  const byCode = new Map(values.map((v) => [v.gsoCode, v.value]));
  const features = dataset.communes.map((f) => ({ id: f.properties.gso_code, value: byCode.get(f.properties.gso_code) ?? null }));
  const legend = buildLegend(features, left.breaks, left.colors, { noDataColor: left.noDataColor });
  const fills: Record<string, string> = {};
  const classOf: Record<string, number | null> = {};
  for (const { id } of features) {
    fills[id] = left.noDataColor;
    classOf[id] = null;
  }
  for (const row of legend.classes) {
    for (const id of row.ids) {
      fills[id] = row.color;
      classOf[id] = row.index;
    }
  }
  return { ...left, metric: metricDefIn(dataset, metric), values, legend, fills, classOf, district: districtValue(dataset, metric) };
}

/** The metric the right view shows: the projected end-of-year rate, or the left's metric on the plan as printed. */
export function compareMetric(mode: CompareMode, leftMetric: MetricId): MetricId {
  return mode === 'end' ? 'poverty_rate_end_2022' : leftMetric;
}
