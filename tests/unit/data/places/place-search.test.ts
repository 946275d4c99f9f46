import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNames, type NameRow } from '../../../../src/data/places/catalogue';
import { buildPlaceSearch, searchPlaces } from '../../../../src/data/places/place-search';

/** Least CPU time (ms) of several runs of a search: CPU time, not wall time, so a busy machine does not fail the test. */
function searchMs(run: () => unknown, runs = 15): number {
  let least = Infinity;
  for (let k = 0; k < runs; k++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

const r = (vintage: '2013' | '2025', code: string, fullName: string, province: string, district: string | null = null, parts: string | null = null): NameRow => ({ vintage, code, fullName, province, district, parts });

const ROWS: NameRow[] = [
  r('2025', 'p44', 'Tỉnh Quảng Trị', '44'),
  r('2025', '19597', 'Xã Cam Lộ', '44', null, 'TT Cam Lộ, Cam Thành, Cam Chính, Cam Nghĩa'),
  r('2025', '19603', 'Xã Hiếu Giang', '44', null, 'Cam Tuyền, Thanh An, Cam Thủy, Cam Hiếu'),
  r('2025', '22417', 'Phường Cam Lộc', '56'),
  r('2025', 'p56', 'Tỉnh Khánh Hòa', '56'),
  r('2013', 'p45', 'Tỉnh Quảng Trị', '45'),
  r('2013', 'd468', 'Huyện Cam Lộ', '45', '468'),
  r('2013', '19597', 'Thị trấn Cam Lộ', '45', '468'),
  r('2013', '19612', 'Xã Cam Thành', '45', '468'),
  r('2013', '19615', 'Xã Cam Hiếu', '45', '468'),
  r('2013', 'w4090905', 'Xã Cam An', '45', '468'),
  r('2013', '19500', 'Xã Cẩm Lộ', '45', '468'),
  r('2013', '26734', 'Phường 4', '79', '770'),
];

describe('searchPlaces', () => {
  const search = buildPlaceSearch(ROWS);

  it('finds a 2025 commune without diacritics, with its description, place and unit key', () => {
    const [hit] = searchPlaces(search, 'hieu giang');
    expect(hit).toEqual({
      kind: 'unit', vintage: '2025', code: '19603', fullName: 'Xã Hiếu Giang', rank: 0,
      description: { vi: 'Xã Hiếu Giang (từ 1/7/2025) — gồm Cam Tuyền, Thanh An, Cam Thủy, Cam Hiếu', en: 'Xã Hiếu Giang (since 1 July 2025) — from Cam Tuyền, Thanh An, Cam Thủy, Cam Hiếu' },
      where: { vi: 'Tỉnh Quảng Trị', en: 'Quảng Trị province' },
      ref: { vintage: '2025', province: '44', level: 'commune' },
      unitKey: '2025:19603',
    });
  });

  it('ranks exact names first, districts before communes, then prefixes and contained names', () => {
    const hits = searchPlaces(search, 'cam lo');
    expect(hits.map((h) => `${h.vintage} ${h.fullName} ${h.rank}`)).toEqual([
      '2013 Huyện Cam Lộ 0',
      '2025 Xã Cam Lộ 0',
      '2013 Thị trấn Cam Lộ 0',
      '2013 Xã Cẩm Lộ 0',
      '2025 Phường Cam Lộc 1',
    ]);
    expect(hits[0]!.description).toEqual({ vi: 'Huyện Cam Lộ — Tỉnh Quảng Trị (trước 2025)', en: 'Cam Lộ district — Quảng Trị province (before 2025)' });
    expect(hits[0]!.ref).toEqual({ vintage: '2013', province: '45', district: '468', level: 'commune' });
    expect(hits[0]!.unitKey).toBeNull();
    expect(hits[1]!.description.vi).toBe('Xã Cam Lộ (từ 1/7/2025) — gồm TT Cam Lộ, Cam Thành, Cam Chính, Cam Nghĩa');
    expect(hits[1]!.description.en).toBe('Xã Cam Lộ (since 1 July 2025) — from TT Cam Lộ, Cam Thành, Cam Chính, Cam Nghĩa');
    expect(hits[2]!.description).toEqual({ vi: 'Thị trấn Cam Lộ — Huyện Cam Lộ, Tỉnh Quảng Trị (trước 2025)', en: 'Thị trấn Cam Lộ — Cam Lộ district, Quảng Trị province (before 2025)' });
    expect(hits[2]!.ref).toEqual({ vintage: '2013', province: '45', district: '468', level: 'commune' });
    expect(hits[2]!.unitKey).toBe('2013:19597');
  });

  it('prefers the spelling typed with diacritics, and the type typed', () => {
    expect(searchPlaces(search, 'Cẩm Lộ')[0]!.fullName).toBe('Xã Cẩm Lộ');
    expect(searchPlaces(search, 'Cam Lộ').map((h) => h.fullName).slice(0, 3)).toEqual(['Huyện Cam Lộ', 'Xã Cam Lộ', 'Thị trấn Cam Lộ']);
    expect(searchPlaces(search, 'xã cam lộ')[0]!.fullName).toBe('Xã Cam Lộ');
    expect(searchPlaces(search, 'TT Cam Lo')[0]!.fullName).toBe('Thị trấn Cam Lộ');
    expect(searchPlaces(search, 'huyen cam lo')[0]!.fullName).toBe('Huyện Cam Lộ');
    expect(searchPlaces(search, 'P. 4')[0]!.fullName).toBe('Phường 4');
    expect(searchPlaces(search, 'tinh quang tri').map((h) => h.code)).toEqual(['p44', 'p45']);
  });

  it('finds provinces of both vintages, 2025 first', () => {
    const hits = searchPlaces(search, 'quang tri');
    expect(hits.map((h) => [h.kind, h.vintage, h.description.en])).toEqual([
      ['province', '2025', 'Quảng Trị province (since 1 July 2025)'],
      ['province', '2013', 'Quảng Trị province (before 2025)'],
    ]);
    expect(hits[1]!.ref).toEqual({ vintage: '2013', province: '45', level: 'commune' });
    expect(hits[1]!.where).toBeNull();
  });

  it('finds a 2025 commune by the name of an old unit it was formed from, after the old unit itself', () => {
    expect(searchPlaces(search, 'cam thanh').map((h) => [h.fullName, h.rank])).toEqual([['Xã Cam Thành', 0], ['Xã Cam Lộ', 5]]);
  });

  it('finds codes, words inside names, nothing for blank queries, and honours the limit', () => {
    expect(searchPlaces(search, '1961').map((h) => [h.code, h.rank])).toEqual([['19615', 4], ['19612', 4]]);
    expect(searchPlaces(search, 'giang').map((h) => [h.fullName, h.rank])).toEqual([['Xã Hiếu Giang', 2]]);
    expect(searchPlaces(search, 'an')[0]!.fullName).toBe('Xã Cam An');
    expect(searchPlaces(search, '   ')).toEqual([]);
    expect(searchPlaces(search, '—')).toEqual([]);
    expect(searchPlaces(search, 'cam', 2)).toHaveLength(2);
    expect(searchPlaces(search, 'x'.repeat(100_000))).toEqual([]);
  });

  it('searches 15 000 names in well under 20 ms', () => {
    const rows: NameRow[] = [];
    const syllables = ['Cam', 'Tân', 'Hòa', 'Bình', 'Phú', 'Lộc', 'An', 'Thạnh', 'Đông', 'Tây', 'Nam', 'Bắc', 'Hiếu', 'Giang', 'Sơn', 'Thủy'];
    for (let i = 0; i < 15_000; i++) {
      const name = `${syllables[i % 16]} ${syllables[Math.floor(i / 16) % 16]} ${syllables[Math.floor(i / 256) % 16]}`;
      rows.push(r(i % 3 === 0 ? '2025' : '2013', String(10000 + i), `Xã ${name}`, '44', i % 3 === 0 ? null : '468', i % 3 === 0 ? 'Cam Lộ, An Bình' : null));
    }
    const big = buildPlaceSearch(rows);
    for (const query of ['hieu giang', 'cam lo', 'Cam Lộ', 'xã tân hòa bình', 'giang']) expect(searchMs(() => searchPlaces(big, query)), query).toBeLessThan(20);
    // One letter matches nearly every name: still fast, with room for a busy test machine.
    expect(searchMs(() => searchPlaces(big, 'a'))).toBeLessThan(40);
  });
});

const NAMES = 'public/places/names.json';
describe.skipIf(!existsSync(NAMES))('with the built names.json', () => {
  it('finds Hiếu Giang, Cam Lộ of both vintages and their province', () => {
    const rows = parseNames(JSON.parse(readFileSync(NAMES, 'utf8')));
    if (!rows.ok) throw new Error(rows.message.en);
    const search = buildPlaceSearch(rows.value);
    expect(searchPlaces(search, 'hieu giang')[0]).toMatchObject({ fullName: 'Xã Hiếu Giang', unitKey: '2025:19603', ref: { vintage: '2025', province: '44' } });
    const camLo = searchPlaces(search, 'cam lo').filter((h) => h.rank === 0).map((h) => `${h.vintage} ${h.fullName}`);
    expect(camLo).toEqual(expect.arrayContaining(['2013 Huyện Cam Lộ', '2025 Xã Cam Lộ', '2013 Thị trấn Cam Lộ']));
    expect(camLo[0]).toBe('2013 Huyện Cam Lộ');
    expect(searchPlaces(search, 'Cam Lộ').find((h) => h.code === '19597' && h.vintage === '2025')!.description.vi).toMatch(/^Xã Cam Lộ \(từ 1\/7\/2025\) — gồm TT Cam Lộ, Cam Thành, Cam Chính, Cam Nghĩa/);
    expect(searchPlaces(search, 'quang tri').slice(0, 2).map((h) => h.code)).toEqual(['p44', 'p45']);
    expect(searchMs(() => searchPlaces(search, 'cam lo'))).toBeLessThan(20);
  });
});
