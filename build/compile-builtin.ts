/**
 * Dựng và kiểm tra bộ dữ liệu dựng sẵn / Build and check the built-in dataset in Node, with the same code the app
 * runs on a person's files; build/builtin-data-plugin.ts runs this module through Vite's module runner.
 */
import { isDeepStrictEqual } from 'node:util';
import { buildDataset, type DatasetSources } from '../src/data/dataset';
import { packDataset, unpackDataset, type BuiltinData } from '../src/data/dataset-pack';
import { DEFAULT_CONTEXT_SOURCES, DEFAULT_SOURCES, type MapContext } from '../src/data/default-sources';
import type { FeatureCollection } from 'geojson';

/** The built-in data, or every problem with its file, row and column. */
export type CompiledBuiltin = { ok: true; value: BuiltinData } | { ok: false; problems: string[] };

function featureCollectionProblems(file: string, json: unknown): string[] {
  const fc = json as Partial<FeatureCollection> | null;
  if (fc === null || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    return [`${file}: not a GeoJSON FeatureCollection`];
  }
  return fc.features.flatMap((f, i) =>
    f?.type === 'Feature' && f.geometry && typeof f.geometry === 'object' ? [] : [`${file}: feature ${i + 1} is not a GeoJSON Feature with a geometry`],
  );
}

/** The context files by layer, with their file names for messages. */
export type ContextSources = Record<keyof MapContext, { file: string; json: unknown }>;

/** Parse, join and check the built-in files (or the given ones); the packed result is verified to survive JSON unchanged. */
export function compileBuiltin(sources: DatasetSources = DEFAULT_SOURCES, contextSources: ContextSources = DEFAULT_CONTEXT_SOURCES): CompiledBuiltin {
  const built = buildDataset(sources);
  const problems = built.ok ? [] : built.issues.map((i) => `${i.file}${i.row === null ? '' : `:${i.row}`}${i.column === null ? '' : ` [${i.column}]`}: ${i.message}`);
  const entries = Object.entries(contextSources) as [keyof MapContext, { file: string; json: unknown }][];
  for (const [, { file, json }] of entries) problems.push(...featureCollectionProblems(file, json));
  if (!built.ok || problems.length > 0) return { ok: false, problems };
  const context = Object.fromEntries(entries.map(([layer, { json }]) => [layer, json])) as unknown as MapContext;
  const value: BuiltinData = { dataset: packDataset(built.value), context };
  const revived: BuiltinData = JSON.parse(JSON.stringify(value));
  if (!isDeepStrictEqual(unpackDataset(revived.dataset), built.value) || !isDeepStrictEqual(revived.context, context)) {
    return { ok: false, problems: ['the built-in dataset does not survive JSON unchanged (a Map, a function, undefined, NaN or -0 in it?)'] };
  }
  return { ok: true, value };
}
