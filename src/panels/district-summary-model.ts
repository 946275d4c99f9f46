/**
 * The district's key figures as the plan's text states them (sections I and III), each with the value
 * recomputed from the table. Whether a stated figure "differs" is decided by the data checks (the
 * `stated:<id>` findings), so the summary and the checks panel never disagree. Pure.
 */
import { decimalsOfText } from '../data/checks-format';
import type { Dataset } from '../data/dataset';
import { hasNoFigures } from '../data/dataset-model';
import { percentOf } from '../data/metrics';
import type { Bilingual, Finding, MetricUnit, StatedFigureId } from '../data/types';

/** The summary's items, in display order. */
export type SummaryItemId = 'households' | 'poor' | 'near_poor' | 'poor_and_near_poor' | 'target_2022';

/** One figure of an item (a count or its rate). */
export interface SummaryFigure {
  id: StatedFigureId;
  unit: MetricUnit;
  /** The value the plan's text states, or null when it states none. */
  stated: number | null;
  /** The figure exactly as printed ("14.905", "0,22"), or null. */
  printed: string | null;
  /** Plan section the figure is stated in, or null. */
  section: 'I' | 'III' | null;
  /** The value recomputed from the table (rounded like the check does when it disagrees), or null when it cannot be. */
  recomputed: number | null;
  /** Decimals to show: 0 for households; for rates as printed, else 2. */
  decimals: number;
  /** True when the data checks find the stated figure disagrees with the table. */
  differs: boolean;
  /** The check's explanation when it differs. */
  explanation: Bilingual | null;
  severity: Finding['severity'] | null;
}

/** One item of the summary strip. */
export interface SummaryItem {
  id: SummaryItemId;
  /** The count first, then its rate when there is one. */
  figures: SummaryFigure[];
}

interface FigureSpec {
  id: StatedFigureId;
  unit: MetricUnit;
  recompute: number | null;
}

/** The summary of a dataset: items whose figures are stated or can be computed (others are left out; none without figures). */
export function buildDistrictSummary(dataset: Dataset): SummaryItem[] {
  if (hasNoFigures(dataset)) return [];
  const { stated } = dataset.plan;
  const d = dataset.district;
  const findings = new Map(dataset.findings.filter((f) => f.id.startsWith('stated:')).map((f) => [f.id.slice('stated:'.length), f]));
  const nearPoor = stated.near_poor?.value ?? null;
  const specs: Record<SummaryItemId, FigureSpec[]> = {
    households: [{ id: 'households', unit: 'households', recompute: d.households }],
    poor: [
      { id: 'poor', unit: 'households', recompute: d.poor },
      { id: 'poor_rate', unit: 'percent', recompute: percentOf(d.poor, d.households) },
    ],
    near_poor: [
      { id: 'near_poor', unit: 'households', recompute: null },
      { id: 'near_poor_rate', unit: 'percent', recompute: percentOf(nearPoor, d.households) },
    ],
    poor_and_near_poor: [{ id: 'poor_and_near_poor', unit: 'households', recompute: nearPoor === null ? null : d.poor + nearPoor }],
    target_2022: [
      { id: 'reduction_households_2022', unit: 'households', recompute: d.target_2022 },
      { id: 'reduction_rate_2022', unit: 'pp', recompute: percentOf(d.target_2022, d.households) },
    ],
  };
  const items: SummaryItem[] = [];
  for (const [id, figureSpecs] of Object.entries(specs) as [SummaryItemId, FigureSpec[]][]) {
    const figures = figureSpecs
      .map((spec): SummaryFigure => {
        const s = stated[spec.id];
        const finding = findings.get(spec.id);
        const decimals = spec.unit === 'households' ? 0 : s ? decimalsOfText(s.printed) : 2;
        return {
          id: spec.id,
          unit: spec.unit,
          stated: s?.value ?? null,
          printed: s?.printed ?? null,
          section: s?.section ?? null,
          recomputed: finding?.recomputed ?? spec.recompute,
          decimals,
          differs: Boolean(s && finding),
          explanation: finding?.message ?? null,
          severity: finding?.severity ?? null,
        };
      })
      .filter((f) => f.stated !== null || f.recomputed !== null);
    if (figures[0]?.id === figureSpecs[0]?.id) items.push({ id, figures });
  }
  return items;
}
