import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { joinTableToBoundaries, type CommuneFeature } from '../../../../src/data/join';
import { parsePlanTable } from '../../../../src/data/plan-table';
import { dissolveDistricts, unitFeatures, type PlaceUnitFeature } from '../../../../src/data/places/topology';
import { readProvinceTopology } from '../../../../src/data/places/topology-files';
import { templateCsv, templateHeader, templateRows, templateXlsx, TEMPLATE_SHEET } from '../../../../src/data/places/template';
import { FIGURE_COLUMNS } from '../../../../src/data/table-columns';
import { OLD_DISTRICTS, oldProvinceTopology } from './place-fixtures';

function features(): PlaceUnitFeature[] {
  const topo = readProvinceTopology(oldProvinceTopology(), '2013', '45');
  if (!topo.ok) throw new Error(topo.message.en);
  return unitFeatures(topo.value);
}

/** Fill a CSV template: households 100 + i and poor i on each unit row. */
function fill(csv: string): string {
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const filled = rows.map((r, i) => (i === 0 ? r : r.map((c, k) => (k === 2 ? String(100 + i) : k === 4 ? String(i) : c))));
  return Papa.unparse(filled, { newline: '\r\n' });
}

describe('templateRows', () => {
  it('has the plan header and one row per unit in code order, units without a code last and without a code', () => {
    const rows = templateRows(features(), 'vi');
    expect(rows[0]).toEqual(['Đơn vị', 'Mã xã (TCTK)', ...FIGURE_COLUMNS.map((c) => c.label.vi)]);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Phường 1', '19507'],
      ['Phường Đông Lễ', '19510'],
      ['Xã Đông Thanh', '19513'],
      ['Thị trấn Cam Lộ', '19597'],
      ['Xã Cam Tuyền', '19600'],
      ['Xã Cam Thành', '19612'],
      ['Xã Cam Hiếu', '19615'],
      ['Xã Bãi bồi', null],
    ]);
    expect(rows.slice(1).every((r) => r.length === rows[0]!.length && r.slice(2).every((c) => c === null))).toBe(true);
    expect(templateHeader('en')[0]).toBe('Unit');
  });

  it('works for dissolved districts too', () => {
    const topo = readProvinceTopology(oldProvinceTopology(), '2013', '45');
    if (!topo.ok) throw new Error();
    expect(templateRows(dissolveDistricts(topo.value, OLD_DISTRICTS), 'vi').slice(1).map((r) => [r[0], r[1]])).toEqual([['Thành phố Đông Hà', '461'], ['Huyện Cam Lộ', '468']]);
  });
});

describe('templateCsv', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`filled with numbers, parses back and joins to the same units (${lang} header)`, () => {
      const units = features();
      const csv = templateCsv(units, lang);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      const parsed = parsePlanTable(fill(csv), 'template.csv');
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.warnings).toEqual([]);
      expect(parsed.value.units).toHaveLength(8);
      expect(parsed.value.units[0]!.figures).toMatchObject({ households: 101, poor: 1 });
      const join = joinTableToBoundaries(parsed.value, units as unknown as CommuneFeature[]);
      expect(join.unmatchedRows).toEqual([]);
      expect(join.ambiguous).toEqual([]);
      expect(join.unmatchedFeatures).toEqual([]);
      expect(join.joined.filter((u) => u.matchedBy === 'gso-code')).toHaveLength(7);
      expect(join.joined.find((u) => u.matchedBy !== 'gso-code')!.feature.properties.gso_code).toBe('w4090999');
      for (const u of join.joined) if (u.row.gsoCode) expect(u.row.gsoCode).toBe(u.feature.properties.gso_code);
    });
  }

  it('escapes cells that start like a formula', () => {
    const csv = templateCsv([{ properties: { gso_code: '00001', full_name: '=HYPERLINK("x")' } }], 'vi');
    expect(csv.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""x""\)",00001,/);
  });

  it("prefixes with ' every name starting with = + - @ tab or CR, and leaves other names alone", () => {
    const names = ['=HYPERLINK("http://example.com","x")', '+1', '-1', '@SUM(A1)', '\tCam Lộ', '\rCam Lộ', 'Xã Cam Tuyền'];
    const units = names.map((full_name, i) => ({ properties: { gso_code: String(i + 1).padStart(5, '0'), full_name } }));
    const parsed = Papa.parse<string[]>(templateCsv(units, 'vi').slice(1), { skipEmptyLines: true }).data.slice(1);
    expect(parsed.map((r) => r[0])).toEqual([...names.slice(0, -1).map((n) => `'${n}`), 'Xã Cam Tuyền']);
  });
});

describe('templateXlsx', () => {
  it('opens with XLSX.read and has the same cells, codes as text', () => {
    const units = features();
    const bytes = templateXlsx(units, 'vi');
    expect(bytes).toBeInstanceOf(Uint8Array);
    const book = XLSX.read(bytes, { type: 'array' });
    expect(book.SheetNames).toEqual([TEMPLATE_SHEET]);
    const sheet = book.Sheets[TEMPLATE_SHEET]!;
    const cells = XLSX.utils.sheet_to_json<(string | null)[]>(sheet, { header: 1, defval: null, raw: true });
    const expected = templateRows(units, 'vi');
    expect(cells.map((r) => [...r, ...Array(expected[0]!.length - r.length).fill(null)])).toEqual(expected);
    expect(sheet['B2']).toMatchObject({ t: 's', v: '19507' });
  });

  it('keeps leading zeros of codes', () => {
    const book = XLSX.read(templateXlsx([{ properties: { gso_code: '00004', full_name: 'Phường Trúc Bạch' } }], 'en'), { type: 'array' });
    expect(book.Sheets[TEMPLATE_SHEET]!['B2']!.v).toBe('00004');
  });
});
