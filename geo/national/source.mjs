// Reads the national sources (see ../shared/geo-sources/vn-national/PROVENANCE.md) into unit, district and
// province records for the two vintages: "2025" (after 1 July 2025) and "2013" (pre-2025 units of about 2013).
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { resolveDistricts } from './districts.mjs';

export const FILES = {
  units2025: 'vn_communes_2025.geojson',
  units2013: 'vn_communes_2009_who.geojson',
  crosswalk: 'crosswalk_2025_old_to_new.csv',
};

/**
 * Code fixes for the 2025 layer. Xã Ba Chẽ (Quảng Ninh) is 06978 in the geometry source but 06970 in the NSO
 * conversion table, which has no 06978 (PROVENANCE.md, known defects; upstream PR #209 deletes the 06978 file).
 */
export const CODE_FIXES_2025 = { '06978': '06970' };

const PROVINCE_TYPES = ['Thành phố', 'Tỉnh'];
const DISTRICT_TYPES = ['Thành phố', 'Thị xã', 'Huyện', 'Quận'];

/** Throws "National source not found" unless the folder holds every source file. */
export function checkSource(dir) {
  for (const file of Object.values(FILES)) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) {
      throw new Error(`National source not found: ${fs.existsSync(dir) ? full : dir}\n` +
        'Put the vn-national extract there or set NATIONAL_SOURCE_DIR.');
    }
  }
}

/** Splits "Tỉnh Quảng Trị" into its type and bare name, given the possible types (longest first). */
export function splitName(fullName, types) {
  const type = types.find((t) => fullName.toLowerCase().startsWith(`${t.toLowerCase()} `));
  return type ? { type, name: fullName.slice(type.length + 1) } : { type: null, name: fullName };
}

/** A province or district record from its full name: the type prefix is normalised ("Thị Xã" → "Thị xã"). */
function namedUnit(code, fullName, types) {
  const { type, name } = splitName(fullName, types);
  return { code, name, fullName: type ? `${type} ${name}` : name };
}

/** Order of `gso_list_date` values: real dates newest last, anything else (crosswalk-only, null) first. */
const listRank = (date) => (/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? date : '');

/** The name given by the newest GSO list among the features of one group; ties go to the commonest, then A–Z. */
function newestName(features, field) {
  const votes = new Map();
  for (const p of features) {
    if (!p[field]) continue;
    const key = `${listRank(p.gso_list_date)}\u0000${p[field]}`;
    votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  const ranked = [...votes].map(([key, n]) => [...key.split('\u0000'), n]);
  ranked.sort(([da, a, m], [db, b, n]) => (da < db ? 1 : da > db ? -1 : 0) || n - m || (a < b ? -1 : a > b ? 1 : 0));
  return ranked.length ? ranked[0][1] : null;
}

/** Groups values by a key function into a Map (insertion order). */
function groupBy(values, key) {
  const groups = new Map();
  for (const v of values) {
    const k = key(v);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(v);
  }
  return groups;
}

/** Sorts records by their `code` string. */
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Reads a GeoJSON source file. */
function readGeoJson(dir, file) {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).features;
}

/** The 2025 units ({code, name, type, fullName, province, geometry}) and the 34 provinces. */
export function read2025(dir) {
  const features = readGeoJson(dir, FILES.units2025);
  const units = features.map(({ properties: p, geometry }) => ({
    code: CODE_FIXES_2025[p.gso_code] ?? p.gso_code,
    name: p.name,
    type: p.type,
    fullName: p.full_name,
    province: p.province_code,
    geometry,
  })).sort(byCode);
  const provinces = [...groupBy(features.map((f) => f.properties), (p) => p.province_code)]
    .map(([code, list]) => namedUnit(code, list[0].province_name, PROVINCE_TYPES)).sort(byCode);
  return { units, provinces };
}

/** Joins the geometries of features that share a code into one MultiPolygon (parts side by side). */
function mergeGeometries(geometries) {
  if (geometries.length === 1) return geometries[0];
  const polygons = geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** The pre-2025 units, districts (with province) and provinces, plus counts of what was inferred. */
export function read2013(dir) {
  const features = readGeoJson(dir, FILES.units2013);
  const props = features.map((f) => f.properties);
  const districtOfPolygon = resolveDistricts(features);
  const stats = { polygons: features.length, nocode: 0, mergedCodes: 0, district: {} };
  const records = features.map(({ properties: p, geometry }, i) => {
    const d = districtOfPolygon[i];
    if (!p.gso_code) stats.nocode++;
    stats.district[d.how] = (stats.district[d.how] ?? 0) + 1;
    return { p, geometry, district: d.code, code: p.gso_code ?? `w${p.who_commune_id}` };
  });
  const units = [...groupBy(records, (r) => r.code)].map(([code, list]) => {
    if (list.length > 1) stats.mergedCodes++;
    const { p, district: d } = list[0];
    const unit = { code, name: p.name, type: p.type, fullName: p.full_name, province: p.province_code, district: d };
    if (!p.gso_code) unit.nocode = true;
    return { ...unit, geometry: mergeGeometries(list.map((r) => r.geometry)) };
  }).sort(byCode);

  const districts = [...groupBy(records, (r) => r.district)].map(([code, list]) => {
    const fullName = newestName(list.map((r) => r.p), 'district_name') ??
      newestName(list.map((r) => r.p), 'district_name_2009');
    return { ...namedUnit(code, fullName, DISTRICT_TYPES), province: list[0].p.province_code };
  }).sort(byCode);
  const provinces = [...groupBy(props, (p) => p.province_code)]
    .map(([code, list]) => namedUnit(code, newestName(list, 'province_name'), PROVINCE_TYPES)).sort(byCode);
  return { units, districts, provinces, stats };
}

const SHARES = { whole: 'whole', 'whole(unchanged/renamed)': 'whole', part: 'part' };

/** Throws an Error with the message (usable in expressions). */
function fail(message) {
  throw new Error(message);
}

/** The NSO old→new table as records; empty cells become null, share is "whole" or "part". */
export function readCrosswalk(dir) {
  const text = fs.readFileSync(path.join(dir, FILES.crosswalk), 'utf8');
  const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`crosswalk: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  const cell = (v) => (v === undefined || v === '' ? null : v);
  return parsed.data.map((r) => ({
    newCode: r.new_code,
    newProvince: r.province_2025_code,
    old: cell(r.old_code),
    share: SHARES[r.share] ?? fail(`crosswalk: unknown share "${r.share}" for ${r.new_code}/${r.old_code}`),
    oldName: cell(r.old_name),
    oldType: cell(r.old_type),
    oldFullName: cell(r.old_full_name),
    oldDistrict: cell(r.old_district_code),
    oldDistrictName: cell(r.old_district),
    oldProvince: cell(r.old_province_code),
  }));
}
