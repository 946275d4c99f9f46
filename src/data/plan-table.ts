/** Parsing a plan's per-commune table (CSV/TSV text) into checked rows, with located errors. Pure. */
import Papa from 'papaparse';
import { z } from './zod';
import { foldDiacritics, foldedNameKey, cleanName, isTotalRowName } from '../core/name-keys';
import { FIGURE_COLUMNS, KEY_COLUMNS, type FigureColumn } from './table-columns';
import type { FigureKey, ParseIssue, ParseIssueCode, ParseResult, PlanRow, PlanTable, UnitFigures } from './types';
import { parseVietnameseNumber, type NumberKind } from './vn-number';

/** Largest table accepted, in characters: a district's or province's table is far smaller. */
export const MAX_TABLE_CHARS = 2_000_000;
/** At most this many problems are reported for one file. */
export const MAX_REPORTED_ISSUES = 100;

type ColumnId = FigureKey | 'unit' | 'gso_code';

/** zod schema for one numeric cell of the given kind: text in, number | null out. */
function cellSchema(kind: NumberKind, required: boolean) {
  return z
    .string()
    .transform((text, ctx) => {
      const parsed = parseVietnameseNumber(text, kind);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.message, params: { code: parsed.code } });
        return z.NEVER;
      }
      if (parsed.value === null && required) {
        ctx.addIssue({ code: 'custom', message: 'this figure is required but the cell is blank', params: { code: 'missing-value' } });
        return z.NEVER;
      }
      if (parsed.value !== null && kind === 'rate' && parsed.value > 100) {
        ctx.addIssue({ code: 'custom', message: `"${text}" is above 100 %`, params: { code: 'out-of-range' } });
        return z.NEVER;
      }
      return parsed.value;
    });
}

/** zod schema of one table row given as cell texts keyed by column id. */
export const planRowSchema = z.object({
  unit: z
    .string()
    .transform((s) => cleanName(s))
    .refine((s) => s.length > 0, { message: 'the unit name is blank', params: { code: 'missing-value' } }),
  gso_code: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().regex(/^\d{0,5}$/, 'a GSO commune code has up to 5 digits')),
  ...(Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.id, cellSchema(c.kind, c.required)])) as Record<
    FigureKey,
    ReturnType<typeof cellSchema>
  >),
});

function headerKey(text: string): string {
  return foldDiacritics(text).replace(/[_\s]+/g, ' ').trim();
}

/** Map each header cell to a column id (or null for an unknown column). */
function resolveHeader(header: string[]): (ColumnId | null)[] {
  const byKey = new Map<string, ColumnId>();
  const add = (id: ColumnId, names: readonly string[]) => names.forEach((n) => byKey.set(headerKey(n), id));
  add('unit', ['unit', KEY_COLUMNS.unit.label.vi, KEY_COLUMNS.unit.label.en, ...KEY_COLUMNS.unit.aliases]);
  add('gso_code', ['gso code', KEY_COLUMNS.gso_code.label.vi, KEY_COLUMNS.gso_code.label.en, ...KEY_COLUMNS.gso_code.aliases]);
  FIGURE_COLUMNS.forEach((c: FigureColumn) => add(c.id, [c.id, c.label.vi, c.label.en, ...c.aliases]));
  return header.map((h) => byKey.get(headerKey(h)) ?? null);
}

function issue(file: string, code: ParseIssueCode, message: string, row: number | null, column: string | null, value: string | null = null): ParseIssue {
  return { file, code, message, row, column, value };
}

/** The separator used by the header line: the most frequent of tab, semicolon, comma and bar (comma on a tie). */
function guessDelimiter(body: string): string {
  const header = body.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const counts = ['\t', ';', ',', '|'].map((d) => ({ d, n: outsideQuotes.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a), { d: ',', n: 0 });
  return best.d;
}

/** A function giving the 1-based line number of a character offset, for offsets asked in increasing order. */
function lineCounter(body: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    for (; at < offset && at < body.length; at++) if (body.charCodeAt(at) === 10) line++;
    return line;
  };
}

/** Parse a plan table file (CSV, TSV or semicolon-separated, UTF-8) into rows and the totals row. */
export function parsePlanTable(text: string, file: string): ParseResult<PlanTable> {
  if (text.length > MAX_TABLE_CHARS) {
    const mb = (text.length / 1_000_000).toFixed(1);
    return { ok: false, issues: [issue(file, 'too-large', `the file is ${mb} million characters; a plan table is at most ${MAX_TABLE_CHARS / 1_000_000} million`, null, null)] };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, issues: [issue(file, 'empty-file', 'the file is empty', null, null)] };
  const delimiter = guessDelimiter(body);
  const records: { cells: string[]; row: number }[] = [];
  const issues: ParseIssue[] = [];
  const lineAt = lineCounter(body);
  let start = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const row = lineAt(start);
      start = result.meta.cursor;
      for (const e of result.errors) if (issues.length < MAX_REPORTED_ISSUES) issues.push(issue(file, 'csv-syntax', e.message, row, null));
      const cells = result.data;
      if (cells.some((c) => c.trim() !== '')) records.push({ cells, row });
    },
  });
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) return { ok: false, issues: [issue(file, 'empty-file', 'the file has no rows', null, null)] };
  const ids = resolveHeader(headerRecord.cells);
  const warnings: ParseIssue[] = [];
  ids.forEach((id, i) => {
    const name = headerRecord.cells[i] ?? '';
    if (id === null && name.trim() !== '') warnings.push(issue(file, 'unknown-column', `column "${name}" is not a known figure and is ignored`, headerRecord.row, name));
    if (id !== null && ids.indexOf(id) !== i) issues.push(issue(file, 'duplicate-column', `column "${name}" appears twice`, headerRecord.row, name));
  });
  const missing = [{ id: 'unit' as const }, ...FIGURE_COLUMNS.filter((c) => c.required)].filter((c) => !ids.includes(c.id));
  for (const c of missing) issues.push(issue(file, 'missing-column', `the required column "${c.id}" is missing`, headerRecord.row, c.id));
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_REPORTED_ISSUES) };

  const units: PlanRow[] = [];
  let total: PlanRow | null = null;
  const seenCodes = new Map<string, number>();
  const seenNames = new Map<string, { row: number; code: string | null }>();
  for (const record of dataRecords) {
    if (issues.length >= MAX_REPORTED_ISSUES) break;
    const extra = record.cells.slice(ids.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      const message = `the row has ${record.cells.length} cells but the header has ${ids.length}; is a decimal comma unquoted (write "0,72" in quotes or use ; or tab as separator)?`;
      issues.push(issue(file, 'csv-syntax', message, record.row, null, record.cells.join(delimiter)));
      continue;
    }
    const raw: Record<string, string> = { unit: '', gso_code: '' };
    FIGURE_COLUMNS.forEach((c) => (raw[c.id] = ''));
    ids.forEach((id, i) => {
      if (id !== null) raw[id] = record.cells[i] ?? '';
    });
    const result = planRowSchema.safeParse(raw);
    if (!result.success) {
      for (const zi of result.error.issues) {
        const column = String(zi.path[0] ?? '');
        const params = (zi as { params?: { code?: ParseIssueCode } }).params;
        issues.push(issue(file, params?.code ?? 'schema', zi.message, record.row, column, raw[column] ?? null));
      }
      continue;
    }
    const { unit, gso_code, ...figures } = result.data;
    const row: PlanRow = { name: unit, gsoCode: gso_code || null, row: record.row, figures: figures as UnitFigures, raw: { ...raw } };
    if (isTotalRowName(unit)) {
      if (total) issues.push(issue(file, 'duplicate-unit', `a second totals row "${unit}" (the first is on row ${total.row})`, record.row, 'unit', unit));
      total = row;
      continue;
    }
    const nameKey = foldedNameKey(unit);
    const sameName = seenNames.get(nameKey);
    const earlier = (row.gsoCode ? seenCodes.get(row.gsoCode) : undefined) ?? (sameName && (!row.gsoCode || !sameName.code) ? sameName.row : undefined);
    if (earlier !== undefined) {
      issues.push(issue(file, 'duplicate-unit', `"${unit}" appears twice (also on row ${earlier})`, record.row, 'unit', unit));
      continue;
    }
    seenNames.set(nameKey, { row: record.row, code: row.gsoCode });
    if (row.gsoCode) seenCodes.set(row.gsoCode, record.row);
    units.push(row);
  }
  if (issues.length === 0 && units.length === 0) issues.push(issue(file, 'no-units', 'the file has a header but no commune rows', null, null));
  if (issues.length > 0) return { ok: false, issues: issues.slice(0, MAX_REPORTED_ISSUES) };
  return { ok: true, value: { file, units, total }, warnings };
}
