/** Which communes each task of a plan concerns, from the plan's scopes and the communes' figures. Pure. */
import { districtValue, metricValues } from './metric-values';
import type { Dataset } from './dataset';
import { resolveTaskCommunes, type TaskUnit } from './plan-links';

/** The communes of a dataset as the task scopes see them (rate and ethnic-minority households). */
export function taskUnits(dataset: Dataset): TaskUnit[] {
  return metricValues(dataset, 'poverty_rate').map((v) => ({
    name: v.gsoCode,
    poorRate: v.value,
    ethnicMinorityHouseholds: v.row.figures.ethnic_minority_households,
  }));
}

/** For every task of the plan, the GSO codes of the communes it concerns (empty for district-wide tasks). */
export function taskCommunes(dataset: Dataset): Record<string, string[]> {
  const units = taskUnits(dataset);
  const rate = districtValue(dataset, 'poverty_rate').value;
  return Object.fromEntries(dataset.plan.tasks.map((t) => [t.id, resolveTaskCommunes(t, units, rate)]));
}

