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
 * A loaded table's own measures follow the plan's figures, one column each headed by the column name it was
 * read from (so loading the file back offers the same measures; the metric id when that name is taken), with
 * the value the map shows (on the totals row, the printed total's). The metric column holds the shown metric's
 * value as the map computes it (on the totals row, the district's).
 */
import Papa from 'papaparse';
import { customMetricDef, districtCustomValues, metricDefIn, rowCustomValues } from '../data/custom-metrics';
import type { Dataset } from '../data/dataset';
import type { CustomFigures, CustomMetricDef, MetricDef, MetricId } from '../data/metrics';
import { FIGURE_COLUMNS } from '../data/table-columns';
import type { Lang, PlanRow, UnitFigures } from '../data/types';
import { SAFE_CSV_OPTIONS, UTF8_BOM } from '../core/csv-cells';
import { communeName, districtName } from '../core/place-names';
import { machineNumber, metricNumber, printedCell, recomputedFigures, RECOMPUTED_SUFFIX } from './figures';

/** Name of the column holding the current metric's value: "metric_poverty_rate" (not a figure id, so the loader ignores it). */
export function metricColumnName(metric: MetricId): string {
  return `metric_${metric}`;
}

const BASE_FIELDS = ['gso_code', 'unit', 'official_name', ...FIGURE_COLUMNS.flatMap((c) => [c.id, `${c.id}${RECOMPUTED_SUFFIX}`])];

/** Column names of a table's own measures: the name each was read from, or its metric id when that name is taken or blank. */
export function customColumnNames(custom: readonly CustomMetricDef[]): string[] {
  const used = new Set(BASE_FIELDS);
  return custom.map((m) => {
    const label = m.label.vi.trim();
    const name = label !== '' && !used.has(label) && !label.startsWith('metric_') ? label : m.id;
    used.add(name);
    return name;
  });
}

/** The header of the CSV, in order: the row's ids, the plan's figures, the table's own measures, the metric shown. */
export function csvFields(metric: MetricId, custom: readonly CustomMetricDef[] = []): string[] {
  return [...BASE_FIELDS, ...customColumnNames(custom), metricColumnName(metric)];
}

/** What one CSV row is made from. */
interface RowSource {
  row: PlanRow;
  /** Figures of the `_recomputed` columns and of the metric column. */
  figures: UnitFigures;
  /** Custom values of the table's own measures (as in the table) and of the metric column. */
  own: CustomFigures | undefined;
  metric: CustomFigures | undefined;
  gsoCode: string | null;
  name: string | null;
}

function rowCells(def: MetricDef, custom: readonly MetricDef[], s: RowSource): (string | number | null)[] {
  const recomputed = recomputedFigures(s.figures);
  return [
    s.gsoCode,
    s.row.name,
    s.name,
    ...FIGURE_COLUMNS.flatMap((c) => [printedCell(s.row, c.id), machineNumber(recomputed[c.id])]),
    ...custom.map((m) => metricNumber(m, s.row.figures, s.own)),
    metricNumber(def, s.figures, s.metric),
  ];
}

/** The CSV text (with BOM, CRLF line ends, RFC 4180 quoting, dot decimals, formula-like cells escaped) of a dataset's table and a metric. */
export function buildCsv(dataset: Dataset, metric: MetricId, lang: Lang): string {
  const def = metricDefIn(dataset, metric);
  const customDefs = dataset.custom?.metrics ?? [];
  const custom = customDefs.map(customMetricDef);
  const joined = new Map(dataset.join.joined.map((u) => [u.row, u.feature.properties]));
  const data = dataset.table.units.map((row) => {
    const props = joined.get(row);
    const gsoCode = props?.gso_code ?? null;
    const own = rowCustomValues(dataset, row.row, gsoCode);
    return rowCells(def, custom, { row, figures: row.figures, own, metric: own, gsoCode, name: props ? communeName(props, lang) : null });
  });
  const total = dataset.table.total;
  if (total) {
    const own = dataset.custom?.total ?? rowCustomValues(dataset, total.row, null);
    data.push(rowCells(def, custom, { row: total, figures: dataset.district, own, metric: districtCustomValues(dataset), gsoCode: null, name: districtName(dataset.plan.district, lang) }));
  }
  const text = Papa.unparse({ fields: csvFields(def.id, customDefs), data }, SAFE_CSV_OPTIONS);
  return `${UTF8_BOM}${text}\r\n`;
}
