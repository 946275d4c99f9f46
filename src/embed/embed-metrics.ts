/** The metrics the embedded map offers, public-facing ones first. Pure. */
import { METRICS, type MetricDef, type MetricId } from '../data/metrics';

/** The measures a member of the public most likely wants, in the order the embed's selector lists them. */
export const PUBLIC_METRICS: readonly MetricId[] = ['poverty_rate', 'poverty_rate_end_2022', 'reduction_target_2022_pp', 'change_2022_pp'];

/** The embed selector's two groups: the public measures, then every other metric in picker order. */
export function embedMetricGroups(): { main: MetricDef[]; more: MetricDef[] } {
  const main = PUBLIC_METRICS.map((id) => METRICS.find((m) => m.id === id)!);
  const more = METRICS.filter((m) => !PUBLIC_METRICS.includes(m.id));
  return { main, more };
}
