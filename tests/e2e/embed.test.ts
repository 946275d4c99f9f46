/** The public embed (embed.html in an iframe, with its height messages) and the stand-alone web component, on the production build. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementSnippet, HEIGHT_MESSAGE_TYPE, iframeSnippet, listenerSnippet } from '../../src/embed/embed-snippets';
import { DEFAULT_VIEW } from '../../src/state/view-state';
import { launchBrowser, sameColor, startPreview, type PreviewHandle, type Rgba, type TestBrowser } from './support/browser';

let preview: PreviewHandle;
let browser: TestBrowser;
let host: { url: string; pages: Map<string, string>; server: Server };

/** Path from the document to the map: the embed's shadow root, or the page itself. */
type MapPath = 'embed' | 'page';

/** A host page server on another port, so the embed is cross-origin as on a government site. */
async function startHost(): Promise<typeof host> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pages, server };
}

const hostPage = (title: string, body: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body style="margin:0"><main><h1>${title}</h1>${body}</main></body></html>`;

/**
 * A point of the map that shows only one commune's fill (no border, label or other feature within 5 px), the commune and
 * its class colour, and the pixel read there inside a `render` event (the drawing buffer is intact then).
 */
async function probe(target: Page | Frame, path: MapPath): Promise<{ gso: string; expected: string; pixel: Rgba }> {
  return target.evaluate(
    (where) =>
      new Promise((resolve, reject) => {
        type Feature = { layer: { id: string }; properties: Record<string, string> };
        type MapLike = {
          getCanvas(): HTMLCanvasElement;
          once(type: string, fn: () => void): void;
          triggerRepaint(): void;
          queryRenderedFeatures(box: [[number, number], [number, number]]): Feature[];
        };
        const root = where === 'embed' ? document.querySelector('poverty-embed')!.shadowRoot! : document;
        const element = root.querySelector('poverty-map') as unknown as { map: MapLike; choropleth: { fills: Record<string, string> } };
        const map = element.map;
        const canvas = map.getCanvas();
        let found: { x: number; y: number; gso: string } | null = null;
        for (let y = 10; y < canvas.clientHeight - 10 && !found; y += 4) {
          for (let x = 10; x < canvas.clientWidth - 60 && !found; x += 4) {
            const features = map.queryRenderedFeatures([[x - 5, y - 5], [x + 5, y + 5]]);
            const codes = new Set(features.map((f) => f.properties['gso_code']));
            if (features.length > 0 && features.every((f) => f.layer.id === 'commune-fill') && codes.size === 1) found = { x, y, gso: [...codes][0]! };
          }
        }
        if (!found) return reject(new Error('no point shows a single commune fill'));
        const { x, y, gso } = found;
        map.once('render', () => {
          const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
          const scale = canvas.width / canvas.clientWidth;
          const out = new Uint8Array(4);
          gl.readPixels(Math.round(x * scale), Math.round(canvas.height - 1 - y * scale), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
          resolve({ gso, expected: element.choropleth.fills[gso]!, pixel: [out[0]!, out[1]!, out[2]!, out[3]!] });
        });
        map.triggerRepaint();
      }),
    path,
  ) as Promise<{ gso: string; expected: string; pixel: Rgba }>;
}

/** The legend's swatch colours and the map's class colours, as the embed shows them. */
async function legendAndClasses(page: Page): Promise<{ swatches: string[]; classes: string[] }> {
  return page.evaluate(() => {
    const root = document.querySelector('poverty-embed')!.shadowRoot!;
    const legend = root.querySelector('embed-legend')!.shadowRoot!;
    const map = root.querySelector('poverty-map') as unknown as { choropleth: { legend: { classes: { color: string }[] } } };
    return {
      swatches: [...legend.querySelectorAll<HTMLElement>('.row.class .swatch')].map((s) => s.dataset['color']!),
      classes: map.choropleth.legend.classes.map((c) => c.color),
    };
  });
}

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchBrowser();
  host = await startHost();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
  await new Promise((resolve) => host?.server.close(resolve));
});

describe('embed.html', () => {
  for (const size of [{ width: 320, height: 400 }, { width: 800, height: 600 }]) {
    it(`shows the map, the legend and the selector in ${size.width}×${size.height}; another measure repaints`, async () => {
      const { page, consoleErrors, blockedRequests } = await browser.newPage(size);
      await page.goto(`${preview.url}embed.html?metric=nonsense&classes=9`);
      const map = page.locator('poverty-map[data-ready]');
      await map.waitFor();
      const select = page.locator('poverty-embed select#metric');
      expect(await select.inputValue()).toBe(DEFAULT_VIEW.metric);
      await expect(page.locator('poverty-embed .notice, poverty-embed [role=alert]').count()).resolves.toBe(0);

      const box = (await map.boundingBox())!;
      const selectBox = (await select.boundingBox())!;
      const legendBox = (await page.locator('embed-legend').boundingBox())!;
      expect(selectBox.y + selectBox.height).toBeLessThanOrEqual(box.y);
      expect(box.height).toBeGreaterThanOrEqual(200);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      if (size.width < 560) {
        expect(legendBox.y).toBeGreaterThanOrEqual(box.y + box.height);
        expect(legendBox.y + legendBox.height).toBeLessThanOrEqual(size.height);
        const rows = await page.locator('embed-legend .row').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
        expect(new Set(rows.map(Math.round)).size).toBe(1);
      } else {
        expect(legendBox.x).toBeGreaterThanOrEqual(box.x + box.width);
        expect(legendBox.y + legendBox.height).toBeLessThanOrEqual(box.y + box.height);
      }

      const before = await probe(page, 'embed');
      expect(sameColor(before.pixel, before.expected), `${before.gso}: ${before.pixel} vs ${before.expected}`).toBe(true);
      const legend = await legendAndClasses(page);
      expect(legend.swatches).toEqual(legend.classes);
      expect(legend.swatches.length).toBeGreaterThanOrEqual(2);
      await expect(page.locator('poverty-embed .summary').textContent()).resolves.toContain('Tỷ lệ hộ nghèo đầu năm 2022 của huyện Cam Lộ: 3,04 %.');

      const renders = Number(await map.getAttribute('data-render-count'));
      await select.selectOption('change_2022_pp');
      await page.waitForFunction(
        (n) => Number(document.querySelector('poverty-embed')!.shadowRoot!.querySelector('poverty-map')!.getAttribute('data-render-count')) > n,
        renders,
      );
      const after = await probe(page, 'embed');
      expect(sameColor(after.pixel, after.expected), `${after.gso}: ${after.pixel} vs ${after.expected}`).toBe(true);
      const legendAfter = await legendAndClasses(page);
      expect(legendAfter.swatches).toEqual(legendAfter.classes);
      expect(legendAfter.classes).not.toEqual(legend.classes);
      await expect(page.locator('poverty-embed .summary').textContent()).resolves.toMatch(/^Thay đổi tỷ lệ hộ nghèo/);
      const link = page.locator('poverty-embed a.full');
      expect(await link.getAttribute('href')).toBe('index.html?metric=change_2022_pp');
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener');

      expect(consoleErrors).toEqual([]);
      expect(blockedRequests).toEqual([]);
      await page.close();
    });
  }

  it('keeps its data table in a closed <details> that opens from the keyboard', async () => {
    const { page, consoleErrors } = await browser.newPage({ width: 320, height: 400 });
    await page.goto(`${preview.url}embed.html?lang=en&metric=poverty_rate_end_2022`);
    await page.locator('poverty-map[data-ready]').waitFor();
    const table = page.locator('poverty-embed commune-table table');
    expect(await table.isVisible()).toBe(false);
    await page.locator('poverty-embed details.data > summary').focus();
    await page.keyboard.press('Enter');
    await table.waitFor({ state: 'visible' });
    expect(await page.locator('poverty-embed details.data > summary').textContent()).toBe('Data table');
    expect(await table.locator('tbody tr').count()).toBe(8);
    await expect(page.locator('poverty-embed .summary').textContent()).resolves.toMatch(/^Cam Lộ district — projected poverty rate, end of 2022: 2,?\.?\d\d%\./);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  for (const size of [{ width: 320, height: 400 }, { width: 800, height: 600 }]) {
    it(`has no serious or critical accessibility violations in ${size.width}×${size.height}, table open`, async () => {
      const { page } = await browser.newPage(size);
      await page.goto(`${preview.url}embed.html`);
      await page.locator('poverty-map[data-ready]').waitFor();
      await page.locator('poverty-embed details.data').evaluate((d) => ((d as HTMLDetailsElement).open = true));
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.close();
    });
  }

  it('posts its height to the host page, and the listener snippet resizes the iframe', async () => {
    const snippet = iframeSnippet({ baseUrl: preview.url, view: { ...DEFAULT_VIEW, metric: 'poverty_rate_end_2022' }, id: 'ban-do-1', district: { name: 'Cam Lộ', type: 'Huyện' }, year: 2022 });
    const recorder = `<script>window.__messages = []; window.addEventListener('message', function (e) { window.__messages.push(e.data); });</script>`;
    host.pages.set('/iframe.html', hostPage('Trang của huyện', `<p>Bài viết.</p>${recorder}${snippet}${listenerSnippet()}<p>Tiếp theo.</p>`));
    const { page, consoleErrors } = await browser.newPage({ width: 800, height: 900 });
    await page.goto(`${host.url}/iframe.html`);
    const frameElement = page.locator('iframe#ban-do-1');
    expect(await frameElement.getAttribute('height')).toBe('520');
    const frame = (await frameElement.elementHandle())!.contentFrame();
    const inner = (await frame)!;
    await inner.locator('poverty-map[data-ready]').waitFor();

    const contentHeight = () => inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const fitted = async () => {
      const expected = await contentHeight();
      await page.waitForFunction((h) => document.querySelector('iframe')!.getBoundingClientRect().height === h, expected);
      return expected;
    };
    const height = await fitted();
    expect(height).toBeGreaterThan(400);
    expect(height).toBeLessThan(1500);
    const messages = (await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)) as { type: string; height: number; id: string }[];
    const ours = messages.filter((m) => m?.type === HEIGHT_MESSAGE_TYPE);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((m) => m.id === 'ban-do-1' && Number.isInteger(m.height))).toBe(true);
    expect(ours.at(-1)!.height).toBe(height);
    expect(await inner.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);

    await inner.locator('poverty-embed details.data > summary').click();
    const opened = await fitted();
    expect(opened).toBeGreaterThan(height + 100);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('<poverty-map> web component', () => {
  it('renders on its plain host page (poverty-map.html)', async () => {
    const { page, consoleErrors, blockedRequests } = await browser.newPage({ width: 800, height: 700 });
    await page.goto(`${preview.url}poverty-map.html`);
    await page.locator('poverty-map[data-ready]').waitFor();
    const { gso, expected, pixel } = await probe(page, 'page');
    expect(sameColor(pixel, expected), `${gso}: ${pixel} vs ${expected}`).toBe(true);
    expect(await page.locator('.legend li').count()).toBeGreaterThanOrEqual(2);
    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
    await page.close();
  });

  it('renders from the dialog snippet on a page of another origin', async () => {
    const view = { ...DEFAULT_VIEW, metric: 'poverty_rate_end_2022' as const, lang: 'en' as const };
    host.pages.set('/element.html', hostPage('Element', elementSnippet({ baseUrl: preview.url, view })));
    const { page, consoleErrors, blockedRequests } = await browser.newPage({ width: 800, height: 700 });
    await page.goto(`${host.url}/element.html`);
    const map = page.locator('poverty-map[data-ready]');
    await map.waitFor();
    expect(await map.getAttribute('metric')).toBe('poverty_rate_end_2022');
    expect((await map.boundingBox())!.height).toBe(480);
    const { gso, expected, pixel } = await probe(page, 'page');
    expect(sameColor(pixel, expected), `${gso}: ${pixel} vs ${expected}`).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
    await page.close();
  });
});

describe('start-up cost', () => {
  it('measures the JavaScript embed.html loads, gzipped', async () => {
    const { page } = await browser.newPage({ width: 800, height: 600 });
    const sizes = new Map<string, number>();
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const url = response.url();
      if (!/\.m?js(\?|$)/.test(new URL(url).pathname + new URL(url).search)) return;
      pending.push(response.body().then((body) => void sizes.set(new URL(url).pathname, gzipSync(body).length)).catch(() => undefined));
    });
    await page.goto(`${preview.url}embed.html`);
    await page.locator('poverty-map[data-ready]').waitFor();
    await Promise.all(pending);
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    console.info(`embed.html start-up JavaScript: ${(total / 1024).toFixed(1)} kB gzipped`, Object.fromEntries([...sizes].map(([k, v]) => [k, `${(v / 1024).toFixed(1)} kB`])));
    expect(sizes.size).toBeGreaterThan(0);
    await page.close();
  });
});
