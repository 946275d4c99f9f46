import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS } from '../../../../src/data/table-columns';
import { proposeColumns } from '../../../../src/data/table-read/columns';
import { proposeLayout } from '../../../../src/data/table-read/layout';
import { toPlanTable } from '../../../../src/data/table-read/to-plan-table';

const HEADER = ['Đơn vị', 'Mã xã', 'Dân cư (hộ)', 'Hộ nghèo', 'Tỷ lệ hộ nghèo (%)'];

function read(grid: string[][], printed?: string[][]) {
  const layout = proposeLayout(grid);
  if (!layout) throw new Error('no layout');
  return toPlanTable({ file: 'bang.xlsx', sheet: 'Biểu 1', grid, ...(printed ? { printed } : {}), layout, columns: proposeColumns(grid, layout) });
}

describe('toPlanTable', () => {
  it('reads figures from the values and keeps the printed texts as raw, every figure column present in order', () => {
    const grid = [HEADER, ['Xã Cam An', '19603', '2693', '106', '3.9362'], ['Xã Cam Thanh', '19606', '1000', '10', '1'], ['Tổng', '', '3693', '116', '3.14']];
    const printed = [HEADER, ['Xã Cam An', '19603', '2.693', '106', '3,94'], ['Xã Cam Thanh', '19606', '1.000', '10', '1,00'], ['Tổng', '', '3.693', '116', '3,14']];
    const result = read(grid, printed);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message.en).join('\n'));
    const [first] = result.value.table.units;
    expect(first?.figures).toMatchObject({ households: 2693, poor: 106, poor_rate: 3.9362, target_2022: null });
    expect(first?.raw).toMatchObject({ unit: 'Xã Cam An', gso_code: '19603', households: '2.693', poor_rate: '3,94', target_2022: '' });
    expect(Object.keys(first?.raw ?? {})).toEqual(['unit', 'gso_code', ...FIGURE_COLUMNS.map((c) => c.id)]);
    expect(Object.keys(first?.figures ?? {})).toEqual(FIGURE_COLUMNS.map((c) => c.id));
    expect(result.value.table.total?.raw.households).toBe('3.693');
    // Each row has figures and raw texts of its own.
    expect(result.value.table.units[1]?.raw.households).toBe('1.000');
    expect(first?.figures).not.toBe(result.value.table.units[1]?.figures);
  });

  it('quotes the printed text of a cell that is not a figure, and reads a CSV (no printed texts) from its cells', () => {
    const grid = [HEADER, ['Xã Cam An', '19603', '2693', 'abc', '3.94'], ['Xã Cam Thanh', '19606', '1000', '10', '101']];
    const printed = [HEADER, ['Xã Cam An', '19603', '2.693', 'a b c', '3,94'], ['Xã Cam Thanh', '19606', '1.000', '10', '101,0']];
    const result = read(grid, printed);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.row])).toEqual([['not-a-number', 2], ['out-of-range', 3]]);
    expect(result.issues[0]?.message.vi).toContain('“a b c” không phải là số hộ');
    expect(result.issues[1]?.message.vi).toContain('“101,0” lớn hơn 100 %');
    const csv = read(grid);
    expect(csv.ok ? [] : csv.issues.map((i) => i.message.vi)).toEqual([expect.stringContaining('“abc” không phải'), expect.stringContaining('“101” lớn hơn')]);
  });
});
