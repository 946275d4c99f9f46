/**
 * A project: one loaded table with the person's choices (sheet, columns, unit fixes), its place, the plan text
 * and boundaries when the person supplied them, and the view. The zod schema validates projects read back from
 * the browser's storage and project files; `exportProject` / `importProject` write and read one project as a
 * JSON file (table bytes in base64). Pure.
 */
import { z } from '../data/zod';
import { FIGURE_COLUMNS } from '../data/table-columns';
import type { Bilingual } from '../data/types';

/** The `format` field of a project file. */
export const PROJECT_FORMAT = 'ban-do-giam-ngheo/project';
/** Largest project file read, in characters. */
export const MAX_PROJECT_CHARS = 40_000_000;

const TARGETS = new Set<string>(['unit', 'gso_code', 'ordinal', 'custom', 'ignore', ...FIGURE_COLUMNS.map((c) => c.id)]);
const text = (max: number) => z.string().max(max);
const bilingual = z.object({ vi: text(2000), en: text(2000) });

const customSchema = z.object({
  id: text(80),
  label: text(300),
  kind: z.enum(['count', 'rate']),
  numerator: text(80).optional(),
  denominator: text(80).optional(),
});

const columnSchema = z.object({
  column: z.int().min(0).max(10_000),
  letter: text(4),
  header: text(1000),
  target: text(60).refine((t) => TARGETS.has(t), 'not a known column target'),
  custom: customSchema.optional(),
  confidence: z.number().min(0).max(1),
  reason: bilingual,
  confirmed: z.boolean(),
});

/** The table as it was given: file bytes, pasted text or clipboard HTML. */
const tableSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bytes'), name: text(300), bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'not bytes') }),
  z.object({ kind: z.literal('text'), name: text(300), text: text(MAX_PROJECT_CHARS) }),
  z.object({ kind: z.literal('html'), name: text(300), html: text(MAX_PROJECT_CHARS) }),
]);

const placeSchema = z.object({
  vintage: z.enum(['2013', '2025']),
  province: z.string().regex(/^\d{2}$/),
  district: z.string().regex(/^\d{3}$/).optional(),
  level: z.enum(['commune', 'district']),
});

const unitCode = z.string().regex(/^[0-9a-z]{3,13}$/i, 'not a unit code');

/** zod schema of a project as kept in the browser. */
export const projectSchema = z.object({
  id: z.string().regex(/^[0-9a-z-]{8,64}$/i, 'not a project id'),
  name: text(200).min(1),
  created: z.iso.datetime(),
  updated: z.iso.datetime(),
  /** The place of the table (null: the boundaries that were on screen, or the person's own). */
  place: placeSchema.nullable(),
  sources: z.object({
    table: tableSchema.nullable(),
    sheet: z.int().min(0).max(1000).nullable(),
    columns: z.object({ columns: z.array(columnSchema).max(500) }).nullable(),
    fixes: z.record(z.string().regex(/^\d{1,7}$/), z.array(unitCode).max(20)),
    plan: z.object({ file: text(300), json: z.unknown() }).nullable(),
    boundaries: z.object({ file: text(300), json: z.unknown() }).nullable(),
  }),
  /** The view as URL parameters ("metric=…&palette=…"), or null. */
  view: text(4000).nullable(),
});

/** A project (see the module comment). */
export type Project = z.infer<typeof projectSchema>;

/** What the list shows of a project. */
export type ProjectSummary = Pick<Project, 'id' | 'name' | 'created' | 'updated' | 'place'> & { table: string | null };

/** The list entry of a project. */
export function summarise(project: Project): ProjectSummary {
  return { id: project.id, name: project.name, created: project.created, updated: project.updated, place: project.place, table: project.sources.table?.name ?? null };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(b64: string): Uint8Array {
  const binary = atob(b64);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** A project as the text of a project file. */
export function exportProject(project: Project): string {
  const table = project.sources.table;
  const portable = table?.kind === 'bytes' ? { ...table, bytes: undefined, base64: toBase64(table.bytes) } : table;
  return JSON.stringify({ format: PROJECT_FORMAT, version: 1, project: { ...project, sources: { ...project.sources, table: portable } } });
}

/** File name of an exported project: its name without characters file systems reject. */
export function projectFileName(project: Pick<Project, 'name'>): string {
  return `${project.name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').slice(0, 80).trim() || 'du-an'}.bando.json`;
}

const fileSchema = z.object({ format: z.literal(PROJECT_FORMAT), version: z.literal(1), project: z.looseObject({}) });

/** Validate a project read from storage. */
export function validateProject(value: unknown): { ok: true; project: Project } | { ok: false; message: Bilingual } {
  const parsed = projectSchema.safeParse(value);
  if (parsed.success) return { ok: true, project: parsed.data };
  const first = parsed.error.issues[0];
  const where = first ? first.path.map(String).join('.') : '';
  return { ok: false, message: { vi: `dự án không hợp lệ (${where}: ${first?.message ?? ''})`, en: `the project is not valid (${where}: ${first?.message ?? ''})` } };
}

/** Read a project file; the message says what is wrong and what to do. */
export function importProject(fileText: string, file = 'project.json'): { ok: true; project: Project } | { ok: false; message: Bilingual } {
  const fail = (vi: string, en: string) => ({ ok: false as const, message: { vi: `Tệp ${file}: ${vi}`, en: `File ${file}: ${en}` } });
  if (fileText.length > MAX_PROJECT_CHARS) return fail('tệp quá lớn để là một dự án', 'the file is too large to be a project');
  let json: unknown;
  try {
    json = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch {
    return fail('không phải JSON; hãy chọn tệp dự án (.bando.json) đã xuất từ ứng dụng', 'not JSON; choose a project file (.bando.json) exported from the app');
  }
  const wrapper = fileSchema.safeParse(json);
  if (!wrapper.success) return fail('không phải tệp dự án của Bản đồ giảm nghèo; hãy chọn tệp .bando.json đã xuất từ ứng dụng', 'not a project file of this app; choose a .bando.json file exported from it');
  const raw = wrapper.data.project as Record<string, unknown> & { sources?: { table?: Record<string, unknown> | null } };
  const table = raw.sources?.table;
  let sources: unknown = raw.sources;
  if (table && typeof table.base64 === 'string') {
    try {
      const { base64, ...rest } = table;
      sources = { ...raw.sources, table: { ...rest, bytes: fromBase64(base64 as string) } };
    } catch {
      return fail('bảng trong dự án bị hỏng (base64)', 'the table in the project is damaged (base64)');
    }
  }
  const checked = validateProject({ ...raw, sources });
  return checked.ok ? checked : fail(checked.message.vi, checked.message.en);
}
