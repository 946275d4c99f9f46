/**
 * A draft laid out like the plan's official annex "CHỈ TIÊU GIẢM NGHÈO NĂM …": issuer and national motto side
 * by side, title and note, a two-row Vietnamese header with merged parent cells, one row per unit and the
 * totals row "Tổng". One pure model for the XLSX, HTML (Word) and CSV writers. Pure.
 *
 * Figures: counts as in the (drafted) table; every rate recomputed from its count and the households, rounded
 * to 2 decimals; the totals row is the units added up (rates recomputed). The annex is the person's own table,
 * not a transcription, so rate slips of the printed plan are not copied into it (the data checks list them);
 * printed count slips are carried over as they are, never corrected silently.
 */
import { foldDiacritics } from '../../core/name-keys';
import type { Dataset } from '../dataset';
import { FIGURE_COLUMNS, type FigureColumn } from '../table-columns';
import type { FigureKey, PlanRow } from '../types';
import { computedTotals } from './draft';

/** The annex's figure columns, in printed order (after the unit column). */
export const ANNEX_COLUMNS: readonly FigureColumn[] = FIGURE_COLUMNS;

/** One cell of the two header rows: its text, position and merge (in columns of the whole table, unit = 0). */
export interface AnnexHeaderCell {
  text: string;
  row: 0 | 1;
  col: number;
  rowSpan: 1 | 2;
  colSpan: number;
}

/** One body row: its label and one value per ANNEX_COLUMNS entry (null = blank cell). */
export interface AnnexRow {
  label: string;
  gsoCode: string | null;
  values: (number | null)[];
}

/** The annex, ready for a writer. */
export interface AnnexModel {
  year: number;
  /** Issuer (left) and national motto (right), printed side by side above the title. */
  heading: { left: string[]; right: string[] };
  /** Title, then the note under it when there is one. */
  titleLines: string[];
  headerRows: [AnnexHeaderCell[], AnnexHeaderCell[]];
  rows: AnnexRow[];
  totalsRow: AnnexRow;
  /** Columns of the table: the unit column and the figure columns. */
  columnCount: number;
}

/** What the person chooses for the annex. */
export interface AnnexOptions {
  year: number;
  /** Title line; default "CHỈ TIÊU GIẢM NGHÈO NĂM <year>". */
  title?: string;
  /** Line under the title; default "(Dự thảo)"; null for none. */
  note?: string | null;
  /** The phase named in the header; default "2022 - 2025", as the plan prints it. */
  phase?: string;
}

/** Decimals of the annex's rates. */
export const ANNEX_RATE_DECIMALS = 2;

/** Label of the totals row. */
export const ANNEX_TOTAL_LABEL = 'Tổng';

/** The header cells: five columns spanning both rows, then the phase group (6) and the year group (3). */
export function annexHeaderRows(year: number, phase: string): [AnnexHeaderCell[], AnnexHeaderCell[]] {
  const tall = ['Đơn vị', 'Dân cư (Hộ)', 'Hộ DTTS', 'Hộ nghèo', 'Tỷ lệ %'];
  const top: AnnexHeaderCell[] = tall.map((text, col) => ({ text, row: 0, col, rowSpan: 2, colSpan: 1 }));
  top.push({ text: `Chỉ tiêu giảm hộ nghèo giai đoạn ${phase}`, row: 0, col: 5, rowSpan: 1, colSpan: 6 });
  top.push({ text: `Chỉ tiêu giảm hộ nghèo năm ${year}`, row: 0, col: 11, rowSpan: 1, colSpan: 3 });
  const low = ['HN DTTS', 'Tỷ lệ %', 'Hộ BTXH', 'Tỷ lệ %', 'Hộ có khả năng thoát nghèo', 'Tỷ lệ %', 'Số hộ', `Hộ nghèo cuối năm ${year}`, `Tỷ lệ hộ nghèo cuối năm ${year}`];
  const bottom: AnnexHeaderCell[] = low.map((text, i) => ({ text, row: 1, col: 5 + i, rowSpan: 1, colSpan: 1 }));
  return [top, bottom];
}

function annexRow(label: string, gsoCode: string | null, rows: readonly PlanRow[]): AnnexRow {
  const figures = computedTotals(rows);
  return { label, gsoCode, values: ANNEX_COLUMNS.map((c) => figures[c.id as FigureKey]) };
}

/** The annex of a dataset (usually one with a draft applied). */
export function annexModel(dataset: Dataset, options: AnnexOptions): AnnexModel {
  const { district } = dataset.plan;
  const codes = new Map(dataset.join.joined.map((u) => [u.row, u.feature.properties.gso_code]));
  const rows = dataset.table.units.map((row) => annexRow(row.name, codes.get(row) ?? row.gsoCode, [row]));
  const note = options.note === undefined ? '(Dự thảo)' : options.note;
  return {
    year: options.year,
    heading: {
      left: ['ỦY BAN NHÂN DÂN', `${district.type} ${district.name}`.toLocaleUpperCase('vi')],
      right: ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    },
    titleLines: [options.title ?? `CHỈ TIÊU GIẢM NGHÈO NĂM ${options.year}`, ...(note === null || note.trim() === '' ? [] : [note])],
    headerRows: annexHeaderRows(options.year, options.phase ?? '2022 - 2025'),
    rows,
    totalsRow: annexRow(ANNEX_TOTAL_LABEL, null, dataset.table.units),
    columnCount: ANNEX_COLUMNS.length + 1,
  };
}

/** A cell of the annex grid: text, number or blank. */
export type AnnexCell = string | number | null;

/** A merged range of the grid, 0-based and inclusive (the shape SheetJS uses). */
export interface AnnexMerge {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** The annex as a grid of cells with its merges, and where the header and body start. */
export interface AnnexGrid {
  cells: AnnexCell[][];
  merges: AnnexMerge[];
  /** Index of the first header row. */
  headerRow: number;
  /** Index of the first unit row. */
  bodyRow: number;
}

/** Lay the annex out on a grid: heading (2 rows), blank, title lines, blank, header (2 rows), units, totals. */
export function annexGrid(model: AnnexModel): AnnexGrid {
  const width = model.columnCount;
  const blank = (): AnnexCell[] => Array.from({ length: width }, () => null);
  const cells: AnnexCell[][] = [];
  const merges: AnnexMerge[] = [];
  const span = (r: number, c0: number, c1: number, r1 = r) => merges.push({ s: { r, c: c0 }, e: { r: r1, c: c1 } });
  const split = Math.min(4, width - 1);
  for (let i = 0; i < Math.max(model.heading.left.length, model.heading.right.length); i++) {
    const row = blank();
    row[0] = model.heading.left[i] ?? null;
    row[split + 1] = model.heading.right[i] ?? null;
    span(cells.length, 0, split);
    span(cells.length, split + 1, width - 1);
    cells.push(row);
  }
  cells.push(blank());
  for (const line of model.titleLines) {
    const row = blank();
    row[0] = line;
    span(cells.length, 0, width - 1);
    cells.push(row);
  }
  cells.push(blank());
  const headerRow = cells.length;
  for (const headerCells of model.headerRows) {
    const row = blank();
    for (const h of headerCells) {
      row[h.col] = h.text;
      if (h.rowSpan > 1 || h.colSpan > 1) span(headerRow + h.row, h.col, h.col + h.colSpan - 1, headerRow + h.row + h.rowSpan - 1);
    }
    cells.push(row);
  }
  const bodyRow = cells.length;
  for (const r of [...model.rows, model.totalsRow]) cells.push([r.label, ...r.values]);
  return { cells, merges, headerRow, bodyRow };
}

/** A file name for the annex: "chi-tieu-giam-ngheo-2022.xlsx". */
export function annexFileName(model: AnnexModel, extension: 'xlsx' | 'csv' | 'html'): string {
  const base = foldDiacritics(model.titleLines[0] ?? `chi tieu ${model.year}`).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${base || `chi-tieu-${model.year}`}.${extension}`;
}
