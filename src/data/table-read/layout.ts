/**
 * Proposing how a planner's table is laid out: header rows (one or several, merged parents combined as
 * "parent / child"), a column-number row to skip, the ordinal (TT/STT), unit-name and code columns, and what
 * each data row is — a unit, a group or subtotal row (I, II…, "Khu vực thành thị", "Huyện X", "Cộng", or a row
 * whose figures are the sum of the rows below it), the totals row ("Tổng", "Toàn huyện"…, first or last) or
 * blank. Pure.
 */
import { foldDiacritics, cleanName } from '../../core/name-keys';
import { cellAt, gridWidth, isBlankCell, isNumberLike, type Grid } from './grid';
import { fillMerges, type CellRange } from './workbook';
import { headerLabels, type HeaderLabel } from './header-labels';

/** What a row of the data area is. */
export type RowKind = 'unit' | 'total' | 'group' | 'blank';

/** One row of the data area and why it was classed so. */
export interface LayoutRow {
  /** 0-based grid row (the person's row is index + 1). */
  index: number;
  kind: RowKind;
  /** Unit or group name as printed (NFC, spaces collapsed); '' for blank rows. */
  name: string;
  /** Why a row is a group or total (e.g. "roman numeral", "sum of rows below"); '' for units. */
  reason: string;
}

/** A proposed reading of a grid's layout; the person may correct it before figures are read. */
export interface TableLayout {
  /** 0-based grid rows that hold headers, top to bottom. */
  headerRows: number[];
  /** 0-based grid row of column numbers ("A B 1 2 3", "(1) (2)"), skipped. */
  columnNumberRow: number | null;
  /** Per column: its header parts and combined label. */
  headers: HeaderLabel[];
  unitColumn: number;
  ordinalColumn: number | null;
  codeColumn: number | null;
  /** Rows from the first to the last data row, classified. */
  rows: LayoutRow[];
  /** How many unit names carry a type prefix (Xã, Phường, TT …) and how many do not. */
  prefixes: { with: number; without: number };
}

const YEAR = /^(19|20)\d\d$/;
const ROMAN = /^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})$/;
const ROMAN_LEAD = /^(?=[IVXL])L?X{0,3}(IX|IV|V?I{0,3})\s*[.):–-]\s*\S/;
const TOTAL = /^(tong( cong| so)?|cong|toan (huyen|tinh|thanh pho|thi xa|quan|xa)|total|grand total|district total)\b/;
const GROUP_LABEL = /^(khu vuc|vung|nhom|cum|thanh thi|nong thon)\b/;
const DISTRICT_LABEL = /^(huyen|quan|thi xa|thanh pho|tx\.?|tp\.?) /;
const COMMUNE_PREFIX = /^(xa|phuong|thi tran|tt\.?|p\.) /;
const ANY_PREFIX = /^(xa|phuong|thi tran|tt\.?|huyen|thanh pho|tp\.?|thi xa|tx\.?|quan|p\.)\s/;
const ORDINAL_HEADER = /^(s?tt|so tt|so thu tu|thu tu|no\.?|#)$/;
const UNIT_HEADER = /^(don vi|ten|xa|phuong|dia ban|dia phuong|huyen|commune|ward|unit|name)\b/;
const CODE_HEADER = /^(ma( xa| so| dvhc| tctk| don vi)?|code|gso( code)?|gso_code)$/;

/** True for a row with no figures that only names a group ("I. Khu vực thành thị", "Huyện Cam Lộ"), which may open the data area. */
function isGroupHeading(row: readonly string[]): boolean {
  const cells = row.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length === 0 || cells.length > 2 || figureCount(row) > 0) return false;
  const folded = foldDiacritics(cells.at(-1) ?? '');
  return ROMAN.test(cells[0] ?? '') || ROMAN_LEAD.test(cells[0] ?? '') || GROUP_LABEL.test(folded) || DISTRICT_LABEL.test(folded);
}

/** Count of figure-like cells in a row, not counting year-like numbers that headers carry. */
function figureCount(row: readonly string[]): number {
  let count = 0;
  for (const c of row) if (isNumberLike(c) && !YEAR.test(c.trim())) count++;
  return count;
}

function hasWord(row: readonly string[]): boolean {
  return row.some((c) => /\p{L}{2,}/u.test(c));
}

/** True for a row of column numbers: ≥ 3 short tokens like "A", "1", "(2)", "3=1+2", numbers increasing. */
export function isColumnNumberRow(row: readonly string[]): boolean {
  const cells = row.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length < 3 || !cells.every((c) => /^\(?[A-Za-z0-9]{1,2}\)?([=*/+x:-]\(?[A-Za-z0-9]{1,2}\)?)*$/.test(c))) return false;
  const numbers = cells.map((c) => /^\(?(\d{1,2})\)?$/.exec(c)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  return numbers.length >= 2 && numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? 0));
}

function isBlankRow(row: readonly string[] | undefined): boolean {
  return !row || row.every((c) => isBlankCell(c) && !/[-–—]/.test(c));
}

function findHeaderRows(grid: Grid, first: number, merges: readonly CellRange[]): { rows: number[]; numberRow: number | null } {
  const rows: number[] = [];
  let numberRow: number | null = null;
  for (let r = first - 1; r >= 0 && rows.length < 4; r--) {
    const row = grid[r] ?? [];
    if (isBlankRow(row)) break;
    if (numberRow === null && rows.length === 0 && isColumnNumberRow(row)) {
      numberRow = r;
      continue;
    }
    const filled = row.filter((c) => c.trim() !== '').length;
    const width = gridWidth(grid);
    const merged = merges.some((m) => m.s.r <= r && m.e.r >= r && m.e.c > m.s.c && (filled > 1 || m.e.c - m.s.c + 1 < width * 0.8));
    if (filled <= 1 && !merged && rows.length > 0) break;
    if (filled <= 1 && !merged && width > 3) break;
    rows.unshift(r);
  }
  return { rows, numberRow };
}

function pickColumn(grid: Grid, rows: number[], headers: HeaderLabel[], test: (folded: string) => boolean, cells: (values: string[]) => boolean, skip: Set<number>): number | null {
  for (let c = 0; c < headers.length; c++) if (!skip.has(c) && test(foldDiacritics(headers[c]?.parts.at(-1) ?? ''))) return c;
  for (let c = 0; c < headers.length; c++) {
    const values = rows.map((r) => cellAt(grid, r, c)).filter((v) => v !== '');
    if (!skip.has(c) && values.length >= 2 && cells(values)) return c;
  }
  return null;
}

/** True when the values read 1, 2, 3 … (roman numerals for group rows allowed), strictly increasing within each run. */
function isOrdinalSequence(values: string[]): boolean {
  const numbers = values.filter((x) => !ROMAN.test(x)).map((x) => (/^\d{1,3}\.?$/.test(x) ? Number(x.replace('.', '')) : NaN));
  if (numbers.length < 2 || numbers.some((n) => Number.isNaN(n)) || numbers[0] !== 1) return false;
  return numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1 || n === 1);
}

function roughNumber(text: string): number | null {
  const t = text.trim();
  if (!isNumberLike(t) || /[.,]\d{1,2}$/.test(t)) return null;
  const n = Number(t.replace(/[\s.,\u00a0\u202f%]/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Mark as groups the rows whose whole-number figures equal the sum of the unit rows below them (up to the next group or total); one pass from the bottom. */
function markSumGroups(grid: Grid, rows: LayoutRow[], figureColumns: number[]): void {
  let sums = figureColumns.map(() => 0);
  let count = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (!row || row.kind === 'blank') continue;
    if (row.kind !== 'unit') {
      sums = figureColumns.map(() => 0);
      count = 0;
      continue;
    }
    const own = figureColumns.map((c) => roughNumber(cellAt(grid, row.index, c)));
    let compared = 0;
    let equal = true;
    own.forEach((v, k) => {
      if (v === null) return;
      compared++;
      if (v !== sums[k]) equal = false;
    });
    if (count >= 2 && compared >= 2 && equal) {
      rows[i] = { ...row, kind: 'group', reason: 'sum of the rows below' };
      sums = figureColumns.map(() => 0);
      count = 0;
      continue;
    }
    own.forEach((v, k) => (sums[k] = sums[k]! + (v ?? 0)));
    count++;
  }
}

/** The rows from `start` to `end` classified, and the folded names of the named ones by grid row. */
function classifyRows(grid: Grid, start: number, end: number, unit: number, ordinal: number | null, figureColumns: number[]): { rows: LayoutRow[]; folded: Map<number, string> } {
  const rows: LayoutRow[] = [];
  for (let r = start; r <= end; r++) {
    const line = grid[r] ?? [];
    if (line.every((c) => c.trim() === '')) {
      rows.push({ index: r, kind: 'blank', name: '', reason: '' });
      continue;
    }
    const ordinalText = ordinal === null ? '' : cellAt(grid, r, ordinal);
    const name = cleanName(cellAt(grid, r, unit) || (/\p{L}{2,}/u.test(ordinalText) ? ordinalText : ''));
    rows.push({ index: r, kind: 'unit', name, reason: ordinalText && ROMAN.test(ordinalText) ? 'roman numeral' : '' });
  }
  const named = rows.filter((x) => x.kind !== 'blank');
  // Each name is folded once, for every test below.
  const folds = named.map((x) => foldDiacritics(x.name));
  const folded = new Map(named.map((x, i) => [x.index, folds[i]!]));
  const hasCommunes = folds.some((f) => COMMUNE_PREFIX.test(f));
  const hasDistricts = folds.some((f) => DISTRICT_LABEL.test(f));
  named.forEach((row, i) => {
    const label = folds[i]!.replace(/[:.]+$/, '');
    const edge = i === 0 || i === named.length - 1;
    if (TOTAL.test(label) && edge) Object.assign(row, { kind: 'total', reason: 'totals label' });
    else if (TOTAL.test(label)) Object.assign(row, { kind: 'group', reason: 'subtotal label' });
    else if (row.reason === 'roman numeral' || ROMAN_LEAD.test(row.name)) Object.assign(row, { kind: 'group', reason: 'roman numeral' });
    else if (GROUP_LABEL.test(label)) Object.assign(row, { kind: 'group', reason: 'group label' });
    else if (hasCommunes && hasDistricts && DISTRICT_LABEL.test(label)) Object.assign(row, { kind: 'group', reason: 'district heading' });
    else if (row.name === '' && figureCount(grid[row.index] ?? []) === 0) Object.assign(row, { kind: 'blank' });
  });
  markSumGroups(grid, rows, figureColumns);
  return { rows, folded };
}

/** Propose the layout of a grid (merges from a workbook, if any); null when no row looks like figures. */
export function proposeLayout(grid: Grid, merges: readonly CellRange[] = []): TableLayout | null {
  const isData = (row: readonly string[]) => figureCount(row) >= 2 && hasWord(row) && !isColumnNumberRow(row);
  let first = grid.findIndex(isData);
  if (first < 0) return null;
  while (first > 0 && isGroupHeading(grid[first - 1] ?? [])) first--;
  let last = first;
  for (let r = first; r < grid.length; r++) if (figureCount(grid[r] ?? []) >= 2) last = r;
  const { rows: headerRows, numberRow } = findHeaderRows(grid, first, merges);
  const width = Math.max(gridWidth(grid.slice(first, last + 1)), ...headerRows.map((r) => (grid[r] ?? []).length));
  const filled = fillMerges(grid, merges, new Set(headerRows));
  const headers = headerLabels(filled, headerRows, width);
  const dataRows = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const ordinal = pickColumn(grid, dataRows, headers, (h) => ORDINAL_HEADER.test(h), isOrdinalSequence, new Set(Array.from({ length: width }, (_, c) => c).filter((c) => c > 1)));
  const skip = new Set(ordinal === null ? [] : [ordinal]);
  const unit = pickColumn(grid, dataRows, headers, (h) => UNIT_HEADER.test(h) && !CODE_HEADER.test(h), (v) => v.filter((x) => /\p{L}{2,}/u.test(x)).length >= v.length * 0.6, skip) ?? 0;
  skip.add(unit);
  // Without a "Mã" header, a code column is told by its values: 5-digit GSO codes, or 3-digit district codes left of the names.
  const isCodeList = (digits: RegExp) => (v: string[]) => v.length >= dataRows.length * 0.7 && new Set(v).size === v.length && v.filter((x) => digits.test(x)).length >= v.length * 0.8;
  const leftOfUnit = new Set([...skip, ...headers.map((h) => h.column).filter((c) => c > unit)]);
  const code =
    pickColumn(grid, dataRows, headers, (h) => CODE_HEADER.test(h), isCodeList(/^\d{5}$/), skip) ??
    pickColumn(grid, dataRows, headers, () => false, isCodeList(/^\d{3}$/), leftOfUnit);
  if (code !== null) skip.add(code);
  const figureColumns = Array.from({ length: width }, (_, c) => c).filter((c) => !skip.has(c));
  const { rows, folded } = classifyRows(grid, first, last, unit, ordinal, figureColumns);
  const units = rows.filter((x) => x.kind === 'unit');
  const withPrefix = units.filter((x) => ANY_PREFIX.test(folded.get(x.index) ?? foldDiacritics(x.name))).length;
  return { headerRows, columnNumberRow: numberRow, headers, unitColumn: unit, ordinalColumn: ordinal, codeColumn: code, rows, prefixes: { with: withPrefix, without: units.length - withPrefix } };
}

/** The person's corrections to a proposed layout: other header rows, another unit column, or other kinds for some rows (by 0-based grid row). */
export interface LayoutChange {
  headerRows?: number[];
  unitColumn?: number;
  rowKinds?: Record<number, RowKind>;
}

/** Apply the person's corrections to a layout: headers are recombined, names re-read, chosen row kinds kept as given. */
export function changeLayout(grid: Grid, merges: readonly CellRange[], layout: TableLayout, change: LayoutChange): TableLayout {
  const headerRows = change.headerRows ?? layout.headerRows;
  const unitColumn = change.unitColumn ?? layout.unitColumn;
  const headers = change.headerRows ? headerLabels(fillMerges(grid, merges, new Set(headerRows)), headerRows, layout.headers.length) : layout.headers;
  const rows = layout.rows
    .filter((row) => !headerRows.includes(row.index))
    .map((row) => {
      const name = change.unitColumn === undefined ? row.name : cleanName(cellAt(grid, row.index, unitColumn));
      const kind = change.rowKinds?.[row.index];
      return kind ? { ...row, name, kind, reason: 'chosen by the person' } : { ...row, name };
    });
  const units = rows.filter((x) => x.kind === 'unit');
  const withPrefix = units.filter((x) => ANY_PREFIX.test(foldDiacritics(x.name))).length;
  return { ...layout, headerRows, headers, unitColumn, rows, prefixes: { with: withPrefix, without: units.length - withPrefix } };
}
