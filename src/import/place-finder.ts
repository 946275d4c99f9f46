/**
 * Finding the place of a planner's table from its unit names and codes, with the national names list
 * (`names.json`): which vintage, province, district and level its rows are units of. Each candidate place is
 * scored by how many rows it explains (precision) and how much of the place the rows cover (recall), as
 * their harmonic mean, so a district's table finds its district rather than its province. Pure.
 */
import type { NameRow } from '../data/places/catalogue';
import { placeRef, type PlaceRef } from '../data/places/place-id';
import { splitFullName } from '../data/places/unit-types';
import { codeKey, nameKeys, type PlaceUnit, type TableUnitRow } from './unit-keys';

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

/** names.json prepared for finding places: rows by name key and code, and units per place. */
export interface PlaceNames {
  byName: Map<string, NameRow[]>;
  byCode: Map<string, NameRow[]>;
  /** Rows of each place, by place key (see placeKey). */
  byPlace: Map<string, NameRow[]>;
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

/** The places a names row is a unit of: a pre-2025 commune is in its district and its province; a district is a unit of its province at district level. */
function placesOfRow(row: NameRow): string[] {
  if (row.code.startsWith('p')) return [];
  if (row.code.startsWith('d')) return row.vintage === '2013' ? [`2013-${row.province}:district`] : [];
  if (row.vintage === '2025') return [`2025-${row.province}`];
  return row.district ? [`2013-${row.province}-${row.district}`, `2013-${row.province}`] : [`2013-${row.province}`];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Prepare the names rows for findPlace and placeUnits. */
export function buildPlaceNames(rows: readonly NameRow[]): PlaceNames {
  const names: PlaceNames = { byName: new Map(), byCode: new Map(), byPlace: new Map() };
  for (const row of rows) {
    const places = placesOfRow(row);
    if (places.length === 0) continue;
    for (const place of places) push(names.byPlace, place, row);
    const keys = new Set(nameKeys(splitFullName(row.fullName).name));
    for (const key of keys) push(names.byName, key, row);
    const code = row.code.startsWith('d') ? codeKey(row.code.slice(1)) : codeKey(row.code);
    if (code) push(names.byCode, code, row);
  }
  return names;
}

/** The candidate rows of names.json for one table row: by code when it gives one, and by name. */
function rowCandidates(row: TableUnitRow, names: PlaceNames): NameRow[] {
  const found = new Set<NameRow>();
  const code = row.code ? codeKey(row.code) : null;
  if (code) for (const r of names.byCode.get(code) ?? []) found.add(r);
  for (const key of nameKeys(row.name)) for (const r of names.byName.get(key) ?? []) found.add(r);
  return [...found];
}

/** Find the place of a table's unit rows among the places of names.json; see the module comment. */
export function findPlace(rows: readonly TableUnitRow[], names: PlaceNames): PlaceGuess {
  const hits = new Map<string, { rows: Set<number>; units: Set<string> }>();
  for (const row of rows) {
    for (const candidate of rowCandidates(row, names)) {
      for (const place of placesOfRow(candidate)) {
        const hit = hits.get(place) ?? { rows: new Set<number>(), units: new Set<string>() };
        hit.rows.add(row.row);
        hit.units.add(candidate.code);
        hits.set(place, hit);
      }
    }
  }
  const candidates: PlaceCandidate[] = [];
  for (const [key, hit] of hits) {
    const ref = refOfKey(key);
    const units = names.byPlace.get(key)?.length ?? 0;
    if (!ref || units === 0) continue;
    const precision = hit.rows.size / Math.max(1, rows.length);
    const recall = Math.min(hit.units.size, hit.rows.size) / units;
    const score = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    candidates.push({ ref, score, matched: hit.rows.size, rows: rows.length, units });
  }
  candidates.sort((a, b) => b.score - a.score || b.matched - a.matched || a.units - b.units || placeKey(a.ref).localeCompare(placeKey(b.ref)));
  const [best = null, runnerUp = null] = candidates;
  const certain = best !== null && best.matched >= best.rows * 0.6 && (runnerUp === null || best.score - runnerUp.score >= 0.1);
  return { best, runnerUp, certain };
}

/** The units of a place as names.json lists them (districts at district level), in code order. */
export function placeUnits(names: PlaceNames, ref: PlaceRef): PlaceUnit[] {
  return (names.byPlace.get(placeKey(ref)) ?? [])
    .map((row) => {
      const { type, name } = splitFullName(row.fullName);
      return { code: row.code.startsWith('d') ? row.code.slice(1) : row.code, name, fullName: row.fullName, type };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
