/** The figures of a table row as the plan prints them and as the app recomputes them, in machine form for files. Pure. */
import { printedDecimals, roundTo } from '../data/checks-format';
import { percentOf, type CustomFigures, type MetricDef, type MetricId } from '../data/metrics';
import { foldDiacritics } from '../core/name-keys';
import { FIGURE_COLUMNS } from '../data/table-columns';
import type { Dataset } from '../data/dataset';
import type { FigureKey, PlanRow, UnitFigures } from '../data/types';

/** Decimals kept for recomputed rates and metric values in exported files (the plan prints two). */
export const EXPORT_DECIMALS = 4;

/** Suffix of the columns and properties that hold the app's recomputed figures. */
export const RECOMPUTED_SUFFIX = '_recomputed';

/** The app's value of every figure: counts as given, rates recomputed from the counts (null when they cannot be). */
export function recomputedFigures(figures: UnitFigures): UnitFigures {
  const out: Record<FigureKey, number | null> = { ...figures };
  for (const column of FIGURE_COLUMNS) {
    if (column.kind === 'rate' && column.rateOf) out[column.id] = percentOf(figures[column.rateOf], figures.households);
  }
  return out as UnitFigures;
}

/** A printed figure in machine form: counts as integers, rates with a dot and the decimals the plan printed ("0,60" → "0.60"). */
export function printedCell(row: Pick<PlanRow, 'figures' | 'raw'>, key: FigureKey): string | number | null {
  const value = row.figures[key];
  if (value === null) return null;
  const column = FIGURE_COLUMNS.find((c) => c.id === key)!;
  return column.kind === 'count' ? value : value.toFixed(printedDecimals(row.raw[key], value));
}

/** A computed number in machine form: rounded to EXPORT_DECIMALS, null when missing or not finite. */
export function machineNumber(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? null : roundTo(value, EXPORT_DECIMALS);
}

/**
 * The app's value of a metric (as the map computes it: `metricDefIn(dataset, id)` of data/custom-metrics.ts) for a
 * set of figures and, for a custom metric, the row's custom values; rounded for files.
 */
export function metricNumber(def: MetricDef, figures: UnitFigures, custom?: CustomFigures): number | null {
  return machineNumber(def.compute(figures, custom).value);
}

/** An ASCII slug: "Cam Lộ" → "cam-lo". */
export function slug(text: string): string {
  return foldDiacritics(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Base name of exported files: district, plan year and metric id, e.g. "cam-lo-2022-poverty-rate". */
export function exportBaseName(dataset: Dataset, metric: MetricId): string {
  return [slug(dataset.plan.district.name), String(dataset.plan.year), slug(metric)].filter((p) => p !== '').join('-');
}
