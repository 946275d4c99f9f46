/**
 * A blank figures template for any place: one row per unit with its name and GSO code, and the plan's
 * figure columns left empty, as CSV (UTF-8 with BOM) or XLSX. The header uses the column labels the table
 * parser reads (src/data/table-columns.ts), so a filled-in template loads back into the app. Pure.
 */
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { SAFE_CSV_OPTIONS, UTF8_BOM } from '../../core/csv-cells';
import { FIGURE_COLUMNS, KEY_COLUMNS } from '../table-columns';
import type { Lang } from '../types';

/** What a template row needs of a unit: its code and official name (unit features and district features both have them). */
export interface TemplateUnit {
  properties: { gso_code: string; full_name: string; nocode?: boolean };
}

/** A template cell: text, or null for an empty cell. */
export type TemplateCell = string | null;

/** Name of the sheet of the XLSX template. */
export const TEMPLATE_SHEET = 'Số liệu';

/** A GSO code the table parser accepts (up to 5 digits); "w…" ids of units without a code are left out. */
function printableCode(props: TemplateUnit['properties']): string | null {
  return !props.nocode && /^\d{1,5}$/.test(props.gso_code) ? props.gso_code : null;
}

/** The header labels of a template, in a language (the parser reads both). */
export function templateHeader(lang: Lang): string[] {
  return [KEY_COLUMNS.unit.label[lang], KEY_COLUMNS.gso_code.label[lang], ...FIGURE_COLUMNS.map((c) => c.label[lang])];
}

/**
 * The template's rows: the header, then one row per unit in code order (units without a code last, by
 * name): official name (the parser matches it with or without its type), GSO code, empty figure cells.
 */
export function templateRows(units: readonly TemplateUnit[], lang: Lang): TemplateCell[][] {
  const collator = new Intl.Collator('vi');
  const sorted = [...units].sort((a, b) => {
    const ca = printableCode(a.properties);
    const cb = printableCode(b.properties);
    if (ca !== null && cb !== null) return ca.localeCompare(cb);
    if (ca !== null || cb !== null) return ca !== null ? -1 : 1;
    return collator.compare(a.properties.full_name, b.properties.full_name);
  });
  const blanks = FIGURE_COLUMNS.map((): TemplateCell => null);
  return [templateHeader(lang), ...sorted.map((u) => [u.properties.full_name, printableCode(u.properties), ...blanks])];
}

/** The template as CSV text: BOM, CRLF line ends, RFC 4180 quoting, cells starting with = + - @ tab or CR prefixed with "'" (as the CSV export does). */
export function templateCsv(units: readonly TemplateUnit[], lang: Lang): string {
  const rows = templateRows(units, lang);
  const text = Papa.unparse(rows.map((r) => r.map((c) => c ?? '')), SAFE_CSV_OPTIONS);
  return `${UTF8_BOM}${text}\r\n`;
}

/** The template as an XLSX workbook (one sheet; the code column is text so leading zeros stay). */
export function templateXlsx(units: readonly TemplateUnit[], lang: Lang): Uint8Array {
  const rows = templateRows(units, lang);
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  for (let r = 1; r < rows.length; r++) {
    const cell = sheet[XLSX.utils.encode_cell({ r, c: 1 })] as XLSX.CellObject | undefined;
    if (cell) Object.assign(cell, { t: 's', z: '@' });
  }
  sheet['!cols'] = rows[0]!.map((_, c) => ({ wch: c === 0 ? 28 : c === 1 ? 12 : 16 }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, TEMPLATE_SHEET);
  const out = XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
  return new Uint8Array(out);
}
