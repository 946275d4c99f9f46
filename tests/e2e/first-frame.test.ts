/**
 * The explorer's first frame: the choropleth drawn as SVG, in the legend's colours, before MapLibre has even been
 * fetched; the MapLibre map replaces it once drawn. The MapLibre module's request is held back to see the first frame
 * on its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../src/classify/choropleth';
import { DEFAULT_VIEW } from '../../src/state/view-state';
import { loadDataset } from '../unit/map/fixture';
import { hexToRgb, launchBrowser, startPreview, type PreviewHandle, type TestBrowser } from './support/browser';

let preview: PreviewHandle;
let browser: TestBrowser;
const DATASET = loadDataset();

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('the first frame', () => {
  it('draws the choropleth as SVG in the legend’s colours before MapLibre loads, then the MapLibre map replaces it', async () => {
    const { page, consoleErrors, blockedRequests } = await browser.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const mapModules: string[] = [];
    await page.route(/\/assets\/poverty-map-[^/]+\.js$/, async (route) => {
      mapModules.push(route.request().url());
      await held;
      await route.continue();
    });
    await page.goto(`${preview.url}index.html`);
    const svgPaths = page.locator('poverty-app map-preview svg path.commune');
    await svgPaths.first().waitFor();
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('bdgn:first-paint').length)).toBe(1);
    await expect.poll(() => mapModules.length, 'the MapLibre map is asked for once the preview is on screen').toBe(1);
    expect(await page.locator('poverty-app poverty-map[data-ready]').count()).toBe(0);

    const pure = buildChoropleth(DATASET, { metric: DEFAULT_VIEW.metric, method: DEFAULT_VIEW.method, classes: DEFAULT_VIEW.classes, palette: DEFAULT_VIEW.palette, lang: 'vi' });
    const swatches = await page.locator('poverty-app choropleth-legend .row.class .swatch').evaluateAll((items) => items.map((s) => (s as HTMLElement).dataset['color']!));
    expect(swatches).toEqual(pure.legend.classes.map((c) => c.color));
    const paths = await svgPaths.evaluateAll((items) => items.map((p) => ({ gso: (p as SVGPathElement).dataset['gso']!, painted: getComputedStyle(p).fill })));
    expect(paths.map((p) => p.gso).sort()).toEqual(DATASET.communes.map((f) => f.properties.gso_code).sort());
    for (const p of paths) expect(p.painted, p.gso).toBe(`rgb(${hexToRgb(swatches[pure.classOf[p.gso]!]!).join(', ')})`);
    expect(await page.locator('poverty-app map-preview text.label').count()).toBe(DATASET.communes.length);
    const box = await page.locator('poverty-app map-preview').boundingBox();
    expect(box!.width * box!.height, 'the preview fills the map area').toBeGreaterThan(300 * 300);

    release();
    await page.locator('poverty-app poverty-map[data-ready]').waitFor();
    await page.locator('poverty-app map-preview').waitFor({ state: 'detached' });
    expect(await page.locator('poverty-app poverty-map').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
    await page.close();
  });
});
