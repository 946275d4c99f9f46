/** Finding communes by name, ignoring diacritics, case, punctuation and unit-type prefixes. Pure. */
import { foldDiacritics, stripFoldedPrefix } from './name-keys';

/** One commune the search can offer. */
export interface SearchOption {
  gsoCode: string;
  /** Official full name shown in the list ("Xã Cam Tuyền"). */
  label: string;
  /** Other names it is known by: names printed in the plan, ASCII spelling ("Cam Tuyên", "Cam Tuyen"). */
  alt: string[];
}

/** How well an option matches: lower is better. */
export type MatchRank = 0 | 1 | 2 | 3 | 4;

/** A ranked match. */
export interface SearchMatch {
  option: SearchOption;
  /** 0 exact name, 1 name starts with the query, 2 a word starts with it, 3 it appears inside a word, 4 GSO code prefix. */
  rank: MatchRank;
}

/** Folded, punctuation-free form: "TT. Cam Lộ" → "tt cam lo". */
export function searchKey(text: string): string {
  return foldDiacritics(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded forms of a name: with and without its unit-type prefix ("thi tran cam lo", "cam lo"). */
function forms(text: string): string[] {
  const key = searchKey(text);
  const bare = stripFoldedPrefix(key);
  return bare === key ? [key] : [key, bare];
}

function rankOf(names: readonly string[], query: string): MatchRank | null {
  let best: MatchRank | null = null;
  for (const name of names) {
    const rank: MatchRank | null =
      name === query ? 0 : name.startsWith(query) ? 1 : ` ${name}`.includes(` ${query}`) ? 2 : name.includes(query) ? 3 : null;
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}

/**
 * Options matching `query`, best first: exact names, then names starting with the query, then names
 * with a word starting with it, then names containing it, then GSO codes starting with it (digits only).
 * A unit-type prefix in the query ("xã", "TT") is also tried without it; at equal rank, options matching
 * the whole query come first, then ties keep the options' order. The query and names are compared folded ("cam hieu" finds "Xã Cam Hiếu",
 * "TT Cam Lo" finds "Thị trấn Cam Lộ"). A blank query returns every option in the given order.
 */
export function rankCommunes(options: readonly SearchOption[], query: string): SearchMatch[] {
  const key = searchKey(query);
  if (key === '') return options.map((option) => ({ option, rank: 0 }));
  const bare = stripFoldedPrefix(key);
  const digits = /^\d+$/.test(key);
  const matches: (SearchMatch & { partial: number; order: number })[] = [];
  options.forEach((option, order) => {
    const names = [option.label, ...option.alt].flatMap(forms);
    const whole = rankOf(names, key);
    const part = bare === key ? null : rankOf(names, bare);
    const code: MatchRank | null = digits && option.gsoCode.startsWith(key) ? 4 : null;
    const ranks = [whole, part, code].filter((r): r is MatchRank => r !== null);
    const rank = ranks.length === 0 ? null : (Math.min(...ranks) as MatchRank);
    if (rank !== null) matches.push({ option, rank, partial: whole === rank ? 0 : 1, order });
  });
  matches.sort((a, b) => a.rank - b.rank || a.partial - b.partial || a.order - b.order);
  return matches.map(({ option, rank }) => ({ option, rank }));
}

/** The options matching `query`, best first (see rankCommunes). */
export function searchCommunes(options: readonly SearchOption[], query: string): SearchOption[] {
  return rankCommunes(options, query).map((m) => m.option);
}
