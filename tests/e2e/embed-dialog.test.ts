/** `<embed-dialog>` on its own (served by Vite's dev server, since no built page uses it on its own): snippets, copying, closing, accessibility. */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementSnippet, iframeSnippet, listenerSnippet } from '../../src/embed/embed-snippets';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/view-state';
import { launchBrowser, type TestBrowser } from './support/browser';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BASE = 'https://bando.example.gov.vn/giam-ngheo/';
const VIEW: ViewState = { ...DEFAULT_VIEW, metric: 'poverty_rate_end_2022', classes: 5 };

let vite: ViteDevServer;
let host: Server;
let hostUrl: string;
let browser: TestBrowser;

beforeAll(async () => {
  vite = await createServer({ root: ROOT, logLevel: 'error', server: { port: 0, host: '127.0.0.1', hmr: false } });
  await vite.listen();
  const devUrl = `http://127.0.0.1:${(vite.httpServer!.address() as AddressInfo).port}`;
  const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Embed dialog</title></head><body>
    <main><h1>Embed dialog</h1><button type="button" id="open">Nhúng</button><embed-dialog></embed-dialog></main>
    <script type="module">
      await import('${devUrl}/src/embed/embed-dialog.ts');
      const dialog = document.querySelector('embed-dialog');
      dialog.baseUrl = ${JSON.stringify(BASE)};
      dialog.view = ${JSON.stringify(VIEW)};
      window.dismissed = 0;
      dialog.addEventListener('dismiss', () => { window.dismissed += 1; });
      document.querySelector('#open').addEventListener('click', () => { dialog.open = true; });
      document.body.dataset.ready = '';
    </script></body></html>`;
  host = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await vite?.close();
  await new Promise((resolve) => host?.close(resolve));
});

async function openDialog(page: Page): Promise<void> {
  await page.goto(`${hostUrl}/`);
  await page.locator('body[data-ready]').waitFor();
  await page.locator('#open').click();
  await page.locator('embed-dialog dialog[open]').waitFor();
}

const code = (page: Page, id: string) => page.locator(`embed-dialog #${id}-code`).inputValue();

describe('<embed-dialog>', () => {
  it('shows the three snippets of the current view as a modal dialog', async () => {
    const { page, consoleErrors } = await browser.newPage({ width: 900, height: 800 });
    await openDialog(page);
    expect(await page.locator('embed-dialog dialog').evaluate((d) => d.matches(':modal'))).toBe(true);
    await expect(page.getByRole('dialog', { name: 'Nhúng bản đồ vào trang web' }).count()).resolves.toBe(1);
    const input = { baseUrl: BASE, view: VIEW, id: 'ban-do-giam-ngheo', district: { name: 'Cam Lộ', type: 'Huyện' as const }, year: 2022 };
    expect(await code(page, 'iframe')).toBe(iframeSnippet(input));
    expect(await code(page, 'listener')).toBe(listenerSnippet());
    expect(await code(page, 'element')).toBe(elementSnippet(input));

    await page.locator('embed-dialog input').fill('  bản đồ 2 ');
    await page.locator('embed-dialog input').press('Tab');
    expect(await code(page, 'iframe')).toBe(iframeSnippet({ ...input, id: 'ban-do-2' }));
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('copies with the clipboard, or selects the snippet when the clipboard is refused', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: hostUrl });
    const { page } = await browser.newPage({ width: 900, height: 800 });
    await openDialog(page);
    await page.locator('embed-dialog button.copy[data-snippet=listener]').click();
    await page.locator('embed-dialog .status', { hasText: 'Đã sao chép.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(listenerSnippet());

    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.locator('embed-dialog button.copy[data-snippet=element]').click();
    await page.locator('embed-dialog .status', { hasText: 'Ctrl+C' }).waitFor();
    const selection = await page.locator('embed-dialog #element-code').evaluate((t: HTMLTextAreaElement) => [t.selectionStart, t.selectionEnd, t.value.length]);
    expect(selection).toEqual([0, selection[2], selection[2]]);
    await browser.context.clearPermissions();
    await page.close();
  });

  it('emits dismiss when closed by its button or by Escape, and opens again', async () => {
    const { page } = await browser.newPage({ width: 900, height: 800 });
    await openDialog(page);
    await page.locator('embed-dialog button.close').click();
    await page.waitForFunction(() => (window as unknown as { dismissed: number }).dismissed === 1);
    expect(await page.locator('embed-dialog').evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(false);

    await page.locator('#open').click();
    await page.locator('embed-dialog dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (window as unknown as { dismissed: number }).dismissed === 2);
    expect(await page.locator('embed-dialog dialog[open]').count()).toBe(0);
    await page.close();
  });

  it('has no serious or critical accessibility violations when open', async () => {
    const { page } = await browser.newPage({ width: 900, height: 800 });
    await openDialog(page);
    const results = await new AxeBuilder({ page }).include('embed-dialog').options({ resultTypes: ['violations'] }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
});
