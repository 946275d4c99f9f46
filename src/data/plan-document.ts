/** The plan's text (sections I–V) as structured data: zod schema and parsers with located issues. Pure. */
import { z } from './zod';
import type { ParseIssue, ParseIssueCode, ParseResult, StatedFigure, StatedFigureId, StatedFigures } from './types';
import { parseVietnameseNumber, type NumberKind } from './vn-number';

/** Largest plan document accepted, in characters (1 MB; the Cam Lộ plan is about 30 000). */
export const MAX_PLAN_DOCUMENT_CHARS = 1_000_000;
/** At most this many problems are reported for one plan document. */
export const MAX_DOCUMENT_ISSUES = 100;
/** Longest single text (a paragraph, a duty) accepted, in characters. */
const MAX_TEXT_CHARS = 5_000;

export { SECTION_I_FIGURES, SECTION_III_FIGURES, STATED_FIGURE_KINDS } from './stated-figures';
import { SECTION_I_FIGURES, SECTION_III_FIGURES, STATED_FIGURE_KINDS } from './stated-figures';

const STATED_IDS = Object.keys(STATED_FIGURE_KINDS) as [StatedFigureId, ...StatedFigureId[]];

/** A non-blank text, NFC-normalised. */
const textSchema = z
  .string()
  .max(MAX_TEXT_CHARS, `a text may have at most ${MAX_TEXT_CHARS} characters`)
  .refine((s) => s.trim().length > 0, 'the text is blank')
  .transform((s) => s.normalize('NFC'));

/** zod schema of a text in Vietnamese and English. */
export const bilingualSchema = z.object({ vi: textSchema, en: textSchema });

/** A bilingual text with an optional expansion of its abbreviations (Vietnamese) and a note. */
const annotatedSchema = bilingualSchema.extend({ expanded: textSchema.optional(), note: bilingualSchema.optional() });

/** One stated figure as printed (e.g. "14.905", "0,67"), checked and parsed into a StatedFigure. */
function figureSchema(kind: NumberKind, section: StatedFigure['section']) {
  return z.string().transform((printed, ctx): StatedFigure => {
    const parsed = parseVietnameseNumber(printed, kind);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message, params: { code: parsed.code } });
      return z.NEVER;
    }
    if (parsed.value === null) {
      ctx.addIssue({ code: 'custom', message: 'a stated figure cannot be blank', params: { code: 'missing-value' } });
      return z.NEVER;
    }
    if (kind === 'rate' && parsed.value > 100) {
      ctx.addIssue({ code: 'custom', message: `"${printed}" is above 100 %`, params: { code: 'out-of-range' } });
      return z.NEVER;
    }
    return { value: parsed.value, printed: printed.normalize('NFC').trim(), section };
  });
}

type FigureShape<S> = { [K in keyof S]: z.ZodOptional<ReturnType<typeof figureSchema>> };

/** A strict object of the figures of one section: unknown figure ids are errors, not silently dropped. */
function figuresSchema<S extends Partial<Record<StatedFigureId, NumberKind>>>(spec: S, section: StatedFigure['section']) {
  const shape = Object.fromEntries(
    Object.entries(spec).map(([id, kind]) => [id, figureSchema(kind as NumberKind, section).optional()]),
  ) as FigureShape<S>;
  return z.strictObject(shape);
}

const figureNotesSchema = z.partialRecord(z.enum(STATED_IDS), bilingualSchema).optional();

/** Which communes a task singles out: every commune, those poorer than the district, those with ethnic-minority households. */
export const targetedScopeSchema = z.enum(['high-poverty', 'ethnic-minority']);
const appliesToSchema = z
  .union([z.literal('all'), targetedScopeSchema, z.array(targetedScopeSchema).min(1).max(2), z.null()], {
    error: 'appliesTo must be "all", "high-poverty", "ethnic-minority", a list of the last two, or null',
  })
  .refine((v) => !Array.isArray(v) || new Set(v).size === v.length, 'appliesTo lists a scope twice')
  .default(null);

const taskIdSchema = z.string().regex(/^IV\.\d{1,2}$/, 'a task id looks like "IV.1"');
const bodyIdSchema = z.string().regex(/^V\.\d{1,2}$/, 'a body id looks like "V.1"');

/** zod schema of one task of section IV. */
export const planTaskSchema = z.object({
  id: taskIdSchema,
  title: bilingualSchema,
  text: bilingualSchema,
  appliesTo: appliesToSchema,
});

/** zod schema of one body of section V with its duties and the app's reading of which tasks it leads or joins. */
export const planBodySchema = z.object({
  id: bodyIdSchema,
  name: annotatedSchema,
  short: bilingualSchema,
  /** True when the plan "requests" (đề nghị) rather than assigns, as for bodies outside the People's Committee. */
  requested: z.boolean().default(false),
  duties: z.array(bilingualSchema).min(1, 'a body needs at least one duty').max(50),
  leads: z.array(taskIdSchema).max(50).default([]),
  joins: z.array(taskIdSchema).max(50).default([]),
  /** For each linked task, the 1-based numbers of the duties the link is read from. */
  basis: z.record(taskIdSchema, z.array(z.int().min(1)).min(1).max(50)).optional(),
  communeLevel: z.boolean().default(false),
});

const documentSchema = z.object({
  number: textSchema,
  numberAsPrinted: textSchema.optional(),
  date: z.iso.date('the date must be written YYYY-MM-DD'),
  place: textSchema,
  issuer: bilingualSchema,
  title: bilingualSchema,
  basis: bilingualSchema,
  signatory: z.object({ name: textSchema, role: bilingualSchema, onBehalfOf: bilingualSchema }),
  recipients: z.array(annotatedSchema).max(100).default([]),
  annexTitle: bilingualSchema.optional(),
  annexNote: bilingualSchema.optional(),
});

const rawPlanDocumentSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a plan id is lower-case words joined by "-", e.g. "cam-lo-2022"'),
  year: z.int().min(1990).max(2100),
  document: documentSchema,
  district: z.object({ name: textSchema, type: z.enum(['Huyện', 'Thị xã', 'Thành phố', 'Quận', 'Tỉnh']), province: textSchema }),
  abbreviations: z.array(z.object({ printed: textSchema, vi: textSchema, en: textSchema, note: bilingualSchema.optional() })).max(200).default([]),
  situation: z.object({
    paragraphs: z.array(bilingualSchema).min(1).max(100),
    figures: figuresSchema(SECTION_I_FIGURES, 'I'),
    figureNotes: figureNotesSchema,
  }),
  aims: z.array(bilingualSchema).min(1).max(100),
  targets: z.object({
    items: z.array(bilingualSchema).min(1).max(100),
    figures: figuresSchema(SECTION_III_FIGURES, 'III'),
    figureNotes: figureNotesSchema,
  }),
  tasks: z.array(planTaskSchema).min(1, 'the plan needs at least one task').max(50),
  linksNote: bilingualSchema.optional(),
  bodies: z.array(planBodySchema).min(1, 'the plan needs at least one body').max(50),
});

type RawPlanDocument = z.output<typeof rawPlanDocumentSchema>;

/** Checks across fields: unique ids, links to existing tasks, and the duties each link is read from. */
function checkLinks(doc: RawPlanDocument, ctx: z.RefinementCtx): void {
  const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const taskIds = new Set<string>();
  doc.tasks.forEach((t, i) => {
    if (taskIds.has(t.id)) add(['tasks', i, 'id'], `task id "${t.id}" appears twice`);
    taskIds.add(t.id);
  });
  const bodyIds = new Set<string>();
  let linked = false;
  doc.bodies.forEach((b, i) => {
    if (bodyIds.has(b.id)) add(['bodies', i, 'id'], `body id "${b.id}" appears twice`);
    bodyIds.add(b.id);
    for (const key of ['leads', 'joins'] as const) {
      b[key].forEach((id, j) => {
        linked = true;
        if (!taskIds.has(id)) add(['bodies', i, key, j], `no task has the id "${id}"`);
        if (b[key].indexOf(id) !== j) add(['bodies', i, key, j], `task "${id}" is listed twice`);
        if (key === 'joins' && b.leads.includes(id)) add(['bodies', i, key, j], `the body both leads and joins task "${id}"`);
      });
    }
    if (b.basis === undefined) return;
    const links = new Set([...b.leads, ...b.joins]);
    for (const id of links) if (!(id in b.basis)) add(['bodies', i, 'basis'], `the link to task "${id}" has no basis`);
    for (const [id, duties] of Object.entries(b.basis)) {
      if (!links.has(id)) add(['bodies', i, 'basis', id], `task "${id}" is neither led nor joined by this body`);
      duties.forEach((n, j) => {
        if (n > b.duties.length) add(['bodies', i, 'basis', id, j], `duty ${n} does not exist (the body has ${b.duties.length})`);
      });
    }
  });
  if (linked && doc.linksNote === undefined) add(['linksNote'], 'a note explaining how bodies were linked to tasks is required');
}

/** zod schema of a plan document (plan.json); its output is a PlanDocument with the stated figures parsed. */
export const planDocumentSchema = rawPlanDocumentSchema
  .superRefine(checkLinks)
  .transform(({ situation: { figures: situationFigures, ...situation }, targets: { figures: targetFigures, ...targets }, ...rest }) => {
    const stated: StatedFigures = { ...situationFigures, ...targetFigures };
    return { ...rest, situation, targets, stated };
  });

/** A checked plan document: sections I–V, with the figures its text states parsed into `stated`. */
export type PlanDocument = z.output<typeof planDocumentSchema>;
/** One task of section IV. */
export type PlanTask = PlanDocument['tasks'][number];
/** One body of section V. */
export type PlanBody = PlanDocument['bodies'][number];
/** A targeted group of communes a task singles out. */
export type TargetedScope = z.output<typeof targetedScopeSchema>;

function issue(file: string, code: ParseIssueCode, message: string, row: number | null, column: string | null, value: string | null = null): ParseIssue {
  return { file, code, message, row, column, value };
}

/** A JSON path as text: `tasks[2].text.vi`; null for the document itself. */
function formatPath(path: readonly PropertyKey[]): string | null {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out === '' ? null : out;
}

/** The input value at a path, or undefined when the path does not exist. */
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let node = json;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** An offending input value as text for the issue list (scalars only, long texts cut). */
function describe(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

/** Turn zod issues into ParseIssues located by file and JSON path. */
function toIssues(error: z.ZodError, json: unknown, file: string): ParseIssue[] {
  const out: ParseIssue[] = [];
  for (const zi of error.issues) {
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) out.push(issue(file, 'schema', `unknown field "${key}"`, null, formatPath([...zi.path, key])));
      continue;
    }
    const value = valueAt(json, zi.path);
    const params = (zi as { params?: { code?: ParseIssueCode } }).params;
    const last = zi.path[zi.path.length - 1];
    let message = zi.message;
    if (zi.code === 'invalid_type' && value === undefined && zi.path.length > 0) message = `the field "${String(last)}" is missing`;
    else if (zi.code === 'invalid_type' && zi.path.length === 0) message = 'the plan document must be a JSON object';
    out.push(issue(file, params?.code ?? 'schema', message, null, formatPath(zi.path), describe(value)));
  }
  return out.slice(0, MAX_DOCUMENT_ISSUES);
}

/** Validate a plan document already read as JSON; figures are parsed with their Vietnamese number format. */
export function parsePlanDocument(json: unknown, file: string): ParseResult<PlanDocument> {
  const result = planDocumentSchema.safeParse(json);
  if (!result.success) return { ok: false, issues: toIssues(result.error, json, file) };
  const doc = result.data;
  const warnings: ParseIssue[] = [];
  doc.tasks.forEach((t, i) => {
    if (!doc.bodies.some((b) => b.leads.includes(t.id))) warnings.push(issue(file, 'schema', `no body leads task "${t.id}"`, null, `tasks[${i}]`, t.id));
  });
  return { ok: true, value: doc, warnings };
}

/** 1-based line and column of a 0-based character offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

/** Where a JSON.parse error happened, from its message (V8 gives "(line L column C)" or "at position N"). */
function locateJsonError(message: string, text: string): { line: number; column: number } | null {
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  if (pos) return lineAndColumn(text, Number(pos[1]));
  if (/end of (JSON )?input/i.test(message)) return lineAndColumn(text, text.length);
  return null;
}

/** Read a plan document from JSON text: size and syntax checks with located issues, then parsePlanDocument. */
export function parsePlanDocumentText(text: string, file: string): ParseResult<PlanDocument> {
  if (text.length > MAX_PLAN_DOCUMENT_CHARS) {
    const mb = (text.length / 1_000_000).toFixed(1);
    return { ok: false, issues: [issue(file, 'too-large', `the file is ${mb} million characters; a plan document is at most ${MAX_PLAN_DOCUMENT_CHARS / 1_000_000} million`, null, null)] };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, issues: [issue(file, 'empty-file', 'the file is empty', null, null)] };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = locateJsonError(detail, body);
    const where = at ? ` (line ${at.line}, column ${at.column})` : '';
    return { ok: false, issues: [issue(file, 'invalid-json', `the file is not valid JSON${where}: ${detail}`, at?.line ?? null, at ? String(at.column) : null)] };
  }
  return parsePlanDocument(json, file);
}
