/**
 * Matching a table's rows to the units of its place: the person's fixes first, then by code, by exact name,
 * by name without diacritics, by spelling variant; a unit claimed by two rows stays with the better match and
 * the other row becomes doubtful. Rows left over get alternatives: units merged after the boundaries were
 * drawn (a row whose name is made of syllables of several free neighbouring units, e.g. Thanh An = Cam An +
 * Cam Thanh) and units with similar names. The units are indexed once (by code, name keys and syllables), so
 * a row is compared only with the units sharing its code, a key or a syllable, even in a table of the whole
 * country. Pure.
 */
import type { Bilingual } from '../data/types';
import { codeKey, indexUnits, prefixTypes, rowKeys, type NameTier, type PlaceUnit, type TableUnitRow, type UnitIndex } from './unit-keys';

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
const TIERS: readonly [MatchHow, NameTier][] = [['exact-name', 'exact'], ['folded-name', 'folded'], ['variant', 'variant']];

function direct(row: TableUnitRow, index: UnitIndex): { how: MatchHow; units: readonly PlaceUnit[] } | null {
  const code = row.code ? codeKey(row.code) : null;
  if (code) {
    const byCode = index.byCode(code);
    if (byCode.length > 0) return { how: 'code', units: byCode };
  }
  const keys = rowKeys(row);
  for (const [how, tier] of TIERS) {
    const wanted = keys[tier]();
    if (wanted === '') continue;
    let found = index.byName(tier, wanted);
    const allowed = found.length > 1 ? prefixTypes(row.name) : null;
    if (allowed) {
      const narrowed = found.filter((u) => u.type !== null && allowed.includes(u.type));
      if (narrowed.length > 0) found = narrowed;
    }
    if (found.length > 0) return { how, units: found };
  }
  return null;
}

/** Positions of the units sharing a syllable with `wanted`, ascending, with how many of its different syllables each has. */
function sharing(wanted: ReadonlySet<string>, index: UnitIndex): Map<number, number> {
  const common = new Map<number, number>();
  for (const s of wanted) for (const position of index.withSyllable(s)) common.set(position, (common.get(position) ?? 0) + 1);
  return common.size < 2 ? common : new Map([...common].sort((a, b) => a[0] - b[0]));
}

/** Sets of 2–3 free units whose syllables together spell the row's name, each adding syllables of its own; smallest and touching first. */
function mergedAlternatives(wanted: ReadonlySet<string>, candidates: ReadonlyMap<number, number>, index: UnitIndex, claimed: ReadonlySet<string>, adjacent?: MatchOptions['adjacent']): MatchAlternative[] {
  if (wanted.size < 2) return [];
  const pool: { unit: PlaceUnit; own: string[] }[] = [];
  for (const position of candidates.keys()) {
    const unit = index.units[position]!;
    if (claimed.has(unit.code)) continue;
    const own = index.syllablesAt(position).filter((s) => wanted.has(s));
    if (own.length < wanted.size) pool.push({ unit, own });
    if (pool.length === MAX_MERGE_CANDIDATES) break;
  }
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

/** Units whose names share at least half their syllables with the row's (Dice coefficient ≥ 0.5), best first. */
function similarAlternatives(wanted: ReadonlySet<string>, candidates: ReadonlyMap<number, number>, index: UnitIndex): MatchAlternative[] {
  const found: MatchAlternative[] = [];
  for (const [position, common] of candidates) {
    const score = (2 * common) / (wanted.size + index.distinctAt(position));
    if (score >= 0.5) found.push({ codes: [index.units[position]!.code], how: 'similar', score });
  }
  return found.sort((a, b) => b.score - a.score || a.codes[0]!.localeCompare(b.codes[0]!)).slice(0, 4);
}

/** The codes the matches give. */
function codesOf(matches: readonly RowMatch[]): Set<string> {
  const codes = new Set<string>();
  for (const m of matches) for (const code of m.codes) codes.add(code);
  return codes;
}

/** Match the rows of a table to the units of its place; see the module comment. */
export function matchUnits(rows: readonly TableUnitRow[], units: readonly PlaceUnit[], options: MatchOptions = {}): UnitMatching {
  const index = indexUnits(units);
  const known = new Set(units.map((u) => u.code));
  const matches: RowMatch[] = rows.map((row) => {
    const fix = options.fixes?.[String(row.row)];
    if (fix) return { row, codes: fix.filter((c) => known.has(c)), how: 'fixed', doubtful: false, alternatives: [] };
    const found = direct(row, index);
    if (!found) return { row, codes: [], how: 'none', doubtful: true, alternatives: [] };
    if (found.units.length === 1) return { row, codes: [found.units[0]!.code], how: found.how, doubtful: false, alternatives: [] };
    const alternatives = found.units.map((u) => ({ codes: [u.code], how: 'same-name' as const, score: 0.5 }));
    return { row, codes: [], how: found.how, doubtful: true, alternatives };
  });
  // A unit claimed by several rows stays with the best-matched one (a tie leaves every claimant in doubt).
  const claims = new Map<string, RowMatch[]>();
  for (const m of matches) {
    for (const code of m.codes) {
      const list = claims.get(code);
      if (list) list.push(m);
      else claims.set(code, [m]);
    }
  }
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
  const claimed = codesOf(matches);
  for (const m of matches) {
    if (m.codes.length > 0 || m.how === 'fixed') continue;
    const syllables = rowKeys(m.row).syllables();
    // A row sharing no syllable with any unit has no alternative to add.
    if (!syllables.some((s) => index.withSyllable(s).length > 0)) continue;
    const wanted = new Set(syllables);
    const candidates = sharing(wanted, index);
    const merged = mergedAlternatives(wanted, candidates, index, claimed, options.adjacent);
    const similar = similarAlternatives(wanted, candidates, index).filter((s) => !m.alternatives.some((a) => a.codes.join() === s.codes.join()));
    m.alternatives = [...merged, ...m.alternatives, ...similar];
    const proposal = merged[0];
    if (proposal && m.how === 'none') Object.assign(m, { codes: proposal.codes, how: 'merged' });
  }
  const used = codesOf(matches);
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
