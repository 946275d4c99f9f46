/** Ranking of communes by a metric and the geometry of the ranking bar chart. Pure: no DOM. */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { UnitMetricValue } from './dataset';

/** One commune in a ranking. */
export interface RankingRow {
  gsoCode: string;
  /** Official name without type ("Cam Tuyền"). */
  name: string;
  /** Official name with type ("Xã Cam Tuyền"). */
  fullName: string;
  value: number | null;
  /** 1 = highest value; tied values share a rank (1, 2, 2, 4); null when the value is missing. */
  rank: number | null;
}

/** A commune's place in a ranking. */
export interface Rank {
  rank: number;
  /** Number of communes that have a value. */
  of: number;
}

/** Values closer than this (relative to their size) count as a tie, so floating-point noise never splits one. */
const TIE_TOLERANCE = 1e-9;

/** True when two metric values are equal up to floating-point noise. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Rows sorted by value, highest first, with competition ranks (ties share a rank); missing values
 * come last, by name, without a rank. Ties keep the input (table) order.
 */
export function buildRanking(values: readonly UnitMetricValue[]): RankingRow[] {
  const present = values.filter((v) => v.value !== null && Number.isFinite(v.value));
  const missing = values.filter((v) => v.value === null || !Number.isFinite(v.value));
  const sorted = present
    .map((v, index) => ({ v, index }))
    .sort((a, b) => (sameValue(a.v.value!, b.v.value!) ? a.index - b.index : b.v.value! - a.v.value!));
  const rows: RankingRow[] = [];
  sorted.forEach(({ v }, i) => {
    const previous = rows[i - 1];
    const tied = previous !== undefined && previous.value !== null && sameValue(previous.value, v.value!);
    rows.push({ gsoCode: v.gsoCode, name: v.name, fullName: v.fullName, value: v.value, rank: tied ? previous.rank : i + 1 });
  });
  const byName = [...missing].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return [...rows, ...byName.map((v) => ({ gsoCode: v.gsoCode, name: v.name, fullName: v.fullName, value: null, rank: null }))];
}

/** The rank of one commune among those with a value, or null when it has no value or is not listed. */
export function rankIn(rows: readonly RankingRow[], gsoCode: string): Rank | null {
  const row = rows.find((r) => r.gsoCode === gsoCode);
  if (!row || row.rank === null) return null;
  return { rank: row.rank, of: rows.filter((r) => r.rank !== null).length };
}

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
  const x = scaleLinear().domain([lo, hi]).range([plotLeft + leftPad, plotRight - rightPad]).nice();
  const rowHeight = compact ? 44 : 30;
  const plotTop = TOP;
  const plotBottom = TOP + drawn.length * rowHeight;
  const band = scaleBand<string>().domain(drawn.map((r) => r.gsoCode)).range([plotTop, plotBottom]);
  const zeroX = x(0);
  const bars = drawn.map((r): BarLayout => {
    const rowY = band(r.gsoCode) ?? plotTop;
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
  const ticks = x.ticks(tickCount).map((value) => ({ value, x: x(value) }));
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
