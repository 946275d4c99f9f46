/** A metric's values in a dataset: per joined unit and for the district. Light (no parsing), for the first frame. Pure. */
import type { Dataset } from './dataset-model';
import { metricDef, type MetricId } from './metrics';
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

/** The values of a metric for every joined unit, in table order. */
export function metricValues(dataset: Dataset, metric: MetricId): UnitMetricValue[] {
  const def = metricDef(metric);
  return dataset.join.joined.map(({ row, feature }) => ({
    ...def.compute(row.figures),
    gsoCode: feature.properties.gso_code,
    fullName: feature.properties.full_name,
    name: feature.properties.name,
    printedName: row.name,
    row,
  }));
}

/** The district's value of a metric, computed from the summed unit figures (printed totals row alongside). */
export function districtValue(dataset: Dataset, metric: MetricId): MetricValue {
  const def = metricDef(metric);
  const value = def.compute(dataset.district);
  const printed = dataset.table.total ? def.compute(dataset.table.total.figures).printed : null;
  return { ...value, printed };
}
