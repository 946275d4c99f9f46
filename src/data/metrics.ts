/** The metrics the map can show: definitions and their computation from a unit's figures. Pure. */
import type { Bilingual, FigureKey, MetricGroup, MetricUnit, MetricValue, UnitFigures } from './types';

/** Ids of the metrics, in picker order. */
export const METRIC_IDS = [
  'households',
  'poor_households',
  'poverty_rate',
  'ethnic_minority_households',
  'ethnic_minority_poor',
  'ethnic_minority_poor_rate',
  'social_protection',
  'social_protection_rate',
  'able_to_escape',
  'able_to_escape_rate',
  'reduction_target_2022',
  'reduction_target_2022_pp',
  'poor_end_2022',
  'poverty_rate_end_2022',
  'change_2022_pp',
  'poor_after_phase_2025',
  'poverty_rate_after_phase_2025',
] as const;

/** Id of one of the plan's own metrics. */
export type BuiltinMetricId = (typeof METRIC_IDS)[number];

/** Id of a measure of a loaded table that the plan does not have: `custom:<slug>` (see custom-metrics.ts). */
export type CustomMetricId = `custom:${string}`;

/** A metric id: one of the plan's metrics, or a custom one of the dataset shown. */
export type MetricId = BuiltinMetricId | CustomMetricId;

/** Group of a metric in the picker: the plan's groups, or the table's own measures. */
export type MetricGroupId = MetricGroup | 'custom';

/** Figures a custom metric sums from its unit values (its own and the other custom columns), by custom metric id. */
export type CustomFigures = Readonly<Record<string, number | null>>;

/** A measure of a loaded table that the plan does not have: one of its columns, made a metric by the person. */
export interface CustomMetricDef {
  id: CustomMetricId;
  /** The column header as printed (the same text in both languages). */
  label: Bilingual;
  kind: 'count' | 'rate';
  unit: Extract<MetricUnit, 'households' | 'percent'>;
  /** Decimals shown: the most the printed cells have, at most 2. */
  decimals: number;
  /** For a rate: what it counts (a plan figure or another custom count), when known. */
  numerator: FigureKey | CustomMetricId | null;
  /** For a rate: what it is a share of (usually `households`), when known. */
  denominator: FigureKey | CustomMetricId | null;
}

/** The metric the app opens on: the poverty rate at the start of 2022. */
export const DEFAULT_METRIC: MetricId = 'poverty_rate';

/** Definition of one metric. */
export interface MetricDef {
  id: MetricId;
  group: MetricGroupId;
  unit: MetricUnit;
  label: Bilingual;
  /** Figure counted on top of a rate (or the counted figure itself); null for derived differences. */
  numerator: FigureKey | CustomMetricId | null;
  /** Figure a rate is divided by (households, or a custom count); null for counts. */
  denominator: FigureKey | CustomMetricId | null;
  /** The plan's printed column for this metric, when it prints one. */
  printed: FigureKey | null;
  /** Decimals shown. */
  decimals: number;
  /** True when values change sign, so a diverging palette centred on zero suits it. */
  diverging: boolean;
  /** Blank cells count as zero (the plan leaves ethnic-minority cells blank where there are none). */
  blankAsZero: boolean;
  /** The computation, from one unit's figures (and its custom values, which only custom metrics read). */
  compute: (f: UnitFigures, custom?: CustomFigures) => MetricValue;
  /** The table's column behind a custom metric (absent for the plan's metrics). */
  custom?: CustomMetricDef;
}

type Spec = Omit<MetricDef, 'compute' | 'decimals' | 'diverging' | 'blankAsZero' | 'id' | 'group' | 'numerator' | 'denominator' | 'custom'> &
  Partial<Pick<MetricDef, 'diverging' | 'blankAsZero'>> & { id: BuiltinMetricId; group: MetricGroup; numerator: FigureKey | null; denominator: FigureKey | null };

function figure(f: UnitFigures, key: FigureKey, blankAsZero: boolean): number | null {
  const v = f[key];
  return v === null && blankAsZero ? 0 : v;
}

/** Rate in percent of households, or null when either count is missing or households is zero. */
export function percentOf(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return (numerator / denominator) * 100;
}

function defineMetric(spec: Spec): MetricDef {
  const blankAsZero = spec.blankAsZero ?? false;
  const printedOf = (f: UnitFigures) => (spec.printed ? f[spec.printed] : null);
  if (spec.unit === 'households') {
    const key = spec.numerator!;
    return {
      ...spec,
      decimals: 0,
      diverging: false,
      blankAsZero,
      compute: (f) => {
        const value = figure(f, key, blankAsZero);
        return { value, numerator: value, denominator: null, printed: printedOf(f) };
      },
    };
  }
  const num = spec.numerator!;
  const den = spec.denominator!;
  return {
    ...spec,
    decimals: 2,
    diverging: false,
    blankAsZero,
    compute: (f) => {
      const n = figure(f, num, blankAsZero);
      const d = f[den];
      return { value: percentOf(n, d), numerator: n, denominator: d, printed: printedOf(f) };
    },
  };
}

const rateLabel = (vi: string, en: string): Bilingual => ({ vi, en });

const CHANGE_2022: MetricDef = {
  id: 'change_2022_pp',
  group: 'projection',
  unit: 'pp',
  label: { vi: 'Thay đổi tỷ lệ hộ nghèo trong năm 2022 (điểm %)', en: 'Change in poverty rate over 2022 (points)' },
  numerator: 'poor_end_2022',
  denominator: 'households',
  printed: null,
  decimals: 2,
  diverging: true,
  blankAsZero: false,
  compute: (f) => {
    const start = percentOf(f.poor, f.households);
    const end = percentOf(f.poor_end_2022, f.households);
    const printed = f.poor_rate_end_2022 !== null && f.poor_rate !== null ? f.poor_rate_end_2022 - f.poor_rate : null;
    return {
      value: start === null || end === null ? null : end - start,
      numerator: f.poor_end_2022 === null ? null : f.poor_end_2022 - f.poor,
      denominator: f.households,
      printed: printed === null ? null : Math.round(printed * 100) / 100,
    };
  },
};

/** All metric definitions, in picker order. */
export const METRICS: readonly MetricDef[] = [
  defineMetric({ id: 'households', group: 'situation', unit: 'households', label: rateLabel('Số hộ dân cư', 'Households'), numerator: 'households', denominator: null, printed: null }),
  defineMetric({ id: 'poor_households', group: 'situation', unit: 'households', label: rateLabel('Số hộ nghèo đầu năm 2022', 'Poor households, start of 2022'), numerator: 'poor', denominator: null, printed: null }),
  defineMetric({ id: 'poverty_rate', group: 'situation', unit: 'percent', label: rateLabel('Tỷ lệ hộ nghèo đầu năm 2022', 'Poverty rate, start of 2022'), numerator: 'poor', denominator: 'households', printed: 'poor_rate' }),
  defineMetric({ id: 'ethnic_minority_households', group: 'situation', unit: 'households', label: rateLabel('Số hộ dân tộc thiểu số', 'Ethnic-minority households'), numerator: 'ethnic_minority_households', denominator: null, printed: null, blankAsZero: true }),
  defineMetric({ id: 'ethnic_minority_poor', group: 'situation', unit: 'households', label: rateLabel('Hộ nghèo dân tộc thiểu số', 'Ethnic-minority poor households'), numerator: 'ethnic_minority_poor', denominator: null, printed: null, blankAsZero: true }),
  defineMetric({ id: 'ethnic_minority_poor_rate', group: 'situation', unit: 'percent', label: rateLabel('Tỷ lệ hộ nghèo dân tộc thiểu số', 'Ethnic-minority poor, % of households'), numerator: 'ethnic_minority_poor', denominator: 'households', printed: 'ethnic_minority_poor_rate', blankAsZero: true }),
  defineMetric({ id: 'social_protection', group: 'situation', unit: 'households', label: rateLabel('Hộ nghèo bảo trợ xã hội (không có khả năng thoát nghèo)', 'Poor social-protection households (cannot escape poverty)'), numerator: 'social_protection', denominator: null, printed: null }),
  defineMetric({ id: 'social_protection_rate', group: 'situation', unit: 'percent', label: rateLabel('Tỷ lệ hộ nghèo bảo trợ xã hội', 'Social-protection poor, % of households'), numerator: 'social_protection', denominator: 'households', printed: 'social_protection_rate' }),
  defineMetric({ id: 'able_to_escape', group: 'situation', unit: 'households', label: rateLabel('Hộ nghèo có khả năng thoát nghèo', 'Poor households able to escape poverty'), numerator: 'able_to_escape', denominator: null, printed: null }),
  defineMetric({ id: 'able_to_escape_rate', group: 'situation', unit: 'percent', label: rateLabel('Tỷ lệ hộ có khả năng thoát nghèo', 'Able to escape, % of households'), numerator: 'able_to_escape', denominator: 'households', printed: 'able_to_escape_rate' }),
  defineMetric({ id: 'reduction_target_2022', group: 'target', unit: 'households', label: rateLabel('Chỉ tiêu giảm hộ nghèo năm 2022 (hộ)', '2022 target: fewer poor households'), numerator: 'target_2022', denominator: null, printed: null }),
  defineMetric({ id: 'reduction_target_2022_pp', group: 'target', unit: 'pp', label: rateLabel('Chỉ tiêu giảm tỷ lệ hộ nghèo năm 2022 (điểm %)', '2022 target: poverty-rate reduction (points)'), numerator: 'target_2022', denominator: 'households', printed: null }),
  defineMetric({ id: 'poor_end_2022', group: 'projection', unit: 'households', label: rateLabel('Hộ nghèo dự kiến cuối năm 2022', 'Projected poor households, end of 2022'), numerator: 'poor_end_2022', denominator: null, printed: null }),
  defineMetric({ id: 'poverty_rate_end_2022', group: 'projection', unit: 'percent', label: rateLabel('Tỷ lệ hộ nghèo dự kiến cuối năm 2022', 'Projected poverty rate, end of 2022'), numerator: 'poor_end_2022', denominator: 'households', printed: 'poor_rate_end_2022' }),
  CHANGE_2022,
  defineMetric({ id: 'poor_after_phase_2025', group: 'phase', unit: 'households', label: rateLabel('Hộ nghèo còn lại khi mọi hộ có khả năng đã thoát nghèo (2022–2025)', 'Poor households left once every able household escapes (2022–2025)'), numerator: 'social_protection', denominator: null, printed: null }),
  defineMetric({ id: 'poverty_rate_after_phase_2025', group: 'phase', unit: 'percent', label: rateLabel('Tỷ lệ hộ nghèo còn lại cuối giai đoạn 2022–2025', 'Poverty rate left at the end of 2022–2025'), numerator: 'social_protection', denominator: 'households', printed: 'social_protection_rate' }),
];

/** True when `id` names one of the plan's metrics (for validating URL input; custom ids need their dataset). */
export function isMetricId(id: string): id is BuiltinMetricId {
  return (METRIC_IDS as readonly string[]).includes(id);
}

/** True when `id` has the form of a custom metric id (`custom:<slug>`); whether a dataset has it is another matter. */
export function isCustomMetricId(id: string): id is CustomMetricId {
  return /^custom:[a-z0-9][a-z0-9-]{0,59}$/.test(id);
}

/** A custom id met without its dataset: named by its slug, valued only from custom values given to `compute`. */
function unresolvedCustom(id: CustomMetricId): MetricDef {
  const name = id.slice('custom:'.length);
  return {
    id, group: 'custom', unit: 'households', label: { vi: name, en: name }, numerator: id, denominator: null, printed: null, decimals: 2, diverging: false, blankAsZero: false,
    compute: (_f, custom) => {
      const value = custom?.[id] ?? null;
      return { value, numerator: value, denominator: null, printed: null };
    },
  };
}

/**
 * The definition of one of the plan's metrics. A custom id resolves fully only with its dataset (`metricDefIn` of
 * custom-metrics.ts); here it gives a stand-in named by its slug, whose values are blank without custom values,
 * so nothing breaks and no other metric's figures pass for it where no dataset is at hand.
 */
export function metricDef(id: MetricId): MetricDef {
  return METRICS.find((m) => m.id === id) ?? (isCustomMetricId(id) ? unresolvedCustom(id) : METRICS.find((m) => m.id === DEFAULT_METRIC)!);
}

/** Labels of the metric groups, in picker order. */
export const METRIC_GROUPS: readonly { id: MetricGroup; label: Bilingual }[] = [
  { id: 'situation', label: { vi: 'Thực trạng đầu năm 2022', en: 'Situation, start of 2022' } },
  { id: 'target', label: { vi: 'Chỉ tiêu năm 2022', en: '2022 target' } },
  { id: 'projection', label: { vi: 'Dự kiến cuối năm 2022', en: 'End-2022 projection' } },
  { id: 'phase', label: { vi: 'Giai đoạn 2022–2025', en: '2022–2025 phase' } },
];

/** Label of the picker group of a loaded table's own measures. */
export const CUSTOM_METRIC_GROUP: { id: 'custom'; label: Bilingual } = { id: 'custom', label: { vi: 'Chỉ tiêu của bảng', en: 'Table’s own measures' } };

/** Sum the count figures of several units (rates become null: recompute them from the sums). */
export function sumFigures(units: UnitFigures[]): UnitFigures {
  const sum = (key: FigureKey): number | null => {
    const values = units.map((u) => u[key]);
    return values.every((v) => v === null) ? null : values.reduce<number>((acc, v) => acc + (v ?? 0), 0);
  };
  return {
    households: sum('households') ?? 0,
    ethnic_minority_households: sum('ethnic_minority_households'),
    poor: sum('poor') ?? 0,
    poor_rate: null,
    ethnic_minority_poor: sum('ethnic_minority_poor'),
    ethnic_minority_poor_rate: null,
    social_protection: sum('social_protection'),
    social_protection_rate: null,
    able_to_escape: sum('able_to_escape'),
    able_to_escape_rate: null,
    target_2022: sum('target_2022'),
    poor_end_2022: sum('poor_end_2022'),
    poor_rate_end_2022: null,
  };
}
