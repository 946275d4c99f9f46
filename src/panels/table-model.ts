/** The commune table (the map's screen-reader alternative): columns, formatted cells, sorting. Pure. */
import { formatNumber, formatValue, tr } from '../core/format';
import { TABLE } from '../core/strings/controls';
import { agrees, printedDecimals } from '../data/checks-format';
import type { Dataset } from '../data/dataset';
import { districtCustomValues, metricDefIn, rowCustomValues } from '../data/custom-metrics';
import { percentOf, type CustomFigures, type MetricDef, type MetricId } from '../data/metrics';
import { districtName } from '../core/place-names';
import { exactNameKey } from '../core/name-keys';
import { figureColumn, KEY_COLUMNS } from '../data/table-columns';
import type { FigureKey, Lang, PlanRow, UnitFigures } from '../data/types';

/** The plan's columns the table always shows, in the plan's order. */
export const TABLE_FIGURES: readonly FigureKey[] = [
  'households',
  'poor',
  'poor_rate',
  'social_protection',
  'able_to_escape',
  'target_2022',
  'poor_end_2022',
  'poor_rate_end_2022',
];

/** A column id: the unit name, a plan column, or the extra column of a metric the plan columns do not show. */
export type TableColumnId = 'unit' | FigureKey | 'metric';

/** Metrics whose values are exactly one of the shown plan columns (so that column is highlighted). */
const METRIC_COLUMNS: Partial<Record<MetricId, FigureKey>> = {
  households: 'households',
  poor_households: 'poor',
  poverty_rate: 'poor_rate',
  social_protection: 'social_protection',
  able_to_escape: 'able_to_escape',
  reduction_target_2022: 'target_2022',
  poor_end_2022: 'poor_end_2022',
  poverty_rate_end_2022: 'poor_rate_end_2022',
};

/** One column. */
export interface TableColumn {
  id: TableColumnId;
  label: string;
  kind: 'name' | 'count' | 'rate' | 'metric';
  /** True when the column shows the metric on the map. */
  current: boolean;
}

/** One cell of a figure column. */
export interface TableCell {
  /** The value shown and sorted on: recomputed from counts for rates (the printed rate when it cannot be). */
  value: number | null;
  /** `value` formatted ("7,36", "1.481", "–"). */
  text: string;
  /** The rate printed in the plan, for rate cells. */
  printed: number | null;
  /** `printed` formatted as printed, or null. */
  printedText: string | null;
  /** True when the printed figure disagrees with the recomputed one at its printed precision. */
  differs: boolean;
}

/** One row: a commune, the district (communes added up) or the plan's printed totals row. */
export interface TableRow {
  /** Stable key: the GSO code, "row:<line>" for a row without boundary, "district" or "printed-total". */
  key: string;
  kind: 'unit' | 'district' | 'printed-total';
  /** GSO code of a commune joined to its boundary, else null. */
  gsoCode: string | null;
  /** Official full name ("Xã Cam Tuyền"), or the footer row's label. */
  name: string;
  /** The name printed in the plan when it differs from the official one ("Cam Tuyên"), else null. */
  printedName: string | null;
  /** Name the unit column sorts on: the official name without its type ("Cam Tuyền"). */
  sortName: string;
  /** Position in the plan's table (footer rows after the units). */
  order: number;
  cells: Partial<Record<TableColumnId, TableCell>>;
}

/** Everything the table shows. */
export interface TableModel {
  caption: string;
  /** Second caption line: what the highlighted column is and how to use the table. */
  captionNote: string;
  columns: TableColumn[];
  /** Commune rows in the plan's order. */
  rows: TableRow[];
  /** The district row computed from the communes, then the printed totals row when the plan has one. */
  footer: TableRow[];
  /** The column that shows the current metric. */
  currentColumn: TableColumnId;
}

/** Sort direction, named as in aria-sort. */
export type SortDirection = 'ascending' | 'descending';

/** The column that shows `metric`: a plan column, or 'metric' for an extra column (every custom metric). */
export function metricColumnOf(metric: MetricId): TableColumnId {
  return (METRIC_COLUMNS as Partial<Record<string, FigureKey>>)[metric] ?? 'metric';
}

function countCell(value: number | null, lang: Lang): TableCell {
  return { value, text: formatNumber(value, lang), printed: null, printedText: null, differs: false };
}

function rateCell(id: FigureKey, figures: UnitFigures, raw: PlanRow['raw'], lang: Lang): TableCell {
  const of = figureColumn(id).rateOf ?? id;
  const recomputed = percentOf(figures[of], figures.households);
  const printed = figures[id];
  const d = printed === null ? 2 : printedDecimals(raw[id], printed);
  const differs = printed !== null && recomputed !== null && !agrees(printed, recomputed, d);
  return {
    value: recomputed ?? printed,
    text: formatNumber(recomputed ?? printed, lang, 2),
    printed,
    printedText: printed === null ? null : formatNumber(printed, lang, d),
    differs,
  };
}

/** A printed value derived from two printed, rounded figures (e.g. end rate − start rate) agrees within two half-units. */
function agreesDerived(printed: number, value: number, d: number): boolean {
  return Math.abs(printed - value) <= 10 ** -d + 1e-9;
}

function metricCell(def: MetricDef, figures: UnitFigures, raw: PlanRow['raw'], custom: CustomFigures | undefined, lang: Lang): TableCell {
  const { value, printed } = def.compute(figures, custom);
  const d = printed === null ? def.decimals : printedDecimals(def.printed ? raw[def.printed] : undefined, printed);
  const differs = printed !== null && value !== null && !(def.printed ? agrees(printed, value, d) : agreesDerived(printed, value, d));
  const show = (v: number | null, decimals: number) => (v === null ? '–' : formatValue(v, def.unit, lang, decimals));
  return { value: value ?? printed, text: show(value ?? printed, def.decimals), printed, printedText: printed === null ? null : show(printed, d), differs };
}

function cellsOf(columns: readonly TableColumn[], def: MetricDef, figures: UnitFigures, raw: PlanRow['raw'], custom: CustomFigures | undefined, lang: Lang): TableRow['cells'] {
  const cells: TableRow['cells'] = {};
  for (const c of columns) {
    if (c.id === 'unit') continue;
    if (c.id === 'metric') cells.metric = metricCell(def, figures, raw, custom, lang);
    else cells[c.id] = c.kind === 'rate' ? rateCell(c.id, figures, raw, lang) : countCell(figures[c.id], lang);
  }
  return cells;
}

/** The table of a dataset with `metric` highlighted (or added as an extra column), texts in `lang`; a metric it lacks gives the default. */
export function buildTableModel(dataset: Dataset, metric: MetricId, lang: Lang = 'vi'): TableModel {
  const def = metricDefIn(dataset, metric);
  const currentColumn = metricColumnOf(def.id);
  const columns: TableColumn[] = [
    { id: 'unit', label: tr(KEY_COLUMNS.unit.label, lang), kind: 'name', current: false },
    ...TABLE_FIGURES.map((id): TableColumn => {
      const col = figureColumn(id);
      return { id, label: tr(col.label, lang), kind: col.kind, current: id === currentColumn };
    }),
  ];
  if (currentColumn === 'metric') columns.push({ id: 'metric', label: tr(def.label, lang), kind: 'metric', current: true });

  const joined = new Map(dataset.join.joined.map((u) => [u.row, u.feature.properties]));
  const customOf = (row: PlanRow) => rowCustomValues(dataset, row.row, joined.get(row)?.gso_code ?? null);
  const rows: TableRow[] = dataset.table.units.map((row, order) => {
    const props = joined.get(row);
    const cells = cellsOf(columns, def, row.figures, row.raw, customOf(row), lang);
    if (!props) return { key: `row:${row.row}`, kind: 'unit', gsoCode: null, name: row.name, printedName: null, sortName: row.name, order, cells };
    const printedName = exactNameKey(row.name) === exactNameKey(props.name) ? null : row.name;
    return { key: props.gso_code, kind: 'unit', gsoCode: props.gso_code, name: props.full_name, printedName, sortName: props.name, order, cells };
  });

  const n = rows.length;
  const districtRowName = tr(TABLE.districtRow, lang);
  const footer: TableRow[] = [
    { key: 'district', kind: 'district', gsoCode: null, name: districtRowName, printedName: null, sortName: districtRowName, order: n, cells: cellsOf(columns, def, dataset.district, {}, districtCustomValues(dataset), lang) },
  ];
  const total = dataset.table.total;
  if (total) {
    const name = tr(TABLE.printedTotalRow, lang);
    footer.push({ key: 'printed-total', kind: 'printed-total', gsoCode: null, name, printedName: null, sortName: name, order: n + 1, cells: cellsOf(columns, def, total.figures, total.raw, dataset.custom?.total, lang) });
  }

  const { district, year } = dataset.plan;
  return {
    caption: tr(TABLE.caption, lang, { year, district: districtName(district, lang) }),
    captionNote: tr(TABLE.captionNote, lang, { metric: tr(def.label, lang) }),
    columns,
    rows,
    footer,
    currentColumn,
  };
}

/**
 * Rows sorted on a column, without changing the input: names with Vietnamese collation, figures
 * numerically; rows without a value always last; ties keep the plan's order.
 */
export function sortRows(rows: readonly TableRow[], column: TableColumnId, direction: SortDirection): TableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator('vi');
  return [...rows].sort((a, b) => {
    if (column === 'unit') return sign * collator.compare(a.sortName, b.sortName) || a.order - b.order;
    const va = a.cells[column]?.value ?? null;
    const vb = b.cells[column]?.value ?? null;
    if (va === null || vb === null) return (va === null ? 1 : 0) - (vb === null ? 1 : 0) || a.order - b.order;
    return sign * (va - vb) || a.order - b.order;
  });
}
