/**
 * The explorer's first frame: the choropleth drawn on a canvas, in the legend's colours, before MapLibre has even been
 * fetched; the MapLibre map replaces it once drawn. The MapLibre module's request is held back to see the first frame
 * on its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../src/classify/choropleth';
import { anchorPlacement, svgGeometry } from '../../src/map/svg-geometry';
import { DEFAULT_VIEW } from '../../src/state/view-state';
import { loadDataset, readGeo } from '../unit/map/fixture';
import { launchBrowser, sameColor, startPreview, type PreviewHandle, type TestBrowser } from './support/browser';

let preview: PreviewHandle;
let browser: TestBrowser;
const DATASET = loadDataset();
const CONTEXT = { outline: readGeo('cam-lo-outline.geojson'), neighbours: readGeo('neighbours.geojson'), labelPoints: readGeo('cam-lo-label-points.geojson') };

beforeAll(async () => {
  preview = await startPreview();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('the first frame', () => {
  it('draws the choropleth on a canvas in the legend’s colours before MapLibre loads, then the MapLibre map replaces it', async () => {
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
    const frame = page.locator('poverty-app map-preview');
    await frame.waitFor();
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('bdgn:first-paint').length)).toBe(1);
    await expect.poll(() => mapModules.length, { message: 'the MapLibre map is asked for once the preview is on screen' }).toBe(1);
    expect(await page.locator('poverty-app poverty-map[data-ready]').count()).toBe(0);

    const pure = buildChoropleth(DATASET, { metric: DEFAULT_VIEW.metric, method: DEFAULT_VIEW.method, classes: DEFAULT_VIEW.classes, palette: DEFAULT_VIEW.palette, lang: 'vi' });
    const swatches = await page.locator('poverty-app choropleth-legend .row.class .swatch').evaluateAll((items) => items.map((s) => (s as HTMLElement).dataset['color']!));
    expect(swatches).toEqual(pure.legend.classes.map((c) => c.color));
    const size = await frame.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
    expect(size.width * size.height, 'the preview fills the map area').toBeGreaterThan(300 * 300);
    // Each commune's pixel next to its label point (below a centred label, else on the point the label turns away from).
    const geometry = svgGeometry(DATASET.communes, CONTEXT, size.width, size.height);
    const samples = DATASET.communes.map((f) => {
      const label = geometry.labels[f.properties.gso_code]!;
      const centred = anchorPlacement(label.anchor).textAnchor === 'middle' && label.anchor === 'center';
      return { code: f.properties.gso_code, x: Math.round(label.x), y: Math.round(label.y + (centred ? 12 : 0)) };
    });
    const pixels = await frame.evaluate((el, points) => {
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      const ratio = canvas.width / el.clientWidth;
      return points.map((p) => [...ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data] as [number, number, number, number]);
    }, samples);
    samples.forEach((s, i) => expect(sameColor(pixels[i]!, swatches[pure.classOf[s.code]!]!, 2), `${s.code}: rgba(${pixels[i]})`).toBe(true));

    release();
    await page.locator('poverty-app poverty-map[data-ready]').waitFor();
    await page.locator('poverty-app map-preview').waitFor({ state: 'detached' });
    expect(await page.locator('poverty-app poverty-map').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
    await page.close();
  });

  it('stays as the map where WebGL is refused: a notice says why, the controls load and a new measure repaints it', async () => {
    const context = await launchBrowser();
    await context.context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
        return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
    try {
      const { page, consoleErrors, blockedRequests } = await context.newPage();
      await page.goto(`${preview.url}index.html`);
      await page.locator('poverty-app poverty-map[data-failed]').waitFor({ state: 'attached' });
      await page.locator('poverty-app p.notice[role="status"]', { hasText: 'WebGL' }).waitFor();
      await page.locator('poverty-app[data-loaded]').waitFor({ state: 'attached' });
      const frame = page.locator('poverty-app map-preview');
      expect(await frame.isVisible()).toBe(true);
      const centre = async () =>
        frame.evaluate((el) => {
          const canvas = el.shadowRoot!.querySelector('canvas')!;
          return [...canvas.getContext('2d', { willReadFrequently: true })!.getImageData(0, 0, canvas.width, canvas.height).data].join();
        });
      const before = await centre();
      await page.locator('poverty-app metric-controls select#metric').selectOption('households');
      await expect.poll(centre, { message: 'the still map repaints for the new measure' }).not.toBe(before);
      expect(new URL(page.url()).searchParams.get('metric')).toBe('households');
      expect(consoleErrors).toEqual([]);
      expect(blockedRequests).toEqual([]);
      await page.close();
    } finally {
      await context.close();
    }
  });
});
