/**
 * The catalogue of places (`public/places/index.json`), the crosswalk files and the names list: zod schemas,
 * look-ups and place titles. Pure: the caller fetches and JSON-parses the files. Validation never throws:
 * it returns a result whose failure carries a bilingual message and the located issues.
 */
import { z } from '../zod';
import type { Bilingual, Lang, ParseIssue } from '../types';
import { NATIONAL, type PlaceRef, type Vintage } from './place-id';
import { formatNumber } from '../../core/number-format';
import { districtNameEn, provinceNameEn, vintageSuffix } from './unit-types';

/** Outcome of reading a places file: the value, or a bilingual message with the issues found. */
export type CatalogueResult<T> = { ok: true; value: T } | { ok: false; message: Bilingual; issues: ParseIssue[] };

/** Most issues listed for one file. */
const MAX_ISSUES = 20;

const nfcText = (max: number) => z.string().trim().min(1).max(max).transform((s) => s.normalize('NFC'));
const provinceCode = z.string().regex(/^\d{2}$/, 'a province code has 2 digits');
const districtCode = z.string().regex(/^\d{3}$/, 'a district code has 3 digits');
const communeCode = z.string().regex(/^\d{5}$/, 'a commune code has 5 digits');
const count = z.number().int().min(0).max(1_000_000_000);
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

/** zod schema of a bounding box [west, south, east, north]. */
export const bboxSchema = z.tuple([lon, lat, lon, lat]);

/** zod schema of a pre-2025 district in the index. */
export const districtEntrySchema = z.object({ code: districtCode, name: nfcText(120), fullName: nfcText(160), units: count, bbox: bboxSchema });

/** zod schema of a province in the index (pre-2025 provinces list their districts; 2025 ones have none). */
export const provinceEntrySchema = z.object({
  code: provinceCode,
  name: nfcText(120),
  fullName: nfcText(160),
  units: count,
  bbox: bboxSchema,
  bytes: count.optional(),
  districts: z.array(districtEntrySchema).max(200).default([]),
});

const vintageEntrySchema = z
  .object({ provinces: z.array(provinceEntrySchema).max(100) })
  .refine((v) => new Set(v.provinces.map((p) => p.code)).size === v.provinces.length, 'a province code appears twice');

/** zod schema of `index.json`: the provinces (and pre-2025 districts) of each vintage. */
export const placeIndexSchema = z.object({
  version: z.literal(1),
  vintages: z.object({ '2025': vintageEntrySchema.default({ provinces: [] }), '2013': vintageEntrySchema.default({ provinces: [] }) }),
});

/** A district of the index. */
export type DistrictEntry = z.infer<typeof districtEntrySchema>;
/** A province of the index. */
export type ProvinceEntry = z.infer<typeof provinceEntrySchema>;
/** The parsed `index.json`. */
export type PlaceIndex = z.infer<typeof placeIndexSchema>;

/** Columns of a crosswalk file, in the order the pipeline writes them. */
export const CROSSWALK_COLUMNS = ['new', 'old', 'share', 'oldName', 'oldType', 'oldDistrict', 'oldDistrictName', 'oldProvince'] as const;

const optionalText = z.string().max(200).nullable().transform((s) => (s === null ? null : s.normalize('NFC').trim() || null));

/** zod schema of one crosswalk row: a 2025 commune, an old unit it took in (null when the NSO gives none) and how much of it. */
export const crosswalkRowSchema = z.object({
  new: communeCode,
  old: communeCode.nullable(),
  share: z.string().transform((s, ctx) => {
    if (/^whole/.test(s)) return 'whole' as const;
    if (s === 'part') return 'part' as const;
    ctx.addIssue({ code: 'custom', message: `share must be "whole" or "part", not "${s.slice(0, 40)}"` });
    return z.NEVER;
  }),
  oldName: optionalText,
  oldType: optionalText,
  oldDistrict: districtCode.nullable(),
  oldDistrictName: optionalText,
  oldProvince: provinceCode.nullable(),
});

/** One row of a crosswalk file. */
export type CrosswalkRow = z.infer<typeof crosswalkRowSchema>;

/** Column names of `names.json`. */
export const NAME_COLUMNS = ['vintage', 'code', 'fullName', 'province', 'district', 'parts'] as const;

/** zod schema of one row of `names.json` (a unit, a district "d468" or a province "p44"). */
export const nameRowSchema = z
  .object({
    vintage: z.enum(['2013', '2025']),
    code: z.string().regex(/^(?:\d{5}|w[0-9a-z]{1,12}|d\d{3}|p\d{2})$/i, 'not a unit, district ("d468") or province ("p44") code'),
    fullName: z.string().min(1).max(200),
    province: provinceCode.nullable(),
    district: districtCode.nullable(),
    parts: z.string().max(4000).nullable(),
  })
  .transform((row, ctx) => {
    const province = row.province ?? (row.code.startsWith('p') ? row.code.slice(1) : null);
    if (province === null) {
      ctx.addIssue({ code: 'custom', message: 'the province code is missing', path: ['province'] });
      return z.NEVER;
    }
    const district = row.district ?? (row.code.startsWith('d') ? row.code.slice(1) : null);
    return { vintage: row.vintage as Vintage, code: row.code, fullName: row.fullName.normalize('NFC').trim(), province, district, parts: row.parts?.normalize('NFC').trim() || null };
  });

/** One row of `names.json`. */
export type NameRow = z.infer<typeof nameRowSchema>;

/** A columnar table as the pipeline writes it: column names and rows (arrays of cells; objects keyed by column are accepted too). */
const columnarSchema = z.object({ columns: z.array(z.string().max(40)).min(1).max(40), rows: z.array(z.unknown()).max(50_000) });

/** A cell as the row schemas see it: empty or blank text is null; anything else is kept for the schema to judge. */
function cellValue(value: unknown): unknown {
  return value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value;
}

function issuesOf(error: z.ZodError, file: string, rowOf: (path: PropertyKey[]) => number | null): ParseIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((i) => ({
    file,
    code: 'schema',
    row: rowOf(i.path),
    column: i.path.map(String).join('.') || null,
    value: null,
    message: i.message,
  }));
}

const rowOfFile = (path: PropertyKey[]) => (path[0] === 'rows' && typeof path[1] === 'number' ? path[1] + 1 : null);

/** A failed result with a bilingual summary naming the file and its first problems. */
export function catalogueFailure<T>(file: string, issues: ParseIssue[]): CatalogueResult<T> {
  const listed = issues.slice(0, 3).map((i) => `${i.column ?? ''}${i.column ? ': ' : ''}${i.message}`).join('; ');
  const more = issues.length > 3 ? ` (+${issues.length - 3})` : '';
  return {
    ok: false,
    issues,
    message: { vi: `Tệp ${file} không đúng định dạng: ${listed}${more}`, en: `${file} is not in the expected format: ${listed}${more}` },
  };
}

/** Validate a parsed value with a schema into a CatalogueResult. */
export function validateWith<S extends z.ZodType>(schema: S, json: unknown, file: string): CatalogueResult<z.output<S>> {
  const result = schema.safeParse(json);
  return result.success ? { ok: true, value: result.data } : catalogueFailure(file, issuesOf(result.error, file, rowOfFile));
}

/** Rows of a columnar file as objects keyed by the wanted columns, validated in one pass; issues give the 1-based row. */
function readColumnar<S extends z.ZodType>(json: unknown, file: string, wanted: readonly string[], rowSchema: S): CatalogueResult<z.output<S>[]> {
  const table = validateWith(columnarSchema, json, file);
  if (!table.ok) return table;
  const { columns, rows } = table.value;
  const missing = wanted.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return catalogueFailure(file, [{ file, code: 'missing-column', row: null, column: missing.join(', '), value: null, message: `missing column(s) ${missing.join(', ')}` }]);
  }
  const index = wanted.map((c) => columns.indexOf(c));
  const records = rows.map((row) => {
    if (row === null || typeof row !== 'object') return row;
    const record: Record<string, unknown> = {};
    for (let k = 0; k < wanted.length; k++) record[wanted[k]!] = cellValue(Array.isArray(row) ? row[index[k]!] : (row as Record<string, unknown>)[wanted[k]!]);
    return record;
  });
  const parsed = z.array(rowSchema).safeParse(records);
  if (parsed.success) return { ok: true, value: parsed.data };
  return catalogueFailure(file, issuesOf(parsed.error, file, (path) => (typeof path[0] === 'number' ? path[0] + 1 : null)).map((i) => ({ ...i, column: i.column?.split('.').slice(1).join('.') || null })));
}

/** Validate a parsed `index.json`. */
export function parsePlaceIndex(json: unknown, file = 'index.json'): CatalogueResult<PlaceIndex> {
  return validateWith(placeIndexSchema, json, file);
}

/** Validate a parsed `crosswalk/<province>.json` into its rows. */
export function parseCrosswalk(json: unknown, file = 'crosswalk.json'): CatalogueResult<CrosswalkRow[]> {
  return readColumnar(json, file, CROSSWALK_COLUMNS, crosswalkRowSchema);
}

/** Validate a parsed `names.json` into its rows. */
export function parseNames(json: unknown, file = 'names.json'): CatalogueResult<NameRow[]> {
  return readColumnar(json, file, NAME_COLUMNS, nameRowSchema);
}

/** The province of a vintage with this code, or null. */
export function findProvince(index: PlaceIndex, vintage: Vintage, code: string): ProvinceEntry | null {
  return index.vintages[vintage].provinces.find((p) => p.code === code) ?? null;
}

/** The pre-2025 district with this code in a pre-2025 province, or null. */
export function findDistrict(index: PlaceIndex, province: string, district: string): DistrictEntry | null {
  return findProvince(index, '2013', province)?.districts.find((d) => d.code === district) ?? null;
}

/** The provinces of a vintage, sorted by name the Vietnamese way. */
export function provincesOf(index: PlaceIndex, vintage: Vintage): ProvinceEntry[] {
  const collator = new Intl.Collator('vi');
  return [...index.vintages[vintage].provinces].sort((a, b) => collator.compare(a.name, b.name));
}

/** The bounding box of a place (district or province), or null when the catalogue does not have it. */
export function placeBbox(ref: PlaceRef, index: PlaceIndex): [number, number, number, number] | null {
  if (ref.province === NATIONAL) {
    const boxes = index.vintages[ref.vintage].provinces.map((p) => p.bbox);
    return boxes.length ? [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))] : null;
  }
  if (ref.district) return findDistrict(index, ref.province, ref.district)?.bbox ?? null;
  return findProvince(index, ref.vintage, ref.province)?.bbox ?? null;
}

/**
 * Title of a place: vi "Tỉnh Quảng Trị (từ 1/7/2025)", "Huyện Cam Lộ, Tỉnh Quảng Trị (trước 2025)";
 * en "Quảng Trị province (since 1 July 2025)", "Cam Lộ district, Quảng Trị province (before 2025)".
 * Codes the catalogue does not know are named by their code.
 */
export function placeTitle(ref: PlaceRef, index: PlaceIndex, lang: Lang): string {
  if (ref.province === NATIONAL) {
    const units = index.vintages[ref.vintage].provinces.reduce((sum, p) => sum + p.units, 0);
    const count = formatNumber(units, lang, 0);
    return lang === 'vi' ? `Cả nước — ${count} xã/phường (từ 1/7/2025)` : `Viet Nam — ${count} communes (since 1 July 2025)`;
  }
  const province = findProvince(index, ref.vintage, ref.province);
  const provinceName = province
    ? lang === 'vi' ? province.fullName : provinceNameEn(province.fullName)
    : lang === 'vi' ? `Tỉnh/thành phố mã ${ref.province}` : `province code ${ref.province}`;
  const parts = [provinceName];
  if (ref.district) {
    const district = findDistrict(index, ref.province, ref.district);
    const districtName = district
      ? lang === 'vi' ? district.fullName : districtNameEn(district.fullName)
      : lang === 'vi' ? `Quận/huyện mã ${ref.district}` : `district code ${ref.district}`;
    parts.unshift(districtName);
  }
  return `${parts.join(', ')} ${vintageSuffix(ref.vintage, lang)}`;
}
