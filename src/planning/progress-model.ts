/**
 * The progress view's model: for the step picked on the year slider, the fills, legend and per-unit text of
 * the chosen map (target reached? / poverty-rate change / poor-household change), and the small multiples
 * (every year's poverty rate on one colour scale). Pure; the facts come from data/planning/progress.ts.
 */
import { breaksClassifier, computeBreaks } from '../classify/breaks';
import { buildLegend } from '../classify/legend';
import { legendRows } from '../classify/legend-rows';
import { divergingColors, NO_DATA_COLOR, paletteColors } from '../classify/palettes';
import { formatChange, formatNumber, tr } from '../core/format';
import { percentOf } from '../data/metrics';
import { targetLegend, TARGET_STATES, type ProgressModel, type UnitStep } from '../data/planning/progress';
import type { Lang, MetricUnit } from '../data/types';
import { PROGRESS } from './planning-strings';

/** What the progress map shows. */
export type ProgressMetric = 'target' | 'rate-change' | 'poor-change';

/** The metrics, in menu order. */
export const PROGRESS_METRICS: readonly ProgressMetric[] = ['target', 'rate-change', 'poor-change'];

/** One legend row: colour, text and how many units. */
export interface ProgressLegendRow {
  color: string;
  label: string;
  count: number;
}

/** One unit's line under the map. */
export interface ProgressUnitRow {
  key: string;
  gsoCode: string | null;
  name: string;
  /** The value or state in words ("đạt", "không đạt, thiếu 3 hộ", "−0,72 điểm %"). */
  text: string;
  color: string;
  step: UnitStep;
}

/** The map of one step. */
export interface ProgressMapModel {
  fromYear: number;
  toYear: number;
  title: string;
  /** Fill by GSO code (units without a code are listed but not drawn). */
  fills: Record<string, string>;
  legend: ProgressLegendRow[];
  rows: ProgressUnitRow[];
}

/** The label of a metric for a step. */
export function progressMetricLabel(metric: ProgressMetric, fromYear: number, lang: Lang): string {
  if (metric === 'target') return tr(PROGRESS.target, lang, { year: fromYear });
  return tr(metric === 'rate-change' ? PROGRESS.rateChange : PROGRESS.poorChange, lang);
}

function stateText(step: UnitStep, lang: Lang): string {
  if (step.state === 'reached') return tr(PROGRESS.reached, lang);
  if (step.state === 'missed') return tr(PROGRESS.missedBy, lang, { n: formatNumber(step.missedBy, lang) });
  return tr(PROGRESS.noData, lang);
}

/** The map of the step that starts in `fromYear`; throws RangeError when no step starts then. */
export function progressMap(model: ProgressModel, fromYear: number, metric: ProgressMetric, lang: Lang): ProgressMapModel {
  const index = model.years.indexOf(fromYear);
  if (index < 0 || index >= model.years.length - 1) throw new RangeError(`no step starts in ${fromYear}`);
  const toYear = model.years[index + 1]!;
  const title = tr(PROGRESS.mapTitle, lang, { metric: progressMetricLabel(metric, fromYear, lang), from: fromYear, to: toYear });
  const fills: Record<string, string> = {};
  if (metric === 'target') {
    const colors = new Map(TARGET_STATES.map((s) => [s.id, s.color]));
    const rows = model.units.map((u): ProgressUnitRow => {
      const step = u.steps[index]!;
      return { key: u.key, gsoCode: u.gsoCode, name: u.name, text: stateText(step, lang), color: colors.get(step.state)!, step };
    });
    for (const r of rows) if (r.gsoCode !== null) fills[r.gsoCode] = r.color;
    const legend = targetLegend(model, fromYear).map((row) => ({ color: row.color, label: row.label[lang], count: row.count }));
    return { fromYear, toYear, title, fills, legend, rows };
  }
  const unit: MetricUnit = metric === 'rate-change' ? 'pp' : 'households';
  const decimals = metric === 'rate-change' ? 2 : 0;
  const valueOf = (s: UnitStep) => (metric === 'rate-change' ? s.rateChangePp : s.poorChange);
  const values = model.units.map((u) => ({ id: u.key, value: valueOf(u.steps[index]!) }));
  const breaks = computeBreaks(values.map((v) => v.value), { method: 'natural', classes: 4, round: true });
  const colors = breaks.classes === 0 ? [] : divergingColors('RdBu', breaks.thresholds, 0, { reverse: true });
  const legendModel = buildLegend(values, breaks, colors, { noDataColor: NO_DATA_COLOR });
  const classOf = breaksClassifier(breaks);
  const rows = model.units.map((u): ProgressUnitRow => {
    const step = u.steps[index]!;
    const value = valueOf(step);
    const cls = classOf(value);
    const text = value === null ? tr(PROGRESS.noData, lang) : tr(unit === 'pp' ? PROGRESS.ppValue : PROGRESS.householdsValue, lang, { n: formatChange(value, lang, decimals) });
    return { key: u.key, gsoCode: u.gsoCode, name: u.name, text, color: cls === null ? NO_DATA_COLOR : colors[cls]!, step };
  });
  for (const r of rows) if (r.gsoCode !== null) fills[r.gsoCode] = r.color;
  const legend = legendRows(legendModel, unit, lang, decimals).map((r) => ({ color: r.color, label: r.range, count: r.count }));
  return { fromYear, toYear, title, fills, legend, rows };
}

/** One year of the small multiples. */
export interface YearPanel {
  year: number;
  fills: Record<string, string>;
}

/** Every year's poverty rate on one scale (natural breaks over all years' values), with the shared legend. */
export function smallMultiples(model: ProgressModel, lang: Lang): { panels: YearPanel[]; legend: ProgressLegendRow[] } {
  const rateOf = (i: number, u: ProgressModel['units'][number]) => {
    const y = u.years[i];
    return y ? percentOf(y.figures.poor, y.figures.households) : null;
  };
  const all = model.years.flatMap((year, i) => model.units.map((u) => ({ id: `${year}|${u.key}`, value: rateOf(i, u) })));
  const breaks = computeBreaks(all.map((v) => v.value), { method: 'natural', classes: 4, round: true });
  const colors = breaks.classes === 0 ? [] : paletteColors('YlOrRd', breaks.classes);
  const classOf = breaksClassifier(breaks);
  const panels = model.years.map((year, i) => {
    const fills: Record<string, string> = {};
    for (const u of model.units) {
      if (u.gsoCode === null) continue;
      const cls = classOf(rateOf(i, u));
      fills[u.gsoCode] = cls === null ? NO_DATA_COLOR : colors[cls]!;
    }
    return { year, fills };
  });
  const legend = legendRows(buildLegend(all, breaks, colors), 'percent', lang, 2).map((r) => ({ color: r.color, label: r.range, count: r.count }));
  return { panels, legend };
}
