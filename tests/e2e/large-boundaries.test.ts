/**
 * Ranh giới rất lớn / Very large boundary files: the Cam Lộ communes with every ring densified (300,000 vertices, one
 * ring of 130,000, about 7 MB) load through the app's file input with the geometry work in a worker (the 200 ms task target is reported, not asserted: timing lives in the bench), and map, legend
 * and the file notice agree afterwards; a file with a broken ring or with no commune of the table shows an error and
 * leaves map, legend and panels as they were.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { VERTEX_BUDGET } from '../../src/data/boundary-prepare';
import type { PovertyMap } from '../../src/map/poverty-map';
import { expectMapMatchesLegend, mapElement, mapIdle, repaintAfter, useExplorer, valuesOf } from './support/app';
import { DIST, ROOT } from './support/launch';

const explorer = useExplorer();
const dir = mkdtempSync(join(tmpdir(), 'large-boundaries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COMMUNES = fileURLToPath(new URL('../../geo/boundaries/cam-lo-communes.geojson', import.meta.url));
/** Longest main-thread task allowed while a file loads, in ms. */

declare global {
  interface Window {
    /** Long tasks seen since `watchLongTasks`, and the observer that records them. */
    __longTasks?: { start: number; duration: number }[];
    __longTaskObserver?: PerformanceObserver;
    /** When the app's file input fired `change` (the load starts there). */
    __changeAt?: number;
    /** Content-Security-Policy violations the page saw. */
    __boundaryCspViolations?: string[];
  }
}

/** A ring with about `total` points: each edge cut into equal steps and pushed off the edge by a 3 m sine, 6 decimals. */
function densify(ring: Position[], total: number): Position[] {
  const steps = Math.ceil(total / (ring.length - 1));
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  const out: Position[] = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i]!, ring[i + 1]!];
    const len = Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!) || 1;
    const [nx, ny] = [-(b[1]! - a[1]!) / len, (b[0]! - a[0]!) / len];
    for (let j = 0; j < steps; j++) {
      const t = j / steps;
      const w = 3e-5 * Math.sin((2 * Math.PI * j) / 40);
      out.push([round(a[0]! + t * (b[0]! - a[0]!) + w * nx), round(a[1]! + t * (b[1]! - a[1]!) + w * ny)]);
    }
  }
  out.push(out[0]!);
  return out;
}

/** The 8 communes, densified (the first to 130,000 points, the others to 25,000) and edited by `edit`; written to a file. */
function boundaryFile(name: string, edit: (c: FeatureCollection<Polygon>) => void = () => {}, dense = true): { path: string; vertices: number; largest: number } {
  const collection = JSON.parse(readFileSync(COMMUNES, 'utf8')) as FeatureCollection<Polygon>;
  if (dense) collection.features.forEach((f, i) => (f.geometry.coordinates = [densify(f.geometry.coordinates[0]!, i === 0 ? 130_000 : 25_000)]));
  edit(collection);
  const rings = collection.features.map((f) => f.geometry.coordinates[0]!.length);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(collection));
  return { path, vertices: rings.reduce((a, b) => a + b, 0), largest: rings.reduce((a, b) => Math.max(a, b), 0) };
}

/** The app's file input for figures and boundaries (whichever element of the shell holds it). */
const fileInput = (page: Page) => page.locator('poverty-app input[type=file][accept*="geojson"]').first();
/** Where the shell says which file it shows (the status notice or the footer). */
const fileNotice = (page: Page, name: string) => page.locator('poverty-app [role=status], poverty-app footer').filter({ hasText: name });
const fileAlert = (page: Page, name: string) => page.getByRole('alert').filter({ hasText: name });

/**
 * Start recording the page's long tasks (after it has settled), and when the file input fires `change`: the load
 * starts there (before it, the test's browser connection is still copying the file over).
 */
async function watchLongTasks(page: Page): Promise<void> {
  await mapIdle(page);
  await fileInput(page).evaluate((input) => input.addEventListener('change', () => (window.__changeAt = performance.now()), { capture: true, once: true }));
  await page.evaluate(() => {
    window.__longTasks = [];
    window.__longTaskObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks!.push({ start: e.startTime, duration: e.duration });
    });
    window.__longTaskObserver.observe({ type: 'longtask' });
  });
}

/** The long tasks of the load so far (from the task that fired `change`), the observer's pending ones included; times from `change`. */
async function longTasks(page: Page): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(() => {
    for (const e of window.__longTaskObserver!.takeRecords()) window.__longTasks!.push({ start: e.startTime, duration: e.duration });
    const from = window.__changeAt!;
    return window.__longTasks!.filter((t) => t.start + t.duration >= from).map((t) => ({ start: Math.round(t.start - from), duration: t.duration }));
  });
}

/** The communes the map draws: codes, and vertices in all. */
async function drawn(page: Page): Promise<{ codes: string[]; vertices: number }> {
  return mapElement(page).evaluate((el: PovertyMap) => {
    let vertices = 0;
    const communes = el.data!.communes;
    for (const f of communes) {
      const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const rings of parts) for (const ring of rings) vertices += ring.length;
    }
    return { codes: communes.map((f) => f.properties.gso_code), vertices };
  });
}

describe('a 300,000-vertex boundary file', () => {
  it('loads through the boundary worker (longest main-thread task printed, its target is the bench’s), and map, legend and notice agree', async () => {
    const file = boundaryFile('cam-lo-dense.geojson');
    expect(file.vertices).toBeGreaterThanOrEqual(300_000);
    expect(file.largest).toBeGreaterThanOrEqual(130_000);
    const page = await explorer.open();
    const before = await drawn(page);
    await watchLongTasks(page);

    await repaintAfter(page, () => fileInput(page).setInputFiles(file.path));
    await expect.poll(() => fileNotice(page, 'cam-lo-dense.geojson').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await drawn(page)).vertices, { timeout: 60_000 }).not.toBe(before.vertices);
    await mapIdle(page);
    // Read before checking pixels: reading the canvas back is the test's own long task, not the app's.
    const tasks = await longTasks(page);
    const longest = tasks.reduce((a, t) => Math.max(a, t.duration), 0);
    console.info(`large-boundaries: ${tasks.length} long tasks, longest ${Math.round(longest)} ms`);

    await expectMapMatchesLegend(page, valuesOf('poverty_rate'));
    const after = await drawn(page);
    expect(after.codes.sort()).toEqual(before.codes.sort());
    expect(after.vertices).toBeLessThanOrEqual(VERTEX_BUDGET);
    expect(page.workers().some((w) => /boundary-worker/.test(w.url()))).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});

describe('a boundary file that cannot be used', () => {
  /**
   * Load a file that must fail: an alert names it, and the map, legend and panels still show what they showed. Both
   * files are refused, so they are loaded into the file's one shared page (each alert names its own file).
   */
  async function expectRefused(path: string, name: string, expected: RegExp): Promise<void> {
    const page = await explorer.view();
    const before = await drawn(page);
    const rows = await page.locator('commune-table, commune-details').first().textContent();
    await fileInput(page).setInputFiles(path);
    await expect.poll(() => fileAlert(page, name).count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await fileAlert(page, name).first().textContent()).toMatch(expected);
    expect(await drawn(page)).toEqual(before);
    expect(await fileNotice(page, name).filter({ hasNotText: /không|cannot|not/i }).count()).toBe(0);
    expect(await page.locator('commune-table, commune-details').first().textContent()).toBe(rows);
    await expectMapMatchesLegend(page, valuesOf('poverty_rate'));
  }

  it('shows where a ring is broken and changes nothing', async () => {
    const file = boundaryFile('cam-lo-open-ring.geojson', (c) => c.features[3]!.geometry.coordinates[0]!.pop());
    await expectRefused(file.path, 'cam-lo-open-ring.geojson', /(dòng|row) 4|Cam Thủy/);
  });

  it('says no commune matches the table and changes nothing', async () => {
    const file = boundaryFile('elsewhere.geojson', (c) => c.features.forEach((f, i) => {
      f.properties = { ...f.properties, gso_code: `9990${i}`, name: `Nơi Khác ${i}`, full_name: `Xã Nơi Khác ${i}`, name_ascii: `Noi Khac ${i}` };
    }), false);
    await expectRefused(file.path, 'elsewhere.geojson', /khớp|match/i);
  });
});

describe('under a strict Content-Security-Policy', () => {
  const STRICT_CSP = ["default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "worker-src 'self' blob:", "connect-src 'self'", "font-src 'self'"].join('; ');

  it('reads the boundaries in its worker with no violation, in the page or the worker', async () => {
    const server = await preview({ root: ROOT, logLevel: 'silent', build: { outDir: DIST }, preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false, headers: { 'Content-Security-Policy': STRICT_CSP } } });
    const { page, consoleErrors } = await explorer.browser.newPage();
    try {
      const workerMessages: string[] = [];
      page.on('worker', (worker) => worker.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && workerMessages.push(`${worker.url()}: ${m.text()}`)));
      page.on('console', (m) => m.type() === 'warning' && /boundary worker/.test(m.text()) && workerMessages.push(m.text()));
      await page.addInitScript(() => {
        window.__boundaryCspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__boundaryCspViolations!.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
      });
      const response = await page.goto(`http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/index.html`);
      expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
      await page.locator('poverty-map[data-ready]').waitFor();
      const file = boundaryFile('cam-lo-dense-csp.geojson');
      await fileInput(page).setInputFiles(file.path);
      await expect.poll(() => fileNotice(page, 'cam-lo-dense-csp.geojson').count(), { timeout: 60_000 }).toBeGreaterThan(0);
      expect(page.workers().some((w) => /boundary-worker/.test(w.url()))).toBe(true);
      expect(await page.evaluate(() => window.__boundaryCspViolations)).toEqual([]);
      expect(workerMessages).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
