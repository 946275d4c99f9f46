/** What presenter mode shows beside the map: the step's side panel, the spotlight card and the bounds to zoom to. Pure. */
import { bbox } from '@turf/turf';
import { rankOf } from '../panels/commune-profile';
import { taskCommunes } from '../data/task-communes';
import { districtValue, metricValues } from '../data/metric-values';
import type { Dataset } from '../data/dataset';
import { metricDefIn } from '../data/custom-metrics';
import type { MetricId } from '../data/metrics';
import type { Lang } from '../data/types';
import { formatNumber, formatRatio, formatValue, tr } from '../core/format';
import { PANEL, SPOTLIGHT } from '../core/strings/presenter';
import { communeLabel } from '../map/labels';
import { taskScopes } from '../data/plan-links';
import type { MapCamera } from '../map/camera';

export { scaleSizeExpression } from '../map/style';
import { communeLabels, findingDetail, findingPlace, seriousFindings } from './presenter-facts';
import type { PresenterPanel, PresenterStep } from './presenter-steps';

/** At most this many findings are listed in the checks panel. */
export const MAX_PANEL_FINDINGS = 4;

/** One line of a side panel: a short label and its value; `mark` sets it apart (a targeted task, a leading body). */
export interface PanelItem {
  key: string;
  label: string;
  value: string;
  mark: boolean;
}

/** A side panel's content. */
export interface PanelModel {
  heading: string;
  items: PanelItem[];
  /** "và 4 mục khác" when items were left out, else null. */
  more: string | null;
}

function situationPanel(dataset: Dataset, lang: Lang): PanelModel {
  const d = dataset.district;
  const rate = (v: number | null) => formatValue(v, 'percent', lang, 2);
  const items: PanelItem[] = [
    { key: 'households', label: tr(PANEL.households, lang), value: formatNumber(d.households, lang), mark: false },
    { key: 'poor', label: tr(PANEL.poor, lang), value: tr(PANEL.countRate, lang, { count: formatNumber(d.poor, lang), rate: rate(districtValue(dataset, 'poverty_rate').value) }), mark: true },
  ];
  const near = dataset.plan.stated.near_poor?.value;
  if (near !== undefined) {
    const nearRate = d.households > 0 ? (near / d.households) * 100 : null;
    items.push({ key: 'near-poor', label: tr(PANEL.nearPoor, lang), value: tr(PANEL.countRate, lang, { count: formatNumber(near, lang), rate: rate(nearRate) }), mark: false });
  }
  if ((d.ethnic_minority_households ?? 0) > 0) {
    const value = tr(PANEL.ethnicMinorityValue, lang, { count: formatNumber(d.ethnic_minority_households, lang), poor: formatNumber(d.ethnic_minority_poor ?? 0, lang) });
    items.push({ key: 'ethnic-minority', label: tr(PANEL.ethnicMinority, lang), value, mark: false });
  }
  return { heading: tr(PANEL.situation, lang), items, more: null };
}

function tasksPanel(dataset: Dataset, lang: Lang): PanelModel {
  const byTask = taskCommunes(dataset);
  const items = dataset.plan.tasks.map((task) => ({
    key: task.id,
    label: task.id,
    value: task.title[lang],
    mark: !taskScopes(task.appliesTo).includes('all') && (byTask[task.id]?.length ?? 0) > 0,
  }));
  return { heading: tr(PANEL.tasks, lang), items, more: null };
}

function bodiesPanel(dataset: Dataset, lang: Lang): PanelModel {
  const bodies = dataset.plan.bodies;
  const most = Math.max(...bodies.map((b) => b.leads.length));
  const items = bodies.map((body) => {
    const parts = [
      ...(body.leads.length ? [tr(PANEL.leads, lang, { ids: body.leads.join(', ') })] : []),
      ...(body.joins.length ? [tr(PANEL.joins, lang, { ids: body.joins.join(', ') })] : []),
    ];
    if (parts.length === 0) parts.push(tr(body.communeLevel ? PANEL.communeLevel : PANEL.noTasks, lang));
    return { key: body.id, label: body.short[lang], value: parts.join(' · '), mark: most > 0 && body.leads.length === most };
  });
  return { heading: tr(PANEL.bodies, lang), items, more: null };
}

function checksPanel(dataset: Dataset, lang: Lang): PanelModel {
  const labels = communeLabels(dataset, lang);
  const serious = seriousFindings(dataset);
  const items = serious.slice(0, MAX_PANEL_FINDINGS).map((f) => ({
    key: f.id,
    label: findingPlace(dataset, f, lang, labels),
    value: findingDetail(f, lang) ?? f.message[lang].split(/\.\s/)[0]!,
    mark: f.severity === 'error',
  }));
  const left = serious.length - items.length;
  return { heading: tr(PANEL.checks, lang), items, more: left > 0 ? tr(PANEL.more, lang, { count: formatNumber(left, lang) }) : null };
}

/** The side panel of a step, or null for 'none'. */
export function buildPanel(dataset: Dataset, panel: PresenterPanel, lang: Lang): PanelModel | null {
  switch (panel) {
    case 'situation':
      return situationPanel(dataset, lang);
    case 'tasks':
      return tasksPanel(dataset, lang);
    case 'bodies':
      return bodiesPanel(dataset, lang);
    case 'checks':
      return checksPanel(dataset, lang);
    default:
      return null;
  }
}

/** One figure of the spotlight card. */
export interface SpotlightLine {
  metric: MetricId;
  label: string;
  value: string;
  /** Rank or household ratio under the value, or null. */
  note: string | null;
  /** True for the metric the map shows now. */
  current: boolean;
}

/** The spotlight card of a commune. */
export interface SpotlightCard {
  gsoCode: string;
  /** Official name with type in Vietnamese ("Xã Cam Tuyền"); in English the name, a town marked as one ("Cam Lộ town"). */
  name: string;
  /** False when the commune has no row in the table (then `lines` is empty). */
  hasData: boolean;
  lines: SpotlightLine[];
}

/** Figures the card always shows after the current metric. */
const CARD_METRICS: readonly MetricId[] = ['poverty_rate', 'reduction_target_2022', 'poverty_rate_end_2022'];

/** The spotlight card of a commune under the metric shown, or null when no commune has that code. */
export function buildSpotlight(dataset: Dataset, gsoCode: string | null, metric: MetricId, lang: Lang): SpotlightCard | null {
  const feature = dataset.communes.find((f) => f.properties.gso_code === gsoCode);
  if (!feature || gsoCode === null) return null;
  const name = lang === 'vi' ? feature.properties.full_name : communeLabel(feature.properties, lang).replace(/\u00a0/g, ' ');
  if (!dataset.join.joined.some((u) => u.feature === feature)) return { gsoCode, name, hasData: false, lines: [] };
  const lines = [metric, ...CARD_METRICS.filter((m) => m !== metric)].map((id): SpotlightLine => {
    const def = metricDefIn(dataset, id);
    const values = metricValues(dataset, id);
    const unit = values.find((v) => v.gsoCode === gsoCode)!;
    const rank = rankOf(values, gsoCode);
    const ratio = def.unit === 'percent' ? formatRatio(unit.numerator, unit.denominator, lang) : null;
    const ranked = id === metric && rank !== null && !def.diverging;
    const note = ranked ? tr(SPOTLIGHT.rank, lang, { rank: formatNumber(rank.rank, lang), of: formatNumber(rank.of, lang) }) : def.unit === 'pp' ? formatValue(unit.numerator, 'households', lang, 0) : ratio;
    return { metric: id, label: def.label[lang], value: formatValue(unit.value, def.unit, lang, def.decimals), note, current: id === metric };
  });
  return { gsoCode, name, hasData: true, lines };
}

/** [west, south, east, north] around the communes with these codes; every commune for null or an empty list; null when none match. */
export function communeBounds(dataset: Dataset, codes: readonly string[] | null): [number, number, number, number] | null {
  const wanted = codes && codes.length > 0 ? new Set(codes) : null;
  const features = dataset.communes.filter((f) => wanted === null || wanted.has(f.properties.gso_code));
  if (features.length === 0) return null;
  const [west, south, east, north] = bbox({ type: 'FeatureCollection', features });
  return [west, south, east, north];
}

/** Where the map looks at a step: the spotlit commune (tight), else the step's communes, else the whole district. */
export function presenterCamera(dataset: Dataset, step: PresenterStep, spotlight: string | null): MapCamera {
  return {
    key: `${step.id}|${spotlight ?? ''}`,
    bounds: communeBounds(dataset, spotlight ? [spotlight] : step.zoomTo),
    tight: spotlight !== null,
  };
}

/** The communes the spotlight search offers (the explorer's search options). */
export { communeSearchOptions as communeOptions } from '../state/derive';

/** A text with no line break between a number and its unit ("3,04 %", "24 hộ", "0,16 điểm %", "24 households"). */
export function keepUnitsTogether(text: string): string {
  return text.replace(/(\d) (?=%|hộ|điểm|households?\b|pts\b)/g, '$1\u00a0').replace(/điểm %/g, 'điểm\u00a0%');
}
