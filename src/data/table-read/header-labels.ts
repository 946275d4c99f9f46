/** Combining several header rows into one label per column ("Hộ nghèo cuối năm 2022 / Tỷ lệ %"). Pure. */
import { cleanName } from '../../core/name-keys';
import { columnLetter } from './issues';
import type { Grid } from './grid';

/** The header of one column: its distinct texts from the top header row down, and the combined label. */
export interface HeaderLabel {
  column: number;
  /** Excel column letter. */
  letter: string;
  /** Distinct non-blank header texts, top to bottom ("Hộ nghèo", "Tỷ lệ %"). */
  parts: string[];
  /** Parts joined with " / "; '' when the column has no header. */
  label: string;
  /** The top part when the column has a parent above its own text, else null. */
  parent: string | null;
  /** How many neighbouring columns (this one included) share that parent; 1 without a parent. */
  parentSpan: number;
}

/**
 * Spread a parent header over the blank cells to its right that have text below them (a merge pasted as text
 * leaves the parent in its first cell only); a blank cell with nothing below ends the span.
 */
function spreadParents(grid: Grid, headerRows: readonly number[], width: number): string[][] {
  const rows = headerRows.map((r) => Array.from({ length: width }, (_, c) => cleanName(grid[r]?.[c] ?? '')));
  const hasTextBelow = (i: number, c: number) => rows.slice(i + 1).some((row) => (row[c] ?? '') !== '');
  rows.forEach((row, i) => {
    if (i === rows.length - 1) return;
    let carry: string | null = null;
    for (let c = 0; c < width; c++) {
      const text = row[c] ?? '';
      if (text !== '') carry = hasTextBelow(i, c) ? text : null;
      else if (carry !== null && hasTextBelow(i, c)) row[c] = carry;
      else carry = null;
    }
  });
  return rows;
}

/** One label per column from the header rows of a grid whose merged cells are already filled. */
export function headerLabels(grid: Grid, headerRows: readonly number[], width: number): HeaderLabel[] {
  const rows = spreadParents(grid, headerRows, width);
  const parts = Array.from({ length: width }, (_, c) => {
    const texts: string[] = [];
    for (const row of rows) {
      const text = row[c] ?? '';
      if (text !== '' && !texts.includes(text)) texts.push(text);
    }
    return texts;
  });
  return parts.map((own, c) => {
    const parent = own.length >= 2 ? (own[0] ?? null) : null;
    let span = 1;
    if (parent !== null) {
      for (let l = c - 1; l >= 0 && parts[l]?.[0] === parent && (parts[l]?.length ?? 0) >= 2; l--) span++;
      for (let r = c + 1; r < width && parts[r]?.[0] === parent && (parts[r]?.length ?? 0) >= 2; r++) span++;
    }
    return { column: c, letter: columnLetter(c), parts: own, label: own.join(' / '), parent, parentSpan: span };
  });
}
