/**
 * Reading the TopoJSON files of `public/places/`: a province's units (`2025/<prov>.json`, `2013/<prov>.json`)
 * and the provinces of a vintage (`<vintage>/provinces.json`). Validates the shape (objects, properties, ids,
 * arc positions and arc indexes) so that decoding with topojson-client cannot fail or produce NaN. Pure.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { z } from '../zod';
import { catalogueFailure, validateWith, type CatalogueResult } from './catalogue';
import { isUnitCode, type Vintage } from './place-id';

/** Most units one province file may hold (the largest pre-2025 province has about 700). */
const MAX_UNITS = 5_000;

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const text = (max: number) => z.string().trim().min(1).max(max).transform((s) => s.normalize('NFC'));

/** zod schema of the properties of a unit in a province file. */
export const unitGeometryPropertiesSchema = z.object({
  name: text(120),
  type: z.string().max(40).nullish(),
  fullName: text(160).nullish(),
  label: lonLat.nullish(),
  district: z.string().regex(/^\d{3}$/, 'a district code has 3 digits').nullish(),
  nocode: z.boolean().optional(),
});

/** zod schema of the properties of a province in a provinces file. */
export const provinceGeometryPropertiesSchema = z.object({ name: text(120), fullName: text(160).nullish(), label: lonLat.nullish() });

/** Properties of a unit geometry, as the province file gives them. */
export type UnitGeometryProperties = z.infer<typeof unitGeometryPropertiesSchema>;
/** Properties of a province geometry, as the provinces file gives them. */
export type ProvinceGeometryProperties = z.infer<typeof provinceGeometryPropertiesSchema>;

/** A decoded-ready province file: its topology (object `units`, ids are unit codes) and what it is. */
export interface ProvinceTopology {
  vintage: Vintage;
  province: string;
  topology: Topology<{ units: GeometryCollection<UnitGeometryProperties> }>;
}

/** A decoded-ready provinces file (object `provinces`, ids are province codes). */
export interface ProvincesTopology {
  vintage: Vintage;
  topology: Topology<{ provinces: GeometryCollection<ProvinceGeometryProperties> }>;
}

const transformSchema = z.object({ scale: z.tuple([z.number().positive(), z.number().positive()]), translate: z.tuple([z.number(), z.number()]) });

function geometrySchema<P extends z.ZodType>(props: P, id: z.ZodType<string>) {
  return z.object({
    type: z.union([z.literal('Polygon'), z.literal('MultiPolygon'), z.null()]),
    id,
    arcs: z.array(z.unknown()).optional(),
    properties: props,
  });
}

/** Ids of units: 5-digit codes (numbers get their leading zeros back) or "w…" ids. */
const unitId = z.union([z.string(), z.number().int().min(0).max(99_999).transform((n) => String(n).padStart(5, '0'))]).refine(isUnitCode, 'not a unit code');
const provinceId = z.union([z.string(), z.number().int().min(0).max(99).transform((n) => String(n).padStart(2, '0'))]).refine((s) => /^\d{2}$/.test(s), 'not a province code');

function topologySchema(name: string, geometry: z.ZodType) {
  const objects: Record<string, z.ZodType> = { [name]: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(geometry).max(MAX_UNITS) }) };
  return z.object({
    type: z.literal('Topology'),
    transform: transformSchema.optional(),
    arcs: z.array(z.array(z.unknown())),
    objects: z.object(objects),
  });
}

/** Problems of arcs and arc indexes: positions must be finite pairs, indexes must name an existing arc (or its reverse). */
function arcProblems(arcs: unknown[][], geometries: { type: string | null; arcs?: unknown[] }[]): string[] {
  const problems: string[] = [];
  arcs.forEach((arc, a) => {
    if (arc.length < 2) problems.push(`arc ${a} has fewer than 2 positions`);
    for (const p of arc) {
      if (!Array.isArray(p) || p.length < 2 || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
        problems.push(`arc ${a} has a position that is not a pair of numbers`);
        break;
      }
    }
  });
  const n = arcs.length;
  const checkIndexes = (value: unknown, depth: number, g: number): void => {
    if (depth === 0) {
      if (!Number.isInteger(value) || (value as number) >= n || (value as number) < -n) problems.push(`geometry ${g} refers to a missing arc`);
      return;
    }
    if (!Array.isArray(value)) problems.push(`geometry ${g} has malformed arcs`);
    else for (const v of value) if (problems.length < 20) checkIndexes(v, depth - 1, g);
  };
  geometries.forEach((geometry, g) => {
    if (geometry.type === null) return;
    if (!geometry.arcs) problems.push(`geometry ${g} has no arcs`);
    else checkIndexes(geometry.arcs, geometry.type === 'Polygon' ? 2 : 3, g);
  });
  return problems.slice(0, 20);
}

function readTopology(json: unknown, file: string, name: string, props: z.ZodType, id: z.ZodType<string>) {
  const shape = validateWith(topologySchema(name, geometrySchema(props, id)), json, file);
  if (!shape.ok) return shape;
  const geometries = (shape.value.objects[name] as { geometries: { id: string; type: string | null; arcs?: unknown[] }[] }).geometries;
  const problems = arcProblems(shape.value.arcs, geometries);
  const ids = new Set<string>();
  for (const g of geometries) {
    if (ids.has(g.id)) problems.push(`id ${g.id} appears twice`);
    ids.add(g.id);
  }
  if (problems.length > 0) return catalogueFailure<never>(file, problems.map((message) => ({ file, code: 'schema', row: null, column: `objects.${name}`, value: null, message })));
  return { ok: true as const, value: shape.value };
}

/** Validate a parsed province file of a vintage. */
export function readProvinceTopology(json: unknown, vintage: Vintage, province: string, file = `${vintage}/${province}.json`): CatalogueResult<ProvinceTopology> {
  const result = readTopology(json, file, 'units', unitGeometryPropertiesSchema, unitId);
  if (!result.ok) return result;
  return { ok: true, value: { vintage, province, topology: result.value as unknown as ProvinceTopology['topology'] } };
}

/** Validate a parsed provinces file of a vintage. */
export function readProvincesTopology(json: unknown, vintage: Vintage, file = `${vintage}/provinces.json`): CatalogueResult<ProvincesTopology> {
  const result = readTopology(json, file, 'provinces', provinceGeometryPropertiesSchema, provinceId);
  if (!result.ok) return result;
  return { ok: true, value: { vintage, topology: result.value as unknown as ProvincesTopology['topology'] } };
}
