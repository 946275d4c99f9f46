import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCE_DIR = process.env.NATIONAL_SOURCE_DIR ?? path.resolve(REPO_ROOT, '../shared/geo-sources/vn-national');
const PLACES = path.join(REPO_ROOT, 'public/places');
const SCRIPT = path.join(REPO_ROOT, 'geo/build-national.mjs');

type Props = { name: string; type: string | null; fullName: string; label: [number, number]; district?: string; nocode?: boolean };
type Unit = Feature<Polygon | MultiPolygon, Props> & { id: string };
type Box = [number, number, number, number];
type ProvinceEntry = { code: string; name: string; fullName: string; units: number; bbox: Box; bytes: number; districts?: { code: string; fullName: string; units: number; bbox: Box }[] };
type Index = { version: number; vintages: Record<'2013' | '2025', { provinces: ProvinceEntry[] }> };
type Table = { columns: string[]; rows: (string | null)[][] };

const text = (file: string) => readFileSync(path.join(PLACES, file), 'utf8');
const json = <T>(file: string): T => JSON.parse(text(file)) as T;
const topology = (file: string) => json<Topology<Record<string, GeometryCollection<Props>>>>(file);

/** The decoded features of one object of a TopoJSON file. */
function units(file: string, object = 'units'): Unit[] {
  const topo = topology(file);
  const collection = topo.objects[object];
  if (!collection) throw new Error(`${file} has no object ${object}`);
  return (feature(topo, collection) as unknown as { features: Unit[] }).features;
}

const index = json<Index>('index.json');
const province = (vintage: '2013' | '2025', code: string) => {
  const entry = index.vintages[vintage].provinces.find((p) => p.code === code);
  if (!entry) throw new Error(`no province ${vintage}:${code}`);
  return entry;
};
const byId = (list: Unit[], id: string) => list.find((u) => u.id === id);

describe('public/places (built by geo/build-national.mjs)', () => {
  it('has 3,321 units in 34 provinces for 2025 and 63 provinces before 2025', () => {
    const p2025 = index.vintages['2025'].provinces;
    expect(index.version).toBe(1);
    expect(p2025).toHaveLength(34);
    expect(p2025.reduce((n, p) => n + p.units, 0)).toBe(3321);
    expect(index.vintages['2013'].provinces).toHaveLength(63);
    expect(province('2013', '45')).toMatchObject({ name: 'Quảng Trị', fullName: 'Tỉnh Quảng Trị' });
    expect(province('2025', '01')).toMatchObject({ name: 'Hà Nội', fullName: 'Thành phố Hà Nội' });
  });

  it('lists in index.json the unit counts, bboxes and byte sizes of every province file, labels inside their unit', () => {
    for (const vintage of ['2025', '2013'] as const) {
      for (const entry of index.vintages[vintage].provinces) {
        const file = `${vintage}/${entry.code}.json`;
        const list = units(file);
        expect(list.length, file).toBe(entry.units);
        expect(statSync(path.join(PLACES, file)).size, file).toBe(entry.bytes);
        expect(new Set(list.map((u) => u.id)).size, file).toBe(list.length);
        const [w, s, e, n] = entry.bbox;
        for (const u of list) {
          if (vintage === '2025') expect(u.id, file).toMatch(/^\d{5}$/);
          else expect(u.id, file).toMatch(u.properties.nocode ? /^w\d+$/ : /^\d{5}$/);
          const [x, y] = u.properties.label;
          expect(booleanPointInPolygon(u.properties.label, u), `${file} ${u.id} label`).toBe(true);
          expect(x >= w && x <= e && y >= s && y <= n, `${file} ${u.id} in bbox`).toBe(true);
        }
        if (entry.districts) {
          expect(entry.districts.reduce((sum, d) => sum + d.units, 0), file).toBe(entry.units);
          for (const d of entry.districts) expect(d.code, file).toMatch(/^\d{3}$/);
        }
      }
    }
  }, 120_000);

  it('has Quảng Trị 2025 with 78 units and Cam Lộ before 2025 with its 9 communes, Cam An and Cam Thanh apart', () => {
    expect(province('2025', '44').units).toBe(78);
    expect(units('2025/44.json')).toHaveLength(78);
    const camLo = units('2013/45.json').filter((u) => u.properties.district === '468');
    expect(camLo.map((u) => u.id).sort()).toEqual(['19597', '19600', '19606', '19609', '19612', '19615', '19618', '19621', 'w4090905']);
    expect(province('2013', '45').districts?.find((d) => d.code === '468')).toMatchObject({ fullName: 'Huyện Cam Lộ', units: 9 });
    expect(byId(camLo, 'w4090905')?.properties).toMatchObject({ fullName: 'Xã Cam An', nocode: true });
    expect(byId(camLo, '19609')?.properties.fullName).toBe('Xã Cam Thanh');
  });

  it('keeps codes per vintage: 19603 is Hiếu Giang in 2025 and absent before 2025; 19597 changed type', () => {
    const before = units('2013/45.json');
    const after = units('2025/44.json');
    expect(byId(after, '19603')?.properties.fullName).toBe('Xã Hiếu Giang');
    // Cam An's code 19603 went to Thanh An (Cam An + Cam Thanh, 2019), so the 2013 Cam An polygon has no code.
    expect(byId(before, '19603')).toBeUndefined();
    expect(byId(before, '19597')?.properties.fullName).toBe('Thị trấn Cam Lộ');
    expect(byId(after, '19597')?.properties.fullName).toBe('Xã Cam Lộ');
  });

  it('shares arcs between neighbouring units (no seams)', () => {
    for (const file of ['2025/44.json', '2013/45.json']) {
      const topo = topology(file);
      const geometries = topo.objects.units?.geometries ?? [];
      const uses = new Map<number, number>();
      const walk = (arcs: unknown): void => {
        if (typeof arcs === 'number') uses.set(arcs < 0 ? ~arcs : arcs, (uses.get(arcs < 0 ? ~arcs : arcs) ?? 0) + 1);
        else if (Array.isArray(arcs)) arcs.forEach(walk);
      };
      for (const g of geometries) walk((g as GeometryObject & { arcs: unknown }).arcs);
      expect(Math.max(...uses.values()), file).toBeLessThanOrEqual(2);
      expect([...uses.values()].filter((n) => n === 2).length, file).toBeGreaterThan(geometries.length);
      const adjacent = neighbors(geometries);
      geometries.forEach((g, i) => {
        if ((g.properties as Props | undefined)?.district === '468') expect(adjacent[i]?.length, `${file} ${String(g.id)}`).toBeGreaterThan(0);
      });
    }
  });

  it('has the crosswalk of Quảng Trị 2025: Cam Lộ and Hiếu Giang from whole old communes', () => {
    const table = json<Table>('crosswalk/44.json');
    expect(table.columns).toEqual(['new', 'old', 'share', 'oldName', 'oldType', 'oldDistrict', 'oldDistrictName', 'oldProvince']);
    const rowsOf = (code: string) => table.rows.filter((r) => r[0] === code).map((r) => [r[1], r[2]]);
    expect(rowsOf('19597')).toEqual([['19597', 'whole'], ['19612', 'whole'], ['19618', 'whole'], ['19621', 'whole']]);
    expect(rowsOf('19603')).toEqual([['19600', 'whole'], ['19603', 'whole'], ['19606', 'whole'], ['19615', 'whole']]);
    expect(table.rows.find((r) => r[1] === '19603')?.[3]).toBe('Thanh An');
    const cc = table.rows.find((r) => r[0] === '19742');
    expect(cc?.[1]).toBeNull();
    expect(table.rows.every((r) => r[2] === 'whole' || r[2] === 'part')).toBe(true);
  });

  it('has names.json with units, districts and provinces of both vintages, and 2025 parts', () => {
    const table = json<Table>('names.json');
    expect(table.columns).toEqual(['vintage', 'code', 'fullName', 'province', 'district', 'parts']);
    const find = (vintage: string, code: string) => table.rows.find((r) => r[0] === vintage && r[1] === code);
    expect(find('2025', '19603')).toEqual(['2025', '19603', 'Xã Hiếu Giang', '44', null, 'Cam Tuyền, Thanh An, Cam Thủy, Cam Hiếu']);
    expect(find('2025', '19597')?.[5]).toBe('TT Cam Lộ, Cam Thành, Cam Chính, Cam Nghĩa');
    expect(find('2013', 'w4090905')).toEqual(['2013', 'w4090905', 'Xã Cam An', '45', '468', null]);
    expect(find('2013', 'd468')).toEqual(['2013', 'd468', 'Huyện Cam Lộ', '45', null, null]);
    expect(find('2025', 'p44')?.[2]).toBe('Tỉnh Quảng Trị');
    expect(find('2013', 'p45')?.[2]).toBe('Tỉnh Quảng Trị');
    expect(table.rows.filter((r) => r[0] === '2025' && /^\d{5}$/.test(r[1] ?? ''))).toHaveLength(3321);
    expect(table.rows.filter((r) => r[0] === '2025' && r[5] === null && /^\d/.test(r[1] ?? ''))).toEqual([]);
  });

  it('has a 2025 overview and province outlines within their size budgets', () => {
    const overview = units('2025/overview.json');
    expect(overview).toHaveLength(3321);
    for (const u of overview) expect(booleanPointInPolygon(u.properties.label, u), `overview ${u.id}`).toBe(true);
    expect(units('2025/overview.json', 'provinces')).toHaveLength(34);
    expect(statSync(path.join(PLACES, '2025/overview.json')).size).toBeLessThanOrEqual(1_500_000);
    for (const [vintage, count] of [['2025', 34], ['2013', 63]] as const) {
      const outlines = units(`${vintage}/provinces.json`, 'provinces');
      expect(outlines.map((p) => p.id)).toEqual(index.vintages[vintage].provinces.map((p) => p.code));
      expect(outlines).toHaveLength(count);
      expect(statSync(path.join(PLACES, `${vintage}/provinces.json`)).size).toBeLessThanOrEqual(250_000);
    }
    expect(readdirSync(path.join(PLACES, 'crosswalk'))).toHaveLength(34);
  }, 60_000);
});

describe('geo/build-national.mjs', () => {
  const FILES = ['2013/45.json', '2025/44.json', 'crosswalk/44.json', 'names.json'];

  it.skipIf(!existsSync(SOURCE_DIR))('rebuilds Quảng Trị of both vintages byte for byte', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'places-'));
    try {
      execFileSync(process.execPath, [SCRIPT, '--out', out, '--only', '2025:44,2013:45'], {
        cwd: REPO_ROOT,
        env: { ...process.env, NATIONAL_SOURCE_DIR: SOURCE_DIR },
        stdio: 'pipe',
      });
      expect(existsSync(path.join(out, 'index.json'))).toBe(false);
      for (const file of FILES) expect(readFileSync(path.join(out, file), 'utf8'), file).toBe(text(file));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('fails with a clear message when the source is missing', () => {
    const run = () =>
      execFileSync(process.execPath, [SCRIPT, '--out', path.join(tmpdir(), 'unused-places')], {
        env: { ...process.env, NATIONAL_SOURCE_DIR: path.join(tmpdir(), 'no-such-national-source') },
        stdio: 'pipe',
      });
    expect(run).toThrow(/National source not found: .*no-such-national-source/);
  }, 30_000);
});
