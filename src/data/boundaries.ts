/** Validation of a commune boundary file (GeoJSON FeatureCollection) with zod. Pure. */
import { z } from './zod';
import type { CommuneFeature } from './join';
import type { ParseIssue, ParseResult } from './types';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).rest(z.number());
const ring = z.array(position).min(4);
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

/** zod schema of one commune feature of the app's boundary file. */
export const communeFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.number(), z.string()]).optional(),
  geometry,
  properties: z.object({
    gso_code: z.string().regex(/^\d{5}$/, 'gso_code must be a 5-digit GSO commune code'),
    name: z.string().min(1),
    type: z.enum(['Xã', 'Thị trấn', 'Phường']),
    full_name: z.string().min(1),
    name_ascii: z.string().min(1),
    source_units: z.array(z.string()),
  }),
});

const collectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(communeFeatureSchema).min(1) });

/** Validate a parsed GeoJSON value as the app's commune boundaries; issues name the feature and property. */
export function parseBoundaries(json: unknown, file: string): ParseResult<CommuneFeature[]> {
  const result = collectionSchema.safeParse(json);
  if (!result.success) {
    const issues: ParseIssue[] = result.error.issues.slice(0, 50).map((i) => ({
      file,
      code: 'schema',
      row: typeof i.path[1] === 'number' ? i.path[1] + 1 : null,
      column: i.path.join('.') || null,
      value: null,
      message: i.message,
    }));
    return { ok: false, issues };
  }
  const features = result.data.features as CommuneFeature[];
  const seen = new Set<string>();
  const issues: ParseIssue[] = [];
  features.forEach((f, i) => {
    if (seen.has(f.properties.gso_code)) {
      issues.push({ file, code: 'duplicate-unit', row: i + 1, column: 'properties.gso_code', value: f.properties.gso_code, message: `feature ${i + 1} repeats GSO code ${f.properties.gso_code}` });
    }
    seen.add(f.properties.gso_code);
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: features, warnings: [] };
}
