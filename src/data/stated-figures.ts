/** The figures a plan's text may state, with the kind of number each is. Light (no schema), for the first frame. Pure. */
import type { StatedFigureId } from './types';
import type { NumberKind } from './vn-number';

/** Figures the plan's section I (situation) may state, with the kind of number each is. */
export const SECTION_I_FIGURES = {
  households: 'count',
  ethnic_minority_households: 'count',
  ethnic_minority_households_rate: 'rate',
  poor_and_near_poor: 'count',
  poor: 'count',
  poor_rate: 'rate',
  ethnic_minority_poor: 'count',
  ethnic_minority_poor_rate: 'rate',
  social_protection: 'count',
  social_protection_rate: 'rate',
  able_to_escape: 'count',
  able_to_escape_rate: 'rate',
  near_poor: 'count',
  near_poor_rate: 'rate',
} as const satisfies Partial<Record<StatedFigureId, NumberKind>>;

/** Figures the plan's section III (targets) may state; the reduction rate is in percentage points. */
export const SECTION_III_FIGURES = {
  reduction_rate_2022: 'rate',
  reduction_households_2022: 'count',
} as const satisfies Partial<Record<StatedFigureId, NumberKind>>;

/** Every stated figure id with its kind (fails to compile when a StatedFigureId is left out above). */
export const STATED_FIGURE_KINDS: Record<StatedFigureId, NumberKind> = { ...SECTION_I_FIGURES, ...SECTION_III_FIGURES };
