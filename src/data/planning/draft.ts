/**
 * A draft of the year's targets: the person's own reduction target (households) for some units, overriding
 * the plan's `target_2022` column, and the dataset that follows from it. Pure.
 *
 * Applying a draft (applyDraft) builds a new Dataset with the same functions the loader uses, so every view
 * (map, legend, ranking, table, data checks, exports) works on it unchanged:
 * - each drafted unit gets the draft's target; its projected end figures follow by construction:
 *   poor_end = poor − target, poor_rate_end = poor_end / households × 100 (kept to 2 decimals, as printed);
 *   the unit's other figures stay exactly as printed (their printed slips are still reported by the checks);
 * - the totals row becomes the computed one (the units added up, rates recomputed to 2 decimals): the draft is
 *   the person's own table, so nothing in it is "as printed" at district level. The printed totals row stays
 *   in the original dataset. Consequence: a printed unit slip that the printed totals row hid may now show as
 *   a totals-row identity finding (Cam Lộ: BTXH 345 + able 100 ≠ 453, from Cam Tuyên's row);
 * - the plan text's section III reduction figures (households and points) are dropped from `plan.stated`:
 *   the draft replaces them, and comparing the draft with the plan is draftSummary's job, not a data error;
 * - a loaded table's own measures (`custom`) are kept: the same definitions and row values, joined again to the
 *   drafted table's units (the draft changes none of them);
 * - cells that fail validation (see draft-cells.ts) are skipped, the rest applied;
 * - a draft with no applicable cell returns the dataset itself (the plan as printed), so memoised views
 *   keep their identity.
 */
import { checkPlan } from '../checks';
import { roundTo } from '../checks-format';
import { joinCustom } from '../custom-metrics';
import type { Dataset } from '../dataset';
import { joinTableToBoundaries } from '../join';
import { percentOf, sumFigures } from '../metrics';
import { FIGURE_COLUMNS } from '../table-columns';
import type { FigureKey, PlanRow, PlanTable, StatedFigures, UnitFigures } from '../types';
import { acceptedTargets, rowCodes, type TargetDraft } from './draft-cells';

export { EMPTY_DRAFT, type TargetDraft } from './draft-cells';

/** Decimals of the rates a draft computes (the plan prints two). */
export const DRAFT_RATE_DECIMALS = 2;

/** Name of the computed totals row when the table printed none. */
const TOTAL_NAME = 'Tổng';

/** Stated figures the draft replaces (section III targets). */
const REPLACED_STATED = ['reduction_households_2022', 'reduction_rate_2022'] as const;

/** A rate of households rounded to the draft's decimals, or null when it cannot be computed. */
function draftRate(count: number | null, households: number): number | null {
  const rate = percentOf(count, households);
  return rate === null ? null : roundTo(rate, DRAFT_RATE_DECIMALS);
}

/** Cell text of a figure as the draft writes it: counts whole, rates with 2 decimals and a dot. */
function cellText(key: FigureKey, value: number | null): string {
  if (value === null) return '';
  const column = FIGURE_COLUMNS.find((c) => c.id === key);
  return column?.kind === 'rate' ? value.toFixed(DRAFT_RATE_DECIMALS) : String(value);
}

/** A unit row with the draft's target and the end figures that follow from it. */
export function draftedRow(row: PlanRow, target: number): PlanRow {
  const end = row.figures.poor - target;
  const rate = draftRate(end, row.figures.households);
  return {
    ...row,
    figures: { ...row.figures, target_2022: target, poor_end_2022: end, poor_rate_end_2022: rate },
    raw: { ...row.raw, target_2022: cellText('target_2022', target), poor_end_2022: cellText('poor_end_2022', end), poor_rate_end_2022: cellText('poor_rate_end_2022', rate) },
  };
}

/** The units' figures added up, with every rate recomputed from the sums (2 decimals). */
export function computedTotals(units: readonly PlanRow[]): UnitFigures {
  const sums = sumFigures(units.map((u) => u.figures));
  const out: Record<FigureKey, number | null> = { ...sums };
  for (const column of FIGURE_COLUMNS) if (column.rateOf) out[column.id] = draftRate(sums[column.rateOf], sums.households);
  return out as UnitFigures;
}

/** The computed totals row of a draft table, on the printed totals row's line (or after the last unit). */
export function computedTotalsRow(units: readonly PlanRow[], printed: PlanRow | null): PlanRow {
  const figures = computedTotals(units);
  const raw: PlanRow['raw'] = { unit: printed?.name ?? TOTAL_NAME, gso_code: '' };
  for (const column of FIGURE_COLUMNS) raw[column.id] = cellText(column.id, figures[column.id]);
  const row = printed?.row ?? Math.max(1, ...units.map((u) => u.row)) + 1;
  return { name: printed?.name ?? TOTAL_NAME, gsoCode: null, row, figures, raw };
}

/** The plan's stated figures without the section III targets a draft replaces. */
function statedWithoutTargets(stated: StatedFigures): StatedFigures {
  const out: StatedFigures = { ...stated };
  for (const id of REPLACED_STATED) delete out[id];
  return out;
}

/** The dataset with the draft's valid cells applied (see the module comment); the dataset itself when none applies. */
export function applyDraft(dataset: Dataset, draft: TargetDraft): Dataset {
  const accepted = acceptedTargets(dataset, draft);
  if (accepted.size === 0) return dataset;
  const codes = rowCodes(dataset);
  const units = dataset.table.units.map((row) => {
    const code = codes.get(row);
    const target = code === undefined ? undefined : accepted.get(code);
    return target === undefined ? row : draftedRow(row, target);
  });
  const table: PlanTable = { file: dataset.table.file, units, total: computedTotalsRow(units, dataset.table.total) };
  const join = joinTableToBoundaries(table, dataset.communes);
  const stated = statedWithoutTargets(dataset.plan.stated);
  const joinFindings = dataset.findings.filter((f) => f.id.startsWith('join:'));
  const own = dataset.custom;
  const custom = own?.rows ? joinCustom({ metrics: own.metrics, rows: own.rows }, units, table.total, join.joined) : own;
  return {
    plan: { ...dataset.plan, stated },
    table,
    communes: dataset.communes,
    join,
    findings: [...joinFindings, ...checkPlan(table, stated)],
    district: sumFigures(units.map((u) => u.figures)),
    ...(custom ? { custom } : {}),
  };
}

/** District target and projected end of the plan and of a draft, for the compare view. */
export interface DraftSummary {
  plan: { target: number | null; poorEnd: number | null; rateEnd: number | null };
  draft: { target: number | null; poorEnd: number | null; rateEnd: number | null };
  /** Units whose target the draft changes. */
  changed: number;
}

/** Compare the district figures of the original dataset and of the same dataset with a draft applied. */
export function draftSummary(original: Dataset, drafted: Dataset): DraftSummary {
  const side = (d: Dataset) => ({
    target: d.district.target_2022,
    poorEnd: d.district.poor_end_2022,
    rateEnd: percentOf(d.district.poor_end_2022, d.district.households),
  });
  const changed = drafted.table.units.filter((row, i) => row.figures.target_2022 !== original.table.units[i]?.figures.target_2022).length;
  return { plan: side(original), draft: side(drafted), changed };
}
