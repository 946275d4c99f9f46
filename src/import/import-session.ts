/**
 * Loading a person's files or a pasted table into a Dataset, step by step: sort the files (one table; a plan
 * and boundaries, each replacing only its own kind), read the table (table-read), choose the sheet and the
 * columns (proposed, or as the person confirmed them), then find the place and match the rows to its units
 * (the boundaries on screen first, then the national ones), and build the dataset. Every problem is bilingual
 * and located; nothing on screen changes until a step succeeds. Browser File API only for reading files.
 */
import { checkPlan, sortFindings } from '../data/checks';
import type { Dataset } from '../data/dataset';
import { parseBoundaries } from '../data/boundaries';
import { parsePlanDocument } from '../data/plan-document';
import { readTableFile, sheetToPlanTable, type TableInput, type TableReading } from '../data/table-read/read-table';
import type { ColumnProposal } from '../data/table-read/columns';
import type { ReadPlanTable } from '../data/table-read/to-plan-table';
import { preparedFeatures, readJsonFile } from './boundary-client';
import { capImportIssues, fileIssue, fromParseIssue, fromReadIssue, notJsonIssue, type ImportIssue } from './import-issues';
import { locatePlace, type ImportPlaceAssets, type LocatedTable } from './place-locate';
import type { UnitFixes } from './unit-match';

export type { ImportPlaceAssets } from './place-locate';

/** Largest plan or boundary file read, in bytes. */
export const MAX_JSON_BYTES = 20 * 1024 * 1024;

/** The person's choices for a table, kept with a project so reopening it gives the same result. */
export interface ImportChoices {
  sheet?: number;
  columns?: ColumnProposal;
  fixes?: UnitFixes;
}

/** Where a table load stands. */
export type TableOutcome =
  | { stage: 'failed'; issues: ImportIssue[] }
  /** Several sheets hold tables: the person picks one. */
  | { stage: 'sheet'; reading: TableReading; issues: ImportIssue[] }
  /** The columns need the person's review (a required one is missing or a guess is weak). */
  | { stage: 'columns'; reading: TableReading; sheet: number; columns: ColumnProposal; issues: ImportIssue[] }
  /** Read and placed: `located.matching.complete` says whether the map can show at once. */
  | { stage: 'placed'; reading: TableReading; sheet: number; columns: ColumnProposal; read: ReadPlanTable; located: LocatedTable; issues: ImportIssue[] };

/** What the shell gives a load: the dataset on screen and the national places files (null when unavailable). */
export interface ImportContext {
  current: Dataset;
  assets: ImportPlaceAssets | null;
}

/** A file sorted by kind, with its contents. */
export type SortedFile =
  | { kind: 'table'; input: TableInput & { name: string } }
  | { kind: 'plan'; file: string; json: unknown }
  | { kind: 'boundaries'; file: string; json: unknown };

/** Guesses below this confidence send the columns to the person for review. */
const WEAK_COLUMN = 0.7;

/**
 * Sort picked or dropped files: .json/.geojson are plan or boundaries (by content), everything else a table. JSON is
 * read in the boundary worker: boundaries come back validated, simplified to the map's vertex budget and labelled,
 * or as located issues (then the file is left out, so nothing of it is applied).
 */
export async function sortFiles(files: readonly File[]): Promise<{ files: SortedFile[]; issues: ImportIssue[] }> {
  const sorted: SortedFile[] = [];
  const issues: ImportIssue[] = [];
  for (const file of files) {
    if (/\.(geo)?json$/i.test(file.name)) {
      if (file.size > MAX_JSON_BYTES) {
        issues.push(fileIssue(file.name, { vi: `tệp quá lớn (${(file.size / 1048576).toFixed(1)} MB); tối đa ${MAX_JSON_BYTES / 1048576} MB`, en: `the file is too large (${(file.size / 1048576).toFixed(1)} MB); at most ${MAX_JSON_BYTES / 1048576} MB` }));
        continue;
      }
      const reading = await readJsonFile(file, file.name);
      if (reading.kind === 'plan') sorted.push({ kind: 'plan', file: file.name, json: reading.json });
      else if (reading.kind === 'boundaries') sorted.push({ kind: 'boundaries', file: file.name, json: reading.collection });
      else if (reading.kind === 'invalid-boundaries') issues.push(...capImportIssues(reading.issues.map((i) => fromParseIssue(i, 'boundaries'))));
      else {
        issues.push(notJsonIssue(file.name, reading.message));
      }
      continue;
    }
    sorted.push({ kind: 'table', input: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } });
  }
  const tables = sorted.filter((f) => f.kind === 'table');
  if (tables.length > 1) {
    const [first, ...rest] = tables;
    const names = rest.map((t) => (t.kind === 'table' ? t.input.name : '')).join(', ');
    for (const t of rest) if (t.kind === 'table') issues.push(fileIssue(t.input.name, { vi: `chỉ nạp một bảng số liệu mỗi lần: đã dùng ${first?.kind === 'table' ? first.input.name : ''}, chưa nạp ${names}`, en: `one table is loaded at a time: ${first?.kind === 'table' ? first.input.name : ''} was used, ${names} was not` }, 'warning'));
    return { files: sorted.filter((f) => f.kind !== 'table' || f === first), issues };
  }
  return { files: sorted, issues };
}

/** Replace the plan text of a dataset (table, boundaries and their checks kept; the text's figures re-checked). */
export function withPlan(current: Dataset, file: string, json: unknown): { ok: true; dataset: Dataset } | { ok: false; issues: ImportIssue[] } {
  const plan = parsePlanDocument(json, file);
  if (!plan.ok) return { ok: false, issues: capImportIssues(plan.issues.map((i) => fromParseIssue(i, 'plan'))) };
  const stated = checkPlan(current.table, plan.value.stated).filter((f) => f.kind === 'text-figure');
  const findings = sortFindings([...current.findings.filter((f) => f.kind !== 'text-figure'), ...stated]);
  return { ok: true, dataset: { ...current, plan: plan.value, findings } };
}

/** Validate a boundary file (GeoJSON FeatureCollection of communes); one `sortFiles` prepared was validated in the worker. */
export function readBoundaries(file: string, json: unknown): { ok: true; features: Dataset['communes'] } | { ok: false; issues: ImportIssue[] } {
  const prepared = preparedFeatures(json);
  if (prepared) return { ok: true, features: prepared };
  const result = parseBoundaries(json, file);
  return result.ok ? { ok: true, features: result.value } : { ok: false, issues: capImportIssues(result.issues.map((i) => fromParseIssue(i, 'boundaries'))) };
}

/** Read a table and take it as far as it goes without the person: sheet, columns, place and matching. */
export async function loadTable(input: TableInput, choices: ImportChoices, context: ImportContext): Promise<TableOutcome> {
  const reading = await readTableFile(input);
  return continueTable(reading, choices, context);
}

/** Continue a table already read, with the person's choices so far. */
export async function continueTable(reading: TableReading, choices: ImportChoices, context: ImportContext): Promise<TableOutcome> {
  const readIssues = reading.issues.map(fromReadIssue);
  const errors = readIssues.filter((i) => i.severity === 'error');
  const withTables = reading.sheets.map((s, i) => (s.layout ? i : -1)).filter((i) => i >= 0);
  if (withTables.length === 0) return { stage: 'failed', issues: capImportIssues(errors.length ? errors : readIssues) };
  const sheet = choices.sheet ?? reading.chosen;
  if (sheet === null || sheet === undefined || !reading.sheets[sheet]) return { stage: 'sheet', reading, issues: capImportIssues(readIssues) };
  const proposal = reading.sheets[sheet]?.columns;
  if (!proposal) return { stage: 'failed', issues: capImportIssues([...readIssues, fileIssue(reading.file, { vi: `trang “${reading.sheets[sheet]?.name}” không có bảng số liệu; hãy chọn trang khác`, en: `sheet “${reading.sheets[sheet]?.name}” has no table; choose another sheet` })]) };
  const columns = choices.columns ?? proposal;
  const read = sheetToPlanTable(reading, sheet, columns);
  const warnings = [...readIssues, ...(read.warnings ?? []).map(fromReadIssue)];
  const weak = !choices.columns && columns.columns.some((c) => c.target !== 'ignore' && c.target !== 'ordinal' && c.confidence < WEAK_COLUMN && c.target !== 'custom');
  if (!read.ok) {
    const issues = capImportIssues([...read.issues.map(fromReadIssue), ...warnings]);
    const columnsMissing = read.issues.some((i) => i.code === 'missing-column');
    return columnsMissing && !choices.columns ? { stage: 'columns', reading, sheet, columns, issues } : { stage: 'failed', issues };
  }
  if (weak) return { stage: 'columns', reading, sheet, columns, issues: capImportIssues(warnings) };
  const located = await locatePlace(read.value, choices.fixes ?? {}, context);
  if (!located.ok) return { stage: 'failed', issues: capImportIssues([...located.issues, ...warnings]) };
  return { stage: 'placed', reading, sheet, columns, read: read.value, located: located.value, issues: capImportIssues(warnings) };
}
