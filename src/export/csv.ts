/**
 * The figures shown as a CSV file that opens in Excel and loads back into the app. Pure.
 *
 * Header: machine ids, so the app's loader reads the file (see README "Using your own figures").
 * Rows: one per table row in the plan's order, then the printed totals row ("Tổng") when the plan has one.
 * Each figure column holds the figure as printed; `<id>_recomputed` holds the app's value (counts as
 * given, rates recomputed from the counts; on the totals row, the communes added up). Loading the file
 * back therefore reproduces the plan exactly as printed, with the same data-check findings, and the
 * loader ignores the extra columns. The district added up is not a separate row: the loader would read
 * it as a commune (or a second totals row) — its figures are the totals row's `_recomputed` columns.
 */
import Papa from 'papaparse';
import type { Dataset } from '../data/dataset';
import type { MetricId } from '../data/metrics';
import { FIGURE_COLUMNS } from '../data/table-columns';
import type { Lang, PlanRow, UnitFigures } from '../data/types';
import { SAFE_CSV_OPTIONS, UTF8_BOM } from '../core/csv-cells';
import { communeName, districtName } from '../core/place-names';
import { machineNumber, metricNumber, printedCell, recomputedFigures, RECOMPUTED_SUFFIX } from './figures';

/** Name of the column holding the current metric's value: "metric_poverty_rate" (not a figure id, so the loader ignores it). */
export function metricColumnName(metric: MetricId): string {
  return `metric_${metric}`;
}

/** The header of the CSV, in order. */
export function csvFields(metric: MetricId): string[] {
  return [
    'gso_code',
    'unit',
    'official_name',
    ...FIGURE_COLUMNS.flatMap((c) => [c.id, `${c.id}${RECOMPUTED_SUFFIX}`]),
    metricColumnName(metric),
  ];
}

function rowCells(row: PlanRow, recomputed: UnitFigures, metricValue: number | null, gsoCode: string | null, name: string | null): (string | number | null)[] {
  return [
    gsoCode,
    row.name,
    name,
    ...FIGURE_COLUMNS.flatMap((c) => [printedCell(row, c.id), machineNumber(recomputed[c.id])]),
    metricValue,
  ];
}

/** The CSV text (with BOM, CRLF line ends, RFC 4180 quoting, dot decimals, formula-like cells escaped) of a dataset's table and a metric. */
export function buildCsv(dataset: Dataset, metric: MetricId, lang: Lang): string {
  const joined = new Map(dataset.join.joined.map((u) => [u.row, u.feature.properties]));
  const data = dataset.table.units.map((row) => {
    const props = joined.get(row);
    return rowCells(row, recomputedFigures(row.figures), metricNumber(metric, row.figures), props?.gso_code ?? null, props ? communeName(props, lang) : null);
  });
  const total = dataset.table.total;
  if (total) data.push(rowCells(total, recomputedFigures(dataset.district), metricNumber(metric, dataset.district), null, districtName(dataset.plan.district, lang)));
  const text = Papa.unparse({ fields: csvFields(metric), data }, SAFE_CSV_OPTIONS);
  return `${UTF8_BOM}${text}\r\n`;
}
