/** Everything the commune details panel shows about one commune, as plain data. Pure. */
import { printedDecimals } from '../data/checks';
import { districtValue, metricValues, type UnitMetricValue } from '../data/metric-values';
import type { Dataset } from '../data/dataset';
import { findingsForUnit, type Severity } from './findings-model';
import { metricDefIn } from '../data/custom-metrics';
import { percentOf, type MetricDef, type MetricId } from '../data/metrics';
import { exactNameKey } from '../core/name-keys';
import type { PlanBody, PlanTask, TargetedScope } from '../data/plan-document';
import { resolveTaskCommunes, taskScopes } from '../data/plan-links';
import { taskUnits } from '../data/task-communes';
import { buildRanking, rankIn, type Rank } from '../data/ranking';
import { FIGURE_COLUMNS } from '../data/table-columns';
import type { Bilingual, FigureKey, Finding, MetricValue } from '../data/types';

/** One figure of the commune's table row. */
export interface FigureLine {
  id: FigureKey;
  label: Bilingual;
  kind: 'count' | 'rate';
  /** The value as printed (null when the cell is blank). */
  printed: number | null;
  /** Decimals the value is printed with. */
  decimals: number;
  /** What the other figures imply, when a data check found that it differs from the printed value. */
  recomputed: number | null;
  /** True when a data check disagrees with the printed value. */
  differs: boolean;
  /** Severity of that disagreement. */
  severity: Severity | null;
}

/** The current metric for the commune, with its rank and the district value. */
export interface MetricSummary {
  def: MetricDef;
  value: MetricValue;
  rank: Rank | null;
  district: MetricValue;
}

/** The commune's share of the district's 2022 reduction target. */
export interface TargetShare {
  commune: number | null;
  district: number | null;
  /** commune / district × 100, or null when either is missing or the district target is zero. */
  percent: number | null;
}

/** A task of section IV that concerns the commune, with the scopes it falls in. */
export interface ProfileTask {
  task: PlanTask;
  scopes: ('all' | TargetedScope)[];
}

/** A body of section V that concerns the commune: it works at commune level or leads or joins one of its tasks. */
export interface ProfileBody {
  body: PlanBody;
  /** Ids of the commune's tasks this body leads. */
  leads: string[];
  /** Ids of the commune's tasks this body takes part in. */
  joins: string[];
}

/** The profile of one commune. */
export interface CommuneProfile {
  gsoCode: string;
  /** Official name without type ("Cam Tuyền"). */
  name: string;
  /** Official name with type ("Xã Cam Tuyền"). */
  fullName: string;
  /** Name as printed in the table, or null when the commune has no row. */
  printedName: string | null;
  /** True when the printed name is not the official one (beyond a type prefix such as "TT"). */
  printedNameDiffers: boolean;
  /** False when the commune is on the map but has no row in the table. */
  hasData: boolean;
  /** 1-based line of the table file, when it has a row. */
  row: number | null;
  figures: FigureLine[];
  metric: MetricSummary;
  target: TargetShare;
  findings: Finding[];
  tasks: ProfileTask[];
  bodies: ProfileBody[];
}

/** The rank of a commune among the values of a metric (1 = highest; ties share a rank), or null without a value. */
export function rankOf(values: readonly UnitMetricValue[], gsoCode: string): Rank | null {
  return rankIn(buildRanking(values), gsoCode);
}

/** The units of a dataset as the task resolver sees them, named by GSO code (poverty rate recomputed). */
function tasksOf(dataset: Dataset, gsoCode: string): ProfileTask[] {
  const unit = taskUnits(dataset).filter((u) => u.name === gsoCode);
  if (unit.length === 0) return [];
  const rate = districtValue(dataset, 'poverty_rate').value;
  return dataset.plan.tasks.flatMap((task) => {
    const scopes = taskScopes(task.appliesTo).filter((scope) => resolveTaskCommunes({ appliesTo: scope }, unit, rate).length > 0);
    return scopes.length > 0 ? [{ task, scopes }] : [];
  });
}

function bodiesOf(dataset: Dataset, tasks: readonly ProfileTask[]): ProfileBody[] {
  const ids = new Set(tasks.map((t) => t.task.id));
  return dataset.plan.bodies.flatMap((body) => {
    const leads = body.leads.filter((id) => ids.has(id));
    const joins = body.joins.filter((id) => ids.has(id));
    return body.communeLevel || leads.length > 0 || joins.length > 0 ? [{ body, leads, joins }] : [];
  });
}

function figureLines(unit: UnitMetricValue, findings: readonly Finding[]): FigureLine[] {
  return FIGURE_COLUMNS.map((col) => {
    const printed = unit.row.figures[col.id];
    const check = findings.find((f) => f.column === col.id && f.recomputed !== null);
    const raw = unit.row.raw[col.id];
    return {
      id: col.id,
      label: col.label,
      kind: col.kind,
      printed,
      decimals: col.kind === 'rate' && printed !== null ? printedDecimals(raw, printed) : 0,
      recomputed: check?.recomputed ?? null,
      differs: check !== undefined,
      severity: check?.severity ?? null,
    };
  });
}

/** The profile of the commune with this GSO code under a metric, or null when no commune on the map has it. */
export function buildCommuneProfile(dataset: Dataset, gsoCode: string | null, metric: MetricId): CommuneProfile | null {
  if (gsoCode === null) return null;
  const values = metricValues(dataset, metric);
  const unit = values.find((v) => v.gsoCode === gsoCode);
  const feature = dataset.communes.find((c) => c.properties.gso_code === gsoCode);
  if (!unit && !feature) return null;
  const name = unit?.name ?? feature!.properties.name;
  const fullName = unit?.fullName ?? feature!.properties.full_name;
  const printedName = unit?.printedName ?? null;
  const findings = findingsForUnit(dataset.findings, [name, fullName, ...(printedName === null ? [] : [printedName])]);
  const def = metricDefIn(dataset, metric);
  const district = districtValue(dataset, metric);
  const noValue: MetricValue = { value: null, numerator: null, denominator: null, printed: null };
  const communeTarget = unit?.row.figures.target_2022 ?? null;
  const districtTarget = dataset.district.target_2022;
  const tasks = tasksOf(dataset, gsoCode);
  return {
    gsoCode,
    name,
    fullName,
    printedName,
    printedNameDiffers: printedName !== null && exactNameKey(printedName) !== exactNameKey(name),
    hasData: unit !== undefined,
    row: unit?.row.row ?? null,
    figures: unit ? figureLines(unit, findings) : [],
    metric: {
      def,
      value: unit ? { value: unit.value, numerator: unit.numerator, denominator: unit.denominator, printed: unit.printed } : noValue,
      rank: rankOf(values, gsoCode),
      district,
    },
    target: { commune: communeTarget, district: districtTarget, percent: percentOf(communeTarget, districtTarget) },
    findings,
    tasks,
    bodies: bodiesOf(dataset, tasks),
  };
}
