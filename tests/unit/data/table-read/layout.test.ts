import { describe, expect, it } from 'vitest';
import { parseGrid } from '../../../../src/data/table-read/grid';
import { changeLayout, isColumnNumberRow, proposeLayout } from '../../../../src/data/table-read/layout';
import { proposeColumns } from '../../../../src/data/table-read/columns';
import { toPlanTable } from '../../../../src/data/table-read/to-plan-table';

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

function read(text: string) {
  const { grid } = parseGrid(text, 't.tsv');
  const layout = proposeLayout(grid);
  if (!layout) throw new Error('no layout');
  const columns = proposeColumns(grid, layout);
  return { grid, layout, columns, kinds: layout.rows.map((r) => `${r.kind}:${r.name}`) };
}

describe('table layout', () => {
  it('skips title rows and a column-number row, finds TT and code columns, prefixes and notes after the table', () => {
    const { layout, columns, kinds } = read(tsv([
      ['BIỂU SỐ 1'],
      ['Chỉ tiêu giảm nghèo năm 2022'],
      [''],
      ['TT', 'Mã xã', 'Tên đơn vị', 'Tổng số hộ', 'Số hộ nghèo', 'Tỉ lệ hộ nghèo (%)'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(5)/(4)'],
      ['1', '19606', 'Xã Cam Tuyền', '1.481', '109', '7,36'],
      ['2', '19609', 'Thị trấn Cam Lộ', '2.095', '36', '1,72'],
      ['', '', 'Tổng cộng', '3.576', '145', '4,05'],
      [''],
      ['Ghi chú: số liệu đầu năm'],
    ]));
    expect(layout.headerRows).toEqual([3]);
    expect(layout.columnNumberRow).toBe(4);
    expect([layout.ordinalColumn, layout.codeColumn, layout.unitColumn]).toEqual([0, 1, 2]);
    expect(kinds).toEqual(['unit:Xã Cam Tuyền', 'unit:Thị trấn Cam Lộ', 'total:Tổng cộng']);
    expect(layout.prefixes).toEqual({ with: 2, without: 0 });
    expect(columns.columns.map((c) => c.target)).toEqual(['ordinal', 'gso_code', 'unit', 'households', 'poor', 'poor_rate']);
  });

  it('recognises a column-number row of letters and numbers and not a data row', () => {
    expect(isColumnNumberRow(['A', 'B', '1', '2', '3'])).toBe(true);
    expect(isColumnNumberRow(['Cam Lộ', '1', '2', '3'])).toBe(false);
    expect(isColumnNumberRow(['1', '5', '3'])).toBe(false);
  });

  it('finds a totals row printed first, roman-numeral group rows and "Khu vực" rows, and blank rows', () => {
    const { kinds } = read(tsv([
      ['STT', 'Đơn vị', 'Dân cư (hộ)', 'Hộ nghèo'],
      ['', 'Toàn huyện', '3.576', '145'],
      ['I', 'Khu vực thành thị', '2.095', '36'],
      ['1', 'TT Cam Lộ', '2.095', '36'],
      ['', '', '', ''],
      ['II', 'Khu vực nông thôn', '1.481', '109'],
      ['1', 'Cam Tuyền', '1.481', '109'],
    ]));
    expect(kinds).toEqual(['total:Toàn huyện', 'group:Khu vực thành thị', 'unit:TT Cam Lộ', 'blank:', 'group:Khu vực nông thôn', 'unit:Cam Tuyền']);
  });

  it('finds district rows in a province table because their figures are the sum of the rows below', () => {
    const { grid, layout, columns, kinds } = read(tsv([
      ['Đơn vị', 'Số hộ', 'Hộ nghèo'],
      ['Cam Lộ', '3.576', '145'],
      ['Xã Cam Tuyền', '1.481', '109'],
      ['Thị trấn Cam Lộ', '2.095', '36'],
      ['Gio Linh', '3.000', '300'],
      ['Xã Gio Sơn', '1.000', '100'],
      ['Xã Gio Mai', '2.000', '200'],
      ['Cộng', '6.576', '445'],
    ]));
    expect(kinds).toEqual(['group:Cam Lộ', 'unit:Xã Cam Tuyền', 'unit:Thị trấn Cam Lộ', 'group:Gio Linh', 'unit:Xã Gio Sơn', 'unit:Xã Gio Mai', 'total:Cộng']);
    const result = toPlanTable({ file: 't.tsv', sheet: null, grid, layout, columns });
    if (!result.ok) throw new Error(result.issues[0]?.message.en);
    expect(result.value.table.units.map((u) => u.name)).toEqual(['Xã Cam Tuyền', 'Thị trấn Cam Lộ', 'Xã Gio Sơn', 'Xã Gio Mai']);
    expect(result.value.groups).toEqual([{ row: 2, name: 'Cam Lộ' }, { row: 5, name: 'Gio Linh' }]);
    expect(result.value.unitGroup[6]).toBe('Gio Linh');
    expect(result.value.table.total?.figures.households).toBe(6576);
  });

  it('treats "Huyện X" rows as groups when the units under them are communes, and a "Cộng" in the middle as a subtotal', () => {
    const { kinds } = read(tsv([
      ['Đơn vị', 'Dân cư (hộ)', 'Hộ nghèo'],
      ['Huyện Cam Lộ', '', ''],
      ['Xã Cam Tuyền', '1.481', '109'],
      ['Xã Cam Hiếu', '1.791', '44'],
      ['Cộng', '3.272', '153'],
      ['Huyện Gio Linh', '', ''],
      ['Xã Gio Sơn', '1.000', '100'],
      ['Xã Gio Mai', '2.000', '200'],
      ['Toàn tỉnh', '6.272', '453'],
    ]));
    expect(kinds).toEqual(['group:Huyện Cam Lộ', 'unit:Xã Cam Tuyền', 'unit:Xã Cam Hiếu', 'group:Cộng', 'group:Huyện Gio Linh', 'unit:Xã Gio Sơn', 'unit:Xã Gio Mai', 'total:Toàn tỉnh']);
  });

  it('takes the totals label from the TT column when the name cell is blank (a merged "Tổng cộng" across A:B)', () => {
    const { grid, layout, columns, kinds } = read(tsv([
      ['TT', 'Đơn vị', 'Dân cư (hộ)', 'Hộ nghèo'],
      ['1', 'Cam Tuyền', '1.481', '109'],
      ['2', 'Cam Hiếu', '1.791', '44'],
      ['Tổng cộng', '', '3.272', '153'],
    ]));
    expect(kinds).toEqual(['unit:Cam Tuyền', 'unit:Cam Hiếu', 'total:Tổng cộng']);
    const result = toPlanTable({ file: 't.tsv', sheet: null, grid, layout, columns });
    expect(result.ok && result.value.table.total?.name).toBe('Tổng cộng');
  });

  it('applies the person’s corrections: a row made a group is left out of the units', () => {
    const { grid, layout, columns } = read(tsv([
      ['Đơn vị', 'Dân cư (hộ)', 'Hộ nghèo'],
      ['Cam An', '1.000', '90'],
      ['Cam Tuyền', '1.481', '109'],
      ['Cam Hiếu', '1.791', '44'],
    ]));
    expect(layout.rows.map((r) => r.kind)).toEqual(['unit', 'unit', 'unit']);
    const changed = changeLayout(grid, [], layout, { rowKinds: { 1: 'group' } });
    const result = toPlanTable({ file: 't.tsv', sheet: null, grid, layout: changed, columns });
    expect(result.ok && result.value.table.units.map((u) => u.name)).toEqual(['Cam Tuyền', 'Cam Hiếu']);
    expect(result.ok && result.value.unitGroup).toEqual({ 3: 'Cam An', 4: 'Cam An' });
  });

  it('keeps names without prefixes and counts them', () => {
    const { layout } = read('Xã;Số hộ;Hộ nghèo\nCam Tuyền;1.481;109\nCam Hiếu;1.791;44\n');
    expect(layout.prefixes).toEqual({ with: 0, without: 2 });
  });

  it('reads quoted multi-line cells and comma-separated files with quoted decimal commas', () => {
    const { grid, layout, columns } = read('"Đơn vị","Dân cư\n(hộ)","Hộ nghèo","Tỷ lệ\n(%)"\n"Cam Tuyền","1,481","109","7,36"\n"Cam Hiếu","1,791","44","2,46"\n');
    expect(grid[0]?.[1]).toBe('Dân cư\n(hộ)');
    expect(columns.columns.map((c) => c.target)).toEqual(['unit', 'households', 'poor', 'poor_rate']);
    const result = toPlanTable({ file: 't.csv', sheet: null, grid, layout, columns });
    expect(result.ok && result.value.table.units.map((u) => [u.figures.households, u.figures.poor_rate])).toEqual([[1481, 7.36], [1791, 2.46]]);
  });
});
