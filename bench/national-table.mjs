/**
 * The benchmark's national table: one row per 2025 commune of public/places/names.json (its full name and GSO
 * code), with made-up but consistent figures (poor ≤ households, rates recomputed from the counts, a totals row
 * that is the sum), as a CSV a planner could have written. Deterministic: the figures come from the code.
 */
import { readFileSync } from 'node:fs';

/** The CSV text and its number of commune rows, from the names.json at `namesPath`. */
export function nationalCsv(namesPath) {
  const { columns, rows } = JSON.parse(readFileSync(namesPath, 'utf8'));
  const at = (name) => columns.indexOf(name);
  const communes = rows.filter((r) => r[at('vintage')] === '2025' && /^\d{5}$/.test(r[at('code')]));
  const lines = ['unit,gso_code,households,poor,poor_rate'];
  let households = 0;
  let poor = 0;
  const rate = (p, h) => ((100 * p) / h).toFixed(2);
  for (const r of communes) {
    const code = Number(r[at('code')]);
    const h = 1500 + ((code * 7919) % 6500);
    const p = Math.round((h * ((code * 104729) % 900)) / 10000);
    households += h;
    poor += p;
    const name = r[at('fullName')];
    lines.push(`${/[",]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name},${r[at('code')]},${h},${p},${rate(p, h)}`);
  }
  lines.push(`Tổng cộng,,${households},${poor},${rate(poor, households)}`);
  return { csv: `${lines.join('\n')}\n`, rows: communes.length };
}
