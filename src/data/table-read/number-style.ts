/**
 * The decimal mark of a whole column, so ambiguous cells are read the way the rest of the column is written.
 * Tables come in three styles: Vietnamese (`2.693` households, `0,72` %), dots for both (`2.693`, `3.94`),
 * commas for both (`2,693`, `3,94`). Counts are whole, so only rate columns need the column's decimal mark:
 * a `1.234` in a rate column whose decimals are written `0,72` is 1 234 (and so above 100 %), not 1.234. Pure.
 */
import { parseVietnameseNumber, type NumberKind, type NumberParse } from '../vn-number';

/** Decimal mark of a column: one mark, both (a mix), or unknown (no cell shows one). */
export type DecimalMark = '.' | ',' | 'mixed' | null;

/** The decimal mark the cells of one column reveal (a separator not followed by exactly three digits, or the last of two different marks). */
export function columnDecimalMark(cells: readonly string[]): DecimalMark {
  let dot = 0;
  let comma = 0;
  for (const raw of cells) {
    const text = raw.replace(/[\s\u00a0\u202f%]/g, '');
    const both = text.includes('.') && text.includes(',');
    if (both) {
      if (text.lastIndexOf('.') > text.lastIndexOf(',')) dot++;
      else comma++;
      continue;
    }
    const match = /^[-+−]?\d+([.,])(\d+)$/.exec(text);
    if (match && match[2]?.length !== 3) {
      if (match[1] === '.') dot++;
      else comma++;
    }
  }
  if (dot > 0 && comma > 0) return 'mixed';
  if (dot > 0) return '.';
  if (comma > 0) return ',';
  return null;
}

/** Read one cell of a column of the given kind and decimal mark with the app's Vietnamese number rules. */
export function readColumnCell(text: string, kind: NumberKind, mark: DecimalMark): NumberParse {
  const body = text.trim();
  if (kind === 'rate' && mark === ',' && /^\d{1,3}(\.\d{3})+%?$/.test(body)) return parseVietnameseNumber(body.replace(/\./g, ''), kind);
  if (kind === 'rate' && mark === '.' && /^\d{1,3}(,\d{3})+%?$/.test(body)) return parseVietnameseNumber(body.replace(/,/g, ''), kind);
  return parseVietnameseNumber(text, kind);
}
