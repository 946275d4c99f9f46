/** A metric's values in a dataset: per joined unit and for the district. Light (no parsing), for the first frame. Pure. */
import { districtCustomValues, metricDefIn } from './custom-metrics';
import type { Dataset } from './dataset-model';
import type { MetricId } from './metrics';
import type { MetricValue, PlanRow } from './types';

/** One joined unit's value of a metric. */
export interface UnitMetricValue extends MetricValue {
  gsoCode: string;
  /** Official name with type, from the boundary file ("Xã Cam Tuyền"). */
  fullName: string;
  /** Official name without type ("Cam Tuyền"). */
  name: string;
  /** Name as printed in the table ("Cam Tuyên"). */
  printedName: string;
  row: PlanRow;
}

/** The values of a metric for every joined unit, in table order (a metric the dataset lacks gives the default metric's). */
export function metricValues(dataset: Dataset, metric: MetricId): UnitMetricValue[] {
  const def = metricDefIn(dataset, metric);
  const custom = dataset.custom?.values;
  return dataset.join.joined.map(({ row, feature }) => ({
    ...def.compute(row.figures, custom?.[feature.properties.gso_code]),
    gsoCode: feature.properties.gso_code,
    fullName: feature.properties.full_name,
    name: feature.properties.name,
    printedName: row.name,
    row,
  }));
}

/**
 * The district's value of a metric, computed from the summed unit figures (printed totals row alongside): a custom
 * count sums, a custom rate is recomputed from its summed counts, or null without them.
 */
export function districtValue(dataset: Dataset, metric: MetricId): MetricValue {
  const def = metricDefIn(dataset, metric);
  const value = def.compute(dataset.district, districtCustomValues(dataset));
  const printed = dataset.table.total ? def.compute(dataset.table.total.figures, dataset.custom?.total).printed : null;
  return { ...value, printed };
}
