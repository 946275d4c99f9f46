/**
 * A loaded table's own measures as metrics: ids `custom:<slug>` made from the column names, their definitions
 * (count in households or rate in percent, decimals from the cells), their values joined to the units, and the
 * lookup of any metric id in a dataset. A count sums for the district; a rate is recomputed from its summed
 * numerator and denominator, and without them has no district value (never an average of rates). Pure.
 */
import type { CustomMetric } from './table-read/columns';
import { FIGURE_COLUMNS } from './table-columns';
import {
  CUSTOM_METRIC_GROUP,
  DEFAULT_METRIC,
  METRICS,
  metricDef,
  percentOf,
  type CustomFigures,
  type CustomMetricDef,
  type CustomMetricId,
  type MetricDef,
} from './metrics';
import type { FigureKey, MetricValue, PlanRow, UnitFigures } from './types';

export type { CustomMetricDef, CustomMetricId } from './metrics';

/** Custom values by metric id. */
export type CustomValues = Record<string, number | null>;

/** A dataset's custom metrics and their values (the `custom` field of a Dataset). */
export interface DatasetCustom {
  metrics: CustomMetricDef[];
  /** Values of the units on the map, by GSO code of the feature, then by metric id. */
  values: Record<string, CustomValues>;
  /** Values of every table row, by its line (`PlanRow.row`): units, joined or not, and the printed totals row. */
  rows?: Record<number, CustomValues>;
  /** The counts summed over the table's unit rows (rates null), as `Dataset.district` sums the plan's figures. */
  district?: CustomValues;
  /** The printed totals row's values, when the table has one. */
  total?: CustomValues;
}

/** What the metric lookups need of a dataset. */
export interface HasCustom {
  custom?: DatasetCustom | undefined;
}

/** The custom metrics and their values by table row, before the rows are joined to units. */
export interface CustomSource {
  metrics: CustomMetricDef[];
  rows: Record<number, CustomValues>;
}

const FIGURE_KEYS: ReadonlySet<string> = new Set(FIGURE_COLUMNS.map((c) => c.id));

/** ASCII slug of a column name: "Số hộ cận nghèo" → "so-ho-can-ngheo" (at most 40 characters; "cot" when nothing is left). */
export function metricSlug(name: string): string {
  const ascii = name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  const slug = ascii.replace(/%/g, ' pct ').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  return slug || 'cot';
}

/** Decimals of a number as written at its shortest ("3.9" → 1), at most `max`. */
function decimalsOf(value: number, max: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = String(value);
  return text.includes('e') ? max : Math.min(max, (text.split('.')[1] ?? '').length);
}

/** The metrics of a read table's custom columns, with unique `custom:<slug>` ids and numerators resolved to them. */
export function customMetricDefs(columns: readonly CustomMetric[], rows: Readonly<Record<number, CustomValues>>): { metrics: CustomMetricDef[]; idOf: Map<string, CustomMetricId> } {
  const idOf = new Map<string, CustomMetricId>();
  const used = new Set<string>();
  for (const c of columns) {
    const base = metricSlug(c.label);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    idOf.set(c.id, `custom:${slug}`);
  }
  const ref = (key: string | undefined): FigureKey | CustomMetricId | null => (key === undefined ? null : FIGURE_KEYS.has(key) ? (key as FigureKey) : idOf.get(key) ?? null);
  const metrics = columns.map((c): CustomMetricDef => {
    const cells = Object.values(rows).map((r) => r[c.id]).filter((v): v is number => typeof v === 'number');
    const decimals = c.kind === 'count' ? 0 : Math.max(0, ...cells.map((v) => decimalsOf(v, 2)));
    const numerator = c.kind === 'rate' ? ref(c.numerator) : null;
    const denominator = c.kind === 'rate' ? ref(c.denominator) : null;
    const both = numerator !== null && denominator !== null;
    return { id: idOf.get(c.id)!, label: { vi: c.label, en: c.label }, kind: c.kind, unit: c.kind === 'count' ? 'households' : 'percent', decimals, numerator: both ? numerator : null, denominator: both ? denominator : null };
  });
  return { metrics, idOf };
}

/** A read table's custom metrics with their values by row line, keyed by the metrics' ids (null when it has none). */
export function customFromRead(read: { customMetrics: readonly CustomMetric[]; customValues: Readonly<Record<number, Record<string, number | null>>> }): CustomSource | null {
  if (read.customMetrics.length === 0) return null;
  const { metrics, idOf } = customMetricDefs(read.customMetrics, read.customValues);
  const rows: Record<number, CustomValues> = {};
  for (const [line, values] of Object.entries(read.customValues)) {
    rows[Number(line)] = Object.fromEntries([...idOf].map(([source, id]) => [id, values[source] ?? null]));
  }
  return { metrics, rows };
}

/** Sum the count values of several rows (all blank → null; rates → null, to be recomputed from their sums). */
export function sumCustom(metrics: readonly CustomMetricDef[], rows: readonly (CustomValues | undefined)[]): CustomValues {
  return Object.fromEntries(metrics.map((m) => {
    if (m.kind !== 'count') return [m.id, null];
    const values = rows.map((r) => r?.[m.id] ?? null);
    return [m.id, values.every((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0)];
  }));
}

/** Join custom values to the units on the map: by GSO code of each joined unit's feature; district sums and totals alongside. */
export function joinCustom(source: CustomSource, units: readonly PlanRow[], total: PlanRow | null, joined: readonly { row: PlanRow; feature: { properties: { gso_code: string } } }[]): DatasetCustom {
  const values: Record<string, CustomValues> = {};
  for (const { row, feature } of joined) values[feature.properties.gso_code] = source.rows[row.row] ?? {};
  const totalValues = total ? source.rows[total.row] : undefined;
  return {
    metrics: source.metrics,
    values,
    rows: source.rows,
    district: sumCustom(source.metrics, units.map((u) => source.rows[u.row])),
    ...(totalValues ? { total: totalValues } : {}),
  };
}

function figureOrCustom(key: FigureKey | CustomMetricId | null, f: UnitFigures, custom: CustomFigures | undefined): number | null {
  if (key === null) return null;
  return key.startsWith('custom:') ? custom?.[key] ?? null : f[key as FigureKey];
}

const DEFS = new WeakMap<CustomMetricDef, MetricDef>();

/** The metric of a custom column: its cell is the unit's value; a rate without a cell is recomputed from its counts. */
export function customMetricDef(c: CustomMetricDef): MetricDef {
  const cached = DEFS.get(c);
  if (cached) return cached;
  const compute = (f: UnitFigures, custom?: CustomFigures): MetricValue => {
    const cell = custom?.[c.id] ?? null;
    if (c.kind === 'count') return { value: cell, numerator: cell, denominator: null, printed: null };
    const numerator = figureOrCustom(c.numerator, f, custom);
    const denominator = figureOrCustom(c.denominator, f, custom);
    return { value: cell ?? percentOf(numerator, denominator), numerator, denominator, printed: cell };
  };
  const def: MetricDef = {
    id: c.id, group: CUSTOM_METRIC_GROUP.id, unit: c.unit, label: c.label, numerator: c.kind === 'count' ? c.id : c.numerator, denominator: c.denominator,
    printed: null, decimals: c.decimals, diverging: false, blankAsZero: false, compute, custom: c,
  };
  DEFS.set(c, def);
  return def;
}

/** The definition of a metric among a dataset's custom metrics and the plan's; an id it does not have gives the default metric. */
export function metricDefAmong(custom: readonly CustomMetricDef[] | undefined, id: string): MetricDef {
  const own = custom?.find((m) => m.id === id);
  if (own) return customMetricDef(own);
  return METRICS.find((m) => m.id === id) ?? metricDef(DEFAULT_METRIC);
}

/** The definition of a metric in a dataset (custom ids resolved; unknown ones give the default metric). */
export function metricDefIn(dataset: HasCustom, id: string): MetricDef {
  return metricDefAmong(dataset.custom?.metrics, id);
}

/** Every metric a dataset can show: the plan's, then its custom ones. */
export function metricsOf(dataset: HasCustom): MetricDef[] {
  return [...METRICS, ...(dataset.custom?.metrics ?? []).map(customMetricDef)];
}

/** The ids of a dataset's custom metrics (what a URL may name beside the plan's metrics). */
export function customMetricIds(dataset: HasCustom): CustomMetricId[] {
  return (dataset.custom?.metrics ?? []).map((m) => m.id);
}

/** True when the dataset can show the metric. */
export function hasMetric(dataset: HasCustom, id: string): boolean {
  return METRICS.some((m) => m.id === id) || (dataset.custom?.metrics ?? []).some((m) => m.id === id);
}

/** The custom values of one table row: by its line, else (no `rows` kept) by the GSO code of the unit it joined. */
export function rowCustomValues(dataset: HasCustom, row: number, gsoCode: string | null): CustomValues | undefined {
  const custom = dataset.custom;
  if (!custom) return undefined;
  return custom.rows?.[row] ?? (gsoCode === null ? undefined : custom.values[gsoCode]);
}

/** The custom values of the district: the stored sums, else the unit values summed. */
export function districtCustomValues(dataset: HasCustom): CustomValues | undefined {
  const custom = dataset.custom;
  if (!custom) return undefined;
  return custom.district ?? sumCustom(custom.metrics, Object.values(custom.values));
}
