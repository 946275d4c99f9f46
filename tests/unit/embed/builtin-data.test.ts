import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { builtinDataPlugin, SLIM_BUILTIN_DATASET_ID } from '../../../build/builtin-data-plugin';
import { slimBuiltin } from '../../../build/slim-builtin';
import { packDataset } from '../../../src/data/dataset-pack';
import { DEFAULT_CONTEXT, loadDefaultDataset } from '../../../src/data/default-dataset';
import { BUILTIN_CONTEXT, builtinDataset } from '../../../src/embed/builtin-data';

const full = loadDefaultDataset();
const gzipped = (value: unknown) => gzipSync(JSON.stringify(value)).length;

describe('the embed’s built-in dataset (virtual:builtin-dataset/slim)', () => {
  it('has the full dataset’s table, boundaries, join, district figures and map context', () => {
    const slim = builtinDataset();
    expect(slim.table).toStrictEqual(full.table);
    expect(slim.communes).toStrictEqual(full.communes);
    expect(slim.join).toStrictEqual(full.join);
    expect(slim.join.joined[0]!.row).toBe(slim.table.units[0]);
    expect(slim.district).toStrictEqual(full.district);
    expect(BUILTIN_CONTEXT).toStrictEqual(DEFAULT_CONTEXT);
  });

  it('keeps what the embed shows of the plan (district, year, number, issuer) and the bodies’ ids, and drops the texts and findings', () => {
    const { plan } = builtinDataset();
    expect(plan.district).toStrictEqual(full.plan.district);
    expect(plan.year).toBe(full.plan.year);
    expect(plan.document.number).toBe(full.plan.document.number);
    expect(plan.document.issuer).toStrictEqual(full.plan.document.issuer);
    expect(plan.bodies.map((b) => b.id)).toEqual(full.plan.bodies.map((b) => b.id));
    expect(full.plan.tasks.length).toBeGreaterThan(0);
    expect(full.findings.length).toBeGreaterThan(0);
    expect([plan.tasks, plan.aims, plan.abbreviations, plan.situation.paragraphs, plan.targets.items, builtinDataset().findings]).toEqual([[], [], [], [], [], []]);
    expect(plan.bodies.every((b) => b.duties.length === 0)).toBe(true);
  });

  it('is well under two thirds of the full data, gzipped', () => {
    const packed = { dataset: packDataset(full), context: DEFAULT_CONTEXT };
    expect(gzipped(slimBuiltin(packed))).toBeLessThan((gzipped(packed) * 2) / 3);
  });
});

describe('builtinDataPlugin', () => {
  it('serves the slim data under its own id from the same compilation', async () => {
    const value = { dataset: packDataset(full), context: DEFAULT_CONTEXT };
    let compilations = 0;
    const plugin = builtinDataPlugin(async () => ((compilations += 1), { compiled: { ok: true, value }, files: [] }));
    const ctx = { addWatchFile: () => undefined, error: (message: string) => { throw new Error(message); } };
    const resolveId = plugin.resolveId as unknown as (id: string) => string | undefined;
    const load = plugin.load as unknown as (this: typeof ctx, id: string) => Promise<string>;
    const slimCode = await load.call(ctx, resolveId(SLIM_BUILTIN_DATASET_ID)!);
    const fullCode = await load.call(ctx, resolveId('virtual:builtin-dataset')!);
    const body = (code: string) => JSON.parse(JSON.parse(/^export default JSON\.parse\((.*)\);\n$/s.exec(code)![1]!));
    expect(body(slimCode)).toStrictEqual(JSON.parse(JSON.stringify(slimBuiltin(value))));
    expect(body(fullCode)).toStrictEqual(JSON.parse(JSON.stringify(value)));
    expect(compilations).toBe(1);
  });
});
