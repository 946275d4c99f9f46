/** The steps of presenter mode, built from a plan's data: what the map shows and the caption's key figures. Pure. */
import { summarizeFindings } from '../data/checks';
import { taskCommunes } from '../data/task-communes';
import { districtValue, metricValues, type UnitMetricValue } from '../data/metric-values';
import type { Dataset } from '../data/dataset';
import { customMetricIds, metricDefIn } from '../data/custom-metrics';
import { percentOf, type CustomMetricId, type MetricDef, type MetricId } from '../data/metrics';
import { taskScopes } from '../data/plan-links';
import { buildRanking, sameValue } from '../data/ranking';
import type { Lang } from '../data/types';
import { formatNumber, formatValue, tr } from '../core/format';
import { districtName } from '../core/place-names';
import { CAPTION, STEP_TITLE } from '../core/strings/presenter';
import { countPhrase, SEVERITY_COUNT } from '../core/strings/panels';
import { communeLabels, extremes, findingLine, seriousFindings, unitCodes } from './presenter-facts';

/** Ids of the steps, in the order they are presented. */
export const PRESENTER_STEP_IDS = ['situation', 'poverty-rate', 'target-2022', 'end-2022', 'change-2022', 'phase-2025', 'tasks', 'bodies', 'checks'] as const;

/** A step id. */
export type PresenterStepId = (typeof PRESENTER_STEP_IDS)[number];

/** The side panel a step shows beside the legend. */
export type PresenterPanel = 'none' | 'tasks' | 'bodies' | 'checks' | 'situation';

/** One step of a presentation: one of PRESENTER_STEP_IDS, or a loaded table's own measure (its metric id). */
export interface PresenterStep {
  id: PresenterStepId | CustomMetricId;
  title: string;
  /** Caption lines, key figure first, formatted for the language. */
  caption: string[];
  /** Metric the map shows; null keeps the metric of the step before (see stepMetric). */
  metric: MetricId | null;
  /** GSO codes outlined on the map. */
  highlighted: string[];
  /** GSO codes the map zooms to, or null for the whole district. */
  zoomTo: string[] | null;
  panel: PresenterPanel;
}

/** Everything the caption builders share. */
type Context = { dataset: Dataset; lang: Lang; labels: Map<string, string> };

const names = (ctx: Context, codes: readonly string[]) => codes.map((c) => ctx.labels.get(c) ?? c).join(', ');
const value = (ctx: Context, def: MetricDef, v: number | null) => formatValue(v, def.unit, ctx.lang, def.decimals);
const points = (ctx: Context, v: number | null) => tr(CAPTION.points, ctx.lang, { value: formatNumber(v, ctx.lang, 2) });
const count = (ctx: Context, v: number | null) => formatValue(v, 'households', ctx.lang, 0);

/** "Cam Tuyền 7,36 %" — the units sharing one value, named, then the value. */
function unitValue(ctx: Context, def: MetricDef, units: readonly UnitMetricValue[]): string {
  return tr(CAPTION.unitValue, ctx.lang, { names: names(ctx, units.map((u) => u.gsoCode)), value: value(ctx, def, units[0]?.value ?? null) });
}

/** "Cao nhất: …" and "Thấp nhất: …" ("Nhiều nhất", "Ít nhất" for counts) for a metric; no lines when no commune has a value. */
function highLowLines(ctx: Context, metric: MetricId): string[] {
  const def = metricDefIn(ctx.dataset, metric);
  const { high, low } = extremes(metricValues(ctx.dataset, metric));
  if (high.length === 0) return [];
  const [top, bottom] = def.unit === 'households' ? [CAPTION.most, CAPTION.fewest] : [CAPTION.highest, CAPTION.lowest];
  return [tr(top, ctx.lang, { unit: unitValue(ctx, def, high) }), tr(bottom, ctx.lang, { unit: unitValue(ctx, def, low) })];
}

/** GSO codes of the units whose value passes a test, in ranking order (highest first, ties in table order). */
function codesWhere(ctx: Context, metric: MetricId, test: (v: number) => boolean): string[] {
  return buildRanking(metricValues(ctx.dataset, metric))
    .filter((r) => r.value !== null && test(r.value))
    .map((r) => r.gsoCode);
}

/** Codes in the order of the poverty-rate ranking, highest first (the order the tasks' priority communes are named in). */
function byPovertyRate(ctx: Context, codes: readonly string[]): string[] {
  const order = buildRanking(metricValues(ctx.dataset, 'poverty_rate')).map((r) => r.gsoCode);
  const place = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  return [...codes].sort((a, b) => place(a) - place(b));
}

const highestCodes = (ctx: Context, metric: MetricId) => extremes(metricValues(ctx.dataset, metric)).high.map((v) => v.gsoCode);

function situationStep(ctx: Context, base: Pick<PresenterStep, 'title'>): PresenterStep {
  const { dataset, lang } = ctx;
  const d = dataset.district;
  const rate = districtValue(dataset, 'poverty_rate').value;
  const caption = [tr(CAPTION.situationHeadline, lang, { poor: formatNumber(d.poor, lang), households: formatNumber(d.households, lang), rate: formatValue(rate, 'percent', lang, 2) })];
  const near = dataset.plan.stated.near_poor?.value;
  if (near !== undefined) caption.push(tr(CAPTION.nearPoor, lang, { count: formatNumber(near, lang), rate: formatValue(percentOf(near, d.households), 'percent', lang, 2) }));
  caption.push(...highLowLines(ctx, 'poor_households'));
  return { ...base, id: 'situation', caption, metric: 'poor_households', highlighted: highestCodes(ctx, 'poor_households'), zoomTo: null, panel: 'situation' };
}

function povertyRateStep(ctx: Context, base: Pick<PresenterStep, 'title'>): PresenterStep {
  const { dataset, lang } = ctx;
  const rate = districtValue(dataset, 'poverty_rate').value;
  const caption = [tr(CAPTION.districtRate, lang, { poor: formatNumber(dataset.district.poor, lang), rate: formatValue(rate, 'percent', lang, 2) }), ...highLowLines(ctx, 'poverty_rate')];
  const above = rate === null ? [] : codesWhere(ctx, 'poverty_rate', (v) => v > rate && !sameValue(v, rate));
  if (above.length > 0) caption.push(tr(CAPTION.aboveDistrict, lang, { names: names(ctx, above) }));
  return { ...base, id: 'poverty-rate', caption, metric: 'poverty_rate', highlighted: above, zoomTo: null, panel: 'none' };
}

function targetStep(ctx: Context, base: Pick<PresenterStep, 'title'>): PresenterStep {
  const { dataset, lang } = ctx;
  const target = dataset.district.target_2022;
  const caption = [tr(CAPTION.targetHeadline, lang, { count: formatNumber(target, lang), points: points(ctx, districtValue(dataset, 'reduction_target_2022_pp').value) })];
  const { reduction_rate_2022: statedRate, reduction_households_2022: statedCount } = dataset.plan.stated;
  if (statedRate && statedCount) {
    const decimals = statedRate.printed.split(/[.,]/)[1]?.length ?? 2;
    caption.push(tr(CAPTION.targetStated, lang, { rate: formatNumber(statedRate.value, lang, decimals), count: formatNumber(statedCount.value, lang) }));
  }
  caption.push(...highLowLines(ctx, 'reduction_target_2022'));
  return { ...base, id: 'target-2022', caption, metric: 'reduction_target_2022', highlighted: highestCodes(ctx, 'reduction_target_2022'), zoomTo: null, panel: 'none' };
}

function endStep(ctx: Context, base: Pick<PresenterStep, 'title'>): PresenterStep {
  const { dataset, lang } = ctx;
  const caption = [
    tr(CAPTION.districtEnd, lang, {
      poor: formatNumber(dataset.district.poor_end_2022, lang),
      rate: formatValue(districtValue(dataset, 'poverty_rate_end_2022').value, 'percent', lang, 2),
      start: formatValue(districtValue(dataset, 'poverty_rate').value, 'percent', lang, 2),
    }),
    ...highLowLines(ctx, 'poverty_rate_end_2022'),
  ];
  return { ...base, id: 'end-2022', caption, metric: 'poverty_rate_end_2022', highlighted: highestCodes(ctx, 'poverty_rate_end_2022'), zoomTo: null, panel: 'none' };
}

function changeStep(ctx: Context, base: Pick<PresenterStep, 'title'>): PresenterStep {
  const { dataset, lang } = ctx;
  const def = metricDefIn(dataset, 'change_2022_pp');
  const district = districtValue(dataset, 'change_2022_pp');
  const caption = [tr(CAPTION.changeHeadline, lang, { points: value(ctx, def, district.value), count: count(ctx, district.numerator) })];
  const { low } = extremes(metricValues(dataset, 'change_2022_pp'));
  if (low.length > 0 && (low[0]!.value ?? 0) < 0) caption.push(tr(CAPTION.largestFall, lang, { unit: unitValue(ctx, def, low) }));
  const noFall = codesWhere(ctx, 'change_2022_pp', (v) => v >= 0 || sameValue(v, 0));
  if (noFall.length > 0) caption.push(tr(CAPTION.noFall, lang, { names: names(ctx, noFall) }));
  return { ...base, id: 'change-2022', caption, metric: 'change_2022_pp', highlighted: noFall, zoomTo: null, panel: 'none' };
}

function phaseStep(ctx: Context, base: Pick<PresenterStep, 'title'>): PresenterStep {
  const { dataset, lang } = ctx;
  const d = dataset.district;
  const caption: string[] = [];
  if (d.able_to_escape !== null) caption.push(tr(CAPTION.phaseAble, lang, { count: formatNumber(d.able_to_escape, lang) }));
  caption.push(tr(CAPTION.phaseLeft, lang, { count: formatNumber(d.social_protection, lang), rate: formatValue(districtValue(dataset, 'poverty_rate_after_phase_2025').value, 'percent', lang, 2) }));
  const metric = 'poverty_rate_after_phase_2025';
  caption.push(...highLowLines(ctx, metric));
  return { ...base, id: 'phase-2025', caption, metric, highlighted: highestCodes(ctx, metric), zoomTo: null, panel: 'none' };
}

/** The step of a loaded table's own measure: the district's value when it has one (a rate needs its counts), then the extremes. */
function customStep(ctx: Context, id: CustomMetricId): PresenterStep {
  const { dataset, lang } = ctx;
  const def = metricDefIn(dataset, id);
  const district = districtValue(dataset, id).value;
  const caption = district === null ? [] : [tr(CAPTION.unitValue, lang, { names: districtName(dataset.plan.district, lang), value: value(ctx, def, district) })];
  caption.push(...highLowLines(ctx, id));
  if (caption.length === 0) caption.push(value(ctx, def, null));
  return { id, title: def.label[lang], caption, metric: id, highlighted: highestCodes(ctx, id), zoomTo: null, panel: 'none' };
}

/** The codes to zoom to: none when empty or when they are every commune (the district view shows them best). */
function zoomTarget(ctx: Context, codes: readonly string[]): string[] | null {
  return codes.length === 0 || codes.length >= ctx.dataset.communes.length ? null : [...codes];
}

function tasksStep(ctx: Context, base: Pick<PresenterStep, 'title'>): PresenterStep {
  const { dataset, lang } = ctx;
  const byTask = taskCommunes(dataset);
  const caption = [tr(CAPTION.taskCount, lang, { count: formatNumber(dataset.plan.tasks.length, lang) })];
  const targeted = new Set<string>();
  for (const task of dataset.plan.tasks) {
    const codes = byPovertyRate(ctx, byTask[task.id] ?? []);
    if (taskScopes(task.appliesTo).includes('all') || codes.length === 0) continue;
    codes.forEach((c) => targeted.add(c));
    caption.push(tr(CAPTION.taskTargeted, lang, { id: task.id, names: names(ctx, codes) }));
  }
  if (targeted.size === 0) caption.push(tr(CAPTION.tasksAll, lang));
  const order = byPovertyRate(ctx, [...targeted]);
  return { ...base, id: 'tasks', caption, metric: 'poverty_rate', highlighted: order, zoomTo: zoomTarget(ctx, order), panel: 'tasks' };
}

function bodiesStep(ctx: Context, base: Pick<PresenterStep, 'title'>): PresenterStep {
  const { dataset, lang } = ctx;
  const bodies = dataset.plan.bodies;
  const caption = [tr(CAPTION.bodyCount, lang, { count: formatNumber(bodies.length, lang) })];
  const most = Math.max(...bodies.map((b) => b.leads.length));
  if (most > 0) {
    const leaders = bodies.filter((b) => b.leads.length === most).map((b) => b.short[lang]);
    caption.push(tr(CAPTION.bodyLeadsMost, lang, { count: formatNumber(most, lang), names: leaders.join(', ') }));
  }
  return { ...base, id: 'bodies', caption, metric: null, highlighted: [], zoomTo: null, panel: 'bodies' };
}

function checksStep(ctx: Context, base: Pick<PresenterStep, 'title'>): PresenterStep {
  const { dataset, lang } = ctx;
  const serious = seriousFindings(dataset);
  const counts = summarizeFindings(dataset.findings);
  const phrases = (['error', 'warning', 'info'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => countPhrase(SEVERITY_COUNT[s], counts[s], formatNumber(counts[s], lang), lang));
  const caption = [phrases.length === 0 ? tr(CAPTION.checksNone, lang) : phrases.join(', ')];
  const codes = unitCodes(dataset);
  const perCode = new Map<string, number>();
  for (const f of serious) {
    const code = f.unit === null ? undefined : codes.get(f.unit);
    if (code) perCode.set(code, (perCode.get(code) ?? 0) + 1);
  }
  const order = dataset.communes.map((f) => f.properties.gso_code).filter((c) => perCode.has(c));
  const ranked = [...order].sort((a, b) => perCode.get(b)! - perCode.get(a)!);
  if (ranked.length > 0) {
    const list = ranked.map((c) => tr(CAPTION.unitCount, lang, { name: ctx.labels.get(c) ?? c, count: formatNumber(perCode.get(c)!, lang) })).join(', ');
    caption.push(tr(CAPTION.checksUnits, lang, { list }));
  }
  const example = serious.map((f) => findingLine(dataset, f, lang, ctx.labels)).find((line) => line !== null);
  if (example) caption.push(example);
  return { ...base, id: 'checks', caption, metric: 'poverty_rate', highlighted: ranked, zoomTo: zoomTarget(ctx, ranked), panel: 'checks' };
}

const BUILDERS: Record<PresenterStepId, [keyof typeof STEP_TITLE, (ctx: Context, base: Pick<PresenterStep, 'title'>) => PresenterStep]> = {
  situation: ['situation', situationStep],
  'poverty-rate': ['povertyRate', povertyRateStep],
  'target-2022': ['target', targetStep],
  'end-2022': ['end', endStep],
  'change-2022': ['change', changeStep],
  'phase-2025': ['phase', phaseStep],
  tasks: ['tasks', tasksStep],
  bodies: ['bodies', bodiesStep],
  checks: ['checks', checksStep],
};

/** The presentation of a dataset: a step per PRESENTER_STEP_IDS entry and per custom metric (before the tasks), captions from its figures. */
export function buildPresenterSteps(dataset: Dataset, lang: Lang): PresenterStep[] {
  const ctx: Context = { dataset, lang, labels: communeLabels(dataset, lang) };
  const { district, year } = dataset.plan;
  const params = { year, district: districtName(district, lang) };
  return PRESENTER_STEP_IDS.flatMap((id) => {
    const [titleKey, build] = BUILDERS[id];
    const own = id === 'tasks' ? customMetricIds(dataset).map((c) => customStep(ctx, c)) : [];
    return [...own, build(ctx, { title: tr(STEP_TITLE[titleKey], lang, params) })];
  });
}

/** The metric the map shows at a step: the step's own, else the nearest earlier step's, else `fallback`. */
export function stepMetric(steps: readonly PresenterStep[], index: number, fallback: MetricId): MetricId {
  for (let i = Math.min(index, steps.length - 1); i >= 0; i -= 1) {
    const metric = steps[i]!.metric;
    if (metric !== null) return metric;
  }
  return fallback;
}

/** An index kept inside the steps (0 when there are none). */
export function clampStep(index: number, count: number): number {
  if (count <= 0 || !Number.isFinite(index)) return 0;
  return Math.max(0, Math.min(count - 1, Math.trunc(index)));
}
