// Table outputs of the national places pipeline: per-province crosswalk files and the names.json search list.

export const CROSSWALK_COLUMNS = ['new', 'old', 'share', 'oldName', 'oldType', 'oldDistrict', 'oldDistrictName', 'oldProvince'];
export const NAMES_COLUMNS = ['vintage', 'code', 'fullName', 'province', 'district', 'parts'];

/** Compares two strings or nulls; null sorts first. */
const cmp = (a, b) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

/** A `{columns, rows}` table as JSON text with one row per line (valid JSON, readable diffs). */
export function tableText(columns, rows) {
  const body = rows.map((r) => JSON.stringify(r)).join(',\n');
  return `{"columns":${JSON.stringify(columns)},"rows":[\n${body}\n]}\n`;
}

/** Crosswalk rows sorted by new then old code, grouped by 2025 province code. */
export function crosswalkByProvince(crosswalk) {
  const sorted = [...crosswalk].sort((a, b) => cmp(a.newCode, b.newCode) || cmp(a.old, b.old) || cmp(a.oldName, b.oldName));
  const byProvince = new Map();
  for (const r of sorted) {
    if (!byProvince.has(r.newProvince)) byProvince.set(r.newProvince, []);
    byProvince.get(r.newProvince).push([r.newCode, r.old, r.share, r.oldName, r.oldType, r.oldDistrict, r.oldDistrictName, r.oldProvince]);
  }
  return new Map([...byProvince].sort(([a], [b]) => cmp(a, b)));
}

/** Short name of an old unit: "Thị trấn Cam Lộ" → "TT Cam Lộ", "Xã Cam Thành" → "Cam Thành", "Phường X" → "P. X". */
export function shortName(fullName) {
  return fullName
    .replace(/^Th[ịi] trấn\s+/i, 'TT ')
    .replace(/^Xã\s+/i, '')
    .replace(/^Phường\s+/i, 'P. ');
}

/** The old units a 2025 unit came from, as short names in old-code order ("TT Cam Lộ, Cam Thành, …"). */
function partsByNewCode(crosswalk) {
  const rows = [...crosswalk].sort((a, b) => cmp(a.newCode, b.newCode) || cmp(a.old, b.old));
  const parts = new Map();
  for (const r of rows) {
    const label = shortName(r.oldFullName ?? r.oldName ?? r.oldDistrictName ?? '?');
    parts.set(r.newCode, parts.has(r.newCode) ? `${parts.get(r.newCode)}, ${label}` : label);
  }
  return parts;
}

/**
 * The search list: every unit, 2013 district ("d" + code) and province ("p" + code) of both vintages.
 * Rows are [vintage, code, fullName, province, district, parts], 2025 first, then by code.
 */
export function namesRows({ v2025, v2013, crosswalk }) {
  const parts = partsByNewCode(crosswalk);
  const rows2025 = [
    ...v2025.provinces.map((p) => ['2025', `p${p.code}`, p.fullName, p.code, null, null]),
    ...v2025.units.map((u) => ['2025', u.code, u.fullName, u.province, null, parts.get(u.code) ?? null]),
  ];
  const rows2013 = [
    ...v2013.provinces.map((p) => ['2013', `p${p.code}`, p.fullName, p.code, null, null]),
    ...v2013.districts.map((d) => ['2013', `d${d.code}`, d.fullName, d.province, null, null]),
    ...v2013.units.map((u) => ['2013', u.code, u.fullName, u.province, u.district, null]),
  ];
  const byCode = (a, b) => cmp(a[1], b[1]);
  return [...rows2025.sort(byCode), ...rows2013.sort(byCode)];
}
