/** Ranking of communes by a metric. Pure: no DOM. */
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
