/**
 * The benchmark's tables, as CSVs a planner could have written: one row per unit with its full name and GSO code, and
 * made-up but consistent figures (poor ≤ households, rates recomputed from the counts, a totals row that is the sum).
 * The national table covers every 2025 commune of public/places/names.json; a province table covers the units of one
 * places file (e.g. public/places/2013/38.json). Deterministic: the figures come from the code.
 */
import { readFileSync } from 'node:fs';

/** CSV text of `units` ({ code, name }) with figures derived from each code, and the number of unit rows. */
function tableCsv(units) {
  const lines = ['unit,gso_code,households,poor,poor_rate'];
  let households = 0;
  let poor = 0;
  const rate = (p, h) => ((100 * p) / h).toFixed(2);
  for (const { code, name } of units) {
    // Units without a GSO code (some places files name them only) are written by name, figures from their position.
    const n = /^\d{5}$/.test(code) ? Number(code) : 1 + lines.length;
    const h = 1500 + ((n * 7919) % 6500);
    const p = Math.round((h * ((n * 104729) % 900)) / 10000);
    households += h;
    poor += p;
    lines.push(`${/[",]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name},${/^\d{5}$/.test(code) ? code : ''},${h},${p},${rate(p, h)}`);
  }
  lines.push(`Tổng cộng,,${households},${poor},${rate(poor, households)}`);
  return { csv: `${lines.join('\n')}\n`, rows: units.length };
}

/** The CSV text and its number of commune rows, from the names.json at `namesPath`. */
export function nationalCsv(namesPath) {
  const { columns, rows } = JSON.parse(readFileSync(namesPath, 'utf8'));
  const at = (name) => columns.indexOf(name);
  const communes = rows.filter((r) => r[at('vintage')] === '2025' && /^\d{5}$/.test(r[at('code')]));
  return tableCsv(communes.map((r) => ({ code: r[at('code')], name: r[at('fullName')] })));
}

/**
 * The CSV text and its number of unit rows, for the units of the places file (TopoJSON) at `topologyPath`: all of them
 * but those without a GSO code whose name another unit of the file shares, diacritics aside (a table could not tell
 * them apart).
 */
export function provinceCsv(topologyPath) {
  const topology = JSON.parse(readFileSync(topologyPath, 'utf8'));
  const units = topology.objects.units.geometries.map((g) => ({ code: String(g.id), name: g.properties.fullName }));
  // Names as the app compares them: without diacritics, đ as d, any case.
  const fold = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
  const named = new Map();
  for (const u of units) named.set(fold(u.name), (named.get(fold(u.name)) ?? 0) + 1);
  return tableCsv(units.filter((u) => /^\d{5}$/.test(u.code) || named.get(fold(u.name)) === 1));
}
