/**
 * One entry for reading a planner's table as they have it — a file's bytes (CSV/TSV/TXT in any common
 * Vietnamese encoding, .xlsx, .xls, HTML saved as .xls, the tables of a Word .docx), clipboard HTML, or pasted
 * text — into sheets, each with
 * a proposed layout and column reading, the table sheet chosen when only one has a table. Pure (no DOM).
 */
import { detectLegacyFont, convertLegacyFont } from './legacy-font';
import { convertedFontWarning, decodeTableBytes, notATableIssue, sniffContainer, type DecodedText } from './decode';
import { MAX_GRID_CHARS, parseGrid, type Grid } from './grid';
import { proposeColumns, type ColumnProposal } from './columns';
import { proposeLayout, type TableLayout } from './layout';
import { readIssue, type ReadIssue } from './issues';
import { readWorkbook, type CellRange, type Sheet } from './workbook';
import { isDocx, isLegacyDoc, legacyDocIssue, readDocxTables } from './docx';
import { toPlanTable, type ReadPlanResult } from './to-plan-table';

/** What can be read: a picked or dropped file, clipboard HTML, or pasted plain text. */
export type TableInput = { name: string; bytes: Uint8Array } | { html: string; name?: string } | { text: string; name?: string };

/** One sheet as read, with its proposed layout and columns (null when it holds no table). */
export interface SheetReading extends Sheet {
  layout: TableLayout | null;
  columns: ColumnProposal | null;
}

/** All sheets of the input, the one chosen automatically (null when none or several hold tables), and file-level issues. */
export interface TableReading {
  file: string;
  /** Whether the sheets come from delimited text (one sheet, named after the file) or a workbook / HTML. */
  source: 'text' | 'workbook';
  /** How the bytes were decoded, for text input. */
  decoded: Omit<DecodedText, 'text'> | null;
  sheets: SheetReading[];
  chosen: number | null;
  issues: ReadIssue[];
}

/** Largest file read, in bytes. */
export const MAX_TABLE_BYTES = 10 * 1024 * 1024;

const PASTED = 'bảng dán';

function withProposal(sheet: Sheet): SheetReading {
  const layout = proposeLayout(sheet.grid, sheet.merges);
  return { ...sheet, layout, columns: layout ? proposeColumns(sheet.grid, layout) : null };
}

function finish(file: string, decoded: TableReading['decoded'], sheets: Sheet[], issues: ReadIssue[], source: TableReading['source'] = 'workbook'): TableReading {
  const readings = sheets.map(withProposal);
  const withTables = readings.map((s, i) => (s.layout ? i : -1)).filter((i) => i >= 0);
  const chosen = withTables.length === 1 ? (withTables[0] ?? null) : null;
  const errors = issues.filter((i) => i.severity === 'error');
  if (withTables.length === 0 && errors.length === 0) {
    issues.push(readIssue('no-table', { file, sheet: null, row: null, column: null, header: null }, {
      vi: 'không tìm thấy bảng số liệu: cần một dòng tiêu đề và các dòng có tên đơn vị kèm số liệu',
      en: 'no table found: a header row and rows with a unit name and figures are needed',
    }));
  }
  return { file, source, decoded, sheets: readings, chosen, issues };
}

/** Convert legacy-font text (TCVN3/VNI typed in Excel or Word) in a workbook's cells, sheet by sheet. */
function convertSheetFonts(file: string, sheets: Sheet[], issues: ReadIssue[]): Sheet[] {
  return sheets.map((sheet) => {
    const font = detectLegacyFont(sheet.grid.map((row) => row.join('\t')).join('\n'));
    if (!font) return sheet;
    issues.push({ ...convertedFontWarning(file, font), sheet: sheet.name });
    const convert = (grid: Grid) => grid.map((row) => row.map((cell) => convertLegacyFont(cell, font)));
    return { ...sheet, grid: convert(sheet.grid), printed: convert(sheet.printed) };
  });
}

function textSheet(name: string, text: string, file: string, issues: ReadIssue[]): Sheet {
  const { grid, issues: syntax } = parseGrid(text, file);
  issues.push(...syntax);
  return { name, grid, printed: grid, merges: [] as CellRange[] };
}

async function workbookSheets(file: string, input: { bytes: Uint8Array } | { html: string }, issues: ReadIssue[]): Promise<Sheet[]> {
  try {
    return convertSheetFonts(file, await readWorkbook(input), issues);
  } catch {
    issues.push(notATableIssue(file, { vi: 'không đọc được như bảng tính', en: 'it cannot be read as a spreadsheet' }));
    return [];
  }
}

async function docxSheets(file: string, bytes: Uint8Array, issues: ReadIssue[]): Promise<Sheet[]> {
  try {
    const read = await readDocxTables(bytes, file);
    issues.push(...read.issues);
    return convertSheetFonts(file, read.sheets, issues);
  } catch {
    issues.push(notATableIssue(file, { vi: 'không đọc được như tài liệu Word .docx', en: 'it cannot be read as a Word .docx document' }));
    return [];
  }
}

/** Read a table from a file, clipboard HTML or pasted text; never throws. */
export async function readTableFile(input: TableInput): Promise<TableReading> {
  const file = 'bytes' in input ? input.name : (input.name ?? PASTED);
  const issues: ReadIssue[] = [];
  if ('html' in input) return finish(file, null, await workbookSheets(file, { html: input.html }, issues), issues);
  if ('text' in input) {
    if (input.text.length > MAX_GRID_CHARS) return finish(file, null, [], [tooLarge(file)]);
    const font = detectLegacyFont(input.text);
    if (font) issues.push(convertedFontWarning(file, font));
    return finish(file, null, [textSheet(file, convertLegacyFont(input.text, font), file, issues)], issues, 'text');
  }
  const { bytes } = input;
  if (bytes.length > MAX_TABLE_BYTES) return finish(file, null, [], [tooLarge(file)]);
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    return finish(file, null, [], [readIssue('empty-file', { file, sheet: null, row: null, column: null, header: null }, { vi: 'tệp trống', en: 'the file is empty' })]);
  }
  const container = sniffContainer(bytes);
  if (container === 'zip' && isDocx(bytes, file)) return finish(file, null, await docxSheets(file, bytes, issues), issues);
  if (container === 'ole' && isLegacyDoc(bytes, file)) return finish(file, null, [], [legacyDocIssue(file)]);
  if (container === 'zip' || container === 'ole') {
    return finish(file, null, await workbookSheets(file, { bytes }, issues), issues);
  }
  const decoded = decodeTableBytes(bytes, file);
  if (!decoded.ok) return finish(file, null, [], [decoded.issue]);
  issues.push(...decoded.warnings);
  const { text, ...how } = decoded.value;
  if (/^\s*<(!doctype html|html|table|meta|\?xml)|<table[\s>]/i.test(text.slice(0, 4096)) && /<table[\s>]/i.test(text)) {
    return finish(file, how, await workbookSheets(file, { html: text }, issues), issues);
  }
  return finish(file, how, [textSheet(file.replace(/\.[^.]+$/, ''), text, file, issues)], issues, 'text');
}

function tooLarge(file: string): ReadIssue {
  return readIssue('too-large', { file, sheet: null, row: null, column: null, header: null }, {
    vi: `tệp quá lớn; bảng số liệu của một huyện, tỉnh chỉ tối đa ${MAX_TABLE_BYTES / 1048576} MB`,
    en: `the file is too large; a district's or province's table is at most ${MAX_TABLE_BYTES / 1048576} MB`,
  });
}

/** Convert one sheet of a reading into the app's PlanTable with the (confirmed) columns; defaults to the proposal. */
export function sheetToPlanTable(reading: TableReading, sheetIndex: number, columns?: ColumnProposal, layout?: TableLayout): ReadPlanResult {
  const sheet = reading.sheets[sheetIndex];
  const chosenLayout = layout ?? sheet?.layout ?? null;
  const chosenColumns = columns ?? sheet?.columns ?? null;
  if (!sheet || !chosenLayout || !chosenColumns) {
    const issue = readIssue('no-table', { file: reading.file, sheet: sheet?.name ?? null, row: null, column: null, header: null }, { vi: 'trang này không có bảng số liệu', en: 'this sheet has no table' });
    return { ok: false, issues: [issue], warnings: [] };
  }
  const sheetName = reading.source === 'workbook' ? sheet.name : null;
  return toPlanTable({ file: reading.file, sheet: sheetName, grid: sheet.grid, printed: sheet.printed, layout: chosenLayout, columns: chosenColumns });
}
