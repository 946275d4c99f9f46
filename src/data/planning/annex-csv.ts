/**
 * The annex as a CSV file that opens in Excel and loads back into the app ("Load other figures"). Pure.
 *
 * A CSV cannot merge cells, so the file is the annex's table in one header row, with the plan's Vietnamese
 * column labels the app's loader accepts ("Đơn vị", "Dân cư (hộ)", …; see table-columns.ts) and the GSO code
 * first; no heading or title lines (the loader reads the first row as the header). Counts are whole numbers,
 * rates have 2 decimals with a dot (the loader reads a lone "." in a rate column as the decimal mark).
 * Quoting and formula escaping are papaparse's, with the options src/export/csv.ts uses: RFC 4180 quotes,
 * CRLF line ends, a UTF-8 byte-order mark for Excel, and cells starting with = + − @ tab or CR prefixed with
 * "'" so that a unit name can never run as a formula.
 */
import Papa from 'papaparse';
import { KEY_COLUMNS } from '../table-columns';
import { ANNEX_COLUMNS, ANNEX_RATE_DECIMALS, type AnnexModel, type AnnexRow } from './annex';

/** The byte-order mark that makes Excel read the file as UTF-8. */
const UTF8_BOM = '\uFEFF';

/** The CSV's header: GSO code, unit and the figure columns by their Vietnamese labels. */
export function annexCsvFields(): string[] {
  return [KEY_COLUMNS.gso_code.label.vi, KEY_COLUMNS.unit.label.vi, ...ANNEX_COLUMNS.map((c) => c.label.vi)];
}

function cells(row: AnnexRow): (string | number | null)[] {
  return [row.gsoCode, row.label, ...row.values.map((v, i) => (v === null ? null : ANNEX_COLUMNS[i]!.kind === 'rate' ? v.toFixed(ANNEX_RATE_DECIMALS) : v))];
}

/** The annex as CSV text (with BOM). */
export function annexCsv(model: AnnexModel): string {
  const data = [...model.rows, model.totalsRow].map(cells);
  return `${UTF8_BOM}${Papa.unparse({ fields: annexCsvFields(), data }, { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
