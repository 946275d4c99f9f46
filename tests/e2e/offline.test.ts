/** Offline use through the service worker, a copied build on a plain static server, and the prompt to reload into a new version. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { DIST, launchBrowser, startPreview, type PreviewHandle, type TestBrowser } from './support/browser';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.json': 'application/json',
};

/** A minimal static server (not Vite's), as a copied folder would be served anywhere; `root` can be swapped to deploy another build. */
async function plainStaticServer(root: string): Promise<{ url: string; root: string; close: () => Promise<void> }> {
  const site = { url: '', root, close: async () => undefined as void };
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(site.root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  site.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return site;
}

const mapReady = (page: Page) =>
  page.waitForFunction(() => document.querySelector('poverty-app')?.shadowRoot?.querySelector('poverty-map')?.hasAttribute('data-ready'), null, { timeout: 90_000 });

/** The state of the page's active service worker once it has finished activating ('activated'), or what it is after 30 s. */
async function workerActive(page: Page): Promise<string | undefined> {
  const state = () => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  await expect.poll(state, { timeout: 30_000 }).toBe('activated');
  return state();
}

describe('offline use', () => {
  let preview: PreviewHandle;
  let browser: TestBrowser;
  beforeAll(async () => {
    preview = await startPreview();
    browser = await launchBrowser({ serviceWorkers: 'allow' });
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('opens a shared link with the network off after a first visit and still draws the map', async () => {
    const { page, consoleErrors } = await browser.newPage();
    await page.goto(preview.url);
    await mapReady(page);
    expect(await workerActive(page)).toBe('activated');
    await browser.context.setOffline(true);
    onTestFinished(() => browser.context.setOffline(false));
    await page.goto(`${preview.url}?metric=poverty_rate_end_2022&lang=en`);
    await mapReady(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const title = await page.locator('poverty-app header.top h1').textContent();
    expect(title).toContain('Cam Lộ');
    expect(await page.locator('poverty-app choropleth-legend.main-legend').getByText('Projected poverty rate, end of 2022').first().isVisible()).toBe(true);
    const legendRows = await page.locator('poverty-app choropleth-legend.main-legend [data-color]').count();
    expect(legendRows).toBeGreaterThanOrEqual(2);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('works from a copied build folder served by a plain static server', async () => {
    const site = await plainStaticServer(DIST);
    try {
      const { page, consoleErrors } = await browser.newPage();
      await page.goto(site.url);
      await mapReady(page);
      expect(await page.locator('poverty-app header.top h1').textContent()).toContain('Cam Lộ');
      expect(consoleErrors).toEqual([]);
      await page.close();
    } finally {
      await site.close();
    }
  });
});

describe('a new version deployed at the same address', () => {
  const NEW_TITLE = 'Bản đồ giảm nghèo — phiên bản thử nghiệm mới';
  let next: string;
  let browser: TestBrowser;

  beforeAll(async () => {
    // The next build: the same files, index.html with another <title>, and the service worker's precache revision of
    // index.html changed with it (as a real build's would be).
    next = await mkdtemp(join(tmpdir(), 'bdgn-next-build-'));
    await cp(DIST, next, { recursive: true });
    const index = await readFile(join(next, 'index.html'), 'utf8');
    const changedIndex = index.replace(/<title>[^<]*<\/title>/, `<title>${NEW_TITLE}</title>`);
    expect(changedIndex).not.toBe(index);
    await writeFile(join(next, 'index.html'), changedIndex);
    const worker = await readFile(join(next, 'sw.js'), 'utf8');
    const changedWorker = worker.replace(/(url:\s*"index\.html",\s*revision:\s*")[^"]*"/, '$1e2e-next-version"');
    expect(changedWorker, 'sw.js precaches index.html with a revision').not.toBe(worker);
    await writeFile(join(next, 'sw.js'), changedWorker);
    browser = await launchBrowser({ serviceWorkers: 'allow' });
  });

  afterAll(async () => {
    await browser?.close();
    if (next) await rm(next, { recursive: true, force: true });
  });

  it('offers to reload in Vietnamese, keeps the old version on “Để sau”… and reloads into the new one on “Tải lại”', async () => {
    const site = await plainStaticServer(DIST);
    onTestFinished(() => site.close());
    const { page, consoleErrors } = await browser.newPage();
    await page.goto(site.url);
    await mapReady(page);
    expect(await workerActive(page)).toBe('activated');
    const prompt = page.locator('update-prompt');
    await expect.poll(() => prompt.getByRole('status').textContent()).toContain('Bản đồ đã sẵn sàng dùng ngoại tuyến.');
    const oldTitle = await page.title();
    expect(oldTitle).not.toBe(NEW_TITLE);
    expect(await prompt.getByRole('alert').count()).toBe(0);

    // Deploy the next build; the person comes back to the page.
    site.root = next;
    await page.reload();
    await mapReady(page);
    const offer = prompt.getByRole('alert');
    await expect.poll(() => offer.textContent(), { timeout: 60_000 }).toContain('Đã có phiên bản mới của bản đồ.');
    expect(await page.title(), 'the old version still runs until the person agrees').toBe(oldTitle);
    expect(await offer.getByRole('button').allTextContents()).toEqual(['Tải lại', 'Để sau']);

    await offer.getByRole('button', { name: 'Để sau' }).click();
    expect(await offer.count()).toBe(0);
    expect(await page.title()).toBe(oldTitle);

    await page.reload();
    await mapReady(page);
    await expect.poll(() => offer.count(), { timeout: 60_000 }).toBe(1);
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), offer.getByRole('button', { name: 'Tải lại' }).click()]);
    await expect.poll(() => page.title(), { timeout: 30_000 }).toBe(NEW_TITLE);
    await mapReady(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await offer.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
