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

/** A names row that is a unit of some place, with the keys of those places (see placesOfRow). */
interface PlaceEntry {
  row: NameRow;
  places: string[];
}

/** names.json prepared for finding places: its units by name key and by code, and how many units each place has. */
export interface PlaceNames {
  /** By the variant key of the name (see variantKey): a row's folded or variant key finds the same units through it. */
  byName: Map<string, PlaceEntry[]>;
  byCode: Map<string, PlaceEntry[]>;
  /** Units of each place, by place key (see placeKey). */
  sizes: Map<string, number>;
  entries: PlaceEntry[];
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

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Prepare the names rows for findPlace and placeUnits. Work shared by many rows is done once: the places of
 * the rows of one vintage, kind, province and district, and the key of a name (all keys made together, see variantKeys).
 */
export function buildPlaceNames(rows: readonly NameRow[]): PlaceNames {
  const names: PlaceNames = { byName: new Map(), byCode: new Map(), sizes: new Map(), entries: [] };
  const groups = new Map<string, { places: string[]; units: number }>();
  const bare: string[] = [];
  const bareOf = new Map<string, number>();
  const bareOfFullName = new Map<string, number>();
  const bareOfEntry: number[] = [];
  for (const row of rows) {
    const kind = row.code.startsWith('p') ? 'p' : row.code.startsWith('d') ? 'd' : 'u';
    const id = `${row.vintage}${kind}${row.province}${row.district ?? ''}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { places: placesOfRow(row), units: 0 }));
    if (group.places.length === 0) continue;
    group.units++;
    const entry = { row, places: group.places };
    names.entries.push(entry);
    let name = bareOfFullName.get(row.fullName);
    if (name === undefined) {
      const text = splitFullName(row.fullName).name;
      name = bareOf.get(text);
      if (name === undefined) bareOf.set(text, (name = bare.push(text) - 1));
      bareOfFullName.set(row.fullName, name);
    }
    bareOfEntry.push(name);
    const code = row.code.startsWith('d') ? codeKey(row.code.slice(1)) : codeKey(row.code);
    if (code) push(names.byCode, code, entry);
  }
  const keys = variantKeys(bare);
  names.entries.forEach((entry, i) => {
    const key = keys[bareOfEntry[i]!]!;
    if (key !== '') push(names.byName, key, entry);
  });
  for (const { places, units } of groups.values()) for (const place of places) names.sizes.set(place, (names.sizes.get(place) ?? 0) + units);
  return names;
}

/** The candidate units of names.json for one table row: by code when it gives one, and by name. */
function rowCandidates(row: TableUnitRow, names: PlaceNames): PlaceEntry[] {
  const found = new Set<PlaceEntry>();
  const code = row.code ? codeKey(row.code) : null;
  if (code) for (const e of names.byCode.get(code) ?? []) found.add(e);
  const key = rowKeys(row).variant();
  if (key !== '') for (const e of names.byName.get(key) ?? []) found.add(e);
  return [...found];
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
  const hits = new Map<string, { rows: Set<number>; units: Set<string> }>();
  const provinceRows = new Map<string, number>();
  for (const row of rows) {
    // The province of the row when its 2025 communes all lie in one (null: in several).
    let province: string | null | undefined;
    for (const candidate of rowCandidates(row, names)) {
      for (const place of candidate.places) {
        let hit = hits.get(place);
        if (!hit) hits.set(place, (hit = { rows: new Set<number>(), units: new Set<string>() }));
        hit.rows.add(row.row);
        hit.units.add(candidate.row.code);
      }
      const { vintage, code, province: own } = candidate.row;
      if (vintage === '2025' && /^\d/.test(code)) province = province === undefined || province === own ? own : null;
    }
    if (province) provinceRows.set(province, (provinceRows.get(province) ?? 0) + 1);
  }
  const provinces = [...provinceRows].filter(([, count]) => count >= 2).map(([province]) => province);
  const candidates: PlaceCandidate[] = [];
  for (const [key, hit] of hits) {
    const ref = refOfKey(key);
    const units = names.sizes.get(key) ?? 0;
    const national = key === NATIONAL_KEY;
    if (!ref || units === 0 || (national && provinces.length < 2)) continue;
    const covered = national ? provinces.reduce((sum, p) => sum + (names.sizes.get(`2025-${p}`) ?? 0), 0) : units;
    const precision = hit.rows.size / Math.max(1, rows.length);
    const recall = Math.min(1, Math.min(hit.units.size, hit.rows.size) / covered);
    const score = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    candidates.push({ ref, score, matched: hit.rows.size, rows: rows.length, units });
  }
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
