/**
 * Spreading a district's reduction target (households) over its units by a rule. Pure.
 *
 * Rules: every unit's exact share is min(poor_i, w_i × λ), with λ ≥ 0 the one level at which the shares add
 * up to the total ("cap and redistribute": a unit that reaches its poor households keeps them all and the
 * rest is spread over the others by the same weights):
 * - `proportional-poor`: w_i = poor households (never capped: λ ≤ 1);
 * - `proportional-able`: w_i = households able to escape poverty (blank = 0);
 * - `equal-pp`: w_i = households, so every uncapped unit cuts its poverty rate by the same pp = 100 λ points.
 * When the units the rule gives weight to cannot take the whole total (e.g. `proportional-able` with more
 * than their poor households), the rest is spread over the others in proportion to their poor households
 * still left (`fallback` is then true). A total above all the poor households gives every unit all of its
 * poor households; the part that cannot be placed is `shortfall`.
 *
 * Rounding: largest remainder (Hamilton): every unit gets the whole part of its share, then the households
 * still missing go one each to the units with the largest fractional parts. Ties (fractional parts within
 * 1e-9) go to the unit that comes first in the input (table) order. Targets then add up to the total
 * exactly, stay within 0…poor_i, and each is within one household of its exact share. The method is not
 * monotone in the total (the "Alabama paradox": raising the total by one can lower a unit's target by one),
 * see the tests.
 */
import { sum } from 'simple-statistics';
import type { Dataset } from '../dataset';
import type { Bilingual } from '../types';
import type { TargetDraft } from './draft-cells';

/** How the total is spread. */
export type AllocationRule = 'proportional-poor' | 'proportional-able' | 'equal-pp';

/** The rules, in menu order, with their labels. */
export const ALLOCATION_RULES: readonly { id: AllocationRule; label: Bilingual; description: Bilingual }[] = [
  {
    id: 'proportional-poor',
    label: { vi: 'Theo số hộ nghèo', en: 'By poor households' },
    description: { vi: 'Mỗi đơn vị nhận phần tỷ lệ với số hộ nghèo của mình.', en: 'Each unit gets a share in proportion to its poor households.' },
  },
  {
    id: 'proportional-able',
    label: { vi: 'Theo số hộ có khả năng thoát nghèo', en: 'By households able to escape poverty' },
    description: { vi: 'Mỗi đơn vị nhận phần tỷ lệ với số hộ có khả năng thoát nghèo.', en: 'Each unit gets a share in proportion to its households able to escape poverty.' },
  },
  {
    id: 'equal-pp',
    label: { vi: 'Giảm tỷ lệ như nhau', en: 'Equal cut in the rate' },
    description: { vi: 'Mỗi đơn vị giảm tỷ lệ hộ nghèo cùng một số điểm phần trăm.', en: 'Each unit cuts its poverty rate by the same number of percentage points.' },
  },
];

/** One unit as the allocation sees it. */
export interface AllocationUnit {
  /** The unit's key (its GSO code). */
  key: string;
  households: number;
  poor: number;
  able: number | null;
}

/** The outcome of an allocation; `targets[i]` belongs to `units[i]`. */
export interface Allocation {
  rule: AllocationRule;
  total: number;
  targets: number[];
  /** The exact (unrounded) shares. */
  shares: number[];
  /** For `equal-pp`: the points every uncapped unit's rate falls by; null for the other rules. */
  pp: number | null;
  /** Keys of the units that got all their poor households. */
  capped: string[];
  /** True when part of the total went to units the rule gives no weight to. */
  fallback: boolean;
  /** Households of the total that could not be placed (total above all poor households). */
  shortfall: number;
}

const TIE = 1e-9;

/** Exact shares min(cap_i, w_i × λ) adding up to `total` (≤ Σ caps of positive-weight units), and λ. */
function cappedShares(weights: readonly number[], caps: readonly number[], total: number): { shares: number[]; level: number } {
  const active = weights.map((w, i) => i).filter((i) => weights[i]! > 0 && caps[i]! > 0);
  const shares = weights.map(() => 0);
  if (total <= 0 || active.length === 0) return { shares, level: 0 };
  const order = [...active].sort((a, b) => caps[a]! / weights[a]! - caps[b]! / weights[b]! || a - b);
  let cappedSum = 0;
  let restWeight = sum(active.map((i) => weights[i]!));
  let level = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    level = (total - cappedSum) / restWeight;
    // A unit the level fills exactly is not over its cap, whatever the rounding of the division (10 / 4775 × 4775 > 10).
    if (level * weights[i]! <= caps[i]! + TIE) break;
    cappedSum += caps[i]!;
    restWeight -= weights[i]!;
    if (k === order.length - 1) level = Infinity;
  }
  for (const i of active) shares[i] = Math.min(caps[i]!, weights[i]! * level);
  return { shares, level };
}

/** Largest-remainder rounding of shares to whole households adding up to `total`, within 0…cap_i. */
export function largestRemainder(shares: readonly number[], caps: readonly number[], total: number): number[] {
  const whole = shares.map((s, i) => Math.min(caps[i]!, Math.max(0, Math.floor(s + TIE))));
  const fraction = shares.map((s, i) => s - whole[i]!);
  let missing = total - sum([0, ...whole]);
  const byFraction = (a: number, b: number) => (Math.abs(fraction[b]! - fraction[a]!) > TIE ? fraction[b]! - fraction[a]! : a - b);
  const order = shares.map((_, i) => i).sort(byFraction);
  while (missing > 0) {
    const before = missing;
    for (const i of order) {
      if (missing === 0) break;
      if (whole[i]! < caps[i]!) {
        whole[i]! += 1;
        missing -= 1;
      }
    }
    if (missing === before) break;
  }
  for (const i of [...order].reverse()) {
    if (missing >= 0) break;
    if (whole[i]! > 0) {
      whole[i]! -= 1;
      missing += 1;
    }
  }
  return whole;
}

function weightsOf(rule: AllocationRule, units: readonly AllocationUnit[]): number[] {
  if (rule === 'proportional-poor') return units.map((u) => u.poor);
  if (rule === 'proportional-able') return units.map((u) => u.able ?? 0);
  return units.map((u) => u.households);
}

/** Spread `total` households (a whole number ≥ 0) over the units by `rule`; see the module comment. */
export function allocate(units: readonly AllocationUnit[], total: number, rule: AllocationRule): Allocation {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`the total must be a whole number of households ≥ 0, got ${total}`);
  const caps = units.map((u) => Math.max(0, Math.floor(u.poor)));
  const capacity = sum([0, ...caps]);
  const placed = Math.min(total, capacity);
  const weights = weightsOf(rule, units);
  const first = cappedShares(weights, caps, placed);
  let shares = first.shares;
  const left = placed - sum([0, ...shares]);
  const fallback = left > TIE;
  if (fallback) {
    const room = caps.map((c, i) => c - shares[i]!);
    const second = cappedShares(room, room, left);
    shares = shares.map((s, i) => s + second.shares[i]!);
  }
  const targets = largestRemainder(shares, caps, placed);
  return {
    rule,
    total,
    targets,
    shares,
    pp: rule === 'equal-pp' && Number.isFinite(first.level) ? first.level * 100 : null,
    capped: units.filter((u, i) => caps[i]! > 0 && targets[i] === caps[i]).map((u) => u.key),
    fallback,
    shortfall: total - placed,
  };
}

/** The dataset's joined units for an allocation, in table order, keyed by GSO code. */
export function allocationUnits(dataset: Dataset): AllocationUnit[] {
  return dataset.join.joined.map(({ row, feature }) => ({
    key: feature.properties.gso_code,
    households: row.figures.households,
    poor: row.figures.poor,
    able: row.figures.able_to_escape,
  }));
}

/** An allocation as a draft (every unit gets an entry). */
export function allocationDraft(units: readonly AllocationUnit[], allocation: Allocation): TargetDraft {
  return new Map(units.map((u, i) => [u.key, allocation.targets[i]!]));
}
