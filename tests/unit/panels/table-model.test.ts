import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { METRIC_IDS } from '../../../src/data/metrics';
import { buildTableModel, metricColumnOf, sortRows, TABLE_FIGURES, type TableRow } from '../../../src/panels/table-model';
import { camLo } from '../data/controls-fixture';

const dataset = camLo();

describe('buildTableModel', () => {
  const model = buildTableModel(dataset, 'poverty_rate', 'vi');

  it('has the unit column, the plan columns and one row per commune in the plan order', () => {
    expect(model.columns.map((c) => c.id)).toEqual(['unit', ...TABLE_FIGURES]);
    expect(model.columns[0]!.label).toBe('Đơn vị');
    expect(model.rows.map((r) => r.name)).toEqual([
      'Xã Thanh An',
      'Thị trấn Cam Lộ',
      'Xã Cam Thành',
      'Xã Cam Thủy',
      'Xã Cam Nghĩa',
      'Xã Cam Tuyền',
      'Xã Cam Chính',
      'Xã Cam Hiếu',
    ]);
    expect(model.rows.every((r) => r.kind === 'unit' && r.gsoCode !== null)).toBe(true);
  });

  it('highlights the column of the current metric', () => {
    expect(model.currentColumn).toBe('poor_rate');
    expect(model.columns.filter((c) => c.current).map((c) => c.id)).toEqual(['poor_rate']);
  });

  it('adds a column for a metric the plan columns do not show', () => {
    const change = buildTableModel(dataset, 'change_2022_pp', 'en');
    expect(change.columns.at(-1)).toEqual({ id: 'metric', label: 'Change in poverty rate over 2022 (points)', kind: 'metric', current: true });
    const tuyen = change.rows.find((r) => r.gsoCode === '19600')!;
    expect(tuyen.cells.metric).toMatchObject({ text: '−0.68 pts', printed: 2.92, printedText: '+2.92 pts', differs: true });
  });

  it('lets a change derived from two printed rates be off by rounding both', () => {
    const change = buildTableModel(dataset, 'change_2022_pp', 'vi');
    const thuy = change.rows.find((r) => r.gsoCode === '19606')!.cells.metric!;
    expect(thuy).toMatchObject({ text: '−0,13 điểm %', printed: -0.14, differs: false });
    expect(change.rows.filter((r) => r.cells.metric!.differs).map((r) => r.gsoCode)).toEqual(['19600']);
    expect(change.footer[1]!.cells.metric).toMatchObject({ text: '−0,16 điểm %', printedText: '−0,22 điểm %', differs: true });
  });

  it('maps every metric to exactly one highlighted column', () => {
    for (const metric of METRIC_IDS) {
      const m = buildTableModel(dataset, metric);
      expect(m.columns.filter((c) => c.current)).toHaveLength(1);
      expect(m.columns.find((c) => c.current)!.id).toBe(metricColumnOf(metric));
    }
  });

  it('shows the printed name when it differs from the official one, not for abbreviations', () => {
    const tuyen = model.rows.find((r) => r.gsoCode === '19600')!;
    expect(tuyen).toMatchObject({ name: 'Xã Cam Tuyền', printedName: 'Cam Tuyên', sortName: 'Cam Tuyền' });
    expect(model.rows.find((r) => r.gsoCode === '19597')!.printedName).toBeNull();
  });

  it('formats figures in vi-VN and en-US', () => {
    const thanhAn = model.rows[0]!;
    expect(thanhAn.cells.households!.text).toBe('2.693');
    expect(thanhAn.cells.poor_rate!.text).toBe('3,94');
    const en = buildTableModel(dataset, 'poverty_rate', 'en').rows[0]!;
    expect(en.cells.households!.text).toBe('2,693');
    expect(en.cells.poor_rate!.text).toBe('3.94');
  });

  it('recomputes rates and keeps the printed rate beside them where they disagree', () => {
    const tuyen = model.rows.find((r) => r.gsoCode === '19600')!;
    expect(tuyen.cells.poor_rate).toMatchObject({ text: '7,36', printed: 3.76, printedText: '3,76', differs: true });
    expect(tuyen.cells.poor_rate!.value).toBeCloseTo((109 / 1481) * 100, 10);
    const others = model.rows.filter((r) => r.gsoCode !== '19600');
    expect(others.every((r) => !r.cells.poor_rate!.differs)).toBe(true);
  });

  it('ends with the district row computed from the communes and the printed totals row', () => {
    expect(model.footer.map((r) => [r.kind, r.name])).toEqual([
      ['district', 'Toàn huyện (cộng các xã)'],
      ['printed-total', 'Tổng (in trong kế hoạch)'],
    ]);
    const [district, printed] = model.footer as [TableRow, TableRow];
    expect(district.cells.able_to_escape!.text).toBe('100');
    expect(printed.cells.able_to_escape!.text).toBe('108');
    expect(district.cells.poor_rate_end_2022).toMatchObject({ text: '2,88', printed: null, differs: false });
    expect(printed.cells.poor_rate_end_2022).toMatchObject({ text: '2,88', printedText: '2,82', differs: true });
  });

  it('captions the table with the district, year and current metric', () => {
    expect(model.caption).toBe('Số liệu giảm nghèo năm 2022 theo xã, thị trấn — Huyện Cam Lộ');
    expect(model.captionNote).toContain('Tỷ lệ hộ nghèo đầu năm 2022');
    expect(buildTableModel(dataset, 'poverty_rate', 'en').caption).toBe('Poverty-reduction figures 2022 by commune — Cam Lộ district');
  });

  it('lists a row without boundary as a unit that cannot be selected', () => {
    const csv = 'unit,households,poor\nCam Hiếu,1.791,44\nXã Mới,1.000,10\n';
    const m = buildTableModel(camLo({ table: csv }), 'households');
    expect(m.rows.map((r) => [r.key, r.gsoCode, r.name])).toEqual([
      ['19615', '19615', 'Xã Cam Hiếu'],
      ['row:3', null, 'Xã Mới'],
    ]);
    expect(m.rows[1]!.cells.poor_rate!.text).toBe('1,00');
    expect(m.footer.map((r) => r.kind)).toEqual(['district']);
  });
});

describe('sortRows', () => {
  const rows = buildTableModel(dataset, 'poverty_rate', 'vi').rows;
  const names = (sorted: TableRow[]) => sorted.map((r) => r.sortName);

  it('sorts names with Vietnamese collation', () => {
    expect(names(sortRows(rows, 'unit', 'ascending'))).toEqual([
      'Cam Chính',
      'Cam Hiếu',
      'Cam Lộ',
      'Cam Nghĩa',
      'Cam Thành',
      'Cam Thủy',
      'Cam Tuyền',
      'Thanh An',
    ]);
    expect(names(sortRows(rows, 'unit', 'descending'))[0]).toBe('Thanh An');
  });

  it('sorts figures numerically, not as text', () => {
    const byHouseholds = sortRows(rows, 'households', 'descending').map((r) => r.cells.households!.value);
    expect(byHouseholds).toEqual([2693, 2223, 2095, 1791, 1667, 1489, 1481, 1466]);
    expect(sortRows(rows, 'poor_rate', 'descending')[0]!.sortName).toBe('Cam Tuyền');
  });

  it('does not change its input', () => {
    const before = rows.map((r) => r.key);
    sortRows(rows, 'poor', 'ascending');
    expect(rows.map((r) => r.key)).toEqual(before);
  });

  it('keeps ties in the plan order in both directions', () => {
    const targets = sortRows(rows, 'target_2022', 'descending').map((r) => [r.cells.target_2022!.value, r.order]);
    expect(targets).toEqual([
      [10, 5],
      [3, 1],
      [3, 4],
      [3, 7],
      [2, 0],
      [2, 3],
      [1, 2],
      [0, 6],
    ]);
  });

  it('puts rows without a value last in both directions, and orders the others', () => {
    const cell = (value: number | null) => ({ value, text: '', printed: null, printedText: null, differs: false });
    const arb = fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }), { maxLength: 12 });
    fc.assert(
      fc.property(arb, fc.constantFrom('ascending' as const, 'descending' as const), (values, direction) => {
        const input: TableRow[] = values.map((value, order) => ({
          key: String(order), kind: 'unit', gsoCode: null, name: '', printedName: null, sortName: '', order, cells: { poor: cell(value) },
        }));
        const sorted = sortRows(input, 'poor', direction).map((r) => r.cells.poor!.value);
        const present = sorted.filter((v): v is number => v !== null);
        expect(sorted.slice(present.length).every((v) => v === null)).toBe(true);
        const expected = values.filter((v): v is number => v !== null).sort((a, b) => (direction === 'ascending' ? a - b : b - a));
        expect(present).toEqual(expected);
      }),
    );
  });
});
