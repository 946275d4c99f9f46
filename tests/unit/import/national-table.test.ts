import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNames } from '../../../src/data/places/catalogue';
import { loadTable } from '../../../src/import/import-session';
import { unitsOf } from '../../../src/import/place-locate';
import { matchUnits } from '../../../src/import/unit-match';
import { builtInDataset, diskAssets } from './fixtures';

const parsed = parseNames(JSON.parse(readFileSync(new URL('../../../public/places/names.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('names.json does not parse');
const communes = parsed.value.filter((n) => n.vintage === '2025' && /^\d{5}$/.test(n.code));
const csvName = (name: string) => (/[",]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name);
/** A table of every 2025 commune (as bench/national-table.mjs writes it, with simpler figures). */
const NATIONAL_CSV = ['unit,gso_code,households,poor', ...communes.map((n, i) => `${csvName(n.fullName)},${n.code},${1000 + i},${i % 97}`)].join('\n');

describe('a table of every 2025 commune', () => {
  it('is placed on the whole country (2025), every row joined to its commune by code', async () => {
    const assets = diskAssets();
    const o = await loadTable({ name: 'ca-nuoc.csv', text: NATIONAL_CSV }, {}, { current: builtInDataset(), assets });
    if (o.stage !== 'placed') throw new Error(`stage ${o.stage}`);
    const { located } = o;
    expect(located.ref).toEqual({ vintage: '2025', province: '00', level: 'commune' });
    expect(assets.loads).toEqual(['2025/00']);
    expect(located.titles.place?.vi).toMatch(/^Cả nước/);
    expect(located.matching.complete).toBe(true);
    expect(located.matching.matches.every((m) => m.how === 'code' && m.codes.length === 1)).toBe(true);
    expect(located.dataset.join.joined).toHaveLength(3321);
    expect(located.dataset.join.unmatchedRows).toEqual([]);
    expect(new Set(located.dataset.join.joined.map((j) => j.feature.properties.gso_code)).size).toBe(3321);
  });

  it('is matched by name alone in linear time: unique names matched, names shared by several communes left in doubt with each as an alternative', async () => {
    const assets = diskAssets();
    const topo = await assets.province('2025', '00');
    if (!topo.ok) throw new Error('overview.json does not read');
    const units = unitsOf((await import('../../../src/data/places/topology')).unitFeatures(topo.value) as never);
    const rows = communes.map((n, i) => ({ row: i + 2, name: n.fullName, code: null }));
    const start = performance.now();
    const matching = matchUnits(rows, units);
    // The pairwise matching this replaced took about 40 s here; a linear one takes well under a second.
    expect(performance.now() - start).toBeLessThan(5000);
    const count = new Map<string, number>();
    for (const n of communes) count.set(n.fullName, (count.get(n.fullName) ?? 0) + 1);
    for (const m of matching.matches) {
      if (count.get(m.row.name) === 1) expect(m, m.row.name).toMatchObject({ how: 'exact-name', doubtful: false, codes: [communes[m.row.row - 2]!.code] });
      else expect(m.doubtful, m.row.name).toBe(true);
    }
    const shared = matching.matches.find((m) => count.get(m.row.name)! > 1)!;
    expect(shared.alternatives.filter((a) => a.how === 'same-name').map((a) => a.codes[0])).toEqual(expect.arrayContaining(communes.filter((n) => n.fullName === shared.row.name).map((n) => n.code)));
  });
});
