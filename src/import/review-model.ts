/** What the review screens show, computed once from a table load: column samples, column choices, unit options and labels. Pure. */
import { tr } from '../core/format';
import { FIGURE_COLUMNS } from '../data/table-columns';
import { applyColumnChoice, type ColumnChoice, type ColumnGuess, type ColumnProposal, type CustomMetric } from '../data/table-read/columns';
import { cellAt } from '../data/table-read/grid';
import type { SheetReading } from '../data/table-read/read-table';
import type { Bilingual, Lang } from '../data/types';
import { IMPORT } from './import-strings';
import type { PlaceUnit } from './unit-keys';
import type { RowMatch, UnitMatching } from './unit-match';

/** A choice in a column's select: its value and label. */
export interface ColumnOption {
  value: string;
  label: Bilingual;
}

/** The options every column offers: unit, code, ordinal, each plan figure, an own measure (count or rate), ignore. */
export const COLUMN_OPTIONS: readonly ColumnOption[] = [
  { value: 'unit', label: IMPORT.targetUnit },
  { value: 'gso_code', label: IMPORT.targetCode },
  { value: 'ordinal', label: IMPORT.targetOrdinal },
  ...FIGURE_COLUMNS.map((c) => ({ value: c.id, label: c.label })),
  { value: 'custom:count', label: IMPORT.targetCustomCount },
  { value: 'custom:rate', label: IMPORT.targetCustomRate },
  { value: 'ignore', label: IMPORT.targetIgnore },
];

/** The select value of a column's current target. */
export function optionValue(column: ColumnGuess): string {
  return column.target === 'custom' ? `custom:${column.custom?.kind ?? 'count'}` : column.target;
}

/** The first few unit-row cells of each column, as printed. */
export function columnSamples(sheet: SheetReading, count = 3): Map<number, string[]> {
  const rows = (sheet.layout?.rows ?? []).filter((r) => r.kind === 'unit').slice(0, count);
  const samples = new Map<number, string[]>();
  for (const column of sheet.columns?.columns ?? []) samples.set(column.column, rows.map((r) => cellAt(sheet.printed, r.index, column.column)));
  return samples;
}

/** The choice a select value (and, for an own measure, its name) stands for; a rate keeps the numerator and denominator it was proposed with. */
export function choiceOf(column: ColumnGuess, value: string, name: string): ColumnChoice {
  if (value.startsWith('custom:')) {
    const kind = value === 'custom:rate' ? 'rate' : 'count';
    const id = column.custom?.id ?? `custom_${column.letter.toLowerCase()}`;
    const { numerator, denominator } = kind === 'rate' ? column.custom ?? {} : {};
    const custom: CustomMetric = { id, label: name.trim() || column.header || column.letter, kind, ...(numerator ? { numerator } : {}), ...(denominator ? { denominator } : {}) };
    return { column: column.column, target: 'custom', custom };
  }
  return { column: column.column, target: value as Exclude<ColumnGuess['target'], 'custom'> };
}

/** The proposal with every column confirmed as chosen (untouched columns confirmed as proposed). */
export function confirmColumns(proposal: ColumnProposal, changed: ReadonlyMap<number, ColumnChoice>): ColumnProposal {
  const choices = proposal.columns.map((c) => changed.get(c.column) ?? choiceOf(c, optionValue(c), c.custom?.label ?? c.header));
  return applyColumnChoice(proposal, choices);
}

/** Value of a unit select: the codes joined with "+" ("" = no unit). */
export function codesValue(codes: readonly string[]): string {
  return codes.join('+');
}

/** Label of a set of units: "Xã Cam An + Xã Cam Thanh". */
export function unitsLabel(codes: readonly string[], units: ReadonlyMap<string, PlaceUnit>): string {
  return codes.map((c) => units.get(c)?.fullName ?? c).join(' + ');
}

/** The options of a row's select: its suggestions (merges first), then every unit by name. */
export function rowOptions(match: RowMatch, units: readonly PlaceUnit[]): { suggested: string[][]; all: PlaceUnit[] } {
  const seen = new Set<string>();
  const suggested: string[][] = [];
  for (const codes of [match.codes, ...match.alternatives.map((a) => a.codes)]) {
    const key = codesValue(codes);
    if (codes.length === 0 || seen.has(key)) continue;
    seen.add(key);
    suggested.push([...codes]);
  }
  const collator = new Intl.Collator('vi');
  return { suggested, all: [...units].sort((a, b) => collator.compare(a.name, b.name)) };
}

/** The one-line summary "Đã ghép 8/8 đơn vị". */
export function matchSummary(matching: UnitMatching, lang: Lang): string {
  const matched = matching.matches.filter((m) => m.codes.length > 0).length;
  return tr(IMPORT.summary, lang, { matched, rows: matching.matches.length });
}
