/**
 * Benchmark page for the import pipeline's pure steps on a national table: the app's own modules read the CSV
 * (`?table=`, default national-2025.csv), propose its columns, find its place, match its rows and build the
 * dataset (`loadTable`, with the built-in Cam Lộ dataset on screen, as in the app), `?runs=` times (default 5).
 * The national places files are fetched and validated once (the whole country's units from 2025/overview.json, as
 * the app's places loader does), and that time is left out of each run (files loading side by side counted once);
 * the names list is handed over as a fresh array every run, so the place finder builds its index each time. The
 * result is put in `window.__importBench` and on the page.
 */
import { buildDataset } from '../src/data/dataset';
import { DEFAULT_SOURCES } from '../src/data/default-sources';
import { parseNames, parsePlaceIndex, type NameRow, type PlaceIndex } from '../src/data/places/catalogue';
import { formatPlaceParam, NATIONAL, type Vintage } from '../src/data/places/place-id';
import { readProvinceTopology, type ProvinceTopology } from '../src/data/places/topology-files';
import { loadTable, type ImportPlaceAssets } from '../src/import/import-session';

/** What the page reports. */
export interface ImportBenchResult {
  rows: number;
  /** Milliseconds of each run without the places files' loading. */
  runs: number[];
  /** Milliseconds spent loading the places files (all in the first run). */
  loading: number;
  stage: string;
  place: string | null;
  joined: number;
  error?: string;
}

declare global {
  interface Window {
    /** Set when the benchmark is done. */
    __importBench?: ImportBenchResult | { error: string };
  }
}

const params = new URLSearchParams(location.search);
/** Milliseconds during which at least one places file was loading (loads in parallel counted once). */
let loading = 0;
let inFlight = 0;
let since = 0;

async function timedLoad<T>(load: () => Promise<T>): Promise<T> {
  if (inFlight++ === 0) since = performance.now();
  try {
    return await load();
  } finally {
    if (--inFlight === 0) loading += performance.now() - since;
  }
}

async function json(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

const cache = new Map<string, Promise<unknown>>();
const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
  if (!cache.has(key)) cache.set(key, timedLoad(load));
  return cache.get(key) as Promise<T>;
};
const fail = (message: string) => ({ ok: false as const, error: { message: { vi: message, en: message } } });

/** The national places files from the bench server, each fetched and validated once. */
const assets: ImportPlaceAssets = {
  async names() {
    const rows = await once('names', async () => parseNames(await json('places/names.json')));
    return rows.ok ? { ok: true, value: [...rows.value] as NameRow[] } : fail('names.json');
  },
  async index() {
    const index = await once('index', async () => parsePlaceIndex(await json('places/index.json')));
    return index.ok ? { ok: true, value: index.value as PlaceIndex } : fail('index.json');
  },
  async province(vintage: Vintage, province: string) {
    // As the app's places loader: the whole country (2025) is the overview file of all its communes.
    const file = province === NATIONAL && vintage === '2025' ? '2025/overview.json' : `${vintage}/${province}.json`;
    const topo = await once(file, async () => readProvinceTopology(await json(`places/${file}`), vintage, province, file));
    return topo.ok ? { ok: true, value: topo.value as ProvinceTopology } : fail(file);
  },
};

async function main(): Promise<ImportBenchResult> {
  const built = buildDataset(DEFAULT_SOURCES);
  if (!built.ok) throw new Error('the built-in dataset does not build');
  const bytes = new Uint8Array(await (await fetch(params.get('table') ?? 'national-2025.csv')).arrayBuffer());
  const runs: number[] = [];
  let last: Awaited<ReturnType<typeof loadTable>> | null = null;
  for (let i = 0; i < Number(params.get('runs') ?? 5); i++) {
    const before = loading;
    const start = performance.now();
    last = await loadTable({ name: 'ca-nuoc-2025.csv', bytes }, {}, { current: built.value, assets });
    runs.push(performance.now() - start - (loading - before));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const placed = last?.stage === 'placed' ? last : null;
  const ref = placed?.located.ref;
  return {
    rows: placed?.read.table.units.length ?? 0,
    runs,
    loading,
    stage: last?.stage ?? 'none',
    place: ref ? formatPlaceParam(ref) : placed ? 'on screen' : null,
    joined: placed?.located.dataset.join.joined.length ?? 0,
  };
}

const out = document.getElementById('out')!;
main().then(
  (result) => {
    window.__importBench = result;
    out.textContent = JSON.stringify(result, null, 2);
  },
  (error: unknown) => {
    window.__importBench = { error: String(error) };
    out.textContent = String(error);
  },
);
