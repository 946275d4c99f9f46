import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parsePlanTable } from '../../../../src/data/plan-table';
import { isDocx, topLevelTables } from '../../../../src/data/table-read/docx';
import { readTableFile, sheetToPlanTable } from '../../../../src/data/table-read/read-table';
import { wordDocument } from './docx-fixture';

const annexText = readFileSync(new URL('./fixtures/seed-annex.tsv', import.meta.url), 'utf8');
const builtIn = readFileSync(new URL('../../../../geo/plans/cam-lo-2022/table.csv', import.meta.url), 'utf8');
/** The annex as it stands in the plan, one header cell written on two lines (two paragraphs in its Word cell). */
const ANNEX = annexText.trimEnd().split('\n').map((line) => line.split('\t').map((c) => c.replace('Hộ có khả năng thoát nghèo', 'Hộ có khả năng\nthoát nghèo')));
const OTHER = Papa.parse<string[]>(builtIn.replace('Thanh An,2.693', 'Thanh An,2.710').trim()).data;

const strip = (row: { name: string; gsoCode: string | null; figures: object } | null) => row && { name: row.name, gsoCode: row.gsoCode, figures: row.figures };

describe('tables of a Word document (.docx)', () => {
  it('reads the plan annex (two merged header rows) to exactly the figures of the built-in table', async () => {
    const bytes = await wordDocument([{ rows: ANNEX, twoRowHeader: true }]);
    const reading = await readTableFile({ name: 'ke-hoach.docx', bytes });
    expect(reading.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(reading.sheets.map((s) => s.name)).toEqual(['Bảng 1 / Table 1']);
    expect(reading.chosen).toBe(0);
    expect(reading.sheets[0]?.layout?.headerRows).toEqual([0, 1]);
    const targets = reading.sheets[0]?.columns?.columns.map((c) => c.target);
    expect(targets?.slice(0, 5)).toEqual(['unit', 'households', 'ethnic_minority_households', 'poor', 'poor_rate']);
    expect(targets?.[9]).toBe('able_to_escape');
    const result = sheetToPlanTable(reading, 0);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.map((i) => i.message.en)));
    const expected = parsePlanTable(builtIn, 'table.csv');
    if (!expected.ok) throw new Error('built-in table does not parse');
    expect(result.value.table.units.map(strip)).toEqual(expected.value.units.map(strip));
    expect(strip(result.value.table.total)).toEqual(strip(expected.value.total));
    expect(result.value.table.units).toHaveLength(8);
  });

  it('gives one sheet per table, for the person to choose when both hold tables', async () => {
    const bytes = await wordDocument([{ rows: OTHER, twoRowHeader: false }, { rows: ANNEX, twoRowHeader: true }]);
    const reading = await readTableFile({ name: 'hai-bang.docx', bytes });
    expect(reading.sheets.map((s) => s.name)).toEqual(['Bảng 1 / Table 1', 'Bảng 2 / Table 2']);
    expect(reading.sheets.every((s) => s.layout !== null)).toBe(true);
    expect(reading.chosen).toBeNull();
    const second = sheetToPlanTable(reading, 1);
    if (!second.ok) throw new Error('second table does not read');
    expect(second.value.table.units.find((u) => u.name === 'Thanh An')?.figures.households).toBe(2693);
    const first = sheetToPlanTable(reading, 0);
    if (!first.ok) throw new Error('first table does not read');
    expect(first.value.table.units.find((u) => u.name === 'Thanh An')?.figures.households).toBe(2710);
  });

  it('chooses the one table with figures when the other is not a table of units', async () => {
    const signatures = [['Nơi nhận', 'Ký tên'], ['UBND tỉnh', 'Chủ tịch']];
    const reading = await readTableFile({ name: 'ke-hoach.docx', bytes: await wordDocument([{ rows: signatures, twoRowHeader: false }, { rows: ANNEX, twoRowHeader: true }]) });
    expect(reading.sheets).toHaveLength(2);
    expect(reading.chosen).toBe(1);
  });

  it('says so when the document has no table', async () => {
    const reading = await readTableFile({ name: 'van-ban.docx', bytes: await wordDocument([]) });
    expect(reading.sheets).toEqual([]);
    expect(reading.issues.map((i) => [i.code, i.message.en])).toEqual([['no-table', 'File van-ban.docx: the Word document has no table; the figures need to be in a Word table (Insert → Table)']]);
  });

  it('refuses a legacy .doc in both languages, saying how to get the table in', async () => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const reading = await readTableFile({ name: 'ke-hoach.doc', bytes });
    expect(reading.sheets).toEqual([]);
    expect(reading.issues).toHaveLength(1);
    expect(reading.issues[0]?.code).toBe('not-a-table');
    expect(reading.issues[0]?.message.vi).toMatch(/^Tệp ke-hoach\.doc: đây là tài liệu Word cũ \(\.doc\).*lưu thành \.docx.*chép bảng rồi dán/);
    expect(reading.issues[0]?.message.en).toMatch(/^File ke-hoach\.doc: this is a legacy Word document \(\.doc\).*save it as \.docx.*copy the table and paste it/);
  });

  it('tells a .docx from an .xlsx by its parts, and keeps reading a broken .docx as a located refusal', async () => {
    const docx = await wordDocument([{ rows: ANNEX, twoRowHeader: true }]);
    expect(isDocx(docx, 'renamed.xlsx')).toBe(true);
    const broken = docx.slice(0, 200);
    const reading = await readTableFile({ name: 'hong.docx', bytes: broken });
    expect(reading.issues.map((i) => i.message.en)).toEqual([expect.stringMatching(/^File hong\.docx: not a table \(it cannot be read as a Word \.docx document\)/)]);
  });

  it('splits HTML into its top-level tables, nested ones staying inside', () => {
    const html = '<p>x</p><table><tr><td><table><tr><td>in</td></tr></table></td></tr></table><p>y</p><table><tr><td>2</td></tr></table>';
    expect(topLevelTables(html)).toEqual(['<table><tr><td><table><tr><td>in</td></tr></table></td></tr></table>', '<table><tr><td>2</td></tr></table>']);
  });
});
