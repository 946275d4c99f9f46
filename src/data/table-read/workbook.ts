/**
 * Workbooks (.xlsx, legacy .xls) and HTML tables (clipboard HTML from Excel/Word, web pages) → sheets of cell
 * texts, read with SheetJS (@e965/xlsx), which is loaded only when a workbook is read. Pure (no DOM).
 *
 * Cell text, decided per cell:
 * - text cells (and every cell of HTML, read with `raw: true`): the text as typed, so "2.693" and "0,72" stay
 *   as printed and the column's kind decides what they mean;
 * - numbers stored as numbers: the value `v` written plainly ("2693", "3.9424"), which is exact whatever the
 *   display format — except (a) percent formats, which use the printed text `w` ("3,94%" is 3.94, not 0.0394),
 *   (b) dates, which use `w`, and (c) a General-format non-integer printed with exactly three decimals
 *   ("2.693" typed in an English Excel meaning 2 693 households), which keeps `w` so a count column reads it
 *   as thousands and a rate column as 2.693;
 * - the printed text `w` is kept alongside in `printed` for showing cells as the person sees them.
 */
import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import type { Grid } from './grid';

/** A rectangle of cells, 0-based and inclusive, as SheetJS gives merges. */
export interface CellRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** One sheet: its name, the cell texts (row 0 is Excel row 1, column 0 is A), what Excel prints, and its merged ranges. */
export interface Sheet {
  name: string;
  grid: Grid;
  /** Cell texts as Excel prints them (number formats applied); same shape as `grid`. */
  printed: Grid;
  merges: CellRange[];
}

/** What a workbook's bytes or text are. */
export type WorkbookInput = { bytes: Uint8Array } | { html: string };

/** Largest sheet read, in cells. */
export const MAX_SHEET_CELLS = 2_000_000;

function isPercentFormat(cell: CellObject): boolean {
  return (typeof cell.z === 'string' && cell.z.includes('%')) || (cell.w ?? '').trim().endsWith('%');
}

/** The text a cell contributes to the grid (see the module comment for the per-cell rule). */
export function cellText(cell: CellObject | undefined, isDateFormat: (format: string) => boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return cell?.w ?? '';
  if (cell.t !== 'n' || typeof cell.v !== 'number') return cell.t === 'b' || cell.t === 'e' ? cell.w ?? String(cell.v) : String(cell.v);
  const printed = cell.w ?? '';
  if (isPercentFormat(cell)) return printed;
  if (typeof cell.z === 'string' && isDateFormat(cell.z)) return printed;
  const general = cell.z === undefined || cell.z === 'General';
  if (general && !Number.isInteger(cell.v) && /^\d{1,3}\.\d{3}$/.test(printed)) return printed;
  return String(cell.v);
}

function sheetOf(name: string, ws: WorkSheet, decodeRange: (ref: string) => CellRange, isDate: (f: string) => boolean): Sheet {
  const ref = ws['!ref'];
  if (!ref) return { name, grid: [], printed: [], merges: [] };
  const range = decodeRange(ref);
  const rows = range.e.r + 1;
  const cols = range.e.c + 1;
  if (rows * cols > MAX_SHEET_CELLS) throw new RangeError(`sheet ${name} has ${rows * cols} cells`);
  const grid: Grid = [];
  const printed: Grid = [];
  for (let r = 0; r < rows; r++) {
    const line: string[] = [];
    const shown: string[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = (ws as Record<string, CellObject | undefined>)[encodeCell(r, c)];
      line.push(cellText(cell, isDate));
      shown.push(cell?.w ?? (cell?.v === undefined ? '' : String(cell.v)));
    }
    grid.push(line);
    printed.push(shown);
  }
  return { name, grid, printed, merges: (ws['!merges'] ?? []).map((m) => ({ s: { ...m.s }, e: { ...m.e } })) };
}

function encodeCell(r: number, c: number): string {
  let letters = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${r + 1}`;
}

/** Read a workbook (.xlsx/.xls bytes) or HTML table(s) into sheets; throws when SheetJS cannot read it. */
export async function readWorkbook(input: WorkbookInput): Promise<Sheet[]> {
  const XLSX = await import('@e965/xlsx');
  const book: WorkBook =
    'bytes' in input
      ? XLSX.read(input.bytes, { type: 'array', cellDates: false, raw: false, cellNF: true, cellHTML: false })
      : XLSX.read(input.html, { type: 'string', cellDates: false, raw: true, cellHTML: false });
  const isDate = (format: string): boolean => Boolean(XLSX.SSF.is_date(format));
  return book.SheetNames.map((name) => {
    const ws = book.Sheets[name];
    return ws ? sheetOf(name, ws, XLSX.utils.decode_range, isDate) : { name, grid: [], printed: [], merges: [] };
  });
}

/** Fill every cell covered by a merge with the merge's top-left text, in the given rows only (header rows; the other rows are the grid's own, not copies). */
export function fillMerges(grid: Grid, merges: readonly CellRange[], rows: ReadonlySet<number>): Grid {
  const out = grid.map((row, r) => (rows.has(r) ? [...row] : row));
  for (const m of merges) {
    const text = out[m.s.r]?.[m.s.c] ?? '';
    for (let r = m.s.r; r <= m.e.r; r++) {
      if (!rows.has(r)) continue;
      const line = out[r];
      if (!line) continue;
      for (let c = m.s.c; c <= m.e.c; c++) if ((line[c] ?? '') === '') line[c] = text;
    }
  }
  return out;
}
