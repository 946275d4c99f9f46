import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { launchBrowser, startPreview, type PreviewHandle, type TestBrowser } from './support/browser';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.json': 'application/json',
};

/** A minimal static server of dist/ (not Vite's), as a copied folder would be served anywhere. */
async function plainStaticServer(): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

const mapReady = (page: import('playwright-core').Page) =>
  page.waitForFunction(() => document.querySelector('poverty-app')?.shadowRoot?.querySelector('poverty-map')?.hasAttribute('data-ready'), null, { timeout: 90_000 });

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
    const active = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    expect(active).toBe('activated');
    await browser.context.setOffline(true);
    onTestFinished(() => browser.context.setOffline(false));
    await page.goto(`${preview.url}?metric=poverty_rate_end_2022&lang=en`);
    await mapReady(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const title = await page.locator('poverty-app header.top h1').textContent();
    expect(title).toContain('Cam Lộ');
    expect(await page.locator('poverty-app map-legend').getByText('Projected poverty rate, end of 2022').first().isVisible()).toBe(true);
    const legendRows = await page.locator('poverty-app map-legend [data-color]').count();
    expect(legendRows).toBeGreaterThanOrEqual(2);
    expect(consoleErrors).toEqual([]);
  });

  it('works from a copied build folder served by a plain static server', async () => {
    const { url, server } = await plainStaticServer();
    try {
      const { page, consoleErrors } = await browser.newPage();
      await page.goto(url);
      await mapReady(page);
      expect(await page.locator('poverty-app header.top h1').textContent()).toContain('Cam Lộ');
      expect(consoleErrors).toEqual([]);
    } finally {
      server.close();
    }
  });
});
