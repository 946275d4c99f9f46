/**
 * Geometry of the ranking bar chart: a value axis made nice and ticked by d3-array, one row band per commune. Beside
 * the chart and without d3-scale's linear scale, so that neither it nor d3-format lands in the chunk the public embed
 * shares with the app (d3-scale is one module, whose used parts all go where its first user is). Pure: no DOM.
 */
import { nice, ticks as niceTicks } from 'd3-array';
import type { RankingRow } from '../data/ranking';

/** Options of the chart layout. */
export interface RankingLayoutOptions {
  /** Width of the chart in CSS pixels. */
  width: number;
  /** District value drawn as a reference line (included in the scale), or null. */
  district?: number | null;
  /** Room kept beside bar ends for the value labels. */
  valueWidth?: number;
  /** Below this width names go on their own line above each bar. */
  compactBelow?: number;
}

/** Geometry of one bar. */
export interface BarLayout {
  gsoCode: string;
  /** Top of the row band (the whole band is the click and focus target). */
  rowY: number;
  rowHeight: number;
  /** Baseline of the name text. */
  nameY: number;
  nameX: number;
  barX: number;
  barY: number;
  barWidth: number;
  barHeight: number;
  /** Anchor point of the value label. */
  valueX: number;
  valueY: number;
  valueAnchor: 'start' | 'end';
}

/** A tick of the value axis. */
export interface TickLayout {
  value: number;
  x: number;
}

/** The chart's geometry. */
export interface RankingLayout {
  width: number;
  height: number;
  /** Names on their own line (narrow screens) rather than in a left column. */
  compact: boolean;
  /** Left edge of the name column. */
  nameX: number;
  /** x of the zero line. */
  zeroX: number;
  /** Top and bottom of the bar area (for the zero and reference lines). */
  plotTop: number;
  plotBottom: number;
  districtX: number | null;
  /** Text anchor that keeps the reference-line label inside the chart. */
  districtAnchor: 'start' | 'middle' | 'end';
  ticks: TickLayout[];
  bars: BarLayout[];
}

const TOP = 22;
const AXIS = 26;

/** Lay out a horizontal bar chart of the rows that have a value, in their order, with a zero axis for negative values. */
export function layoutRanking(rows: readonly RankingRow[], options: RankingLayoutOptions): RankingLayout {
  const width = Math.max(200, Math.floor(options.width));
  const valueWidth = options.valueWidth ?? 84;
  const compact = width < (options.compactBelow ?? 480);
  const drawn = rows.filter((r): r is RankingRow & { value: number } => r.value !== null);
  const values = drawn.map((r) => r.value);
  const district = options.district ?? null;
  const reference = district !== null && Number.isFinite(district) ? [district] : [];
  const lo = Math.min(0, ...values, ...reference);
  const max = Math.max(0, ...values, ...reference);
  const hi = max === lo ? lo + 1 : max;
  const nameWidth = compact ? 0 : Math.min(170, Math.round(width * 0.3));
  const plotLeft = 8 + nameWidth;
  const plotRight = width - 8;
  const leftPad = values.some((v) => v < 0) ? valueWidth : 0;
  const rightPad = values.some((v) => v >= 0) || values.length === 0 ? valueWidth : 0;
  const [d0, d1] = nice(lo, hi, 10);
  const r0 = plotLeft + leftPad;
  const r1 = plotRight - rightPad;
  /** Position of a value on the axis (linear from the nice domain to [r0, r1]). */
  const x = (v: number) => r0 + ((v - d0) / (d1 - d0 || 1)) * (r1 - r0);
  const rowHeight = compact ? 44 : 30;
  const plotTop = TOP;
  const plotBottom = TOP + drawn.length * rowHeight;
  const zeroX = x(0);
  const bars = drawn.map((r, i): BarLayout => {
    const rowY = plotTop + i * rowHeight;
    const barHeight = compact ? 18 : 20;
    const barY = compact ? rowY + 20 : rowY + (rowHeight - barHeight) / 2;
    const end = x(r.value);
    const negative = r.value < 0;
    return {
      gsoCode: r.gsoCode,
      rowY,
      rowHeight,
      nameX: 8,
      nameY: compact ? rowY + 15 : barY + barHeight / 2 + 5,
      barX: Math.min(zeroX, end),
      barY,
      barWidth: Math.abs(end - zeroX),
      barHeight,
      valueX: negative ? end - 5 : end + 5,
      valueY: barY + barHeight / 2 + 5,
      valueAnchor: negative ? 'end' : 'start',
    };
  });
  const tickCount = Math.max(2, Math.floor((plotRight - plotLeft - leftPad - rightPad) / 90));
  const ticks = niceTicks(d0, d1, tickCount).map((value) => ({ value, x: x(value) }));
  const districtX = reference.length > 0 ? x(reference[0]!) : null;
  const districtAnchor = districtX === null ? 'middle' : districtX < plotLeft + 60 ? 'start' : districtX > width - 60 ? 'end' : 'middle';
  return { width, height: plotBottom + AXIS, compact, nameX: 8, zeroX, plotTop, plotBottom, districtX, districtAnchor, ticks, bars };
}

/** Decimals that tell the axis ticks apart (0 for whole steps, 1 for a 0.5 step …), at most `max`. */
export function tickDecimals(ticks: readonly TickLayout[], max: number): number {
  if (ticks.length < 2) return 0;
  const step = Math.abs(ticks[1]!.value - ticks[0]!.value);
  if (!(step > 0)) return 0;
  const needed = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const exact = Number.isInteger(Math.round(step * 10 ** needed * 1e6) / 1e6) ? needed : needed + 1;
  return Math.min(max, exact);
}
