/**
 * Reading an annex grid back (e.g. the exported workbook's sheet, as rows of cell values) into a PlanTable,
 * through the app's own table parser so every figure gets the same checks as a loaded CSV. Pure.
 *
 * The header is found by its first cell "Đơn vị" (case and diacritics ignored); the unit rows start two rows
 * below it and end at the first blank row; columns are read by position in ANNEX_COLUMNS order. Numbers are
 * taken as numbers (a count of 2.5 is reported, never rounded); text cells are parsed the Vietnamese way.
 * Rows and issues carry the 1-based row of the grid, as a spreadsheet numbers them.
 */
import Papa from 'papaparse';
import { foldDiacritics } from '../../core/name-keys';
import { parsePlanTable } from '../plan-table';
import type { ParseIssue, ParseResult, PlanTable } from '../types';
import { ANNEX_COLUMNS } from './annex';

/** Most grid rows read (far above a province's communes). */
export const MAX_ANNEX_ROWS = 5_000;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NaN';
  return String(value).trim();
}

function fail(file: string, message: string): ParseResult<PlanTable> {
  return { ok: false, issues: [{ file, code: 'missing-column', row: null, column: 'unit', value: null, message }] };
}

/** Parse an annex grid (rows of cell values) into a PlanTable with located issues. */
export function readAnnexGrid(grid: readonly (readonly unknown[])[], file: string): ParseResult<PlanTable> {
  const rows = grid.slice(0, MAX_ANNEX_ROWS);
  const header = rows.findIndex((r) => foldDiacritics(cellText(r[0])) === 'don vi');
  if (header < 0) return fail(file, 'no header row starting with "Đơn vị" was found; is this an annex exported by the app?');
  const body: string[][] = [];
  for (const r of rows.slice(header + 2)) {
    const cells = [cellText(r[0]), ...ANNEX_COLUMNS.map((_, i) => cellText(r[i + 1]))];
    if (cells.every((c) => c === '')) break;
    body.push(cells);
  }
  const text = Papa.unparse({ fields: ['unit', ...ANNEX_COLUMNS.map((c) => c.id)], data: body }, { newline: '\n' });
  // CSV line k (1-based, header = 1) is grid row header + 1 + k (1-based).
  const shift = (row: number | null) => (row === null ? null : row + header + 1);
  const parsed = parsePlanTable(text, file);
  if (!parsed.ok) return { ok: false, issues: parsed.issues.map((i): ParseIssue => ({ ...i, row: shift(i.row) })) };
  const table = parsed.value;
  const move = <T extends { row: number }>(r: T): T => ({ ...r, row: shift(r.row)! });
  return {
    ok: true,
    value: { file, units: table.units.map(move), total: table.total ? move(table.total) : null },
    warnings: parsed.warnings.map((i) => ({ ...i, row: shift(i.row) })),
  };
}
