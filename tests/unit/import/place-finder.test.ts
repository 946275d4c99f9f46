import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNames, type NameRow } from '../../../src/data/places/catalogue';
import { parsePlanTable } from '../../../src/data/plan-table';
import { buildPlaceNames, findPlace, placeUnits } from '../../../src/import/place-finder';
import { matchUnits } from '../../../src/import/unit-match';
import type { TableUnitRow } from '../../../src/import/unit-keys';

const namesJson = JSON.parse(readFileSync(new URL('../../../public/places/names.json', import.meta.url), 'utf8'));
const parsed = parseNames(namesJson);
if (!parsed.ok) throw new Error('names.json does not parse');
const NAMES = buildPlaceNames(parsed.value);
const builtIn = parsePlanTable(readFileSync(new URL('../../../geo/plans/cam-lo-2022/table.csv', import.meta.url), 'utf8'), 'table.csv');
if (!builtIn.ok) throw new Error('built-in table does not parse');
const CAM_LO_ROWS: TableUnitRow[] = builtIn.value.units.map((u) => ({ row: u.row, name: u.name, code: u.gsoCode }));

const r = (vintage: '2013' | '2025', code: string, fullName: string, province: string, district: string | null = null): NameRow => ({ vintage, code, fullName, province, district, parts: null });
const rows = (...names: string[]): TableUnitRow[] => names.map((name, i) => ({ row: i + 2, name, code: null }));

describe('findPlace on the national names', () => {
  it('finds Cam Lộ district (pre-2025) from the built-in table, with a clearly weaker runner-up', () => {
    const guess = findPlace(CAM_LO_ROWS, NAMES);
    expect(guess.best?.ref).toEqual({ vintage: '2013', province: '45', district: '468', level: 'commune' });
    expect(guess.best?.matched).toBe(7);
    expect(guess.certain).toBe(true);
    expect(guess.runnerUp).not.toBeNull();
    expect(guess.best!.score - guess.runnerUp!.score).toBeGreaterThanOrEqual(0.1);
  });

  it('matches the built-in rows to Cam Lộ units and suggests Thanh An = Cam An + Cam Thanh', () => {
    const units = placeUnits(NAMES, { vintage: '2013', province: '45', district: '468', level: 'commune' });
    expect(units).toHaveLength(9);
    const matching = matchUnits(CAM_LO_ROWS, units);
    const byName = new Map(matching.matches.map((m) => [m.row.name, m]));
    expect(byName.get('Cam Tuyên')).toMatchObject({ codes: ['19600'], how: 'folded-name', doubtful: false });
    expect(byName.get('TT Cam Lộ')).toMatchObject({ codes: ['19597'], how: 'exact-name', doubtful: false });
    expect(byName.get('Cam Thành')).toMatchObject({ codes: ['19612'], how: 'exact-name' });
    const thanhAn = byName.get('Thanh An')!;
    expect(thanhAn).toMatchObject({ codes: ['19609', 'w4090905'], how: 'merged', doubtful: true });
    expect(thanhAn.alternatives[0]).toMatchObject({ how: 'merged', codes: ['19609', 'w4090905'] });
    expect(matching.complete).toBe(false);
    expect(matching.unitsWithoutRow).toEqual([]);
  });

  it('finds a province at district level from district names', () => {
    const guess = findPlace(rows('Huyện Cam Lộ', 'TP Đông Hà', 'Huyện Gio Linh', 'Huyện Hải Lăng', 'Huyện Triệu Phong', 'Huyện Vĩnh Linh', 'TX Quảng Trị', 'Huyện Hướng Hóa', 'Huyện Đa Krông'), NAMES);
    expect(guess.best?.ref).toEqual({ vintage: '2013', province: '45', level: 'district' });
  });

  it('finds the 2025 province from a table of all its new communes (names without their type)', () => {
    const communes = parsed.value.filter((n) => n.vintage === '2025' && n.province === '44' && /^\d/.test(n.code)).map((n) => n.fullName.replace(/^(Xã|Phường|Đặc khu) /, ''));
    expect(communes.length).toBeGreaterThan(50);
    const guess = findPlace(rows(...communes), NAMES);
    expect(guess.best?.ref).toEqual({ vintage: '2025', province: '44', level: 'commune' });
    expect(guess.certain).toBe(true);
  });

  it('uses codes, with or without the leading zeros a spreadsheet drops', () => {
    const table: TableUnitRow[] = [{ row: 2, name: 'whatever', code: '19597' }, { row: 3, name: 'x', code: '19600' }, { row: 4, name: 'y', code: '19606' }];
    const guess = findPlace(table, NAMES);
    expect(guess.best?.ref.vintage).toBe('2013');
    expect(guess.best?.ref.district).toBe('468');
    const hanoi = findPlace([{ row: 2, name: 'Phúc Xá', code: '4' }, { row: 3, name: 'Trúc Bạch', code: '7' }], NAMES);
    expect(hanoi.best?.ref.province).toBe('01');
  });

  it('finds nothing for names that are no place', () => {
    const guess = findPlace(rows('Qwzx', 'Plorp'), NAMES);
    expect(guess.best).toBeNull();
    expect(guess.certain).toBe(false);
  });
});

describe('findPlace and the whole country (2025)', () => {
  const communes2025 = parsed.value.filter((n) => n.vintage === '2025' && /^\d{5}$/.test(n.code));
  const NATIONAL_REF = { vintage: '2025', province: '00', level: 'commune' };

  it('finds the whole country from a table of every 2025 commune, by code', () => {
    expect(communes2025).toHaveLength(3321);
    const table = communes2025.map((n, i) => ({ row: i + 2, name: n.fullName, code: n.code }));
    const guess = findPlace(table, NAMES);
    expect(guess.best).toMatchObject({ ref: NATIONAL_REF, matched: 3321, units: 3321, score: 1 });
    expect(guess.certain).toBe(true);
    expect(guess.runnerUp?.ref.province).not.toBe('00');
  });

  it('finds the whole country from the names alone of the communes of two provinces', () => {
    const names = communes2025.filter((n) => n.province === '44' || n.province === '46').map((n) => n.fullName.replace(/^Đặc khu /, ''));
    const guess = findPlace(rows(...names), NAMES);
    expect(guess.best?.ref).toEqual(NATIONAL_REF);
    expect(guess.best!.matched).toBe(names.length);
  });

  it('keeps a one-province table on its province, even with a stray row of another province', () => {
    const names = communes2025.filter((n) => n.province === '44').map((n) => n.fullName);
    const stray = communes2025.find((n) => n.province === '01' && n.fullName === 'Phường Ba Đình')!;
    const guess = findPlace(rows(...names, stray.fullName), NAMES);
    expect(guess.best?.ref).toEqual({ vintage: '2025', province: '44', level: 'commune' });
    expect(guess.runnerUp?.ref.province).not.toBe('00');
  });

  it('prefers 2025 when a pre-2025 and a 2025 place tie on codes', () => {
    const names = buildPlaceNames([r('2013', '20001', 'Xã Đông Hà', '20', '200'), r('2025', '20001', 'Xã Đông Hà', '21')]);
    const guess = findPlace([{ row: 2, name: 'whatever', code: '20001' }], names);
    expect(guess.best).toMatchObject({ ref: { vintage: '2025', province: '21' }, score: 1 });
    expect(guess.runnerUp).toMatchObject({ ref: { vintage: '2013' }, score: 1 });
  });
});

describe('findPlace on constructed names', () => {
  const names = buildPlaceNames([
    r('2013', '10001', 'Xã An Phú', '10', '100'), r('2013', '10002', 'Xã Bình Quý', '10', '100'), r('2013', '10003', 'Thị trấn Phú Mỹ', '10', '100'),
    r('2013', '10004', 'Xã An Phú', '10', '101'), r('2013', '10005', 'Xã Hòa Bình', '10', '101'),
  ]);
  it('scores by rows explained and place covered', () => {
    const guess = findPlace(rows('An Phu', 'Binh Qui', 'TT Phú Mỹ'), names);
    expect(guess.best).toMatchObject({ ref: { vintage: '2013', province: '10', district: '100' }, matched: 3, units: 3, score: 1 });
    expect(guess.runnerUp?.ref.district).toBeUndefined();
  });
});

describe('findPlace by code', () => {
  it('finds every unit of a code, whatever leading zeros the table or names.json print', () => {
    const names = buildPlaceNames([r('2025', '00123', 'Xã Một', '01'), r('2025', '123', 'Xã Hai', '02'), r('2025', '00124', 'Xã Ba', '02'), r('2025', 'w123', 'Xã Bốn', '03')]);
    const guess = findPlace([{ row: 2, name: 'không tên', code: '0123' }, { row: 3, name: 'không tên', code: '124' }], names);
    // Row 2 is a unit of both provinces: province 02 explains both rows and all its units, province 01 one row.
    expect(guess.best).toMatchObject({ ref: { vintage: '2025', province: '02' }, matched: 2, score: 1 });
    expect(guess.runnerUp).toMatchObject({ ref: { vintage: '2025', province: '01' }, matched: 1 });
    expect(findPlace([{ row: 2, name: 'không tên', code: '99999' }], names).best).toBeNull();
  });

  it('counts rows the same whatever their order, and a row number given twice once', () => {
    const names = buildPlaceNames([r('2025', '00123', 'Xã Một', '01'), r('2025', '00124', 'Xã Hai', '01'), r('2025', '00125', 'Xã Ba', '02')]);
    const table = [{ row: 2, name: 'Xã Một', code: null }, { row: 3, name: 'Xã Hai', code: null }, { row: 4, name: 'Xã Ba', code: null }];
    const inOrder = findPlace(table, names);
    expect(inOrder.best).toMatchObject({ ref: { province: '01' }, matched: 2 });
    expect(findPlace([...table].reverse(), names)).toEqual(inOrder);
    const twice = findPlace([table[0]!, table[2]!, { ...table[0]!, name: 'Xã Hai' }], names);
    // Province 01: row 2 once (two of its units named): 1 of 3 rows, half its units; province 02: 1 of 3 rows, all its units.
    expect(twice.best).toMatchObject({ ref: { province: '02' }, matched: 1 });
    expect(twice.runnerUp).toMatchObject({ ref: { province: '01' }, matched: 1, score: 0.4 });
  });

  it('counts a unit listed twice in names.json once, by its code', () => {
    for (const code of ['w0000001', '10001']) {
      const names = buildPlaceNames([r('2013', code, 'Xã A Lưới', '10', '100'), r('2013', code, 'Xã A Lưới', '10', '100'), r('2013', '10003', 'Xã Bình', '10', '100')]);
      // Two rows name the unit: 2 of 2 rows found, 1 of 3 units → 2 × 1 × ⅓ / (1 + ⅓) = 0.5.
      const guess = findPlace([{ row: 2, name: 'Xã A Lưới', code: null }, { row: 3, name: 'A Luoi', code: null }], names);
      // The district and its province hold the same three units: both score so.
      for (const candidate of [guess.best, guess.runnerUp]) {
        expect(candidate).toMatchObject({ ref: { vintage: '2013', province: '10' }, matched: 2, units: 3 });
        expect(candidate?.score).toBeCloseTo(0.5, 10);
      }
    }
  });
});
