import { describe, expect, it } from 'vitest';
import { builtinDataPlugin, BUILTIN_DATASET_ID } from '../../../build/builtin-data-plugin';
import { compileBuiltin } from '../../../build/compile-builtin';
import { buildDataset, type Dataset, type DatasetSources } from '../../../src/data/dataset';
import { packDataset, unpackDataset } from '../../../src/data/dataset-pack';
import { DEFAULT_CONTEXT, loadDefaultDataset } from '../../../src/data/default-dataset';
import { DEFAULT_CONTEXT_SOURCES, DEFAULT_SOURCES } from '../../../src/data/default-sources';

function build(sources: DatasetSources): Dataset {
  const result = buildDataset(sources);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

/** The built-in sources with the table's CSV text edited. */
const withTable = (edit: (text: string) => string): DatasetSources => ({ ...DEFAULT_SOURCES, table: { ...DEFAULT_SOURCES.table, text: edit(DEFAULT_SOURCES.table.text) } });

describe('the compiled built-in dataset', () => {
  it('equals the dataset built from the raw built-in files in the test', () => {
    expect(loadDefaultDataset()).toStrictEqual(build(DEFAULT_SOURCES));
  });

  it('joins the very rows and features of its table and boundaries, as buildDataset does', () => {
    const dataset = loadDefaultDataset();
    expect(dataset.join.joined.length).toBe(dataset.table.units.length);
    dataset.join.joined.forEach((unit, i) => {
      expect(unit.row).toBe(dataset.table.units[i]);
      expect(dataset.communes).toContain(unit.feature);
      expect(dataset.communes.indexOf(unit.feature)).toBe(dataset.communes.findIndex((f) => f.properties.gso_code === unit.feature.properties.gso_code));
    });
  });

  it('carries the map context read from the raw context files', () => {
    expect(DEFAULT_CONTEXT).toStrictEqual({
      outline: DEFAULT_CONTEXT_SOURCES.outline.json,
      neighbours: DEFAULT_CONTEXT_SOURCES.neighbours.json,
      labelPoints: DEFAULT_CONTEXT_SOURCES.labelPoints.json,
    });
  });
});

describe('packDataset / unpackDataset', () => {
  it('survive JSON with unmatched rows and features, keeping shared rows shared', () => {
    const firstUnit = DEFAULT_SOURCES.table.text.split('\n')[1]!.split(',')[0]!;
    const dataset = build(withTable((text) => text.replace(firstUnit, 'Xã Không Có')));
    expect(dataset.join.unmatchedRows.map((r) => r.name)).toEqual(['Xã Không Có']);
    expect(dataset.join.unmatchedFeatures).toHaveLength(1);
    const revived = unpackDataset(JSON.parse(JSON.stringify(packDataset(dataset))));
    expect(revived).toStrictEqual(dataset);
    expect(revived.join.unmatchedRows[0]).toBe(revived.table.units[0]);
    expect(revived.communes).toContain(revived.join.unmatchedFeatures[0]);
  });

  it('refuses a join whose row is not one of the table rows', () => {
    const dataset = build(DEFAULT_SOURCES);
    const stray = { ...dataset, join: { ...dataset.join, unmatchedRows: [{ ...dataset.table.units[0]! }] } };
    expect(() => packDataset(stray)).toThrow(/row of the join is not one of the dataset's own rows/);
  });
});

describe('compileBuiltin', () => {
  it('reports a bad cell of the table with its file, line and column', () => {
    const lines = DEFAULT_SOURCES.table.text.split('\n');
    const header = lines[0]!.split(',');
    const poor = header.indexOf('poor');
    const cells = lines[2]!.split(',');
    cells[poor] = 'nhiều';
    lines[2] = cells.join(',');
    const result = compileBuiltin(withTable(() => lines.join('\n')));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.stringMatching(/^table\.csv:3 \[poor\]: .*nhiều/)]);
  });

  it('reports a context file that is not a FeatureCollection', () => {
    const result = compileBuiltin(DEFAULT_SOURCES, { ...DEFAULT_CONTEXT_SOURCES, outline: { file: 'outline.geojson', json: { type: 'Feature' } } });
    expect(result).toEqual({ ok: false, problems: ['outline.geojson: not a GeoJSON FeatureCollection'] });
  });
});

describe('builtinDataPlugin', () => {
  /** The part of Vite's plugin context the plugin uses. */
  interface Context {
    addWatchFile: (file: string) => void;
    error: (message: string) => never;
  }
  const context = (watched: string[]): Context => ({ addWatchFile: (f) => watched.push(f), error: (message) => { throw new Error(message); } });
  /** Resolve the virtual id and load it, as Vite does. */
  const load = (plugin: ReturnType<typeof builtinDataPlugin>, ctx: Context): Promise<string | undefined> => {
    const resolved = (plugin.resolveId as unknown as (id: string) => string)(BUILTIN_DATASET_ID);
    return (plugin.load as unknown as (this: Context, id: string) => Promise<string | undefined>).call(ctx, resolved);
  };

  it('fails the build with every located problem', async () => {
    const plugin = builtinDataPlugin(async () => ({ compiled: { ok: false, problems: ['table.csv:3 [poor]: "nhiều" is not a number'] }, files: [] }));
    await expect(load(plugin, context([]))).rejects.toThrow(/The built-in data is invalid:\n {2}table\.csv:3 \[poor\]: "nhiều" is not a number/);
  });

  it('serves the compiled data as a JSON module and watches the files it was made from', async () => {
    const value = { dataset: packDataset(build(DEFAULT_SOURCES)), context: DEFAULT_CONTEXT };
    const plugin = builtinDataPlugin(async () => ({ compiled: { ok: true, value }, files: ['/geo/table.csv'] }));
    const watched: string[] = [];
    const code = await load(plugin, context(watched));
    expect(watched).toEqual(['/geo/table.csv']);
    const body = /^export default JSON\.parse\((.*)\);\n$/s.exec(code!)?.[1];
    expect(JSON.parse(JSON.parse(body!))).toStrictEqual(value);
  });

  it('reloads the page in dev when one of the files it was made from changes, and only then', async () => {
    const plugin = builtinDataPlugin(async () => ({ compiled: { ok: true, value: { dataset: packDataset(build(DEFAULT_SOURCES)), context: DEFAULT_CONTEXT } }, files: ['/geo/table.csv'] }));
    await load(plugin, context([]));
    const invalidated: unknown[] = [];
    const sent: unknown[] = [];
    const module = { id: 'virtual' };
    const server = { moduleGraph: { getModuleById: () => module, invalidateModule: (m: unknown) => invalidated.push(m) }, ws: { send: (p: unknown) => sent.push(p) } };
    const hot = plugin.handleHotUpdate as unknown as (update: { file: string; server: typeof server }) => unknown;
    expect(hot({ file: '/src/app/poverty-app.ts', server })).toBeUndefined();
    expect(sent).toEqual([]);
    expect(hot({ file: '/geo/table.csv', server })).toEqual([]);
    expect(invalidated).toEqual([module]);
    expect(sent).toEqual([{ type: 'full-reload' }]);
  });
});
