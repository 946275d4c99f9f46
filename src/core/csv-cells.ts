/**
 * The one way the app writes CSV files that open safely in Excel (pass to papaparse's `unparse`): CRLF line
 * ends, and every text cell starting with = + - @ tab or CR prefixed with "'" so that it can never run as a
 * formula (CSV injection, OWASP). Pure.
 */

/** Text cells a spreadsheet could read as a formula: starting with = + - @ tab or CR. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** papaparse `unparse` options of every CSV the app writes. */
export const SAFE_CSV_OPTIONS = { newline: '\r\n', escapeFormulae: FORMULA_START } as const;

/** The byte-order mark that makes Excel read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';
