/**
 * Chính sách bảo mật nội dung nghiêm ngặt / The production build under a strict Content-Security-Policy (no eval, no
 * inline script, nothing from other hosts): the explorer, the embed and the stand-alone element must draw their map and
 * react to a person without one violation, in the page or in its workers.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, DIST, ROOT, chromiumPath } from './support/launch';

/** The policy a government host would send. */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
].join('; ');

/** One `securitypolicyviolation` event, as the page or a worker saw it. */
interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
}

declare global {
  interface Window {
    /** Violations recorded by the init script. */
    __cspViolations?: Violation[];
  }
}

/** Record every violation of the document (registered before any script of the page runs). */
function recordViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations!.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, sample: e.sample });
  });
}

/** A page under the policy, with what it and its workers reported. */
interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions of the page and of its workers (Chromium logs violations there too). */
  errors: string[];
  violations: () => Promise<Violation[]>;
}

let server: PreviewServer;
let baseUrl: string;
let browser: Browser;
let context: BrowserContext;
/** Console errors of the service worker (it outlives the pages). */
const serviceWorkerErrors: string[] = [];

async function open(path: string): Promise<Watched> {
  const page = await context.newPage();
  const errors: string[] = [];
  const onConsole = (where: string) => (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`${where}: ${message.text()}`);
  };
  page.on('console', onConsole('page'));
  page.on('pageerror', (error) => errors.push(`page: ${error.name}: ${error.message}`));
  page.on('worker', (worker) => worker.on('console', onConsole(`worker ${worker.url()}`)));
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded', timeout: 90_000 });
  return { page, errors, violations: () => page.evaluate(() => window.__cspViolations ?? []) };
}

/** Choose another measure in a select; wait until the map has repainted (its `data-render-count` grew) and, when it is a MapLibre map, drawn everything (its next `idle`). */
async function switchMetric(page: Page, select: string, map: string): Promise<void> {
  const current = await page.locator(select).inputValue();
  const options = await page.locator(`${select} option`).evaluateAll((items) => items.map((o) => (o as HTMLOptionElement).value));
  const next = options.filter((v) => v !== current).at(-1)!;
  const renders = Number(await page.locator(map).getAttribute('data-render-count'));
  await page.locator(select).selectOption(next);
  await expect.poll(() => page.locator(map).evaluate((el) => (el as unknown as { metric: string }).metric)).toBe(next);
  await expect.poll(async () => Number(await page.locator(map).getAttribute('data-render-count')), { timeout: 20_000 }).toBeGreaterThan(renders);
  await page.locator(map).evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        const m = (el as unknown as { map: { once(type: string, fn: () => void): void; triggerRepaint(): void } | null }).map;
        if (!m) return resolve();
        m.once('idle', () => resolve());
        m.triggerRepaint();
      }),
  );
}

/** The page reported no violation and no console error. */
async function expectClean(watched: Watched): Promise<void> {
  expect(await watched.violations(), 'securitypolicyviolation events').toEqual([]);
  expect(watched.errors, 'console errors').toEqual([]);
  await watched.page.close();
}

beforeAll(async () => {
  server = await preview({
    root: ROOT,
    logLevel: 'silent',
    build: { outDir: DIST },
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false, headers: { 'Content-Security-Policy': STRICT_CSP } },
  });
  baseUrl = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`;
  const shared = inject('e2eWsEndpoint') as string | undefined;
  browser = shared ? await chromium.connect(shared) : await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, serviceWorkers: 'allow' });
  context.on('serviceworker', (worker) => worker.on('console', (m) => m.type() === 'error' && serviceWorkerErrors.push(`${worker.url()}: ${m.text()}`)));
  await context.route('**/*', (route) => (/^https?:\/\/127\.0\.0\.1[:/]/.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  await context.addInitScript(recordViolations);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe('under a strict Content-Security-Policy', { timeout: 240_000 }, () => {
  it('the server sends the policy', async () => {
    const response = await fetch(`${baseUrl}index.html`);
    expect(response.headers.get('content-security-policy')).toBe(STRICT_CSP);
  });

  it('the explorer draws its map, installs its service worker, switches the measure, opens its panels, reads a table file and exports a CSV with no violation', async () => {
    const watched = await open('index.html');
    const { page } = watched;
    const map = 'poverty-app poverty-map[data-ready]';
    await page.locator(map).waitFor({ timeout: 90_000 });
    const worker = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.scriptURL ?? null));
    expect(worker).toBe(`${baseUrl}sw.js`);
    await switchMetric(page, 'metric-controls select#metric', map);
    for (const id of ['plan', 'checks', 'ranking']) {
      const tab = page.locator(`app-tabs #tab-${id}`);
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
    }
    await page.locator('import-drop input[type=file]').setInputFiles({ name: 'bang.csv', mimeType: 'text/csv', buffer: readFileSync(`${ROOT}geo/plans/cam-lo-2022/table.csv`) });
    await expect.poll(() => page.locator('import-notice .summary').textContent(), { timeout: 90_000 }).toMatch(/^Đã ghép 8\/8 đơn vị — xem lại/);
    await expect.poll(() => page.locator('poverty-app footer.page-footer').textContent(), { timeout: 20_000 }).toContain('Số liệu: bang.csv');
    await page.locator('export-menu .trigger').click();
    await page.locator('export-menu [data-export="csv"]').click();
    const menu = page.locator('export-menu');
    await expect.poll(async () => (await menu.getAttribute('data-last-export')) ?? (await menu.getAttribute('data-export-error')), { timeout: 90_000 }).toMatch(/^csv:/);
    await expectClean(watched);
    expect(serviceWorkerErrors, 'service worker console errors').toEqual([]);
  });

  it('the embed draws its map, switches the measure and loads its zoomable map with no violation', async () => {
    const watched = await open('embed.html');
    const map = 'poverty-embed poverty-map[data-ready]';
    await watched.page.locator(map).waitFor({ timeout: 90_000 });
    await switchMetric(watched.page, 'poverty-embed select#metric', map);
    await watched.page.locator(`${map} button.zoom-in`).click();
    await watched.page.waitForFunction(() => (document.querySelector('poverty-embed')!.shadowRoot!.querySelector('poverty-map') as unknown as { map: unknown }).map !== null, null, { timeout: 90_000 });
    await switchMetric(watched.page, 'poverty-embed select#metric', map);
    await watched.page.locator('poverty-embed details.data > summary').click();
    await watched.page.locator('poverty-embed commune-table table').waitFor({ state: 'visible' });
    await expectClean(watched);
  });

  it('the stand-alone element draws its map and answers a commune click with no violation', async () => {
    const watched = await open('poverty-map.html');
    const { page } = watched;
    const map = page.locator('poverty-map[data-ready]');
    await map.waitFor({ timeout: 90_000 });
    const picked = page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          document.querySelector('poverty-map')!.addEventListener('commune-select', (e) => resolve(e.detail.gsoCode), { once: true });
        }),
    );
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await picked).toMatch(/^\d{5}$/);
    await expectClean(watched);
  });
});
