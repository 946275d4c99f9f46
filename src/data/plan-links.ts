/** Which communes a plan task concerns, from its `appliesTo` and the per-commune figures. Pure. */
import type { PlanTask, TargetedScope } from './plan-document';

/** The figures of one commune that decide which tasks single it out. */
export interface TaskUnit {
  name: string;
  /** Poverty rate in percent, or null when unknown. */
  poorRate: number | null;
  /** Number of ethnic-minority households, or null when unknown. */
  ethnicMinorityHouseholds: number | null;
}

/** The scopes of a task as a list: "all", or the targeted scopes; empty when the task names no communes. */
export function taskScopes(appliesTo: PlanTask['appliesTo']): ('all' | TargetedScope)[] {
  if (appliesTo === null) return [];
  return Array.isArray(appliesTo) ? [...appliesTo] : [appliesTo];
}

/** True when a unit falls in a targeted scope; "high-poverty" needs a known district rate to compare with. */
function inScope(unit: TaskUnit, scope: TargetedScope, districtRate: number | null): boolean {
  if (scope === 'ethnic-minority') return unit.ethnicMinorityHouseholds !== null && unit.ethnicMinorityHouseholds > 0;
  return unit.poorRate !== null && districtRate !== null && Number.isFinite(unit.poorRate) && unit.poorRate > districtRate;
}

/** Names of the units a task concerns, in the order given: all for "all", else those in any of its scopes. */
export function resolveTaskCommunes(
  task: Pick<PlanTask, 'appliesTo'>,
  units: readonly TaskUnit[],
  districtRate: number | null,
): string[] {
  const scopes = taskScopes(task.appliesTo);
  const picked = scopes.includes('all')
    ? units
    : units.filter((u) => scopes.some((s) => s !== 'all' && inScope(u, s, districtRate)));
  return [...new Set(picked.map((u) => u.name))];
}
