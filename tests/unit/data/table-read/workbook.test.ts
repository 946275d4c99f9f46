import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { cellText, fillMerges } from '../../../../src/data/table-read/workbook';
import { readTableFile, sheetToPlanTable } from '../../../../src/data/table-read/read-table';

/** A workbook with a cover sheet and a table sheet whose two header rows are merged cells. */
function book(): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['KẾ HOẠCH GIẢM NGHÈO NĂM 2022'], ['UBND huyện Cam Lộ']]), 'Bìa');
  const ws = XLSX.utils.aoa_to_sheet([
    ['Biểu 01: chỉ tiêu giảm nghèo'],
    ['Đơn vị', 'Dân cư (Hộ)', 'Hộ nghèo', null, 'Hộ nghèo cuối năm 2022', null],
    [null, null, 'Số hộ', 'Tỷ lệ %', 'Số hộ', 'Tỷ lệ %'],
    ['Thanh An', 2693, 106, 3.94, 104, 0.0386],
    ['TT Cam Lộ', '2.095', 36, '1,72', 33, 0.0158],
    ['Tổng', 4788, 142, 2.97, 137, 0.0286],
  ]);
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 5 } },
    { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
    { s: { r: 1, c: 1 }, e: { r: 2, c: 1 } },
    { s: { r: 1, c: 2 }, e: { r: 1, c: 3 } },
    { s: { r: 1, c: 4 }, e: { r: 1, c: 5 } },
  ];
  for (const ref of ['F4', 'F5', 'F6']) {
    const cell = ws[ref] as XLSX.CellObject;
    cell.z = '0.00%';
  }
  XLSX.utils.book_append_sheet(wb, ws, 'Biểu 01');
  return wb;
}

async function roundTrip(bookType: 'xlsx' | 'biff8', name: string) {
  const bytes = new Uint8Array(XLSX.write(book(), { bookType, type: 'array' }) as ArrayBuffer);
  const reading = await readTableFile({ name, bytes });
  expect(reading.issues).toEqual([]);
  expect(reading.sheets.map((s) => s.name)).toEqual(['Bìa', 'Biểu 01']);
  expect(reading.chosen).toBe(1);
  const sheet = reading.sheets[1];
  expect(sheet?.layout?.headerRows).toEqual([1, 2]);
  expect(sheet?.columns?.columns.map((c) => c.target)).toEqual(['unit', 'households', 'poor', 'poor_rate', 'poor_end_2022', 'poor_rate_end_2022']);
  const result = sheetToPlanTable(reading, 1);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message.en).join('\n'));
  return result.value.table;
}

describe('workbooks', () => {
  for (const [bookType, name] of [['xlsx', 'bieu.xlsx'], ['biff8', 'bieu.xls']] as const) {
    it(`reads a ${name.split('.')[1]} round trip: merged title, merged two-row header, numbers, text numbers and percent cells`, async () => {
      const table = await roundTrip(bookType, name);
      expect(table.units.map((u) => [u.name, u.row, u.figures.households, u.figures.poor, u.figures.poor_rate, u.figures.poor_end_2022, u.figures.poor_rate_end_2022])).toEqual([
        ['Thanh An', 4, 2693, 106, 3.94, 104, 3.86],
        ['TT Cam Lộ', 5, 2095, 36, 1.72, 33, 1.58],
      ]);
      expect(table.total?.figures.households).toBe(4788);
      expect(table.units[0]?.raw.poor_rate_end_2022).toBe('3.86%');
    });
  }

  it('decides cell text per cell: numbers by value, percent and dates as printed, "2.693" typed in an English Excel as printed', () => {
    const isDate = (f: string) => /y|d/.test(f);
    expect(cellText({ t: 'n', v: 14905, w: '14,905', z: '#,##0' }, isDate)).toBe('14905');
    expect(cellText({ t: 'n', v: 3.9424, w: '3.94', z: '0.00' }, isDate)).toBe('3.9424');
    expect(cellText({ t: 'n', v: 0.0394, w: '3.94%', z: '0.00%' }, isDate)).toBe('3.94%');
    expect(cellText({ t: 'n', v: 2.693, w: '2.693' }, isDate)).toBe('2.693');
    expect(cellText({ t: 's', v: '0,72', w: '0,72' }, isDate)).toBe('0,72');
    expect(cellText({ t: 'n', v: 44614, w: '2/22/22', z: 'm/d/yy' }, isDate)).toBe('2/22/22');
  });

  it('reads an HTML table as Excel puts it on the clipboard, keeping "2.693" and "0,72" as printed', async () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"><style>.xl65{mso-number-format:"\\#\\,\\#\\#0"}</style></head><body>
<table border=0 cellpadding=0 cellspacing=0>
<!--StartFragment-->
<tr><td rowspan=2 class=xl66>Đơn vị</td><td rowspan=2>Dân cư (Hộ)</td><td colspan=2>Hộ nghèo</td></tr>
<tr><td>Số hộ</td><td>Tỉ lệ (%)</td></tr>
<tr><td>Cam Thành</td><td class=xl65 x:num="2223">2.223</td><td x:num>37</td><td>1,66</td></tr>
<tr><td>Cam Hiếu</td><td class=xl65 x:num="1791">1.791</td><td x:num>44</td><td>2,46</td></tr>
<tr><td>Tổng</td><td class=xl65 x:num="4014">4.014</td><td x:num>81</td><td>2,02</td></tr>
<!--EndFragment-->
</table></body></html>`;
    const reading = await readTableFile({ html });
    expect(reading.chosen).toBe(0);
    expect(reading.sheets[0]?.columns?.columns.map((c) => c.target)).toEqual(['unit', 'households', 'poor', 'poor_rate']);
    const result = sheetToPlanTable(reading, 0);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message.en).join('\n'));
    expect(result.value.table.units.map((u) => [u.name, u.figures.households, u.figures.poor, u.figures.poor_rate])).toEqual([
      ['Cam Thành', 2223, 37, 1.66],
      ['Cam Hiếu', 1791, 44, 2.46],
    ]);
    expect(result.value.table.total?.figures.poor_rate).toBe(2.02);
  });

  it('reads an HTML table saved with an .xls name (as many reporting systems export)', async () => {
    const html = '<table><tr><td>Đơn vị</td><td>Dân cư (hộ)</td><td>Hộ nghèo</td></tr><tr><td>Cam Chính</td><td>1.466</td><td>18</td></tr><tr><td>Cam Nghĩa</td><td>1.667</td><td>46</td></tr></table>';
    const reading = await readTableFile({ name: 'bao-cao.xls', bytes: new TextEncoder().encode(html) });
    const result = sheetToPlanTable(reading, reading.chosen ?? -1);
    expect(result.ok && result.value.table.units.map((u) => u.figures.households)).toEqual([1466, 1667]);
  });

  it('converts a workbook whose cells were typed with the TCVN3 font', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['§¬n vÞ', 'D©n c\u00ad (hé)', 'Hé nghÌo'], ['Cam Thµnh', 2223, 37], ['Cam NghÜa', 1667, 46]]), 'Sheet1');
    const reading = await readTableFile({ name: 'abc.xlsx', bytes: new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer) });
    expect(reading.issues.map((i) => [i.code, i.sheet])).toEqual([['converted-font', 'Sheet1']]);
    const result = sheetToPlanTable(reading, 0);
    expect(result.ok && result.value.table.units.map((u) => u.name)).toEqual(['Cam Thành', 'Cam Nghĩa']);
  });
});

describe('fillMerges', () => {
  it('fills merged cells of the given rows only, leaving the grid as it was', () => {
    const grid = [['Hộ nghèo', '', ''], ['Số hộ', 'Tỷ lệ', ''], ['Cam An', '', '3']];
    const filled = fillMerges(grid, [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }, { s: { r: 2, c: 0 }, e: { r: 2, c: 1 } }], new Set([0, 1]));
    expect(filled).toEqual([['Hộ nghèo', 'Hộ nghèo', 'Hộ nghèo'], ['Số hộ', 'Tỷ lệ', ''], ['Cam An', '', '3']]);
    expect(grid[0]).toEqual(['Hộ nghèo', '', '']);
    expect(filled[0]).not.toBe(grid[0]);
  });
});
