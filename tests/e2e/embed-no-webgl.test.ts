/**
 * The public embed and the stand-alone `<poverty-map>` in a browser without WebGL (every WebGL context refused): the
 * SVG choropleth in the legend's colours, the legend and the data table are all there, zooming says it cannot, and
 * nothing logs an error or loads MapLibre.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../src/classify/choropleth';
import { DEFAULT_VIEW } from '../../src/state/view-state';
import { loadDataset } from '../unit/map/fixture';
import { DIST, ROOT, hexToRgb, launchBrowser, startPreview, type PreviewHandle, type TestBrowser } from './support/browser';

let preview: PreviewHandle;
let browser: TestBrowser;
const DATASET = loadDataset();

/** Refuse every WebGL context, as a browser with WebGL turned off or blocklisted does. */
function refuseWebgl(): void {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
    return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
  } as typeof original;
}

/** The modules of the scripts a page fetched, from the build's source maps. */
function modulesOf(paths: string[]): string[] {
  return paths.flatMap((file) => {
    const map = join(DIST, `${file}.map`);
    if (!existsSync(map)) return [];
    return (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources.map((s) => relative(ROOT, resolve(dirname(map), s)).replace(/^.*node_modules\//, 'node_modules/'));
  });
}

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchBrowser();
  await browser.context.addInitScript(refuseWebgl);
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('without WebGL', () => {
  it('embed.html shows the SVG choropleth in the legend’s colours, the legend and the table; zooming says why it cannot', async () => {
    const { page, consoleErrors, blockedRequests } = await browser.newPage({ width: 800, height: 600 });
    const scripts: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/\.m?js$/.test(pathname)) scripts.push(pathname);
    });
    await page.goto(`${preview.url}embed.html`);
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl'))).toBeNull();
    await page.locator('poverty-map[data-ready]').waitFor();

    const pure = buildChoropleth(DATASET, { metric: DEFAULT_VIEW.metric, method: DEFAULT_VIEW.method, classes: DEFAULT_VIEW.classes, palette: DEFAULT_VIEW.palette, lang: 'vi' });
    const swatches = await page.locator('poverty-embed choropleth-legend .row.class .swatch').evaluateAll((items) => items.map((s) => (s as HTMLElement).dataset['color']!));
    expect(swatches).toEqual(pure.legend.classes.map((c) => c.color));
    expect(swatches.length).toBeGreaterThanOrEqual(2);
    expect(await page.locator('poverty-embed choropleth-legend').isVisible()).toBe(true);
    const paths = await page.locator('poverty-embed poverty-map svg.choropleth path.commune').evaluateAll((items) =>
      items.map((p) => ({ gso: (p as SVGPathElement).dataset['gso']!, fill: p.getAttribute('fill'), painted: getComputedStyle(p).fill })),
    );
    expect(paths).toHaveLength(DATASET.communes.length);
    for (const p of paths) {
      const swatch = swatches[pure.classOf[p.gso]!]!;
      expect(p.fill, `${p.gso}`).toBe(swatch);
      expect(p.painted, `${p.gso}`).toBe(`rgb(${hexToRgb(swatch).join(', ')})`);
    }
    expect(await page.locator('poverty-embed poverty-map text.label').count()).toBe(DATASET.communes.length);

    await page.locator('poverty-embed details.data > summary').click();
    const table = page.locator('poverty-embed commune-table table');
    await table.waitFor({ state: 'visible' });
    expect(await table.locator('tbody tr').count()).toBe(DATASET.communes.length);

    await page.locator('poverty-embed poverty-map button.zoom-in').click();
    await page.locator('poverty-embed poverty-map .notice', { hasText: 'WebGL' }).waitFor();
    expect(await page.locator('poverty-embed poverty-map button.zoom-in').count()).toBe(0);
    expect(await page.locator('poverty-embed poverty-map svg.choropleth').isVisible()).toBe(true);
    expect(modulesOf(scripts).filter((m) => m.startsWith('node_modules/maplibre-gl/'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
    await page.close();
  });

  it('poverty-map.html (the web component) draws its SVG choropleth and legend and answers a click', async () => {
    const { page, consoleErrors, blockedRequests } = await browser.newPage({ width: 800, height: 700 });
    await page.goto(`${preview.url}poverty-map.html`);
    await page.locator('poverty-map[data-ready]').waitFor();
    const pure = buildChoropleth(DATASET, { metric: 'poverty_rate_end_2022', method: 'natural', classes: 4, palette: 'YlOrRd', lang: 'en' });
    const fills = await page.locator('poverty-map svg.choropleth path.commune').evaluateAll((items) =>
      Object.fromEntries(items.map((p) => [(p as SVGPathElement).dataset['gso']!, p.getAttribute('fill')])),
    );
    expect(fills).toEqual(pure.fills);
    const legend = await page.locator('ul.legend li i').evaluateAll((items) => items.map((i) => getComputedStyle(i).backgroundColor));
    expect(legend).toEqual(pure.legend.classes.map((c) => `rgb(${hexToRgb(c.color).join(', ')})`));

    const picked = page.evaluate(
      () => new Promise<string | null>((done) => document.querySelector('poverty-map')!.addEventListener('commune-select', (e) => done(e.detail.gsoCode), { once: true })),
    );
    const target = page.locator('poverty-map path.commune').first();
    const box = (await target.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await picked).toMatch(/^\d{5}$/);
    await page.locator('output', { hasText: 'Selected:' }).waitFor();
    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
    await page.close();
  });
});
