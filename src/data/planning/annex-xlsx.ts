/**
 * The annex as an Excel workbook (.xlsx), written with @e965/xlsx (SheetJS, loaded on demand). Pure: returns
 * the file's bytes; saving them is the caller's job.
 *
 * Figures are stored as numbers, not text, so the workbook calculates and loads back unchanged
 * (readAnnexGrid): households with the format "#,##0" and rates (percent values such as 3.94, not fractions)
 * with "0.00". Excel draws the separators of the reader's locale, so a Vietnamese Excel shows "2.693" and
 * "3,94" and an English one "2,693" and "3.94"; a format that prints "2.693" in every locale does not exist
 * (Excel's "." in a format always means the decimal mark), and text cells would not add up. The two header
 * rows, the heading and the title are merged as in the printed annex. SheetJS community edition writes no
 * borders or bold, so the grid lines are Excel's own.
 */
import { ANNEX_COLUMNS, annexGrid, type AnnexModel } from './annex';

/** Excel number format of household counts. */
export const COUNT_FORMAT = '#,##0';
/** Excel number format of rates (percent values with 2 decimals). */
export const RATE_FORMAT = '0.00';

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
export function sheetName(text: string): string {
  const clean = text.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim();
  return (clean || 'Sheet1').slice(0, 31);
}

/** Write the annex as .xlsx bytes. */
export async function annexWorkbook(model: AnnexModel): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const grid = annexGrid(model);
  const sheet = XLSX.utils.aoa_to_sheet(grid.cells);
  for (let r = grid.bodyRow; r < grid.cells.length; r++) {
    ANNEX_COLUMNS.forEach((column, i) => {
      const cell = sheet[XLSX.utils.encode_cell({ r, c: i + 1 })];
      if (cell && cell.t === 'n') cell.z = column.kind === 'count' ? COUNT_FORMAT : RATE_FORMAT;
    });
  }
  sheet['!merges'] = grid.merges;
  sheet['!cols'] = [{ wch: 16 }, ...ANNEX_COLUMNS.map((c) => ({ wch: c.kind === 'count' ? 11 : 8 }))];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName(`Chỉ tiêu ${model.year}`));
  book.Props = { Title: model.titleLines[0] ?? '' };
  const bytes: ArrayBuffer = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true });
  return new Uint8Array(bytes);
}
