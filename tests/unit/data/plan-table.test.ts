import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { MAX_REPORTED_ISSUES, MAX_TABLE_CHARS, parsePlanTable } from '../../../src/data/plan-table';
import { FIGURE_COLUMNS } from '../../../src/data/table-columns';
import type { FigureKey, ParseIssue, ParseResult, PlanTable, UnitFigures } from '../../../src/data/types';

const FILE = 'cam-lo-2022/table.csv';
const REAL = readFileSync(fileURLToPath(new URL('../../../geo/plans/cam-lo-2022/table.csv', import.meta.url)), 'utf8');

const PRINTED_NAMES = ['Thanh An', 'TT Cam Lộ', 'Cam Thành', 'Cam Thủy', 'Cam Nghĩa', 'Cam Tuyên', 'Cam Chính', 'Cam Hiếu'];

const RATE_IDS = new Set(FIGURE_COLUMNS.filter((c) => c.kind === 'rate').map((c) => c.id as string));

/** The table as a grid of cell texts (header first), read independently of the code under test. */
function gridOf(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.trim(), { delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const REAL_GRID = gridOf(REAL);

/** Write a grid as delimited text, quoting cells that need it. */
function write(grid: string[][], delimiter = ',', eol = '\n'): string {
  const quote = (cell: string) => (/["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return grid.map((row) => row.map(quote).join(delimiter)).join(eol) + eol;
}

/** Small CSV: header `unit,households,poor` (or the given one) and rows. */
function csv(rows: string[], header = 'unit,households,poor'): string {
  return [header, ...rows].join('\n') + '\n';
}

function parsed(result: ParseResult<PlanTable>): PlanTable {
  if (!result.ok) throw new Error(`expected the table to parse, got ${JSON.stringify(result.issues, null, 1)}`);
  return result.value;
}

function issuesOf(result: ParseResult<PlanTable>): ParseIssue[] {
  if (result.ok) throw new Error(`expected issues, but the table parsed: ${JSON.stringify(result.value.units.map((u) => u.name))}`);
  expect(result.issues.length).toBeGreaterThan(0);
  return result.issues;
}

/** Names, rows and figures of a table, for comparing two parses. */
function summary(table: PlanTable) {
  return {
    units: table.units.map((u) => ({ name: u.name, figures: u.figures })),
    total: table.total && { name: table.total.name, figures: table.total.figures },
  };
}

function nullFigures(over: Partial<UnitFigures>): UnitFigures {
  const figures = Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.id, null])) as unknown as UnitFigures;
  return { ...figures, ...over };
}

describe('parsePlanTable', () => {
  describe('the real Cam Lộ 2022 table', () => {
    const result = parsePlanTable(REAL, FILE);
    const table = parsed(result);

    it('parses without issues or warnings', () => {
      expect(result).toMatchObject({ ok: true, warnings: [] });
      expect(table.file).toBe(FILE);
    });

    it('has the 8 units with their names as printed, in order, on file lines 2–9', () => {
      expect(table.units.map((u) => u.name)).toEqual(PRINTED_NAMES);
      expect(table.units.map((u) => u.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
      for (const u of table.units) expect(u.name).toBe(u.name.normalize('NFC'));
    });

    it('separates the "Tổng" totals row from the units', () => {
      expect(table.total).not.toBeNull();
      expect(table.total?.name).toBe('Tổng');
      expect(table.total?.row).toBe(10);
      expect(table.units.some((u) => u.name === 'Tổng')).toBe(false);
    });

    it('reads the totals row: 14.905 households and a rate printed with a decimal comma "0,72"', () => {
      expect(table.total?.figures).toEqual({
        households: 14905,
        ethnic_minority_households: 101,
        poor: 453,
        poor_rate: 3.04,
        ethnic_minority_poor: 42,
        ethnic_minority_poor_rate: null,
        social_protection: 345,
        social_protection_rate: 2.31,
        able_to_escape: 108,
        able_to_escape_rate: 0.72,
        target_2022: 24,
        poor_end_2022: 429,
        poor_rate_end_2022: 2.82,
      });
    });

    it('reads every figure of the first unit, blank cells as null', () => {
      expect(table.units[0]?.figures).toEqual(
        nullFigures({
          households: 2693,
          poor: 106,
          poor_rate: 3.94,
          social_protection: 100,
          social_protection_rate: 3.71,
          able_to_escape: 6,
          able_to_escape_rate: 0.22,
          target_2022: 2,
          poor_end_2022: 104,
          poor_rate_end_2022: 3.86,
        }),
      );
    });

    it('reads the only unit with ethnic-minority figures (Cam Tuyên)', () => {
      expect(table.units[5]?.figures).toEqual({
        households: 1481,
        ethnic_minority_households: 101,
        poor: 109,
        poor_rate: 3.76,
        ethnic_minority_poor: 42,
        ethnic_minority_poor_rate: 0.28,
        social_protection: 53,
        social_protection_rate: 3.58,
        able_to_escape: 48,
        able_to_escape_rate: 3.24,
        target_2022: 10,
        poor_end_2022: 99,
        poor_rate_end_2022: 6.68,
      });
    });

    it('reads a "0" count and "0.00" rate as zero, not blank', () => {
      const chinh = table.units.find((u) => u.name === 'Cam Chính');
      expect(chinh?.figures.able_to_escape).toBe(0);
      expect(chinh?.figures.able_to_escape_rate).toBe(0);
      expect(chinh?.figures.target_2022).toBe(0);
    });

    it('reads every household count as thousands (the units add up to the printed total)', () => {
      expect(table.units.map((u) => u.figures.households)).toEqual([2693, 2095, 2223, 1489, 1667, 1481, 1466, 1791]);
      const sum = (key: FigureKey) => table.units.reduce((s, u) => s + (u.figures[key] ?? 0), 0);
      expect(sum('households')).toBe(14905);
      expect(sum('poor')).toBe(453);
      expect(sum('social_protection')).toBe(345);
      expect(sum('poor_end_2022')).toBe(429);
      expect(sum('target_2022')).toBe(24);
    });

    it('keeps the raw cell texts as printed', () => {
      expect(table.units[0]?.raw.households).toBe('2.693');
      expect(table.units[0]?.raw.poor_rate).toBe('3.94');
      expect(table.units[0]?.raw.ethnic_minority_households).toBe('');
      expect(table.units[1]?.raw.unit).toBe('TT Cam Lộ');
      expect(table.total?.raw.households).toBe('14.905');
      expect(table.total?.raw.able_to_escape_rate).toBe('0,72');
      expect(table.total?.raw.ethnic_minority_poor_rate).toBe('');
    });

    it('has no GSO codes (the file has no code column)', () => {
      expect(table.units.every((u) => u.gsoCode === null)).toBe(true);
    });
  });

  describe('other spellings of the same table', () => {
    const reference = summary(parsed(parsePlanTable(REAL, FILE)));
    const header = REAL_GRID[0] ?? [];
    const body = REAL_GRID.slice(1);
    const withHeader = (labels: string[]) => [labels, ...body];
    const viLabels = header.map((id) => (id === 'unit' ? 'Đơn vị' : (FIGURE_COLUMNS.find((c) => c.id === id)?.label.vi ?? id)));
    const enLabels = header.map((id) => (id === 'unit' ? 'Unit' : (FIGURE_COLUMNS.find((c) => c.id === id)?.label.en ?? id)));
    /** Vietnamese spreadsheet style: every rate with a decimal comma. */
    const commaRates = [header, ...body.map((row) => row.map((cell, i) => (RATE_IDS.has(header[i] ?? '') ? cell.replace('.', ',') : cell)))];

    it('has all the printed Vietnamese labels as distinct header texts', () => {
      expect(viLabels).toHaveLength(14);
      expect(new Set(viLabels).size).toBe(14);
      expect(viLabels).toContain('Dân cư (hộ)');
    });

    it.each([
      ['TSV', () => write(REAL_GRID, '\t')],
      ['semicolon-separated', () => write(REAL_GRID, ';')],
      ['semicolon-separated with decimal-comma rates', () => write(commaRates, ';')],
      ['TSV with decimal-comma rates', () => write(commaRates, '\t')],
      ['CSV with decimal-comma rates (quoted)', () => write(commaRates, ',')],
      ['UTF-8 BOM', () => '\uFEFF' + REAL],
      ['CRLF line endings', () => REAL.replace(/\r?\n/g, '\r\n')],
      ['BOM and CRLF', () => '\uFEFF' + write(REAL_GRID, ',', '\r\n')],
      ['no final newline', () => REAL.trimEnd()],
      ['Vietnamese header labels', () => write(withHeader(viLabels))],
      ['Vietnamese labels, upper-case', () => write(withHeader(viLabels.map((l) => l.toUpperCase())))],
      ['Vietnamese labels without diacritics', () => write(withHeader(viLabels.map((l) => l.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd'))))],
      ['Vietnamese labels, NFD', () => write(withHeader(viLabels.map((l) => l.normalize('NFD'))))],
      ['English header labels', () => write(withHeader(enLabels))],
      ['upper-case ids', () => write(withHeader(header.map((h) => h.toUpperCase())))],
      ['ids with spaces for underscores and padding', () => write(withHeader(header.map((h) => `  ${h.replace(/_/g, ' ')} `)))],
      ['the whole file NFD-decomposed', () => REAL.normalize('NFD')],
      ['BOM, CRLF, TSV and Vietnamese labels together', () => '\uFEFF' + write(withHeader(viLabels), '\t', '\r\n')],
    ])('%s parses to the same figures', (_, make) => {
      const result = parsePlanTable(make(), 'other.csv');
      const table = parsed(result);
      expect(summary(table)).toEqual(reference);
      expect(table.units.map((u) => u.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
      expect(result.ok && result.warnings).toEqual([]);
    });

    it.each([
      ['CSV', () => write(REAL_GRID, ',')],
      ['TSV', () => write(REAL_GRID, '\t')],
      ['semicolon-separated', () => write(REAL_GRID, ';')],
      ['CSV with decimal-comma rates', () => write(commaRates, ',')],
      // TSV / semicolon-separated with decimal-comma rates and blank lines: see the bug report (delimiter mis-guessed).
    ])('%s with a blank line between rows parses to the same figures, rows on their file lines', (_, make) => {
      const text = make().replace(/\n(?=.)/g, '\n\n');
      const table = parsed(parsePlanTable(text, 'other.csv'));
      expect(summary(table)).toEqual(reference);
      expect(table.units.map((u) => u.row)).toEqual([3, 5, 7, 9, 11, 13, 15, 17]);
      expect(table.total?.row).toBe(19);
    });

    it('keeps names NFC when the file is NFD', () => {
      const table = parsed(parsePlanTable(REAL.normalize('NFD'), FILE));
      expect(table.units.map((u) => u.name)).toEqual(PRINTED_NAMES);
    });

    it.each([
      ['HOUSEHOLDS', 'Hộ Nghèo'],
      ['dân cư (hộ)', 'HỘ NGHÈO'],
      ['Dan cu (ho)', 'ho ngheo'],
      ['DAN CU', 'So ho ngheo'],
      ['Tổng số hộ', 'POOR'],
    ])('matches header names case- and diacritic-insensitively (%s, %s)', (households, poor) => {
      const table = parsed(parsePlanTable(csv(['Cam Lộ,2.095,36'], `Đơn Vị,${households},${poor}`), FILE));
      expect(table.units[0]).toMatchObject({ name: 'Cam Lộ', figures: { households: 2095, poor: 36 } });
    });

    it('accepts columns in any order', () => {
      const table = parsed(parsePlanTable(csv(['36,1.481,Cam Tuyên'], 'poor,households,unit'), FILE));
      expect(table.units[0]).toMatchObject({ name: 'Cam Tuyên', figures: { households: 1481, poor: 36 } });
    });

    it('warns about, but ignores, an unknown extra column; figures intact', () => {
      const grid = REAL_GRID.map((row, i) => [...row.slice(0, 3), i === 0 ? 'Ghi chú' : '<b>x</b>, y', ...row.slice(3)]);
      const result = parsePlanTable(write(grid), FILE);
      expect(summary(parsed(result))).toEqual(reference);
      expect(result.ok && result.warnings).toEqual([
        expect.objectContaining({ file: FILE, code: 'unknown-column', row: 1, column: 'Ghi chú' }),
      ]);
    });

    it('ignores a blank header cell without a warning', () => {
      const result = parsePlanTable(csv(['A,1,1,'], 'unit,households,poor,'), FILE);
      expect(parsed(result).units).toHaveLength(1);
      expect(result.ok && result.warnings).toEqual([]);
    });
  });

  describe('GSO codes', () => {
    it('reads a gso_code column', () => {
      const table = parsed(parsePlanTable(csv(['Cam Thành,19609,2.223,37', 'Cam Thanh,19612,1.000,10'], 'unit,gso_code,households,poor'), FILE));
      expect(table.units.map((u) => [u.name, u.gsoCode])).toEqual([
        ['Cam Thành', '19609'],
        ['Cam Thanh', '19612'],
      ]);
    });

    it('rejects a malformed code, naming row and column', () => {
      const issues = issuesOf(parsePlanTable(csv(['A,19609,1,1', 'B,12A45,1,1'], 'unit,gso_code,households,poor'), FILE));
      expect(issues).toEqual([expect.objectContaining({ file: FILE, row: 3, column: 'gso_code', value: '12A45' })]);
    });

    it('rejects two rows with the same code', () => {
      const issues = issuesOf(parsePlanTable(csv(['A,19609,1,1', 'B,19609,1,1'], 'unit,gso_code,households,poor'), FILE));
      expect(issues).toEqual([expect.objectContaining({ file: FILE, code: 'duplicate-unit', row: 3, column: 'unit', value: 'B' })]);
    });
  });

  describe('malformed input', () => {
    it.each([
      ['households', 'unit,poor', 'A,1'],
      ['poor', 'unit,households', 'A,1'],
      ['unit', 'households,poor', '1,1'],
    ])('reports the missing required column %s on the header row', (column, header, row) => {
      const issues = issuesOf(parsePlanTable(csv([row], header), FILE));
      expect(issues).toEqual([expect.objectContaining({ file: FILE, code: 'missing-column', row: 1, column })]);
      expect(issues[0]?.message).toContain(column);
    });

    it('reports every missing required column at once', () => {
      const issues = issuesOf(parsePlanTable(csv(['x,y'], 'foo,bar'), FILE));
      expect(issues.filter((i) => i.code === 'missing-column').map((i) => i.column).sort()).toEqual(['households', 'poor', 'unit']);
    });

    it('reports the header row by its line when blank lines come first', () => {
      const issues = issuesOf(parsePlanTable('\n\nunit,poor\nA,1\n', FILE));
      expect(issues).toEqual([expect.objectContaining({ code: 'missing-column', row: 3, column: 'households' })]);
    });

    it.each([
      ['the same id twice', csv(['A,1,1,1'], 'unit,households,poor,households'), 'households'],
      ['an id and a label of the same column', csv(['A,1,1,1'], 'unit,households,poor,Dân cư (hộ)'), 'Dân cư (hộ)'],
      ['two spellings of the unit column', csv(['A,1,1,A'], 'Đơn vị,households,poor,"Xã, thị trấn"'), 'Xã, thị trấn'],
    ])('reports a duplicate column: %s', (_, text, column) => {
      const issues = issuesOf(parsePlanTable(text, FILE));
      expect(issues).toEqual([expect.objectContaining({ file: FILE, code: 'duplicate-column', row: 1, column })]);
    });

    it.each([
      ['text in a number cell', 'Cam Lộ,nhiều,1', 'households', 'not-a-number', 'nhiều'],
      ['a negative count', 'Cam Lộ,2.095,-36', 'poor', 'negative', '-36'],
      ['a fractional count', 'Cam Lộ,3.94,36', 'households', 'not-an-integer', '3.94'],
      ['a decimal-comma fractional count', 'Cam Lộ,2.095,"0,5"', 'poor', 'not-an-integer', '0,5'],
      ['a blank required cell', 'Cam Lộ,2.095,', 'poor', 'missing-value', ''],
      ['a dash in a required cell', 'Cam Lộ,–,36', 'households', 'missing-value', '–'],
      ['a row shorter than the header', 'Cam Lộ,2.095', 'poor', 'missing-value', ''],
    ])('reports %s with file, row, column and value', (_, row, column, code, value) => {
      const issues = issuesOf(parsePlanTable(csv(['Thanh An,2.693,106', row, 'Cam Hiếu,1.791,44']), FILE));
      expect(issues).toEqual([expect.objectContaining({ file: FILE, row: 3, column, code, value })]);
      expect(issues[0]?.message.length).toBeGreaterThan(10);
    });

    it('reports a rate over 100 %, and accepts exactly 100', () => {
      const header = 'unit,households,poor,poor_rate';
      const issues = issuesOf(parsePlanTable(csv(['A,10,10,100', 'B,10,10,"100,01"', 'C,10,10,394'], header), FILE));
      expect(issues).toEqual([
        expect.objectContaining({ file: FILE, code: 'out-of-range', row: 3, column: 'poor_rate', value: '100,01' }),
        expect.objectContaining({ file: FILE, code: 'out-of-range', row: 4, column: 'poor_rate', value: '394' }),
      ]);
    });

    it('reports several bad cells of one row separately', () => {
      const issues = issuesOf(parsePlanTable(csv(['A,x,-1']), FILE));
      expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
        [2, 'households', 'not-a-number'],
        [2, 'poor', 'negative'],
      ]);
    });

    it.each([
      ['empty', ''],
      ['quoted empty', '""'],
      ['spaces', '   '],
      ['non-breaking spaces', '\u00a0\u00a0'],
    ])('reports a %s unit name on its row', (_, name) => {
      const issues = issuesOf(parsePlanTable(csv(['Thanh An,2.693,106', `${name},2.095,36`]), FILE));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ file: FILE, row: 3, column: 'unit' });
      expect(['missing-value', 'schema']).toContain(issues[0]?.code);
      expect(issues[0]?.message).toMatch(/blank/);
    });

    it.each([
      ['the same name', 'Cam Thủy', 'Cam Thủy'],
      ['a different case and no diacritics', 'Cam Thủy', 'cam thuy'],
      ['upper case', 'Cam Thủy', 'CAM THỦY'],
      ['a unit-type prefix', 'Cam Thủy', 'Xã Cam Thủy'],
      ['NFD and extra spaces', 'Cam Thủy', '  Cam   Thủy '.normalize('NFD')],
    ])('reports a commune listed twice (%s) on the second row, naming the first', (_, first, second) => {
      const issues = issuesOf(parsePlanTable(csv(['Thanh An,2.693,106', `${first},1.489,57`, `${second},1.489,57`]), FILE));
      expect(issues).toEqual([expect.objectContaining({ file: FILE, code: 'duplicate-unit', row: 4, column: 'unit' })]);
      expect(issues[0]?.message).toContain('row 3');
    });

    it('reports a second totals row', () => {
      const issues = issuesOf(parsePlanTable(csv(['A,1,1', 'Tổng,1,1', 'B,1,1', 'TỔNG CỘNG,2,2']), FILE));
      expect(issues).toEqual([expect.objectContaining({ file: FILE, code: 'duplicate-unit', row: 5, column: 'unit', value: 'TỔNG CỘNG' })]);
      expect(issues[0]?.message).toContain('row 3');
    });

    it('accepts a totals row anywhere, not only last', () => {
      const table = parsed(parsePlanTable(csv(['Toàn huyện,2,2', 'A,1,1', 'B,1,1']), FILE));
      expect(table.total).toMatchObject({ name: 'Toàn huyện', row: 2, figures: { households: 2 } });
      expect(table.units.map((u) => u.name)).toEqual(['A', 'B']);
    });

    it('keeps a commune named like "Tổng Hợp Xã" as a unit', () => {
      const table = parsed(parsePlanTable(csv(['Tổng Hợp Xã,1,1', 'Tổng,1,1']), FILE));
      expect(table.units.map((u) => u.name)).toEqual(['Tổng Hợp Xã']);
      expect(table.total?.name).toBe('Tổng');
    });

    it.each([
      ['header only', 'unit,households,poor'],
      ['header only, with blank lines after it', 'unit,households,poor\n\n\n'],
      ['header and a totals row only', 'unit,households,poor\nTổng,1,1\n'],
      ['header and rows of empty cells only', 'unit,households,poor\n,,\n , , \n'],
    ])('reports "no-units" for a file with %s', (_, text) => {
      const issues = issuesOf(parsePlanTable(text, FILE));
      expect(issues).toEqual([expect.objectContaining({ file: FILE, code: 'no-units' })]);
    });

    it.each([
      ['empty', ''],
      ['whitespace-only', ' \n\t\r\n  \n'],
      ['BOM-only', '\uFEFF'],
      ['BOM and newlines', '\uFEFF\r\n\r\n'],
    ])('reports an %s file as empty', (_, text) => {
      expect(issuesOf(parsePlanTable(text, FILE))).toEqual([expect.objectContaining({ file: FILE, code: 'empty-file' })]);
    });

    it('reports binary garbage without throwing', () => {
      let seed = 12345;
      let garbage = '';
      for (let i = 0; i < 20_000; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        garbage += String.fromCharCode(seed % 256);
      }
      for (const text of [garbage, '\u0000\u0001\u0002\uFFFD\uD800,\u0007\n\u00ff\u00fe', '\uD83D', 'PK\u0003\u0004\u0014\u0000\u0006\u0000']) {
        const issues = issuesOf(parsePlanTable(text, FILE));
        for (const i of issues) expect(i).toMatchObject({ file: FILE, message: expect.any(String) });
      }
    });

    it.each([
      ['in a data row', csv(['Thanh An,2.693,106', 'TT Cam Lộ,"2.095,36', 'Cam Hiếu,1.791,44']), 3],
      ['after blank lines', csv(['Thanh An,2.693,106', '', '', '"Cam Hiếu,1.791,44']), 5],
      ['in the header', '"unit,households,poor\nA,1,1\n', 1],
    ])('reports an unbalanced quote %s as a CSV syntax error on its line', (_, text, row) => {
      const issues = issuesOf(parsePlanTable(text, FILE));
      expect(issues[0]).toMatchObject({ file: FILE, code: 'csv-syntax', row });
      expect(issues.filter((i) => i.code === 'csv-syntax')).toHaveLength(1);
    });

    it('reports a quoted field with trailing text as a CSV syntax error on its line', () => {
      const issues = issuesOf(parsePlanTable(csv(['A,1,1', '"B"x,1,1']), FILE));
      expect(issues[0]).toMatchObject({ file: FILE, code: 'csv-syntax', row: 3 });
    });
  });

  describe('row numbers', () => {
    it('are the file lines when blank lines separate rows', () => {
      const text = 'unit,households,poor\n\nA,1,1\n\n\nB,2,2\n   \nC,3,3\n';
      expect(parsed(parsePlanTable(text, FILE)).units.map((u) => [u.name, u.row])).toEqual([
        ['A', 3],
        ['B', 6],
        ['C', 8],
      ]);
    });

    it('are the file lines in error reports when blank lines separate rows (LF and CRLF)', () => {
      for (const eol of ['\n', '\r\n']) {
        const text = ['', 'unit,households,poor', 'A,1,1', '', '', 'B,x,1', ',,', 'C,1,-1', ''].join(eol);
        const issues = issuesOf(parsePlanTable(text, FILE));
        expect(issues.map((i) => [i.row, i.column])).toEqual([
          [6, 'households'],
          [8, 'poor'],
        ]);
      }
    });

    it('count the totals row line too', () => {
      const table = parsed(parsePlanTable('unit,households,poor\nA,1,1\n\nTổng,1,1\n', FILE));
      expect(table.total?.row).toBe(4);
    });
  });

  describe('hostile input', () => {
    it(`returns "too-large" for a 10 MB file, quickly`, () => {
      const huge = csv(Array.from({ length: 600_000 }, (_, i) => `Xã ${i},1.000,10`));
      expect(huge.length).toBeGreaterThan(10_000_000);
      const started = performance.now();
      const result = parsePlanTable(huge, FILE);
      expect(performance.now() - started).toBeLessThan(200);
      expect(issuesOf(result)).toEqual([expect.objectContaining({ file: FILE, code: 'too-large', row: null })]);
    });

    it('accepts a file of exactly MAX_TABLE_CHARS characters and rejects one more', () => {
      const prefix = 'unit,households,poor\n';
      const suffix = ',1,1\n';
      const name = 'A'.repeat(MAX_TABLE_CHARS - prefix.length - suffix.length);
      const exact = prefix + name + suffix;
      expect(exact.length).toBe(MAX_TABLE_CHARS);
      expect(parsed(parsePlanTable(exact, FILE)).units[0]?.name).toHaveLength(name.length);
      const over = prefix + name + 'A' + suffix;
      expect(issuesOf(parsePlanTable(over, FILE))).toEqual([expect.objectContaining({ code: 'too-large' })]);
    });

    it('caps the issues of a file with 5,000 bad rows at MAX_REPORTED_ISSUES, in file order', () => {
      const text = csv(Array.from({ length: 5000 }, (_, i) => `Xã ${i},không,1`));
      const started = performance.now();
      const issues = issuesOf(parsePlanTable(text, FILE));
      expect(performance.now() - started).toBeLessThan(5000);
      expect(issues).toHaveLength(MAX_REPORTED_ISSUES);
      expect(issues.map((i) => i.row)).toEqual(Array.from({ length: MAX_REPORTED_ISSUES }, (_, i) => i + 2));
      expect(issues.every((i) => i.code === 'not-a-number' && i.column === 'households' && i.file === FILE)).toBe(true);
    });

    it('caps the issues when every bad row has several problems', () => {
      const text = csv(Array.from({ length: 5000 }, () => `,x,-1`));
      expect(issuesOf(parsePlanTable(text, FILE))).toHaveLength(MAX_REPORTED_ISSUES);
    });

    it('caps the issues of 5,000 duplicate communes', () => {
      const text = csv(Array.from({ length: 5001 }, () => `Cam Lộ,1,1`));
      const issues = issuesOf(parsePlanTable(text, FILE));
      expect(issues).toHaveLength(MAX_REPORTED_ISSUES);
      expect(issues.every((i) => i.code === 'duplicate-unit')).toBe(true);
    });

    const SCRIPT = '<script>alert("x")</script>';
    const IMG = '<img src=x onerror=alert(1)>';

    it('keeps HTML in a unit name as plain text', () => {
      const table = parsed(parsePlanTable(csv([`"${SCRIPT.replace(/"/g, '""')}",1,1`, `${IMG},2,2`]), FILE));
      expect(table.units.map((u) => u.name)).toEqual([SCRIPT, IMG]);
    });

    it('returns HTML in a number cell verbatim as the error value and in the message', () => {
      const issues = issuesOf(parsePlanTable(csv([`A,${IMG},1`, `B,1,"${SCRIPT.replace(/"/g, '""')}"`]), FILE));
      expect(issues).toEqual([
        expect.objectContaining({ row: 2, column: 'households', code: 'not-a-number', value: IMG }),
        expect.objectContaining({ row: 3, column: 'poor', code: 'not-a-number', value: SCRIPT }),
      ]);
      expect(issues[0]?.message).toContain(IMG);
      expect(issues[1]?.message).toContain(SCRIPT);
    });

    it('keeps HTML in an unknown header as plain text in the warning', () => {
      const result = parsePlanTable(csv(['A,1,1,1'], `unit,households,poor,${IMG}`), FILE);
      expect(result.ok && result.warnings).toEqual([expect.objectContaining({ code: 'unknown-column', column: IMG })]);
    });

    it('handles a 100,000-character cell', () => {
      const long = 'Cam Lộ '.repeat(100_000 / 7 + 1).slice(0, 100_000);
      expect(parsed(parsePlanTable(csv([`${long},1,1`]), FILE)).units[0]?.name).toBe(long.trim());

      const digits = '1'.repeat(100_000);
      const issues = issuesOf(parsePlanTable(csv(['A,1,1', `B,${digits},1`]), FILE));
      expect(issues).toEqual([expect.objectContaining({ row: 3, column: 'households', code: 'not-a-number', value: digits })]);

      const grouped = '1' + '.000'.repeat(25_000);
      expect(issuesOf(parsePlanTable(csv([`A,1,${grouped}`]), FILE))).toEqual([
        expect.objectContaining({ row: 2, column: 'poor', code: 'not-a-number' }),
      ]);
    });

    it('never throws on arbitrary text', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 300 }),
            fc.string({ unit: fc.constantFrom(...'unit,households;poor\t\n\r"\' 1.2,3-Tổng'.split('')), maxLength: 300 }),
            fc.array(fc.array(fc.string({ maxLength: 8 }), { maxLength: 5 }), { maxLength: 8 }).map((rows) =>
              ['unit,households,poor', ...rows.map((r) => r.join(','))].join('\n'),
            ),
          ),
          (text) => {
            const result = parsePlanTable(text, FILE);
            if (result.ok) {
              expect(result.value.units.length).toBeGreaterThan(0);
            } else {
              expect(result.issues.length).toBeGreaterThan(0);
              expect(result.issues.length).toBeLessThanOrEqual(MAX_REPORTED_ISSUES);
              for (const i of result.issues) expect(i.file).toBe(FILE);
            }
          },
        ),
        { numRuns: 500 },
      );
    });
  });

  describe('property: any well-formed table round-trips', () => {
    const COUNT_FORMATS = [
      (n: number) => String(n),
      (n: number) => new Intl.NumberFormat('vi-VN').format(n),
      (n: number) => new Intl.NumberFormat('en-US').format(n),
      (n: number) => new Intl.NumberFormat('fr-FR').format(n),
    ];

    const unitArb = fc.record({
      households: fc.integer({ min: 1, max: 2_000_000 }),
      poorShare: fc.integer({ min: 0, max: 100 }),
      rateHundredths: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null }),
      countFormat: fc.integer({ min: 0, max: COUNT_FORMATS.length - 1 }),
      commaRate: fc.boolean(),
      blankLinesBefore: fc.integer({ min: 0, max: 2 }),
    });

    it('parses back every figure and file line, whatever the delimiter, number style, line ending, BOM and header spelling', () => {
      fc.assert(
        fc.property(
          fc.array(unitArb, { minLength: 1, maxLength: 12 }),
          fc.constantFrom(',', '\t', ';'),
          fc.constantFrom('\n', '\r\n'),
          fc.boolean(),
          fc.boolean(),
          (units, delimiter, eol, bom, viHeader) => {
            const header = viHeader ? ['Đơn vị', 'Dân cư (hộ)', 'Hộ nghèo', 'Tỷ lệ hộ nghèo (%)'] : ['unit', 'households', 'poor', 'poor_rate'];
            const lines = [write([header], delimiter, '')];
            const expected: { name: string; row: number; households: number; poor: number; poor_rate: number | null }[] = [];
            units.forEach((u, i) => {
              // Blank lines only in comma-separated files: with tabs or semicolons they can make the delimiter
              // guess pick ",", which is a reported bug, not covered here.
              if (delimiter === ',') for (let b = 0; b < u.blankLinesBefore; b++) lines.push('');
              const poor = Math.floor((u.households * u.poorShare) / 100);
              const format = COUNT_FORMATS[u.countFormat] ?? String;
              const rate = u.rateHundredths === null ? '' : (u.rateHundredths / 100).toFixed(2);
              const name = `Xã Số ${i + 1}`;
              lines.push(write([[name, format(u.households), format(poor), u.commaRate ? rate.replace('.', ',') : rate]], delimiter, ''));
              expected.push({ name, row: lines.length, households: u.households, poor, poor_rate: u.rateHundredths === null ? null : u.rateHundredths / 100 });
            });
            const text = (bom ? '\uFEFF' : '') + lines.join(eol) + eol;
            const table = parsed(parsePlanTable(text, FILE));
            expect(
              table.units.map((u) => ({ name: u.name, row: u.row, households: u.figures.households, poor: u.figures.poor, poor_rate: u.figures.poor_rate })),
            ).toEqual(expected);
            expect(table.total).toBeNull();
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});
