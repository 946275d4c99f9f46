/**
 * Data checks of a plan: recompute what the printed figures imply and report every disagreement. Pure.
 *
 * Checks, in the order they run:
 * 1. rates (`rate:<unit>:<column>`, unit "total" for the totals row): each printed rate against
 *    count / households × 100, within the printed precision (decimals of the raw cell text; a value agrees
 *    when |printed − recomputed| ≤ ½ unit of its last digit);
 * 2. row identities (`identity:<unit>:<rule>`): social_protection + able_to_escape = poor
 *    (`btxh+able=poor`), poor − target_2022 = poor_end_2022 (`poor-target=end`), and parts never above
 *    their whole (`em-poor<=poor`, `em-poor<=em-households`, `poor<=households`,
 *    `em-households<=households`, `target<=able`);
 * 3. column totals (`total:<column>`): every count column's unit sum against the totals row; blank unit
 *    cells count as none, so a total equal to the sum of the non-blank cells is consistent;
 * 4. stated figures (`stated:<id>`): the text's counts against the table's column sums, its rates
 *    against stated count / stated households, poor + near-poor, and the section III reduction target
 *    (households and percentage points) against the table;
 * 5. ranges (`range:<unit>:<column>`): printed rates outside 0–100 %.
 * A figure that is missing (null) never produces a finding.
 *
 * Severities:
 * - 'error': a figure that cannot be reconciled — a rate off by more than one unit in its last printed
 *   digit, any failed identity or column total, a stated count that differs from the table;
 * - 'warning': a rate off by exactly one unit in its last printed digit (a rounding slip, e.g. 1.4845
 *   printed as 1.49 after rounding in steps, or a value cut off instead of rounded);
 * - 'info': notes that need no correction (none of the figure checks above produce one today; the
 *   severity is kept for notes such as a unit name spelled differently from the official one).
 * Messages are bilingual, with numbers formatted for vi-VN and en-US, and end with a generic hint when the
 * printed value can be reproduced another way (another denominator, swapped digits, rounding in steps,
 * start rate − end rate).
 */
import type { Finding, PlanTable, StatedFigures } from './types';
import { checkTableRates } from './checks-rates';
import { checkColumnTotals, checkRanges, checkRowIdentities } from './checks-rows';
import { checkStatedFigures } from './checks-stated';

export { printedDecimals, decimalsOfText, roundTo, rateSeverity } from './checks-format';

const SEVERITY_ORDER: Record<Finding['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Sort findings: errors, then warnings, then info; within each by table row (text findings last), stably. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const s = SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity];
      if (s !== 0) return s;
      const ra = a.f.row ?? Number.POSITIVE_INFINITY;
      const rb = b.f.row ?? Number.POSITIVE_INFINITY;
      if (ra !== rb) return ra < rb ? -1 : 1;
      return a.i - b.i;
    })
    .map((x) => x.f);
}

/** Run every check on a parsed table and the figures the plan's text states; one finding per disagreement. */
export function checkPlan(table: PlanTable, stated: StatedFigures = {}): Finding[] {
  const all = [
    ...checkTableRates(table, stated),
    ...checkRowIdentities(table),
    ...checkColumnTotals(table),
    ...checkStatedFigures(table, stated),
    ...checkRanges(table),
  ];
  const seen = new Set<string>();
  const unique = all.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
  return sortFindings(unique);
}

/** Count findings by severity. */
export function summarizeFindings(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
