/**
 * Matching a table's rows to the units of its place: the person's fixes first, then by code, by exact name,
 * by name without diacritics, by spelling variant; a unit claimed by two rows stays with the better match and
 * the other row becomes doubtful. Rows left over get alternatives: units merged after the boundaries were
 * drawn (a row whose name is made of syllables of several free neighbouring units, e.g. Thanh An = Cam An +
 * Cam Thanh) and units with similar names. Pure.
 */
import type { Bilingual } from '../data/types';
import { codeKey, exactKey, foldedKey, prefixTypes, syllables, variantKey, type PlaceUnit, type TableUnitRow } from './unit-keys';

/** How a row found its unit(s). */
export type MatchHow = 'fixed' | 'code' | 'exact-name' | 'folded-name' | 'variant' | 'merged' | 'similar' | 'none';

/** Another reading of a row: one unit, or several to dissolve into one. */
export interface MatchAlternative {
  codes: string[];
  how: 'merged' | 'similar' | 'same-name';
  /** 0–1, higher is better. */
  score: number;
}

/** One row and the unit(s) it is matched to (none when `codes` is empty). */
export interface RowMatch {
  row: TableUnitRow;
  codes: string[];
  how: MatchHow;
  /** True when the person should confirm: a guess, several candidates, or a unit another row also claims. */
  doubtful: boolean;
  alternatives: MatchAlternative[];
}

/** The matching of a table to a place. */
export interface UnitMatching {
  matches: RowMatch[];
  rowsWithoutUnit: TableUnitRow[];
  unitsWithoutRow: PlaceUnit[];
  /** True when every row has its unit(s) without doubt (or the person decided), so the map can show at once. */
  complete: boolean;
}

/** The person's decisions: row number → unit codes (several = merge them; none = the row has no unit). */
export type UnitFixes = Record<string, string[]>;

/** Options: the person's fixes, and which units touch (to prefer merging neighbours). */
export interface MatchOptions {
  fixes?: UnitFixes;
  adjacent?: (a: string, b: string) => boolean;
}

const RANK: Record<MatchHow, number> = { fixed: 0, code: 1, 'exact-name': 2, 'folded-name': 3, variant: 4, merged: 5, similar: 6, none: 7 };
const MAX_MERGE_CANDIDATES = 12;

function direct(row: TableUnitRow, units: readonly PlaceUnit[]): { how: MatchHow; units: PlaceUnit[] } | null {
  const code = row.code ? codeKey(row.code) : null;
  if (code) {
    const byCode = units.filter((u) => codeKey(u.code) === code);
    if (byCode.length > 0) return { how: 'code', units: byCode };
  }
  const allowed = prefixTypes(row.name);
  const tiers: [MatchHow, (name: string) => string][] = [['exact-name', exactKey], ['folded-name', foldedKey], ['variant', variantKey]];
  for (const [how, key] of tiers) {
    const wanted = key(row.name);
    if (wanted === '') continue;
    let found = units.filter((u) => key(u.name) === wanted || key(u.fullName) === wanted);
    if (found.length > 1 && allowed) {
      const narrowed = found.filter((u) => u.type !== null && allowed.includes(u.type));
      if (narrowed.length > 0) found = narrowed;
    }
    if (found.length > 0) return { how, units: found };
  }
  return null;
}

function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  const common = new Set(a.filter((s) => set.has(s))).size;
  return (2 * common) / (new Set(a).size + set.size);
}

/** Sets of 2–3 free units whose syllables together spell the row's name, each adding syllables of its own; smallest and touching first. */
function mergedAlternatives(row: TableUnitRow, free: readonly PlaceUnit[], adjacent?: MatchOptions['adjacent']): MatchAlternative[] {
  const wanted = new Set(syllables(row.name));
  if (wanted.size < 2) return [];
  const pool = free
    .map((u) => ({ unit: u, own: syllables(u.name).filter((s) => wanted.has(s)) }))
    .filter((x) => x.own.length > 0 && x.own.length < wanted.size)
    .slice(0, MAX_MERGE_CANDIDATES);
  const found: MatchAlternative[] = [];
  const consider = (set: typeof pool) => {
    const covered = new Set(set.flatMap((x) => x.own));
    if (covered.size !== wanted.size) return;
    const everyAdds = set.every((x) => x.own.some((s) => set.filter((y) => y !== x).every((y) => !y.own.includes(s))));
    if (!everyAdds) return;
    const touching = !adjacent || set.every((x) => set.some((y) => y !== x && adjacent(x.unit.code, y.unit.code)));
    const score = (touching ? 0.8 : 0.6) - (set.length - 2) * 0.1;
    found.push({ codes: set.map((x) => x.unit.code).sort(), how: 'merged', score });
  };
  for (let i = 0; i < pool.length; i++) {
    for (let j = i + 1; j < pool.length; j++) {
      consider([pool[i]!, pool[j]!]);
      for (let k = j + 1; k < pool.length; k++) consider([pool[i]!, pool[j]!, pool[k]!]);
    }
  }
  return found.sort((a, b) => b.score - a.score || a.codes.join().localeCompare(b.codes.join())).slice(0, 3);
}

function similarAlternatives(row: TableUnitRow, units: readonly PlaceUnit[]): MatchAlternative[] {
  const mine = syllables(row.name);
  return units
    .map((u) => ({ codes: [u.code], how: 'similar' as const, score: dice(mine, syllables(u.name)) }))
    .filter((a) => a.score >= 0.5)
    .sort((a, b) => b.score - a.score || a.codes[0]!.localeCompare(b.codes[0]!))
    .slice(0, 4);
}

/** Match the rows of a table to the units of its place; see the module comment. */
export function matchUnits(rows: readonly TableUnitRow[], units: readonly PlaceUnit[], options: MatchOptions = {}): UnitMatching {
  const known = new Set(units.map((u) => u.code));
  const matches: RowMatch[] = rows.map((row) => {
    const fix = options.fixes?.[String(row.row)];
    if (fix) return { row, codes: fix.filter((c) => known.has(c)), how: 'fixed', doubtful: false, alternatives: [] };
    const found = direct(row, units);
    if (!found) return { row, codes: [], how: 'none', doubtful: true, alternatives: [] };
    if (found.units.length === 1) return { row, codes: [found.units[0]!.code], how: found.how, doubtful: false, alternatives: [] };
    const alternatives = found.units.map((u) => ({ codes: [u.code], how: 'same-name' as const, score: 0.5 }));
    return { row, codes: [], how: found.how, doubtful: true, alternatives };
  });
  // A unit claimed by several rows stays with the best-matched one (a tie leaves every claimant in doubt).
  const claims = new Map<string, RowMatch[]>();
  for (const m of matches) for (const code of m.codes) claims.set(code, [...(claims.get(code) ?? []), m]);
  for (const [code, claimants] of claims) {
    if (claimants.length < 2) continue;
    const best = Math.min(...claimants.map((m) => RANK[m.how]));
    const winners = claimants.filter((m) => RANK[m.how] === best);
    for (const m of claimants) {
      if (winners.length === 1 && m === winners[0]) continue;
      m.doubtful = true;
      m.alternatives = [...m.alternatives, { codes: [code], how: 'same-name', score: 0.4 }];
      if (m.how !== 'fixed') m.codes = m.codes.filter((c) => c !== code);
    }
  }
  const claimed = new Set(matches.flatMap((m) => m.codes));
  const free = units.filter((u) => !claimed.has(u.code));
  for (const m of matches) {
    if (m.codes.length > 0 || m.how === 'fixed') continue;
    const merged = mergedAlternatives(m.row, free, options.adjacent);
    const similar = similarAlternatives(m.row, units).filter((s) => !m.alternatives.some((a) => a.codes.join() === s.codes.join()));
    m.alternatives = [...merged, ...m.alternatives, ...similar];
    const proposal = merged[0];
    if (proposal && m.how === 'none') Object.assign(m, { codes: proposal.codes, how: 'merged' });
  }
  const used = new Set(matches.flatMap((m) => m.codes));
  return {
    matches,
    rowsWithoutUnit: matches.filter((m) => m.codes.length === 0 && m.how !== 'fixed').map((m) => m.row),
    unitsWithoutRow: units.filter((u) => !used.has(u.code)),
    complete: matches.every((m) => !m.doubtful && (m.codes.length > 0 || m.how === 'fixed')),
  };
}

/** A short bilingual note of how a row was matched, for the review and the data checks. */
export function matchNote(match: RowMatch, unitName: (code: string) => string): Bilingual {
  const names = match.codes.map(unitName).join(' + ');
  switch (match.how) {
    case 'fixed': return match.codes.length ? { vi: `do bạn chọn: ${names}`, en: `chosen by you: ${names}` } : { vi: 'bạn đã chọn: không có đơn vị', en: 'you chose: no unit' };
    case 'code': return { vi: 'theo mã đơn vị', en: 'by unit code' };
    case 'exact-name': return { vi: 'theo tên', en: 'by name' };
    case 'folded-name': return { vi: `theo tên bỏ dấu (tên chính thức: ${names})`, en: `by name ignoring diacritics (official name: ${names})` };
    case 'variant': return { vi: `theo cách viết khác (tên chính thức: ${names})`, en: `by a spelling variant (official name: ${names})` };
    case 'merged': return { vi: `đề xuất: gộp ${names} (đơn vị sáp nhập sau ranh giới)`, en: `suggested: merge ${names} (a unit merged after the boundaries)` };
    case 'similar': return { vi: `tên gần giống: ${names}`, en: `similar name: ${names}` };
    default: return { vi: 'không tìm thấy đơn vị', en: 'no unit found' };
  }
}
