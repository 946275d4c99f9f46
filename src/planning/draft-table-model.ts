/**
 * The draft table's view-model: one row per joined unit with the plan's target, the draft's target and the
 * year-end figures that follow, each row's warnings, and the totals row; plus pasting a column of values.
 * Pure: every figure comes from the drafted dataset the app derived (applyDraft), never recomputed here.
 */
import type { Dataset } from '../data/dataset';
import { computedTotals, draftSummary, type DraftSummary } from '../data/planning/draft';
import { checkTargetValue, setDraftCell, type DraftCellCheck, type DraftCellIssue, type DraftWarningCode, type TargetDraft } from '../data/planning/draft-cells';
import { percentOf } from '../data/metrics';

/** One unit of the draft table. */
export interface DraftTableRow {
  gsoCode: string;
  /** Name as printed in the table. */
  name: string;
  households: number;
  poor: number;
  able: number | null;
  /** The plan's target (as printed). */
  planTarget: number | null;
  /** The target in force: the draft's when it has one, else the plan's. */
  target: number | null;
  /** True when the draft gives this unit a target other than the plan's. */
  changed: boolean;
  poorEnd: number | null;
  /** Year-end poverty rate in percent, from the counts (as the map's metric computes it). */
  rateEnd: number | null;
  /** The unit's share of the district target in percent, or null when the district target is 0 or blank. */
  share: number | null;
  warnings: DraftCellIssue<DraftWarningCode>[];
}

/** The whole table. */
export interface DraftTableModel {
  rows: DraftTableRow[];
  totals: { households: number; poor: number; able: number | null; planTarget: number | null; target: number | null; poorEnd: number | null; rateEnd: number | null };
  summary: DraftSummary;
  /** Names of the units whose target the draft changes. */
  changedNames: string[];
}

/** Build the table from the plan (`original`), the same dataset with the draft applied (`drafted`) and the draft. */
export function buildDraftTable(original: Dataset, drafted: Dataset, draft: TargetDraft): DraftTableModel {
  const draftedRows = new Map(drafted.join.joined.map((u) => [u.feature.properties.gso_code, u.row]));
  const district = drafted.district.target_2022;
  const rows = original.join.joined.map(({ row, feature }): DraftTableRow => {
    const code = feature.properties.gso_code;
    const now = draftedRows.get(code) ?? row;
    const target = now.figures.target_2022;
    return {
      gsoCode: code,
      name: row.name,
      households: row.figures.households,
      poor: row.figures.poor,
      able: row.figures.able_to_escape,
      planTarget: row.figures.target_2022,
      target,
      changed: draft.has(code) && target !== row.figures.target_2022,
      poorEnd: now.figures.poor_end_2022,
      rateEnd: percentOf(now.figures.poor_end_2022, now.figures.households),
      share: target === null || !district ? null : percentOf(target, district),
      warnings: target === null ? [] : checkTargetValue(row, target).warnings,
    };
  });
  const units = drafted.join.joined.map((u) => u.row);
  const sums = computedTotals(units);
  const plan = computedTotals(original.join.joined.map((u) => u.row));
  return {
    rows,
    totals: {
      households: sums.households,
      poor: sums.poor,
      able: sums.able_to_escape,
      planTarget: plan.target_2022,
      target: sums.target_2022,
      poorEnd: sums.poor_end_2022,
      rateEnd: percentOf(sums.poor_end_2022, sums.households),
    },
    summary: draftSummary(original, drafted),
    changedNames: rows.filter((r) => r.changed).map((r) => r.name),
  };
}

/** The cells of a pasted block: one value per line, the first cell of each (tab-separated) line; a final empty line dropped. */
export function pastedColumn(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines.map((line) => line.split('\t')[0]!.trim());
}

/** True when pasted text holds more than one value (several lines or cells), so it fills downwards. */
export function isBlockPaste(text: string): boolean {
  return pastedColumn(text).length > 1 || text.includes('\t');
}

/** The outcome of pasting a column: the new draft, the check of every cell written, values past the last row. */
export interface PasteResult {
  draft: TargetDraft;
  checks: { gsoCode: string; text: string; check: DraftCellCheck }[];
  overflow: number;
}

/** Paste `values` into the units `codes[start]`, `codes[start + 1]`, …: refused cells are skipped, the rest kept. */
export function pasteColumn(original: Dataset, draft: TargetDraft, codes: readonly string[], start: number, values: readonly string[]): PasteResult {
  let next = draft;
  const checks: PasteResult['checks'] = [];
  const room = Math.max(0, codes.length - start);
  values.slice(0, room).forEach((text, i) => {
    const gsoCode = codes[start + i]!;
    const result = setDraftCell(original, next, gsoCode, text);
    next = result.draft;
    checks.push({ gsoCode, text, check: result.check });
  });
  return { draft: next, checks, overflow: Math.max(0, values.length - room) };
}
