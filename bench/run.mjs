/**
 * Benchmark (`npm run bench`): prints figures from one run, side by side in headless Debian Chromium:
 * time to first choropleth paint of each scenario (built-in, embed, places) vs a bare MapLibre page drawing the same features, the gzipped
 * JavaScript loaded at start (app, embed), the public embed's two budgets (JavaScript before any interaction, first paint ÷ bare page),
 * metric-switch repaint time (8 communes; the 2025 national overview and Thanh Hóa before 2025 with tables of all their units), the import pipeline's pure steps on a 3,321-row national table (bench/import-bench.ts, target
 * ≤ 300 ms) and the bytes of the province assets. `$BENCH_DIST` measures another build, `$BENCH_ONLY` some scenarios (the
 * import row runs when `$BENCH_ONLY` is unset or names "import", the national and Thanh Hóa metric switches when it names "switch").
 * Figures only: nothing here passes or fails.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { embedStartKiB } from './embed-start-size.mjs';
import { nationalCsv, provinceCsv } from './national-table.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const log = (...args) => process.env.BENCH_VERBOSE && console.error(...args);
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(0)} ms`;

/** The app build measured: `$BENCH_DIST` (absolute, or relative to the repository root), else dist/ (built when missing). */
const APP_DIST = process.env.BENCH_DIST ?? 'dist';

async function serve(root, outDir = 'dist') {
  const server = await preview({ root, logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  return { url: `http://127.0.0.1:${server.httpServer.address().port}/`, close: () => server.close() };
}

/**
 * Load `url` in a fresh page; return ms to the `bdgn:first-paint` mark, the gzipped bytes of the scripts that had
 * arrived by then (what the first frame needed; what loads afterwards is not start-up), and for the explorer the ms
 * to `bdgn:map-drawn` (its zoomable MapLibre map drawn, after the canvas first frame).
 */
async function firstPaint(context, url, { drawn = false } = {}) {
  const page = await context.newPage();
  const bodies = new Map();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' && !/\.m?js$/.test(new URL(response.url()).pathname)) return;
    if (/worker/.test(response.url())) return;
    bodies.set(response.url(), response.body().then((b) => gzipSync(b).length, () => 0));
  });
  await page.goto(url);
  const mark = (name) => page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, { timeout: 45_000, polling: 50 }).then((h) => h.jsonValue());
  const ms = await mark('bdgn:first-paint');
  const mapMs = drawn ? await mark('bdgn:map-drawn') : ms;
  const before = await page.evaluate((paint) => performance.getEntriesByType('resource').filter((e) => e.responseEnd <= paint).map((e) => e.name), ms);
  await page.waitForLoadState('networkidle');
  let jsGzip = 0;
  for (const name of before) jsGzip += (await bodies.get(name)) ?? 0;
  return { page, ms, mapMs, jsGzip };
}

async function metricSwitch(page, metric) {
  // The controls come with the rest of the shell, which loads once the map has drawn.
  await page.waitForFunction(() => document.querySelector('poverty-app')?.shadowRoot?.querySelector('metric-controls')?.shadowRoot?.querySelector('select'), null, { timeout: 45_000, polling: 50 });
  return page.evaluate(async (next) => {
    const app = document.querySelector('poverty-app');
    const map = app.shadowRoot.querySelector('poverty-map');
    const select = app.shadowRoot.querySelector('metric-controls').shadowRoot.querySelector('select');
    const before = Number(map.getAttribute('data-render-count'));
    const start = performance.now();
    select.value = next;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const repainted = await new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (Number(map.getAttribute('data-render-count')) > before) { observer.disconnect(); resolve(true); }
      });
      observer.observe(map, { attributes: true, attributeFilter: ['data-render-count'] });
      setTimeout(() => { observer.disconnect(); resolve(false); }, 15000);
    });
    return repainted ? performance.now() - start : Number.NaN;
  }, metric);
}

/** Side-by-side first paints: each scenario's app page against the bare page drawing the same features (`$BENCH_ONLY`: comma-separated name parts to keep). */
const ALL_SCENARIOS = [
  { name: 'built-in Cam Lộ (app)', app: '', bare: 'bare.html' },
  { name: 'public embed', app: 'embed.html', bare: 'bare.html' },
  { name: 'Quảng Trị 2025, 78 communes (?place=2025-44)', app: '?place=2025-44', bare: 'bare.html?topo=places/2025/44.json' },
  { name: 'national overview 2025, 3,321 communes (?place=2025)', app: '?place=2025', bare: 'bare.html?topo=places/2025/overview.json' },
  { name: 'Thanh Hóa before 2025, 637 communes (?place=2013-38)', app: '?place=2013-38', bare: 'bare.html?topo=places/2013/38.json' },
];
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').map((p) => p.trim()).filter(Boolean);
const SCENARIOS = ONLY.length ? ALL_SCENARIOS.filter((s) => ONLY.some((part) => s.name.includes(part))) : ALL_SCENARIOS;
const IMPORT_ROW = !ONLY.length || ONLY.some((part) => 'import'.includes(part));
/** The pause before each measured metric switch, as a person reading the map takes (ms). */
const SWITCH_PAUSE = 1000;
const SWITCH_ROWS = !ONLY.length || ONLY.some((part) => 'switch'.includes(part));
/** Longest wait for the import benchmark page, in ms. */
const IMPORT_TIMEOUT = Number(process.env.BENCH_IMPORT_TIMEOUT ?? 20 * 60_000);

/**
 * The import pipeline on the national table, timed in the page (bench/import-bench.ts): the median run without the
 * places files' loading, and what the pipeline made of the table.
 */
async function importBench(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__importBench, null, { timeout: IMPORT_TIMEOUT, polling: 500 });
    return await handle.jsonValue();
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0] };
  } finally {
    await page.close();
  }
}

/**
 * Metric switches on a place with figures for all its units: the table at `csvPath` (`rows` units) is loaded through
 * the app's own file picker, then the metric is switched `RUNS` × 3 times, each after a pause, then as many times back
 * to back; ms until each repaint is done.
 */
async function placeMetricSwitches(context, url, csvPath, rows) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.locator('poverty-map[data-ready]').waitFor({ timeout: 60_000 });
    await page.locator('import-drop input[type=file]').setInputFiles(csvPath, { timeout: 60_000 });
    const count = String(rows).replace(/\B(?=(\d{3})+$)/g, '[.,]?');
    await page.locator('import-notice .summary').filter({ hasText: new RegExp(`${count}/${count}`) }).waitFor({ timeout: IMPORT_TIMEOUT });
    // The imported table is on the map (its tiles made and drawn) before the first switch.
    await page.evaluate(() => new Promise((resolve) => {
      const map = document.querySelector('poverty-app').shadowRoot.querySelector('poverty-map').map;
      map.once('idle', resolve);
      map.triggerRepaint();
    }));
    const metrics = ['households', 'poor_households', 'poverty_rate'];
    const times = [];
    const backToBack = [];
    for (let i = 0; i < RUNS; i++) {
      for (const metric of metrics) {
        // A person reads the map before switching again: the software renderer has finished the last frame by then.
        await page.waitForTimeout(SWITCH_PAUSE);
        times.push(await metricSwitch(page, metric));
      }
    }
    for (let i = 0; i < RUNS; i++) for (const metric of metrics) backToBack.push(await metricSwitch(page, metric));
    return { times, backToBack };
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0] };
  } finally {
    await page.close();
  }
}

/** Print the rows of `placeMetricSwitches`' result `measured` for `place`. */
function printSwitches(place, measured) {
  const row = `metric switch → repaint done (${place})`;
  const done = measured.times?.filter(Number.isFinite) ?? [];
  if (measured.error || !done.length) return console.log(`${row}: not measured (${measured.error ?? 'no switch repainted'}) (target ≤ 50 ms)`);
  const rapid = measured.backToBack.filter(Number.isFinite);
  console.log(`${row}, each after a ${SWITCH_PAUSE / 1000} s pause: median ${fmt(median(done))}, max ${fmt(Math.max(...done))} (target ≤ 50 ms; ${done.length} of ${measured.times.length} switches repainted)`);
  if (rapid.length) console.log(`${row}, back to back (each waits for the software renderer's previous frame): median ${fmt(median(rapid))}, max ${fmt(Math.max(...rapid))}`);
}

/** Median, max and gzipped median of the province assets of one vintage, from the files on disk. */
function assetBytes(vintage) {
  const dir = join(ROOT, 'public/places', vintage);
  const files = readdirSync(dir).filter((f) => /^\d+\.json$/.test(f));
  const raw = files.map((f) => statSync(join(dir, f)).size);
  const gz = files.map((f) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length);
  const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;
  return `${vintage}: ${files.length} files, median ${kib(median(raw))} (${kib(median(gz))} gz), max ${kib(Math.max(...raw))} (${kib(Math.max(...gz))} gz)`;
}

async function main() {
  if (!existsSync(resolve(ROOT, APP_DIST, 'index.html'))) await build({ root: ROOT, logLevel: 'warn', build: { outDir: resolve(ROOT, APP_DIST) } });
  await build({ root: join(ROOT, 'bench'), base: './', publicDir: join(ROOT, 'public'), logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true, rollupOptions: { input: join(ROOT, 'bench/bare.html') } } });
  // A build of its own, so the bare page's chunks stay as they were; the places files are those the build above copied.
  await build({ root: join(ROOT, 'bench'), base: './', publicDir: false, logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: false, rollupOptions: { input: join(ROOT, 'bench/import-bench.html') } } });
  const national = nationalCsv(join(ROOT, 'public/places/names.json'));
  writeFileSync(join(ROOT, 'bench/dist/national-2025.csv'), national.csv);
  const thanhHoa = provinceCsv(join(ROOT, 'public/places/2013/38.json'));
  writeFileSync(join(ROOT, 'bench/dist/thanh-hoa-2013.csv'), thanhHoa.csv);
  const app = await serve(ROOT, resolve(ROOT, APP_DIST));
  const bare = await serve(join(ROOT, 'bench'));
  const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'bdgn-bench-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 1280, height: 800 }, serviceWorkers: 'block',
  });
  const results = SCENARIOS.map((s) => ({ ...s, app: `${app.url}${s.app}`, bare: `${bare.url}${s.bare}`, appTimes: [], mapTimes: [], bareTimes: [], appJs: 0, bareJs: 0, failed: null }));
  const switches = [];
  for (let i = 0; i < RUNS; i++) {
    log('run', i);
    for (const r of results) {
      if (r.failed) continue;
      const b = await firstPaint(context, r.bare);
      r.bareTimes.push(b.ms); r.bareJs = b.jsGzip; await b.page.close();
      try {
        const a = await firstPaint(context, r.app, { drawn: !r.app.includes('embed.html') });
        r.appTimes.push(a.ms); r.mapTimes.push(a.mapMs); r.appJs = a.jsGzip;
        if (r.name === ALL_SCENARIOS[0].name) {
          // Switched once the zoomable map has drawn, each after the pause a person reading the map takes.
          await a.page.locator('poverty-map[data-ready]').waitFor({ timeout: 45_000 });
          for (const metric of ['able_to_escape_rate', 'reduction_target_2022', 'poverty_rate']) {
            await a.page.waitForTimeout(SWITCH_PAUSE);
            switches.push(await metricSwitch(a.page, metric));
          }
        }
        await a.page.close();
      } catch (error) {
        r.failed = String(error.message ?? error).split('\n')[0];
      }
    }
  }
  const nationalSwitches = SWITCH_ROWS ? await placeMetricSwitches(context, `${app.url}?place=2025`, join(ROOT, 'bench/dist/national-2025.csv'), national.rows) : null;
  const provinceSwitches = SWITCH_ROWS ? await placeMetricSwitches(context, `${app.url}?place=2013-38`, join(ROOT, 'bench/dist/thanh-hoa-2013.csv'), thanhHoa.rows) : null;
  const imported = IMPORT_ROW ? await importBench(context, `${bare.url}import-bench.html?runs=${RUNS}`) : null;
  await context.close(); await app.close(); await bare.close();
  console.log(`Benchmark — ${RUNS} runs, medians, headless Chromium ${await chromiumVersion()} (software WebGL), 1280×800`);
  console.log('first choropleth paint, app ÷ bare MapLibre page drawing the same features:');
  for (const r of results) {
    if (r.failed) { console.log(`  ${r.name}: app did not paint (${r.failed})`); continue; }
    const a = median(r.appTimes), b = median(r.bareTimes);
    console.log(`  ${r.name}: ${fmt(a)} ÷ ${fmt(b)} = ${(a / b).toFixed(2)}×   (runs: app ${r.appTimes.map((t) => t.toFixed(0)).join(', ')}; bare ${r.bareTimes.map((t) => t.toFixed(0)).join(', ')})`);
  }
  console.log('the explorer\'s zoomable MapLibre map drawn (after its canvas first frame) ÷ bare MapLibre page:');
  for (const r of results) {
    if (r.failed || r.app.includes('embed.html')) continue;
    const a = median(r.mapTimes), b = median(r.bareTimes);
    console.log(`  ${r.name}: ${fmt(a)} ÷ ${fmt(b)} = ${(a / b).toFixed(2)}×   (runs: app ${r.mapTimes.map((t) => t.toFixed(0)).join(', ')})`);
  }
  const main = results.find((r) => r.name === ALL_SCENARIOS[0].name);
  const embed = results.find((r) => r.name === 'public embed');
  const js = (r) => (!r || r.failed ? 'n/a' : `${(r.appJs / 1024).toFixed(1)} KiB`);
  if (main) console.log(`JavaScript at start, gzipped (without the map worker): app ${js(main)} ÷ bare ${(main.bareJs / 1024).toFixed(1)} KiB = ${(main.appJs / main.bareJs).toFixed(2)}×; public embed ${js(embed)}`);
  if (embed && !embed.failed) {
    const [a, b] = [median(embed.appTimes), median(embed.bareTimes)];
    console.log(`public embed: JavaScript before any interaction (KiB gz): ${embedStartKiB(resolve(ROOT, APP_DIST)).toFixed(1)} (budget 60; embed.html's scripts, modulepreloads and their static imports, gzip -9)`);
    console.log(`public embed: first choropleth paint ÷ bare page: ${(a / b).toFixed(2)}× (${fmt(a)} ÷ ${fmt(b)}; budget 0.5×)`);
  }
  const done = switches.filter(Number.isFinite);
  if (done.length) console.log(`metric switch → repaint done (8 communes), each after a ${SWITCH_PAUSE / 1000} s pause: median ${fmt(median(done))}, max ${fmt(Math.max(...done))} (${done.length} of ${switches.length} switches repainted within 15 s)`);
  if (nationalSwitches) printSwitches(`2025 national overview with figures, ${national.rows.toLocaleString('en')} communes`, nationalSwitches);
  if (provinceSwitches) printSwitches(`Thanh Hóa before 2025 with figures, ${thanhHoa.rows.toLocaleString('en')} communes`, provinceSwitches);
  if (imported) {
    const row = `parse, place-finding and join of a ${national.rows.toLocaleString('en')}-row table covering all 2025 communes`;
    if (imported.error) console.log(`${row}: did not finish (${imported.error}) (target ≤ 300 ms)`);
    else {
      const found = imported.place ? `place found: ${imported.place}, ${imported.joined} of ${imported.rows} rows joined` : `stopped at stage ${imported.stage}`;
      console.log(`${row}: median ${fmt(median(imported.runs))} (target ≤ 300 ms; runs: ${imported.runs.map((t) => t.toFixed(0)).join(', ')}; ${found}; places files loaded in ${fmt(imported.loading)}, left out)`);
    }
  }
  console.log(`province assets (public/places): ${assetBytes('2025')}; ${assetBytes('2013')}`);
}

async function chromiumVersion() {
  const { execFileSync } = await import('node:child_process');
  try { return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']).toString().trim().replace(/^Chromium /, ''); } catch { return '?'; }
}

await main();
