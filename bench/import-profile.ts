/**
 * Node profile of the import pipeline's stages on the national table (the same steps as bench/import-bench.ts's
 * `loadTable`, taken apart): decode, grid, layout, columns, plan table, row keys, the matching on screen, the names
 * index, place finding, the place's features, the national matching, the dataset (its checks included) and the checks alone,
 * then the whole `loadTable`. Bundled and run by bench/import-profile.mjs; prints, per stage, the median and least
 * milliseconds of the clock and of the main thread's processor time (steadier on a busy machine).
 */
import { readFileSync } from 'node:fs';
import { checkPlan } from '../src/data/checks';
import { customFromRead } from '../src/data/custom-metrics';
import { buildDataset } from '../src/data/dataset';
import { DEFAULT_SOURCES } from '../src/data/default-sources';
import type { CommuneFeature } from '../src/data/join';
import { parseNames, parsePlaceIndex, type NameRow } from '../src/data/places/catalogue';
import { NATIONAL, type Vintage } from '../src/data/places/place-id';
import { placeFeatures } from '../src/data/places/topology';
import { readProvinceTopology, type ProvinceTopology } from '../src/data/places/topology-files';
import { decodeTableBytes } from '../src/data/table-read/decode';
import { parseGrid } from '../src/data/table-read/grid';
import { proposeLayout } from '../src/data/table-read/layout';
import { proposeColumns } from '../src/data/table-read/columns';
import { toPlanTable } from '../src/data/table-read/to-plan-table';
import { loadTable, type ImportPlaceAssets } from '../src/import/import-session';
import { placeDataset, topologyDissolve } from '../src/import/place-dataset';
import { buildPlaceNames, findPlace } from '../src/import/place-finder';
import { tableRows, unitsOf } from '../src/import/place-locate';
import { matchUnits } from '../src/import/unit-match';

const [csvPath, placesDir, runsArg, mode] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 9);
const WARM = 2;
const json = (file: string): unknown => JSON.parse(readFileSync(`${placesDir}/${file}`, 'utf8'));
const ok = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('a places file does not read');
  return r.value;
};
const names = ok(parseNames(json('names.json')));
const index = ok(parsePlaceIndex(json('index.json')));
const topos = new Map<string, ProvinceTopology>();
const topology = (vintage: Vintage, province: string): ProvinceTopology => {
  const file = province === NATIONAL && vintage === '2025' ? '2025/overview.json' : `${vintage}/${province}.json`;
  if (!topos.has(file)) topos.set(file, ok(readProvinceTopology(json(file), vintage, province, file)));
  return topos.get(file)!;
};
const assets: ImportPlaceAssets = {
  names: async () => ({ ok: true, value: [...names] as NameRow[] }),
  index: async () => ({ ok: true, value: index }),
  province: async (vintage, province) => ({ ok: true, value: topology(vintage, province) }),
};
const built = buildDataset(DEFAULT_SOURCES);
if (!built.ok) throw new Error('the built-in dataset does not build');
const current = built.value;
const bytes = new Uint8Array(readFileSync(csvPath!));

/** Processor time of the main thread (Linux: its schedstat, in ns → ms), without the collector's and compiler's helper threads; NaN elsewhere. */
function onCpu(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/** Per stage: the clock's milliseconds and the main thread's processor milliseconds of each pass. */
const times = new Map<string, { clock: number[]; cpu: number[] }>();
function time<T>(stage: string, run: () => T): T {
  const cpu = onCpu();
  const start = performance.now();
  const value = run();
  const clock = performance.now() - start;
  const entry = times.get(stage) ?? { clock: [], cpu: [] };
  entry.clock.push(clock);
  entry.cpu.push(onCpu() - cpu);
  times.set(stage, entry);
  return value;
}

/** One pass through the stages, each timed. */
function stages(): void {
  const decoded = time('decode', () => decodeTableBytes(bytes, 'ca-nuoc-2025.csv'));
  if (!decoded.ok) throw new Error('decode');
  const { grid } = time('grid (papaparse)', () => parseGrid(decoded.value.text, 'ca-nuoc-2025.csv'));
  const layout = time('layout', () => proposeLayout(grid, []))!;
  const columns = time('columns', () => proposeColumns(grid, layout));
  const read = time('to-plan-table', () => toPlanTable({ file: 'ca-nuoc-2025.csv', sheet: null, grid, printed: grid, layout, columns }));
  if (!read.ok) throw new Error('to-plan-table');
  const table = read.value;
  const rows = time('row keys', () => tableRows(table));
  const onScreen = time('match on screen', () => matchUnits(rows, unitsOf(current.communes), {}));
  if (onScreen.complete) throw new Error('matched on screen');
  const placeNames = time('names index', () => buildPlaceNames([...names]));
  const guess = time('find place', () => findPlace(rows, placeNames));
  const ref = guess.best!.ref;
  const topo = topology(ref.vintage, ref.province);
  const features = time('place features', () => placeFeatures(topo, ref, []) as unknown as CommuneFeature[]);
  const units = time('units of', () => unitsOf(features));
  const matching = time('match national', () => matchUnits(rows, units, {}));
  const custom = customFromRead(table);
  time('dataset (with checks)', () => placeDataset({ table: table.table, matching, features, plan: current.plan, planOfPlace: false, dissolve: topologyDissolve(topo), custom }));
  time('checks', () => checkPlan(table.table, {}));
}

const total: number[] = [];
/** Processor time of the process (all its threads, the collector's too) during each run. */
const processor: number[] = [];
/** Processor time of the main thread alone during each run: steadier than the clock on a busy machine. */
const mainThread: number[] = [];
for (let i = 0; i < WARM + RUNS; i++) {
  if (mode !== 'whole') stages();
  const start = performance.now();
  const cpu = process.cpuUsage();
  const main = onCpu();
  const outcome = await loadTable({ name: 'ca-nuoc-2025.csv', bytes }, {}, { current, assets });
  total.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  processor.push((used.user + used.system) / 1000);
  mainThread.push(onCpu() - main);
  if (outcome.stage !== 'placed') throw new Error(`loadTable stopped at ${outcome.stage}`);
  if (i === 0) console.log(`rows ${outcome.read.table.units.length}, joined ${outcome.located.dataset.join.joined.length}, findings ${outcome.located.dataset.findings.length}`);
}
const sorted = (list: number[]) => list.slice(WARM).sort((a, b) => a - b);
const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '   –  ' : value.toFixed(1).padStart(6));
const line = (stage: string, clock: number[], cpu: number[]) => {
  const [c, p] = [sorted(clock), sorted(cpu)];
  const mid = Math.floor(c.length / 2);
  return `${stage.padEnd(24)} ${ms(c[mid])} ${ms(c[0])}   ${ms(p[mid])} ${ms(p[0])}`;
};
console.log(`${RUNS} runs after ${WARM} warm-ups; milliseconds: clock median, least; main thread's processor time median, least`);
for (const [stage, { clock, cpu }] of times) console.log(line(stage, clock, cpu));
console.log(line('loadTable (whole)', total, mainThread));
console.log(`${'loadTable, all threads'.padEnd(24)} processor time median ${ms(sorted(processor)[Math.floor(RUNS / 2)])}`);
