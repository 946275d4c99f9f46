/**
 * A laid-out grid with confirmed columns → the app's PlanTable (so join, checks and metrics work unchanged),
 * plus custom metric values and group rows alongside. Numbers are read by column kind and column decimal mark;
 * blanks are null; every problem is located (file, sheet, Excel row, column letter and header), bilingual and
 * capped to one per kind per column. Pure.
 */
import { cleanName, foldedNameKey } from '../../core/name-keys';
import { FIGURE_COLUMNS, type FigureColumn } from '../table-columns';
import type { Bilingual, FigureKey, PlanRow, PlanTable, UnitFigures } from '../types';
import type { NumberKind } from '../vn-number';
import type { ColumnGuess, ColumnProposal, CustomMetric } from './columns';
import { cellAt, type Grid } from './grid';
import { capIssues, readIssue, type ReadIssue, type ReadIssueCode } from './issues';
import type { TableLayout } from './layout';
import { columnDecimalMark, readColumnCell } from './number-style';

/** A plan table read from a planner's file, with what the PlanTable type has no place for. */
export interface ReadPlanTable {
  table: PlanTable;
  /** Custom metrics (columns the plan does not have), in column order. */
  customMetrics: CustomMetric[];
  /** Custom metric values by PlanRow.row (units and the total), then by metric id. */
  customValues: Record<number, Record<string, number | null>>;
  /** Group and subtotal rows (I, II, "Huyện X", "Cộng"), kept out of the units. */
  groups: { row: number; name: string }[];
  /** The group each unit row falls under, by PlanRow.row. */
  unitGroup: Record<number, string>;
}

/** Result: the table and its warnings, or the errors (warnings too) that stop it. */
export type ReadPlanResult = { ok: true; value: ReadPlanTable; warnings: ReadIssue[] } | { ok: false; issues: ReadIssue[]; warnings: ReadIssue[] };

/** What to convert: the grid (and Excel's printed texts, if any), the layout and the confirmed columns. */
export interface PlanTableSource {
  file: string;
  sheet: string | null;
  grid: Grid;
  printed?: Grid;
  layout: TableLayout;
  columns: ColumnProposal;
}

function numberProblem(code: ReadIssueCode, text: string, kind: NumberKind): Bilingual {
  const v = `“${text}”`;
  if (code === 'not-an-integer') return { vi: `${v} không phải số hộ nguyên (trong cột số hộ, dấu “.” hay “,” chỉ ngăn cách hàng nghìn, như 2.693)`, en: `${v} is not a whole number of households (in a count column “.” or “,” only separates thousands, as in 2.693)` };
  if (code === 'negative') return { vi: `${v} là số âm; số liệu trong bảng không thể âm`, en: `${v} is negative; figures in the table cannot be` };
  if (code === 'out-of-range') return { vi: `${v} lớn hơn 100 %`, en: `${v} is above 100 %` };
  return kind === 'count' ? { vi: `${v} không phải là số hộ`, en: `${v} is not a number of households` } : { vi: `${v} không phải là tỷ lệ phần trăm`, en: `${v} is not a percentage` };
}

/** Convert a laid-out grid into a PlanTable with the confirmed column choices. */
export function toPlanTable(source: PlanTableSource): ReadPlanResult {
  const { file, sheet, grid, layout } = source;
  const at = (row: number | null, column: ColumnGuess | null) => ({ file, sheet, row, column: column?.letter ?? null, header: column ? column.header || null : null });
  const issues: ReadIssue[] = [];
  const warnings: ReadIssue[] = [];
  const byTarget = new Map(source.columns.columns.filter((c) => c.target !== 'custom' && c.target !== 'ignore').map((c) => [c.target, c]));
  const customs = source.columns.columns.filter((c): c is ColumnGuess & { custom: CustomMetric } => c.target === 'custom' && c.custom !== undefined);
  const unitColumn = byTarget.get('unit');
  const required = [...(unitColumn ? [] : [{ id: 'unit', label: { vi: 'Đơn vị', en: 'Unit' } }]), ...FIGURE_COLUMNS.filter((c) => c.required && !byTarget.has(c.id))];
  for (const c of required) issues.push(readIssue('missing-column', at(null, null), { vi: `thiếu cột bắt buộc “${c.label.vi}” (${c.id})`, en: `the required column “${c.label.en}” (${c.id}) is missing` }));
  if (!unitColumn || issues.length > 0) return { ok: false, issues, warnings };

  const dataRows = layout.rows.filter((r) => r.kind === 'unit' || r.kind === 'total');
  // Excel's printed texts when they differ from the values; a CSV's cells are both.
  const printed = source.printed && source.printed !== grid ? source.printed : null;
  const shown = (r: number, c: number, text: string) => (printed ? cellAt(printed, r, c) : text);
  const marks = new Map<number, ReturnType<typeof columnDecimalMark>>();
  for (const c of [...byTarget.values(), ...customs]) {
    const mark = columnDecimalMark(dataRows.map((r) => cellAt(grid, r.index, c.column)));
    marks.set(c.column, mark);
    if (mark === 'mixed') warnings.push(readIssue('mixed-decimal-marks', at(null, c), { vi: 'cột viết số thập phân lúc bằng “.” lúc bằng “,”; mỗi ô được đọc theo dấu của chính nó', en: 'the column writes decimals with both “.” and “,”; each cell is read by its own mark' }, { severity: 'warning' }));
  }
  /** The figure of a cell (its text already read), or null after a problem put in `sink`. */
  const read = (row: number, column: ColumnGuess, text: string, kind: NumberKind, isRequired: boolean, sink: ReadIssue[]): number | null => {
    const parsed = readColumnCell(text, kind, marks.get(column.column) ?? null);
    if (parsed.ok && parsed.value !== null && !(kind === 'rate' && parsed.value > 100)) return parsed.value;
    const where = at(row + 1, column);
    if (!parsed.ok) sink.push(readIssue(parsed.code, where, numberProblem(parsed.code, shown(row, column.column, text), kind), { value: text }));
    else if (parsed.value === null && isRequired) sink.push(readIssue('missing-value', where, { vi: 'ô này bắt buộc nhưng để trống', en: 'this figure is required but the cell is blank' }));
    else if (parsed.value !== null) sink.push(readIssue('out-of-range', where, numberProblem('out-of-range', shown(row, column.column, text), kind), { value: text }));
    return null;
  };
  const figureColumns = FIGURE_COLUMNS.map((c) => ({ figure: c, column: byTarget.get(c.id) ?? null })).filter((c): c is { figure: FigureColumn; column: ColumnGuess } => c.column !== null);
  // Every row's figures and raw texts start as copies of these (blank for the columns the table lacks), in column order.
  const blankFigures = Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.id, null])) as Record<FigureKey, number | null>;
  const blankRaw = { unit: '', gso_code: '', ...Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.id, ''])) } as PlanRow['raw'];

  const units: PlanRow[] = [];
  let total: PlanRow | null = null;
  const customValues: Record<number, Record<string, number | null>> = {};
  const groups: { row: number; name: string }[] = [];
  const unitGroup: Record<number, string> = {};
  const seenNames = new Map<string, { row: number; code: string | null }>();
  const seenCodes = new Map<string, number>();
  const codeColumn = byTarget.get('gso_code');
  let group: string | null = null;
  for (const layoutRow of layout.rows) {
    const r = layoutRow.index;
    if (layoutRow.kind === 'group') {
      group = cleanName(cellAt(grid, r, unitColumn.column)) || layoutRow.name;
      groups.push({ row: r + 1, name: group });
      continue;
    }
    if (layoutRow.kind === 'blank') continue;
    const name = cleanName(cellAt(grid, r, unitColumn.column)) || layoutRow.name;
    const before = issues.length;
    if (name === '') issues.push(readIssue('missing-value', at(r + 1, unitColumn), { vi: 'tên đơn vị để trống', en: 'the unit name is blank' }));
    const code = codeColumn ? cellAt(grid, r, codeColumn.column) : '';
    if (code !== '' && !/^\d{1,5}$/.test(code)) issues.push(readIssue('not-a-number', at(r + 1, codeColumn ?? null), { vi: `“${code}” không phải mã đơn vị (tối đa 5 chữ số)`, en: `“${code}” is not a unit code (up to 5 digits)` }, { value: code }));
    const raw = { ...blankRaw };
    raw.unit = printed ? cellAt(printed, r, unitColumn.column) : cellAt(grid, r, unitColumn.column);
    raw.gso_code = code;
    const figures = { ...blankFigures };
    for (const { figure, column } of figureColumns) {
      const text = cellAt(grid, r, column.column);
      raw[figure.id] = shown(r, column.column, text);
      figures[figure.id] = read(r, column, text, figure.kind, figure.required, issues);
    }
    const values: Record<string, number | null> = {};
    for (const c of customs) values[c.custom.id] = read(r, c, cellAt(grid, r, c.column), c.custom.kind, false, warnings);
    customValues[r + 1] = values;
    if (issues.length > before) continue;
    const row: PlanRow = { name, gsoCode: code || null, row: r + 1, figures: figures as UnitFigures, raw };
    if (layoutRow.kind === 'total') {
      if (total) issues.push(readIssue('duplicate-unit', at(r + 1, unitColumn), { vi: `dòng tổng thứ hai “${name}” (dòng tổng đầu ở dòng ${total.row})`, en: `a second totals row “${name}” (the first is on row ${total.row})` }, { value: name }));
      else total = row;
      continue;
    }
    const key = foldedNameKey(name);
    const sameName = seenNames.get(key);
    const earlier = (row.gsoCode ? seenCodes.get(row.gsoCode) : undefined) ?? (sameName && (!row.gsoCode || !sameName.code) ? sameName.row : undefined);
    if (earlier !== undefined) {
      issues.push(readIssue('duplicate-unit', at(r + 1, unitColumn), { vi: `“${name}” xuất hiện hai lần (cả ở dòng ${earlier})`, en: `“${name}” appears twice (also on row ${earlier})` }, { value: name }));
      continue;
    }
    seenNames.set(key, { row: r + 1, code: row.gsoCode });
    if (row.gsoCode) seenCodes.set(row.gsoCode, r + 1);
    if (group !== null) unitGroup[r + 1] = group;
    units.push(row);
  }
  if (issues.length === 0 && units.length === 0) issues.push(readIssue('no-units', at(null, null), { vi: 'bảng có tiêu đề nhưng không có dòng đơn vị nào', en: 'the table has a header but no unit rows' }));
  const cappedWarnings = capIssues(warnings);
  if (issues.length > 0) return { ok: false, issues: capIssues(issues), warnings: cappedWarnings };
  const customMetrics = customs.map((c) => c.custom);
  return { ok: true, value: { table: { file, units, total }, customMetrics, customValues, groups, unitGroup }, warnings: cappedWarnings };
}

/** The figure ids a confirmed proposal covers (for showing what is missing). */
export function coveredFigures(columns: ColumnProposal): FigureKey[] {
  return FIGURE_COLUMNS.map((c) => c.id).filter((id) => columns.columns.some((c) => c.target === id));
}
