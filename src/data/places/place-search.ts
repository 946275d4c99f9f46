/**
 * Finding any place of either vintage by name in `names.json`: provinces, pre-2025 districts and units,
 * ignoring diacritics, case, punctuation and unit-type prefixes ("hieu giang", "cam lo", "Huyện Cam Lộ").
 * The folded forms are prepared once (buildPlaceSearch), so a query over 15 000 names takes about a
 * millisecond. Pure.
 */
import { foldDiacritics, stripFoldedPrefix, stripUnitPrefix } from '../../core/name-keys';
import type { Bilingual } from '../types';
import type { NameRow } from './catalogue';
import { isUnitCode, placeRef, unitKey, type PlaceRef, type Vintage } from './place-id';
import { districtNameEn, provinceNameEn, splitFullName, vintageSuffix } from './unit-types';

/** What a search hit is. */
export type PlaceKind = 'province' | 'district' | 'unit';

/**
 * How well a hit matches, lower is better: 0 exact name, 1 name starts with the query, 2 a word starts
 * with it, 3 it appears inside a name, 4 a code starts with it, 5 a 2025 unit formed from a unit of that name.
 */
export type PlaceMatchRank = 0 | 1 | 2 | 3 | 4 | 5;

/** One search result. */
export interface PlaceHit {
  kind: PlaceKind;
  vintage: Vintage;
  /** Code as names.json gives it ("19597", "d468", "p44", "w…"). */
  code: string;
  fullName: string;
  /** E.g. vi "Xã Cam Lộ (từ 1/7/2025) — gồm TT Cam Lộ, Cam Thành…", "Huyện Cam Lộ — Tỉnh Quảng Trị (trước 2025)". */
  description: Bilingual;
  /** The province (and district) the place is in, or null for a province. */
  where: Bilingual | null;
  /** The place to open. */
  ref: PlaceRef;
  /** For a unit: its namespaced key, to select it once the place is open. */
  unitKey: string | null;
  rank: PlaceMatchRank;
}

interface Entry {
  row: NameRow;
  kind: PlaceKind;
  ref: PlaceRef;
  /** Folded full name and folded bare name, each with a leading space for word-start tests. */
  full: string;
  bare: string;
  /** Folded name with its type abbreviated as people type it (" tt cam lo", " tp dong ha"), or the bare name. */
  abbr: string;
  /** Lower-case NFC names, for preferring hits spelled with the query's diacritics. */
  lower: string;
}

/** A prepared search over the rows of names.json (make it with buildPlaceSearch; its fields are internal). */
export interface PlaceSearch {
  entries: Entry[];
  /** Every entry's folded full name, one a line, and where each starts: found with indexOf, not a loop over entries. */
  haystack: string;
  starts: Int32Array;
  /** The entries' folded full, bare and abbreviated names as plain arrays, for the hot loop. */
  fulls: string[];
  bares: string[];
  abbrs: string[];
  /** Entries of 2025 units by the folded bare name of each old unit they were formed from. */
  byPart: Map<string, number[]>;
  /** Full names of provinces and districts by "vintage:p44" / "2013:d468", for descriptions. */
  names: Map<string, string>;
}

const KIND_ORDER: Record<PlaceKind, number> = { province: 0, district: 1, unit: 2 };
const MAX_QUERY = 100;
/** Room for entry positions in a match's sort key (more than any names list holds). */
const POSITIONS = 2 ** 20;
/** Usual abbreviations of unit types, folded ("TT Cam Lộ", "TP. Đông Hà", "P. 4", "TX Quảng Trị"). */
const ABBREVIATIONS: Record<string, string> = { 'Thị trấn': 'tt', 'Thị xã': 'tx', 'Thành phố': 'tp', Phường: 'p' };

/** Folded, punctuation-free form: "TT. Cam Lộ" → "tt cam lo". */
function key(text: string): string {
  return foldDiacritics(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function kindOf(code: string): PlaceKind {
  return code.startsWith('p') ? 'province' : code.startsWith('d') ? 'district' : 'unit';
}

function refOf(row: NameRow, kind: PlaceKind): PlaceRef | null {
  if (kind === 'province') return placeRef(row.vintage, row.province);
  if (row.vintage === '2013') return placeRef('2013', row.province, row.district);
  return kind === 'unit' ? placeRef('2025', row.province) : null;
}

/** Prepare the search over the rows of names.json (rows with inconsistent codes are left out). */
export function buildPlaceSearch(rows: readonly NameRow[]): PlaceSearch {
  const names = new Map<string, string>();
  const entries: Entry[] = [];
  for (const row of rows) {
    if (!isUnitCode(row.code)) continue;
    const kind = kindOf(row.code);
    if (kind !== 'unit') names.set(`${row.vintage}:${row.code}`, row.fullName);
    const ref = refOf(row, kind);
    if (!ref) continue;
    const split = splitFullName(row.fullName);
    const full = key(row.fullName);
    const type = split.type ? key(split.type) : '';
    const bare = ` ${type && full.startsWith(`${type} `) ? full.slice(type.length + 1) : key(split.name)}`;
    const abbr = split.type && ABBREVIATIONS[split.type] ? ` ${ABBREVIATIONS[split.type]}${bare}` : bare;
    entries.push({ row, kind, ref, full: ` ${full}`, bare, abbr, lower: row.fullName.toLowerCase() });
  }
  // Ties are broken by position: 2025 first, then by folded name (a plain comparison, fast on 15 000 names).
  const order = entries.map((e) => ({ e, by: `${e.row.vintage === '2025' ? 0 : 1}${e.bare}\n${e.full}\n${e.row.fullName}` }));
  order.sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
  order.forEach(({ e }, i) => (entries[i] = e));
  const starts = new Int32Array(entries.length + 1);
  entries.forEach((e, i) => (starts[i + 1] = starts[i]! + e.full.length + 1));
  const byPart = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const part of e.row.parts ? foldDiacritics(e.row.parts).split(/[,;]/) : []) {
      const folded = stripFoldedPrefix(part.replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
      if (folded) byPart.set(folded, [...(byPart.get(folded) ?? []), i]);
    }
  });
  const haystack = entries.map((e) => e.full).join('\n');
  const line = (i: number) => haystack.slice(starts[i]!, starts[i + 1]! - 1);
  const fulls = entries.map((_, i) => line(i));
  return { entries, haystack, starts, fulls, bares: entries.map((e) => e.bare), abbrs: entries.map((e) => e.abbr), byPart, names };
}

/** Index of the entry whose line holds character `offset` of the haystack. */
function entryAt(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function textRank(name: string, spaced: string, plain: string): PlaceMatchRank | null {
  if (name === spaced) return 0;
  if (name.startsWith(spaced)) return 1;
  if (name.indexOf(spaced) > 0) return 2;
  return name.includes(plain) ? 3 : null;
}

/** A folded query without its unit-type prefix ("xa cam lo" → "cam lo"; also "tinh …", "dac khu …", "p …" from "P. …"). */
function stripQueryPrefix(folded: string): string {
  const stripped = stripFoldedPrefix(folded);
  if (stripped !== folded) return stripped;
  const match = /^(?:tinh|dac khu|p) (.+)$/.exec(folded);
  return match ? match[1]! : folded;
}

function best(a: PlaceMatchRank | null, b: PlaceMatchRank | null): PlaceMatchRank | null {
  return a === null ? b : b === null ? a : a < b ? a : b;
}

function describe(search: PlaceSearch, hit: Entry): { description: Bilingual; where: Bilingual | null } {
  const { row, kind } = hit;
  const provinceFull = search.names.get(`${row.vintage}:p${row.province}`) ?? row.province;
  const districtFull = row.district ? (search.names.get(`2013:d${row.district}`) ?? row.district) : null;
  const vi = vintageSuffix(row.vintage, 'vi');
  const en = vintageSuffix(row.vintage, 'en');
  if (kind === 'province') return { description: { vi: `${row.fullName} ${vi}`, en: `${provinceNameEn(row.fullName)} ${en}` }, where: null };
  const whereVi = [kind === 'unit' ? districtFull : null, provinceFull].filter((s): s is string => s !== null).join(', ');
  const whereEn = [kind === 'unit' && districtFull ? districtNameEn(districtFull) : null, provinceNameEn(provinceFull)].filter((s): s is string => s !== null).join(', ');
  const where = { vi: whereVi, en: whereEn };
  if (kind === 'district') return { description: { vi: `${row.fullName} — ${provinceFull} ${vi}`, en: `${districtNameEn(row.fullName)} — ${provinceNameEn(provinceFull)} ${en}` }, where };
  if (row.vintage === '2025') {
    const parts = row.parts ? { vi: ` — gồm ${row.parts}`, en: ` — from ${row.parts}` } : { vi: '', en: '' };
    return { description: { vi: `${row.fullName} ${vi}${parts.vi}`, en: `${row.fullName} ${en}${parts.en}` }, where };
  }
  return { description: { vi: `${row.fullName} — ${whereVi} ${vi}`, en: `${row.fullName} — ${whereEn} ${en}` }, where };
}

/**
 * Places matching `query`, best first, at most `limit`: by rank (see PlaceMatchRank), then hits matching
 * the whole query before those matching it without its type prefix ("huyện cam lộ" puts the district
 * first), then names spelled with the query's diacritics ("Cẩm Lộ" before "Cam Lộ"), then provinces,
 * districts, units, then 2025 before pre-2025 and by name. A blank query finds nothing.
 */
export function searchPlaces(search: PlaceSearch, query: string, limit = 20): PlaceHit[] {
  const raw = query.slice(0, MAX_QUERY);
  const whole = key(raw);
  if (whole === '') return [];
  const bare = stripQueryPrefix(whole);
  const [spacedWhole, spacedBare] = [` ${whole}`, ` ${bare}`];
  const digits = /^\d+$/.test(whole);
  const lowerQuery = raw.normalize('NFC').toLowerCase().trim();
  const accented = foldDiacritics(lowerQuery) !== lowerQuery;
  const lowerBare = stripUnitPrefix(lowerQuery);
  // One number per match orders it: rank, whole/partial, spelling, kind, then the entry's position (unique).
  // Matches are added best rank class first (names, codes, old parts), so an entry's first key is its best;
  // only the `limit` smallest keys are kept, in order, so a query matching everything sorts nothing big.
  const seen = new Uint8Array(search.entries.length);
  const top: number[] = [];
  const max = Math.max(0, limit);
  const add = (i: number, rank: PlaceMatchRank, partial: number) => {
    if (seen[i]) return;
    seen[i] = 1;
    const entry = search.entries[i]!;
    const spelled = accented && !(entry.lower.includes(lowerQuery) || entry.lower.includes(lowerBare)) ? 1 : 0;
    const sortKey = (((rank * 2 + partial) * 2 + spelled) * 3 + KIND_ORDER[entry.kind]) * POSITIONS + i;
    if (top.length >= max && sortKey >= top[top.length - 1]!) return;
    let at = top.length;
    while (at > 0 && top[at - 1]! > sortKey) at--;
    top.splice(at, 0, sortKey);
    if (top.length > max) top.pop();
  };
  // Every name containing the bare query (the whole query contains it) is a line of the haystack holding it.
  for (let at = search.haystack.indexOf(bare); at >= 0; ) {
    const i = entryAt(search.starts, at);
    const [full, bareName] = [search.fulls[i]!, search.bares[i]!];
    let rank = best(best(textRank(full, spacedWhole, whole), textRank(bareName, spacedWhole, whole)), bare !== whole ? textRank(search.abbrs[i]!, spacedWhole, whole) : null);
    let partial = 0;
    if (bare !== whole) {
      const part = best(textRank(full, spacedBare, bare), textRank(bareName, spacedBare, bare));
      if (part !== null && (rank === null || part < rank)) [rank, partial] = [part, 1];
    }
    if (rank !== null) add(i, rank, partial);
    at = search.haystack.indexOf(bare, search.starts[i + 1]!);
  }
  if (digits) search.entries.forEach((e, i) => e.row.code.replace(/^[pd]/, '').startsWith(whole) && add(i, 4, 0));
  for (const i of [...(search.byPart.get(whole) ?? []), ...(search.byPart.get(bare) ?? [])]) add(i, 5, 0);
  return Array.from(top, (k) => {
    const entry = search.entries[k % POSITIONS]!;
    const rank = Math.floor(k / POSITIONS / 12) as PlaceMatchRank;
    return {
      kind: entry.kind,
      vintage: entry.row.vintage,
      code: entry.row.code,
      fullName: entry.row.fullName,
      ...describe(search, entry),
      ref: entry.ref,
      unitKey: entry.kind === 'unit' ? unitKey(entry.row.vintage, entry.row.code) : null,
      rank,
    };
  });
}
