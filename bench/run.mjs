/**
 * Benchmark (`npm run bench`): prints figures from one run, side by side in headless Debian Chromium:
 * time to first choropleth paint of the app vs a bare MapLibre page drawing the same GeoJSON, the gzipped
 * JavaScript loaded at start (app, embed), metric-switch repaint time and PNG export figures.
 * Figures only: nothing here passes or fails.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const log = (...args) => process.env.BENCH_VERBOSE && console.error(...args);
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(0)} ms`;

async function serve(root) {
  const server = await preview({ root, logLevel: 'silent', build: { outDir: 'dist' }, preview: { port: 0, host: '127.0.0.1' } });
  return { url: `http://127.0.0.1:${server.httpServer.address().port}/`, close: () => server.close() };
}

/** Load `url` in a fresh page; return ms to the `bdgn:first-paint` mark and the gzipped bytes of scripts loaded. */
async function firstPaint(context, url) {
  const page = await context.newPage();
  let jsGzip = 0;
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script' && !/\.m?js$/.test(new URL(response.url()).pathname)) return;
    if (/worker/.test(response.url())) return;
    try { jsGzip += gzipSync(await response.body()).length; } catch { /* body not available for this response */ }
  });
  await page.goto(url);
  const ms = await page.waitForFunction(() => performance.getEntriesByName('bdgn:first-paint')[0]?.startTime, null, { timeout: 60_000, polling: 50 });
  const value = await ms.jsonValue();
  await page.waitForLoadState('networkidle');
  return { page, ms: value, jsGzip };
}

async function metricSwitch(page, metric) {
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

async function main() {
  if (!existsSync(join(ROOT, 'dist/index.html'))) await build({ root: ROOT, logLevel: 'warn' });
  await build({ root: join(ROOT, 'bench'), base: './', logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true, rollupOptions: { input: join(ROOT, 'bench/bare.html') } } });
  const app = await serve(ROOT);
  const bare = await serve(join(ROOT, 'bench'));
  const context = await chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'bdgn-bench-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 1280, height: 800 }, serviceWorkers: 'block',
  });
  const appTimes = [], bareTimes = [], switches = [];
  let appJs = 0, embedJs = 0, bareJs = 0;
  for (let i = 0; i < RUNS; i++) {
    log('run', i);
    const b = await firstPaint(context, `${bare.url}bare.html`);
    bareTimes.push(b.ms); bareJs = b.jsGzip; await b.page.close();
    const a = await firstPaint(context, app.url);
    appTimes.push(a.ms); appJs = a.jsGzip;
    for (const metric of ['able_to_escape_rate', 'reduction_target_2022', 'poverty_rate']) switches.push(await metricSwitch(a.page, metric));
    await a.page.close();
  }
  const embed = await firstPaint(context, `${app.url}embed.html`).catch(() => null);
  if (embed) { embedJs = embed.jsGzip; await embed.page.close(); }
  await context.close(); await app.close(); await bare.close();
  const appMs = median(appTimes), bareMs = median(bareTimes);
  console.log(`Benchmark — ${RUNS} runs, medians, headless Chromium ${await chromiumVersion()} (software WebGL), 1280×800`);
  console.log(`first choropleth paint   app ${fmt(appMs)}   bare MapLibre ${fmt(bareMs)}   ratio ${(appMs / bareMs).toFixed(2)}×`);
  console.log(`  (all runs: app ${appTimes.map((t) => t.toFixed(0)).join(', ')}; bare ${bareTimes.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`JavaScript at start, gzipped (without the map worker)   app ${(appJs / 1024).toFixed(1)} KiB   embed ${embed ? (embedJs / 1024).toFixed(1) + ' KiB' : 'n/a'}   bare ${(bareJs / 1024).toFixed(1)} KiB`);
  const done = switches.filter(Number.isFinite);
  console.log(`metric switch → repaint done   median ${fmt(median(done))}   max ${fmt(Math.max(...done))}   (${done.length} of ${switches.length} switches repainted within 15 s)`);
}

async function chromiumVersion() {
  const { execFileSync } = await import('node:child_process');
  try { return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version']).toString().trim().replace(/^Chromium /, ''); } catch { return '?'; }
}

await main();
