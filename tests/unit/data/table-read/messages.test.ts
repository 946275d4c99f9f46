import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { capIssues, columnLetter } from '../../../../src/data/table-read/issues';
import { readTableFile, sheetToPlanTable } from '../../../../src/data/table-read/read-table';

const text = [
  'TT\tĐơn vị\tDân cư (hộ)\tHộ nghèo\tTỷ lệ hộ nghèo (%)',
  '1\tCam Tuyền\t1.481\tmột trăm\t7,36',
  '2\tCam Hiếu\t1.791\tkhông rõ\t2,46',
  '3\tCam Chính\t1.466\t??\t1,23',
  '4\tCam Nghĩa\t1.667\t46\t276',
].join('\n');

describe('located bilingual messages', () => {
  it('says file, row, column letter and header for a bad cell, once per kind per column', async () => {
    const reading = await readTableFile({ name: 'bang.tsv', bytes: new TextEncoder().encode(text) });
    const result = sheetToPlanTable(reading, 0);
    if (result.ok) throw new Error('expected problems');
    expect(result.issues.map((i) => [i.code, i.row, i.column, i.more])).toEqual([
      ['not-a-number', 2, 'D', 2],
      ['out-of-range', 5, 'E', 0],
    ]);
    expect(result.issues[0]?.message).toEqual({
      vi: 'Tệp bang.tsv, dòng 2, cột D (Hộ nghèo): “một trăm” không phải là số hộ (và 2 ô khác cùng lỗi trong cột này)',
      en: 'File bang.tsv, row 2, column D (Hộ nghèo): “một trăm” is not a number of households (and 2 more like it in this column)',
    });
    expect(result.issues[1]?.message.en).toBe('File bang.tsv, row 5, column E (Tỷ lệ hộ nghèo (%)): “276” is above 100 %');
  });

  it('names a pasted table and the missing required column', async () => {
    const reading = await readTableFile({ text: 'Đơn vị\tHộ nghèo\tTỷ lệ %\nCam Tuyền\t109\t7,36\nCam Hiếu\t44\t2,46' });
    const result = sheetToPlanTable(reading, 0);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.message.vi)).toEqual(['Tệp bảng dán: thiếu cột bắt buộc “Dân cư (hộ)” (households)']);
  });

  it('names the sheet of a workbook', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Đơn vị', 'Dân cư (hộ)', 'Hộ nghèo'], ['Cam Tuyền', 1481, -3], ['Cam Hiếu', 1791, 44]]), 'Biểu 2');
    const reading = await readTableFile({ name: 'bieu.xlsx', bytes: new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer) });
    const result = sheetToPlanTable(reading, 0);
    if (!result.ok) expect(result.issues.map((i) => i.message.en)).toEqual(['File bieu.xlsx, sheet “Biểu 2”, row 2, column C (Hộ nghèo): “-3” is negative; figures in the table cannot be']);
    expect(result.ok).toBe(false);
  });

  it('caps repeated issues and numbers columns as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    const one = { file: 'f', sheet: null, row: 1, column: 'B', header: null, code: 'negative' as const, severity: 'error' as const, value: '-1', problem: { vi: 'âm', en: 'negative' }, message: { vi: '', en: '' }, more: 0 };
    const capped = capIssues(Array.from({ length: 100 }, (_, i) => ({ ...one, row: i + 1 })));
    expect(capped).toHaveLength(1);
    expect(capped[0]?.more).toBe(99);
  });
});
