/** Bilingual, located problems found while reading a planner's table (file, sheet, Excel row, column letter and header). Pure. */
import type { Bilingual } from '../types';

/** Machine-readable kinds of problems met while reading a table file. */
export type ReadIssueCode =
  | 'not-a-table'
  | 'too-large'
  | 'empty-file'
  | 'csv-syntax'
  | 'no-table'
  | 'missing-column'
  | 'duplicate-column'
  | 'not-a-number'
  | 'not-an-integer'
  | 'negative'
  | 'out-of-range'
  | 'missing-value'
  | 'duplicate-unit'
  | 'no-units'
  | 'mixed-decimal-marks'
  | 'converted-font';

/** Where a problem is, as the person sees it in Excel: sheet name, 1-based row, column letter and its header. */
export interface ReadLocation {
  file: string;
  sheet: string | null;
  row: number | null;
  /** Column letter as in Excel ("A", "N"), or null. */
  column: string | null;
  /** The column's header text, when known. */
  header: string | null;
}

/** One problem met while reading a table: located, in both languages; errors stop the table, warnings do not. */
export interface ReadIssue extends ReadLocation {
  code: ReadIssueCode;
  severity: 'error' | 'warning';
  /** The offending cell text, when there is one. */
  value: string | null;
  /** What is wrong, without the location. */
  problem: Bilingual;
  /** Location and problem in one sentence per language, ready to show. */
  message: Bilingual;
  /** How many more problems of this kind in this column were left out (0 when none). */
  more: number;
}

/** Excel column letter of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function where(at: ReadLocation, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  const parts = [vi ? `Tệp ${at.file}` : `File ${at.file}`];
  if (at.sheet) parts.push(vi ? `trang “${at.sheet}”` : `sheet “${at.sheet}”`);
  if (at.row !== null) parts.push(vi ? `dòng ${at.row}` : `row ${at.row}`);
  if (at.column !== null) {
    const header = at.header ? ` (${at.header})` : '';
    parts.push(vi ? `cột ${at.column}${header}` : `column ${at.column}${header}`);
  }
  return parts.join(', ');
}

/** Compose the full bilingual message: location, then the problem, then how many similar ones were left out. */
export function locatedMessage(at: ReadLocation, problem: Bilingual, more = 0): Bilingual {
  const tailVi = more > 0 ? ` (và ${more} ô khác cùng lỗi trong cột này)` : '';
  const tailEn = more > 0 ? ` (and ${more} more like it in this column)` : '';
  return { vi: `${where(at, 'vi')}: ${problem.vi}${tailVi}`, en: `${where(at, 'en')}: ${problem.en}${tailEn}` };
}

/** Build one located issue. */
export function readIssue(
  code: ReadIssueCode,
  at: ReadLocation,
  problem: Bilingual,
  options: { severity?: 'error' | 'warning'; value?: string | null } = {},
): ReadIssue {
  return { ...at, code, severity: options.severity ?? 'error', value: options.value ?? null, problem, message: locatedMessage(at, problem), more: 0 };
}

/** Keep the first issue of each kind per column (per sheet), counting the rest in `more`; order is kept. */
export function capIssues(issues: readonly ReadIssue[]): ReadIssue[] {
  const kept = new Map<string, ReadIssue>();
  for (const item of issues) {
    const key = `${item.file}|${item.sheet ?? ''}|${item.column ?? ''}|${item.code}`;
    const first = kept.get(key);
    if (first) first.more += 1;
    else kept.set(key, { ...item });
  }
  return [...kept.values()].map((item) => ({ ...item, message: locatedMessage(item, item.problem, item.more) }));
}
