/** <poverty-map> in a real Chromium on the production build: pixels, labels, events, keyboard; no network. */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../src/classify/choropleth';
import { keyboardOrder } from '../../src/map/map-model';
import { loadDataset } from '../unit/map/fixture';
import { CODES, communePixels, project } from './support/app';
import { launchBrowser, readPixel, sameColor, startPreview, type PreviewHandle, type TestBrowser, type TestPage } from './support/browser';

const dataset = loadDataset();
const VIEW = { method: 'natural', classes: 4, palette: 'YlOrRd', lang: 'en' } as const;

let server: PreviewHandle;
let browser: TestBrowser;
let current: TestPage | null = null;
/** The stand-alone page shared by the tests that put it back to its first view before they start. */
let shared: TestPage | null = null;
/** The stand-alone page of the label tests, whose body each of them replaces by a full-viewport element. */
let labelsPage: TestPage | null = null;
/** What a test expects the browser to log or have blocked (the offline basemap test). */
let expected: { console: RegExp; blocked: RegExp } | null = null;

beforeAll(async () => {
  server = await startPreview();
  // With motion (the browsers' default): label fades and camera flights as most people see them.
  browser = await launchBrowser({ reducedMotion: 'no-preference' });
});

afterAll(async () => {
  shared = null;
  labelsPage = null;
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  for (const page of [shared, labelsPage]) {
    if (!page) continue;
    expect(page.consoleErrors.splice(0), 'console errors').toEqual([]);
    expect(page.blockedRequests, 'requests outside localhost').toEqual([]);
  }
  if (!current) return;
  try {
    expect(current.consoleErrors.filter((m) => !expected?.console.test(m)), 'console errors').toEqual([]);
    expect(current.blockedRequests.filter((u) => !expected?.blocked.test(u)), 'requests outside localhost').toEqual([]);
  } finally {
    await current.page.close();
    current = null;
    expected = null;
  }
});

/**
 * The stand-alone element paints an SVG first and loads MapLibre when the person zooms or pans; these tests are about
 * the MapLibre map, so they ask for it (as a first zoom would) and wait until it has drawn.
 */
async function upgraded(page: Page, selector = 'poverty-map'): Promise<void> {
  const ok = await page.locator(selector).evaluate((el) => (el as unknown as { upgrade(intent?: string): Promise<boolean> }).upgrade('move'));
  expect(ok, 'MapLibre map loaded').toBe(true);
  await page.waitForFunction((s) => (document.querySelector(s) as unknown as { map: { loaded(): boolean } | null }).map?.loaded() === true, selector);
}

/** Open the stand-alone page and wait for the first paint. */
async function open(size = { width: 1280, height: 800 }): Promise<Page> {
  current = await browser.newPage(size);
  const { page } = current;
  await page.goto(`${server.url}poverty-map.html`);
  await page.waitForSelector('poverty-map[data-ready]');
  await upgraded(page);
  return page;
}

/**
 * The file's second stand-alone page, resized to `size`, its body replaced by one new full-viewport element (created
 * at that size) once it has drawn.
 */
async function fullViewport(size: { width: number; height: number }): Promise<Page> {
  if (!labelsPage) {
    labelsPage = await browser.newPage(size);
    await labelsPage.page.goto(`${server.url}poverty-map.html`);
    await labelsPage.page.waitForSelector('poverty-map[data-ready]');
  } else await labelsPage.page.setViewportSize(size);
  const { page } = labelsPage;
  await page.evaluate(() => {
    document.body.innerHTML = '<poverty-map id="full" metric="poverty_rate_end_2022" lang="en" style="position:fixed;inset:0;height:auto;border:0"></poverty-map>';
  });
  await page.waitForSelector('#full[data-ready]');
  await upgraded(page, '#full');
  return page;
}

/**
 * The stand-alone page as first shown (end-of-2022 rate, English, nothing selected, no tooltip, no listener log),
 * opened once for the file and put back to that view before each test that uses it.
 */
async function firstView(): Promise<Page> {
  if (!shared) {
    shared = await browser.newPage({ width: 1280, height: 800 });
    await shared.page.goto(`${server.url}poverty-map.html`);
    await shared.page.waitForSelector('poverty-map[data-ready]');
    await upgraded(shared.page);
  }
  const { page } = shared;
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await changeAndIdle(page, "el.metric = 'poverty_rate_end_2022'; el.lang = 'en'; el.selected = null; document.querySelector('output').textContent = '';");
  await page.locator('poverty-map .tooltip').waitFor({ state: 'detached' });
  return page;
}

/** Run `change` in the page and wait for the map's next 'idle'. */
async function changeAndIdle(page: Page, change: string): Promise<void> {
  await page.evaluate(
    (body) =>
      new Promise<void>((resolve) => {
        const map = document.querySelector('poverty-map')!.map!;
        map.once('idle', () => resolve());
        new Function('map', 'el', body)(map, document.querySelector('poverty-map'));
        map.triggerRepaint();
      }),
    change,
  );
}

const renderCount = (page: Page) => page.evaluate(() => Number(document.querySelector('poverty-map')!.getAttribute('data-render-count')));
const waitRenderAfter = (page: Page, n: number) =>
  page.waitForFunction((before) => Number(document.querySelector('poverty-map')!.getAttribute('data-render-count')) > before, n);

/** Every vertex of a commune's boundary. */
function vertices(code: string): number[][] {
  const g = dataset.communes.find((f) => f.properties.gso_code === code)!.geometry;
  return g.type === 'Polygon' ? g.coordinates.flat(1) : g.coordinates.flat(2);
}

/** Record the element's commune events in the page. */
async function recordEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: { type: string; gsoCode: string | null }[] = [];
    (window as unknown as { mapEvents: typeof log }).mapEvents = log;
    const el = document.querySelector('poverty-map')!;
    el.addEventListener('commune-select', (e) => log.push({ type: 'select', gsoCode: e.detail.gsoCode }));
  });
}

const nextEvent = (page: Page, index: number) =>
  page.waitForFunction((i) => (window as unknown as { mapEvents: unknown[] }).mapEvents[i] ?? null, index).then((h) => h.jsonValue() as Promise<{ type: string; gsoCode: string | null }>);

describe('<poverty-map> on the stand-alone page', () => {
  it('paints each commune in its class colour, as the pure modules compute it', async () => {
    const page = await firstView();
    const expected = buildChoropleth(dataset, { metric: 'poverty_rate_end_2022', ...VIEW }).fills;
    const shown = await page.evaluate(() => document.querySelector('poverty-map')!.choropleth.fills);
    expect(shown).toEqual(expected);
    const pixels = await communePixels(page);
    for (const code of CODES) expect(sameColor(pixels[code]!, expected[code]!), `${code}: ${pixels[code]} vs ${expected[code]}`).toBe(true);
    expect(new Set(Object.values(expected)).size).toBeGreaterThan(2);
  });

  it('repaints on a metric change without recreating the map or reloading the style', async () => {
    const page = await firstView();
    await page.evaluate(() => {
      const el = document.querySelector('poverty-map')!;
      const w = window as unknown as { firstMap: unknown; styleLoads: number };
      w.firstMap = el.map;
      w.styleLoads = 0;
      el.map!.on('style.load', () => (w.styleLoads += 1));
    });
    const before = await renderCount(page);
    await page.evaluate(() => (document.querySelector('poverty-map')!.metric = 'households'));
    await waitRenderAfter(page, before);
    const expected = buildChoropleth(dataset, { metric: 'households', ...VIEW }).fills;
    const old = buildChoropleth(dataset, { metric: 'poverty_rate_end_2022', ...VIEW }).fills;
    expect(CODES.some((c) => expected[c] !== old[c])).toBe(true);
    const pixels = await communePixels(page);
    for (const code of CODES) expect(sameColor(pixels[code]!, expected[code]!), code).toBe(true);
    const same = await page.evaluate(() => {
      const w = window as unknown as { firstMap: unknown; styleLoads: number };
      return { sameMap: w.firstMap === document.querySelector('poverty-map')!.map, styleLoads: w.styleLoads };
    });
    expect(same).toEqual({ sameMap: true, styleLoads: 0 });
  });

  it('shows a tooltip with name, value and households on hover, in either language', async () => {
    const page = await firstView();
    const map = page.locator('poverty-map');
    const p = await project(page, '19600');
    await map.hover({ position: { x: p.x, y: p.y + 20 } });
    const tooltip = page.locator('poverty-map .tooltip');
    await expect.poll(() => tooltip.textContent()).toContain('Xã Cam Tuyền');
    const text = (await tooltip.textContent())!;
    expect(text).toContain('6.68%');
    expect(text).toContain('99 / 1,481 households');
    expect(text).toMatch(/Class \d: /);
    await page.evaluate(() => (document.querySelector('poverty-map')!.lang = 'vi'));
    await map.hover({ position: { x: p.x + 10, y: p.y + 20 } });
    await expect.poll(() => tooltip.textContent()).toContain('99 / 1.481 hộ');
    expect(await tooltip.textContent()).toContain('6,68 %');
  });

  it('emits commune-select on click and draws the selected outline', async () => {
    const page = await firstView();
    await recordEvents(page);
    const ring = vertices('19603');
    const neighbour = vertices('19606');
    const shared = ring.filter((p) => neighbour.some((q) => q[0] === p[0] && q[1] === p[1]));
    expect(shared.length).toBeGreaterThan(2);
    const [a, b] = [shared[Math.floor(shared.length / 2) - 1]!, shared[Math.floor(shared.length / 2)]!];
    const edge = await page.evaluate((lngLat) => {
      const p = document.querySelector('poverty-map')!.map!.project(lngLat as [number, number]);
      return { x: p.x, y: p.y };
    }, [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2]);
    const luma = ([r, g, bl]: number[]) => 0.299 * r! + 0.587 * g! + 0.114 * bl!;
    expect(luma(await readPixel(page, edge.x, edge.y))).toBeGreaterThan(150);

    const before = await renderCount(page);
    const p = await project(page, '19603');
    await page.locator('poverty-map').click({ position: { x: p.x, y: p.y + 18 } });
    expect(await nextEvent(page, 0)).toEqual({ type: 'select', gsoCode: '19603' });
    await waitRenderAfter(page, before);
    expect(luma(await readPixel(page, edge.x, edge.y))).toBeLessThan(80);
    expect(await page.locator('output').textContent()).toContain('Xã Thanh An');
  });

  it('moves through communes with the arrow keys; Enter selects, Escape clears', async () => {
    const page = await firstView();
    await recordEvents(page);
    const order = keyboardOrder(dataset);
    const container = page.locator('poverty-map .map');
    expect(await container.getAttribute('aria-label')).toBe('Map of projected poverty rate, end of 2022 by commune');
    expect(await container.getAttribute('role')).toBe('application');
    await container.focus();
    await page.keyboard.press('ArrowRight');
    const first = dataset.communes.find((f) => f.properties.gso_code === order[0])!.properties.full_name;
    await expect.poll(() => page.locator('poverty-map .tooltip').textContent()).toContain(first);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await nextEvent(page, 0)).toEqual({ type: 'select', gsoCode: order[1] });
    await page.keyboard.press('Escape');
    expect(await nextEvent(page, 1)).toEqual({ type: 'select', gsoCode: null });
    expect(await page.locator('poverty-map .tooltip').count()).toBe(0);
  });
});

describe('<poverty-map> online basemap', () => {
  it('hides a basemap whose tiles cannot load and says so, without an error storm', async () => {
    const page = await open();
    expected = { console: /^Failed to load resource/, blocked: /^https:\/\/tile\.openstreetmap\.org\// };
    await page.evaluate(() => (document.querySelector('poverty-map')!.basemap = true));
    await expect.poll(() => page.locator('poverty-map .notice').textContent()).toContain('basemap could not be loaded');
    await expect.poll(() => page.evaluate(() => document.querySelector('poverty-map')!.map!.getLayoutProperty('basemap', 'visibility'))).toBe('none');
    expect(current!.blockedRequests.length).toBeGreaterThan(0);
    const pixels = await communePixels(page);
    const fills = buildChoropleth(dataset, { metric: 'poverty_rate_end_2022', ...VIEW }).fills;
    for (const code of CODES) expect(sameColor(pixels[code]!, fills[code]!), code).toBe(true);
  });
});

describe('<poverty-map> labels', () => {
  for (const size of [
    { width: 360, height: 640 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`names all 8 communes without overlap at ${size.width}×${size.height}`, async () => {
      const page = await fullViewport(size);
      const result = await page.evaluate(() => {
        const map = document.querySelector('poverty-map')!.map!;
        const rendered = map.queryRenderedFeatures({ layers: ['commune-labels'] }).map((f) => String(f.properties['gso_code']));
        const boxes: Record<string, { x0: number; y0: number; x1: number; y1: number }> = {};
        let doubleHits = 0;
        const { width, height } = map.getContainer().getBoundingClientRect();
        const anchors = map.queryRenderedFeatures({ layers: ['commune-labels'] }).map((f) => map.project((f.geometry as unknown as { coordinates: [number, number] }).coordinates));
        const [left, right] = [Math.max(0, Math.min(...anchors.map((p) => p.x)) - 130), Math.min(width, Math.max(...anchors.map((p) => p.x)) + 130)];
        const [top, bottom] = [Math.max(0, Math.min(...anchors.map((p) => p.y)) - 60), Math.min(height, Math.max(...anchors.map((p) => p.y)) + 60)];
        for (let x = Math.floor(left); x < right; x += 4) {
          for (let y = Math.floor(top); y < bottom; y += 4) {
            const hits = map.queryRenderedFeatures([x, y], { layers: ['commune-labels'] }).map((f) => String(f.properties['gso_code']));
            if (hits.length > 1) doubleHits += 1;
            for (const code of hits) {
              const b = (boxes[code] ??= { x0: x, y0: y, x1: x, y1: y });
              Object.assign(b, { x0: Math.min(b.x0, x), y0: Math.min(b.y0, y), x1: Math.max(b.x1, x), y1: Math.max(b.y1, y) });
            }
          }
        }
        return { rendered, boxes, doubleHits, width, height };
      });
      expect(new Set(result.rendered)).toEqual(new Set(CODES));
      expect(result.doubleHits).toBe(0);
      const boxes = Object.entries(result.boxes);
      expect(boxes).toHaveLength(8);
      for (const [code, b] of boxes) {
        expect(b.x0, code).toBeGreaterThanOrEqual(0);
        expect(b.x1, code).toBeLessThan(result.width);
        for (const [other, o] of boxes) {
          if (other <= code) continue;
          const overlap = b.x0 <= o.x1 && o.x0 <= b.x1 && b.y0 <= o.y1 && o.y0 <= b.y1;
          expect(overlap, `${code} overlaps ${other}`).toBe(false);
        }
      }
    });
  }
});
