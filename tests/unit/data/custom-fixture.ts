/** The built-in plan with three columns of its own: a count, a rate of it (numerator and denominator known) and a rate alone. */
import { customFromRead, joinCustom } from '../../../src/data/custom-metrics';
import type { Dataset } from '../../../src/data/dataset';
import type { CustomMetric } from '../../../src/data/table-read/columns';
import { loadDataset } from '../map/fixture';

/** The built-in dataset, without custom metrics. */
export const plan = loadDataset();
/** Per unit, in table order: near-poor households, their printed share, and a score printed with one decimal. */
export const NEAR = [60, 30, 41, 52, 48, 75, 20, 39];
export const NEAR_RATE = [2.23, 1.43, 1.84, 3.49, 2.88, 5.06, 1.36, 2.18];
export const SCORE = [71.5, 80, 65.2, 90.1, 55, 40.4, 88, 77.7];
/** The columns as the table reader gives them. */
export const COLUMNS: CustomMetric[] = [
  { id: 'custom_so_ho_can_ngheo', label: 'Số hộ cận nghèo', kind: 'count' },
  { id: 'custom_ty_le_can_ngheo', label: 'Tỷ lệ hộ cận nghèo', kind: 'rate', numerator: 'custom_so_ho_can_ngheo', denominator: 'households' },
  { id: 'custom_diem', label: 'Điểm đánh giá (%)', kind: 'rate' },
];
/** Ids of the three custom metrics. */
export const NEAR_ID = 'custom:so-ho-can-ngheo';
export const RATE_ID = 'custom:ty-le-ho-can-ngheo';
export const SCORE_ID = 'custom:diem-danh-gia-pct';

/** The built-in plan's table with three columns of its own (and their printed totals). */
export function customDataset(): Dataset {
  const values: Record<number, Record<string, number | null>> = {};
  plan.table.units.forEach((u, i) => (values[u.row] = { custom_so_ho_can_ngheo: NEAR[i]!, custom_ty_le_can_ngheo: NEAR_RATE[i]!, custom_diem: SCORE[i]! }));
  values[plan.table.total!.row] = { custom_so_ho_can_ngheo: 365, custom_ty_le_can_ngheo: 2.45, custom_diem: 70 };
  const source = customFromRead({ customMetrics: COLUMNS, customValues: values })!;
  return { ...plan, custom: joinCustom(source, plan.table.units, plan.table.total, plan.join.joined) };
}
