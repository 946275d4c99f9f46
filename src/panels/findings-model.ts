/** What the data-checks panel shows of each finding: order, filter, where it is and how to format its values. Pure. */
import { sortFindings, summarizeFindings } from '../data/checks';
import { STATED_FIGURE_KINDS } from '../data/stated-figures';
import { FIGURE_COLUMNS, KEY_COLUMNS } from '../data/table-columns';
import type { Bilingual, Finding, MetricUnit, StatedFigureId } from '../data/types';

/** A finding's severity. */
export type Severity = Finding['severity'];

/** Severities from the most to the least serious. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Labels of the figures the plan's text states that are not table columns. */
const STATED_LABELS: Partial<Record<StatedFigureId, Bilingual>> = {
  ethnic_minority_households_rate: { vi: 'Tỷ lệ hộ DTTS (%)', en: 'Ethnic-minority households (%)' },
  poor_and_near_poor: { vi: 'Hộ nghèo và hộ cận nghèo', en: 'Poor and near-poor households' },
  near_poor: { vi: 'Hộ cận nghèo', en: 'Near-poor households' },
  near_poor_rate: { vi: 'Tỷ lệ hộ cận nghèo (%)', en: 'Near-poor rate (%)' },
  reduction_rate_2022: { vi: 'Mức giảm tỷ lệ hộ nghèo năm 2022', en: '2022 fall in the poverty rate' },
  reduction_households_2022: { vi: 'Số hộ nghèo giảm năm 2022', en: '2022 fall in poor households' },
};

/** The label of the column or stated figure a finding concerns, or null when it names none. */
export function findingColumnLabel(column: string | null): Bilingual | null {
  if (column === null) return null;
  const figure = FIGURE_COLUMNS.find((c) => c.id === column);
  if (figure) return figure.label;
  if (column === 'unit') return KEY_COLUMNS.unit.label;
  if (column === 'gso_code') return KEY_COLUMNS.gso_code.label;
  return Object.hasOwn(STATED_LABELS, column) ? STATED_LABELS[column as StatedFigureId]! : null;
}

/** True when a finding's values are rates in percent (a rate column or a stated rate). */
export function isRateFinding(finding: Pick<Finding, 'column'>): boolean {
  const column = finding.column;
  if (column === null) return false;
  const figure = FIGURE_COLUMNS.find((c) => c.id === column);
  if (figure) return figure.kind === 'rate';
  return Object.hasOwn(STATED_FIGURE_KINDS, column) && STATED_FIGURE_KINDS[column as StatedFigureId] === 'rate';
}

/** How to format a finding's printed and recomputed values. */
export interface ValueFormat {
  unit: MetricUnit;
  decimals: number;
}

/** Decimals of a number as written in shortest form (0.28 → 2, 108 → 0). */
function ownDecimals(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 2;
  return text.split('.')[1]?.length ?? 0;
}

/** Rates in percent with two decimals (as the plan prints them); counts in households, whole unless a value has decimals. */
export function findingValueFormat(finding: Pick<Finding, 'column' | 'printed' | 'recomputed'>): ValueFormat {
  if (isRateFinding(finding)) return { unit: 'percent', decimals: 2 };
  const values = [finding.printed, finding.recomputed].filter((v): v is number => v !== null);
  return { unit: 'households', decimals: Math.min(2, Math.max(0, ...values.map(ownDecimals))) };
}

/** One finding ready to show. */
export interface FindingItem {
  finding: Finding;
  /** GSO code of the commune it concerns, when it concerns one that is on the map. */
  gsoCode: string | null;
  columnLabel: Bilingual | null;
  format: ValueFormat;
}

/** Findings in display order (errors, warnings, notes; then by table row), limited to the shown severities. */
export function findingItems(
  findings: readonly Finding[],
  unitToGso: Readonly<Record<string, string>>,
  shown: readonly Severity[] = SEVERITIES,
): FindingItem[] {
  return sortFindings(findings)
    .filter((f) => shown.includes(f.severity))
    .map((finding) => ({
      finding,
      gsoCode: finding.unit !== null && Object.hasOwn(unitToGso, finding.unit) ? unitToGso[finding.unit]! : null,
      columnLabel: findingColumnLabel(finding.column),
      format: findingValueFormat(finding),
    }));
}

/** Number of findings of each severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  return summarizeFindings(findings);
}

/** The findings that concern one unit, given every name it goes by (printed, official, full official). */
export function findingsForUnit(findings: readonly Finding[], names: readonly string[]): Finding[] {
  return sortFindings(findings.filter((f) => f.unit !== null && names.includes(f.unit)));
}
