/**
 * Finding the place of a planner's table from its unit names and codes, with the national names list
 * (`names.json`): which vintage, province, district and level its rows are units of. Each candidate place is
 * scored by how many rows it explains (precision) and how much of the place the rows cover (recall), as
 * their harmonic mean, so a district's table finds its district rather than its province; the whole country
 * (2025) is a candidate too, for tables of several provinces. Ties go to 2025. Pure.
 */
import type { NameRow } from '../data/places/catalogue';
import { NATIONAL, placeRef, type PlaceRef } from '../data/places/place-id';
import { splitFullName } from '../data/places/unit-types';
import { codeKey, rowKeys, variantKeys, type PlaceUnit, type TableUnitRow } from './unit-keys';

/** A place the table may be of, and how well it fits. */
export interface PlaceCandidate {
  ref: PlaceRef;
  /** 0–1: harmonic mean of the share of rows found in the place and the share of the place's units found. */
  score: number;
  /** Rows that name (or give the code of) a unit of the place. */
  matched: number;
  rows: number;
  /** Units (or districts, at district level) the place has. */
  units: number;
}

/** The best place, the runner-up, and whether the best is clear enough to use without asking. */
export interface PlaceGuess {
  best: PlaceCandidate | null;
  runnerUp: PlaceCandidate | null;
  /** True when the best explains most rows and clearly beats the runner-up. */
  certain: boolean;
}

/** A names row that is a unit of some place, with the keys of those places (see placesOfRow) and their numbers. */
interface PlaceEntry {
  row: NameRow;
  places: string[];
  placeIds: number[];
  /** The number of its code: entries with the same code have the same. */
  unit: number;
}

/** Entries by key: an entry alone, or several in a list (most keys have one, and no list is made for them). */
type EntryMap<K> = Map<K, PlaceEntry | PlaceEntry[]>;

/**
 * Entry positions by code number (codes have at most 5 digits), without a map: `first[code]` is the position of
 * the first entry of the code and `next[position]` that of the following one of the same code, each plus one
 * (0: none, so the arrays need no filling).
 */
interface CodeChains {
  first: Int32Array;
  last: Int32Array;
  next: Int32Array;
}

/** Code numbers are below this. */
const CODES = 100_000;

/** names.json prepared for finding places: its units by name key and by code, and how many units each place has. */
export interface PlaceNames {
  /** By the variant key of the name (see variantKey): a row's folded or variant key finds the same units through it. */
  byName: EntryMap<string>;
  /** By the number of the code (see codeNumber), as chains of entry positions (see CodeChains). */
  byCode: CodeChains;
  /** Units of each place, by place key (see placeKey). */
  sizes: Map<string, number>;
  entries: PlaceEntry[];
  /** The key of each place number (see PlaceEntry). */
  placeKeys: string[];
}

/** Key of a place: "2013-45-468", "2013-45", "2013-45:district", "2025-44". */
export function placeKey(ref: PlaceRef): string {
  const base = `${ref.vintage}-${ref.province}${ref.district ? `-${ref.district}` : ''}`;
  return ref.level === 'district' ? `${base}:district` : base;
}

function refOfKey(key: string): PlaceRef | null {
  const m = /^(2013|2025)-(\d{2})(?:-(\d{3}))?(:district)?$/.exec(key);
  if (!m) return null;
  return placeRef(m[1] as '2013' | '2025', m[2]!, m[3] ?? null, m[4] ? 'district' : 'commune');
}

/** Key of the whole country at 2025 communes (`place=2025`). */
const NATIONAL_KEY = placeKey({ vintage: '2025', province: NATIONAL, level: 'commune' });

/**
 * The places a names row is a unit of: a 2025 commune is in its province and in the whole country; a pre-2025
 * commune is in its district and its province; a district is a unit of its province at district level.
 */
function placesOfRow(row: NameRow): string[] {
  if (row.code.startsWith('p')) return [];
  if (row.code.startsWith('d')) return row.vintage === '2013' ? [`2013-${row.province}:district`] : [];
  if (row.vintage === '2025') return [`2025-${row.province}`, NATIONAL_KEY];
  return row.district ? [`2013-${row.province}-${row.district}`, `2013-${row.province}`] : [`2013-${row.province}`];
}

function add<K>(map: EntryMap<K>, key: K, entry: PlaceEntry): void {
  const held = map.get(key);
  if (held === undefined) map.set(key, entry);
  else if (Array.isArray(held)) held.push(entry);
  else map.set(key, [held, entry]);
}

/** Names rows of one vintage, kind, province and district: the places they are units of, and how many they are. */
interface Group {
  places: string[];
  placeIds: number[];
  units: number;
}

/**
 * Prepare the names rows for findPlace and placeUnits. Work shared by many rows is done once: the places of
 * the rows of one vintage, kind, province and district, and the key of a name (all keys made together, see variantKeys).
 */
export function buildPlaceNames(rows: readonly NameRow[]): PlaceNames {
  const byCode: CodeChains = { first: new Int32Array(CODES), last: new Int32Array(CODES), next: new Int32Array(rows.length) };
  const names: PlaceNames = { byName: new Map(), byCode, sizes: new Map(), entries: [], placeKeys: [] };
  const groups = new Map<string, Group>();
  const placeIds = new Map<string, number>();
  const placeId = (key: string) => placeIds.get(key) ?? (placeIds.set(key, names.placeKeys.push(key) - 1), names.placeKeys.length - 1);
  /** Numbers of the codes that are not numbers ("w…" ids); numeric codes are told apart along their chain (see CodeChains). */
  const otherCodes = new Map<string, number>();
  let units = 0;
  /** The bare name of each different full name, and which of them each entry has. */
  const bare: string[] = [];
  const bareOfFullName = new Map<string, number>();
  const bareOfEntry: number[] = [];
  let previous: { row: NameRow; kind: string; group: Group } | null = null;
  for (const row of rows) {
    const kind = row.code.startsWith('p') ? 'p' : row.code.startsWith('d') ? 'd' : 'u';
    // Rows come grouped by vintage, kind, province and district: the group of the row before is looked up once.
    let group: Group | undefined = previous?.kind === kind && previous.row.vintage === row.vintage && previous.row.province === row.province && previous.row.district === row.district ? previous.group : undefined;
    if (!group) {
      const id = `${row.vintage}${kind}${row.province}${row.district ?? ''}`;
      group = groups.get(id);
      if (!group) {
        const places = placesOfRow(row);
        groups.set(id, (group = { places, placeIds: places.map(placeId), units: 0 }));
      }
      previous = { row, kind, group };
    }
    if (group.places.length === 0) continue;
    group.units++;
    const code = codeNumber(kind === 'd' ? row.code.slice(1) : row.code);
    let unit: number | undefined;
    if (code === null) unit = otherCodes.get(row.code) ?? (otherCodes.set(row.code, units), units++);
    else for (let link = byCode.first[code]!; link !== 0 && unit === undefined; link = byCode.next[link - 1]!) if (names.entries[link - 1]!.row.code === row.code) unit = names.entries[link - 1]!.unit;
    const entry: PlaceEntry = { row, places: group.places, placeIds: group.placeIds, unit: unit ?? units++ };
    names.entries.push(entry);
    let name = bareOfFullName.get(row.fullName);
    if (name === undefined) bareOfFullName.set(row.fullName, (name = bare.push(splitFullName(row.fullName).name) - 1));
    bareOfEntry.push(name);
    if (code !== null) {
      const link = names.entries.length;
      if (byCode.first[code] === 0) byCode.first[code] = link;
      else byCode.next[byCode.last[code]! - 1] = link;
      byCode.last[code] = link;
    }
  }
  const keys = variantKeys(bare);
  names.entries.forEach((entry, i) => {
    const key = keys[bareOfEntry[i]!]!;
    if (key !== '') add(names.byName, key, entry);
  });
  for (const { places, units } of groups.values()) for (const place of places) names.sizes.set(place, (names.sizes.get(place) ?? 0) + units);
  return names;
}

/** A code as a number: codes with the same codeKey have the same number; null when codeKey is null. */
function codeNumber(code: string): number | null {
  const key = codeKey(code);
  return key === null ? null : Number(key);
}

/** Whether one of the first `count` entries of `list` is `entry`. */
function foundBefore(list: readonly PlaceEntry[], count: number, entry: PlaceEntry): boolean {
  for (let i = 0; i < count; i++) if (list[i] === entry) return true;
  return false;
}

/** The candidate units of names.json for one table row: by code when it gives one, and by name (each once, in that order). */
function rowCandidates(row: TableUnitRow, names: PlaceNames): PlaceEntry[] {
  const found: PlaceEntry[] = [];
  const take = (held: PlaceEntry | PlaceEntry[] | undefined) => {
    if (held === undefined) return;
    // A list holds an entry once: only what was found before can repeat it.
    const before = found.length;
    for (const e of Array.isArray(held) ? held : [held]) if (!foundBefore(found, before, e)) found.push(e);
  };
  const code = row.code ? codeNumber(row.code) : null;
  if (code !== null) {
    const { first, next } = names.byCode;
    for (let link = first[code]!; link !== 0; link = next[link - 1]!) found.push(names.entries[link - 1]!);
  }
  const key = rowKeys(row).variant();
  if (key !== '') take(names.byName.get(key));
  return found;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** How many rows and units of a table are found in one place (`last`: the row counted last). */
interface Hit {
  rows: number;
  rowSet: Set<number> | null;
  units: number;
  last: TableUnitRow | null;
}

/** Candidates from first to last: best score, most rows, 2025 before pre-2025, a province before the whole country, fewest units. */
function order(a: PlaceCandidate, b: PlaceCandidate): number {
  const national = (c: PlaceCandidate) => (c.ref.province === NATIONAL ? 1 : 0);
  return b.score - a.score || b.matched - a.matched || b.ref.vintage.localeCompare(a.ref.vintage) || national(a) - national(b) || a.units - b.units || placeKey(a.ref).localeCompare(placeKey(b.ref));
}

/**
 * Find the place of a table's unit rows among the places of names.json; see the module comment. The whole
 * country (2025) is a candidate when two provinces or more each certainly hold two rows or more (a row whose
 * 2025 units all lie in one province): its recall is over the units of those provinces, so a table of
 * several provinces finds the country, and one of a single province (with a stray row or two) that province.
 */
export function findPlace(rows: readonly TableUnitRow[], names: PlaceNames): PlaceGuess {
  // Rows in increasing order (as a read table gives them) are told apart by counting, others by a set of their numbers.
  const increasing = rows.every((row, i) => i === 0 || row.row > rows[i - 1]!.row);
  const hits: Hit[] = [];
  /** The units found in each place, as unit number × places + place number. */
  const found = new Set<number>();
  const places = names.placeKeys.length;
  const provinceRows = new Map<string, number>();
  for (const row of rows) {
    // The province of the row when its 2025 communes all lie in one (null: in several).
    let province: string | null | undefined;
    for (const candidate of rowCandidates(row, names)) {
      for (const place of candidate.placeIds) {
        let hit = hits[place];
        if (!hit) hits[place] = hit = { rows: 0, rowSet: increasing ? null : new Set<number>(), units: 0, last: null };
        if (hit.last !== row) {
          hit.rowSet?.add(row.row);
          hit.rows = hit.rowSet ? hit.rowSet.size : hit.rows + 1;
        }
        hit.last = row;
        const unit = candidate.unit * places + place;
        if (!found.has(unit)) {
          found.add(unit);
          hit.units++;
        }
      }
      const { vintage, code, province: own } = candidate.row;
      if (vintage === '2025' && isDigit(code.charCodeAt(0))) province = province === undefined || province === own ? own : null;
    }
    if (province) provinceRows.set(province, (provinceRows.get(province) ?? 0) + 1);
  }
  const provinces = [...provinceRows].filter(([, count]) => count >= 2).map(([province]) => province);
  const candidates: PlaceCandidate[] = [];
  hits.forEach((hit, place) => {
    const key = names.placeKeys[place]!;
    const ref = refOfKey(key);
    const units = names.sizes.get(key) ?? 0;
    const national = key === NATIONAL_KEY;
    if (!ref || units === 0 || (national && provinces.length < 2)) return;
    const covered = national ? provinces.reduce((sum, p) => sum + (names.sizes.get(`2025-${p}`) ?? 0), 0) : units;
    const precision = hit.rows / Math.max(1, rows.length);
    const recall = Math.min(1, Math.min(hit.units, hit.rows) / covered);
    const score = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    candidates.push({ ref, score, matched: hit.rows, rows: rows.length, units });
  });
  candidates.sort(order);
  const [best = null, runnerUp = null] = candidates;
  const certain = best !== null && best.matched >= best.rows * 0.6 && (runnerUp === null || best.score - runnerUp.score >= 0.1);
  return { best, runnerUp, certain };
}

/** The units of a place as names.json lists them (districts at district level), in code order. */
export function placeUnits(names: PlaceNames, ref: PlaceRef): PlaceUnit[] {
  const key = placeKey(ref);
  return names.entries
    .filter((e) => e.places.includes(key))
    .map(({ row }) => {
      const { type, name } = splitFullName(row.fullName);
      return { code: row.code.startsWith('d') ? row.code.slice(1) : row.code, name, fullName: row.fullName, type };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
