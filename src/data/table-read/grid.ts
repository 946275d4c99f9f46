/** Delimited text (CSV, TSV, semicolon, or a table pasted from Word/Excel) → a grid of cell texts, with papaparse. Pure. */
import Papa from 'papaparse';
import { collapseSpaces } from '../../core/name-keys';
import { readIssue, type ReadIssue } from './issues';

/** A rectangular-ish grid of cell texts; row i is the person's row i + 1. */
export type Grid = string[][];

/** A grid read from text, the separator found and any syntax problems (one per kind). */
export interface TextGrid {
  grid: Grid;
  delimiter: string;
  issues: ReadIssue[];
}

/** Largest text read, in characters: a district's or province's table is far smaller. */
export const MAX_GRID_CHARS = 5_000_000;

/** Split delimited text into cells; the separator is guessed among tab, semicolon and comma; quoted cells may span lines. */
export function parseGrid(text: string, file: string): TextGrid {
  const body = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(body, { delimitersToGuess: ['\t', ';', ','], skipEmptyLines: false });
  const grid = result.data.map((row) => row.map((cell) => cell ?? ''));
  while (grid.length > 0 && (grid[grid.length - 1] ?? []).every((c) => c.trim() === '')) grid.pop();
  const issues: ReadIssue[] = [];
  const seen = new Set<string>();
  for (const error of result.errors) {
    if (error.code === 'UndetectableDelimiter' || seen.has(error.code)) continue;
    seen.add(error.code);
    const row = error.row === undefined || error.row === null ? null : error.row + 1;
    issues.push(
      readIssue('csv-syntax', { file, sheet: null, row, column: null, header: null }, {
        vi: `lỗi cú pháp CSV (${error.code === 'MissingQuotes' ? 'thiếu dấu ngoặc kép đóng' : error.message})`,
        en: `CSV syntax error (${error.message})`,
      }),
    );
  }
  return { grid, delimiter: result.meta.delimiter, issues };
}

/** Width of the widest row. */
export function gridWidth(grid: Grid): number {
  return grid.reduce((w, row) => Math.max(w, row.length), 0);
}

/** The cell at (row, column), trimmed, '' when absent. */
export function cellAt(grid: Grid, row: number, column: number): string {
  return collapseSpaces(grid[row]?.[column] ?? '');
}

/** True when a cell looks like a printed figure ("2.693", "0,72", "3,04%", "14 905", "-5"), not a word or a code like "(1)". */
export function isNumberLike(text: string): boolean {
  return /^[-+−]?\s?\d[\d\s.,\u00a0\u202f]*%?$/.test(text.trim());
}

/** True when a cell is blank or a dash standing for "no figure". */
export function isBlankCell(text: string): boolean {
  return /^[\s\u00a0]*[-–—]?[\s\u00a0]*$/.test(text);
}
