/** Downloads and print layout of <export-menu> in the production build (run `npx vite build` first). */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { parsePlanTable } from '../../src/data/plan-table';
import { PRINT_MAP_SIZE } from '../../src/export/print-model';
import { slideLayout } from '../../src/export/slide-layout';
import { camLo } from '../unit/export/fixture';
import { launchBrowser, sameColor, startPreview, type PreviewHandle, type Rgba, type TestBrowser, type TestPage } from './support/browser';

let server: PreviewHandle;
let browser: TestBrowser;
let tab: TestPage;

/** The legend of the map on screen: class colours, then the no-data colour when some commune has no value. */
async function legendColors(): Promise<{ classes: string[]; rows: string[] }> {
  return tab.page.evaluate(() => {
    const map = document.querySelector('poverty-app')!.shadowRoot!.querySelector('poverty-map')!;
    const { legend } = map.choropleth;
    const classes = legend.classes.map((c) => c.color);
    return { classes, rows: legend.noData ? [...classes, legend.noData.color] : classes };
  });
}

/** Choose an entry of the export menu and return the file it downloads. */
async function download(kind: string): Promise<{ bytes: Buffer; name: string }> {
  const { page } = tab;
  await page.locator('export-menu .trigger').click();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 55_000 }), page.locator(`export-menu [data-export="${kind}"]`).click()]);
  // The browser runs in another process (shared by the run): save a local copy rather than read its own path.
  const dir = await mkdtemp(join(tmpdir(), 'bdgn-download-'));
  try {
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    return { bytes: await readFile(path), name: file.suggestedFilename() };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Pixels of a PNG at device-pixel positions, decoded by the browser without colour conversion. */
async function pngPixels(bytes: Buffer, points: [number, number][]): Promise<Rgba[]> {
  return tab.page.evaluate(
    async ([b64, pts]) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }), { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return pts.map(([x, y]) => [...ctx.getImageData(x, y, 1, 1).data] as [number, number, number, number]);
    },
    [bytes.toString('base64'), points] as const,
  );
}

async function lastExport(): Promise<{ record: string | null; ms: number; error: string | null }> {
  const menu = tab.page.locator('export-menu');
  return { record: await menu.getAttribute('data-last-export'), ms: Number(await menu.getAttribute('data-last-export-ms')), error: await menu.getAttribute('data-export-error') };
}

beforeAll(async () => {
  server = await startPreview();
  browser = await launchBrowser();
  tab = await browser.newPage({ width: 1280, height: 800 });
  await tab.page.goto(server.url);
  await tab.page.locator('poverty-map[data-ready]').waitFor({ timeout: 90_000 });
  await tab.page.locator('export-menu').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Every test of the file uses the one page: each must leave it logging no error and fetching nothing from outside.
afterEach(() => {
  expect(tab.consoleErrors.splice(0), 'console errors').toEqual([]);
  expect(tab.blockedRequests, 'requests outside localhost').toEqual([]);
});

/** Replace window.print by a counter (once per page); returns how many times it was called so far. */
async function stubPrint(): Promise<number> {
  return tab.page.evaluate(() => {
    const w = window as unknown as { printCalls?: { count: number } };
    if (!w.printCalls) {
      const calls = { count: 0 };
      w.printCalls = calls;
      window.print = () => void (calls.count += 1);
    }
    return w.printCalls.count;
  });
}

/** Choose a print entry of the menu and wait for the layout to be printed (window.print called once more). */
async function printFromMenu(kind: 'print-a4' | 'print-a3'): Promise<void> {
  const before = await stubPrint();
  await tab.page.locator('export-menu .trigger').click();
  await tab.page.locator(`export-menu [data-export="${kind}"]`).click();
  await tab.page.waitForFunction((n) => (window as unknown as { printCalls: { count: number } }).printCalls.count === n + 1, before, { timeout: 55_000 });
}

describe('export menu', () => {
  it('opens and closes like a disclosure: aria-expanded, arrow keys, Escape returns focus', async () => {
    const { page } = tab;
    const trigger = page.locator('export-menu .trigger');
    await expect(trigger.getAttribute('aria-expanded')).resolves.toBe('false');
    await trigger.click();
    await expect(trigger.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('export-menu [data-export]').count()).resolves.toBe(7);
    await page.locator('export-menu [data-export="png-2"]:focus').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.locator('export-menu [data-export="png-3"]:focus').waitFor();
    await page.keyboard.press('Escape');
    await expect(trigger.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.locator('export-menu .trigger:focus').waitFor();
    await expect(page.locator('export-menu .list').isHidden()).resolves.toBe(true);
  });
});

describe('PNG export', () => {
  it('at 2× is exactly 2560 × 1440 with the legend swatches and the classes drawn on the map', async () => {
    const { bytes, name } = await download('png-2');
    expect(name).toBe('cam-lo-2022-poverty-rate-2x.png');
    expect(pngSize(bytes)).toEqual({ width: 2560, height: 1440 });
    const last = await lastExport();
    expect(last.error).toBeNull();
    expect(last.record).toBe(`png:2560x1440:${bytes.length}`);
    console.info(`PNG 2×: ${bytes.length} bytes in ${last.ms} ms`);

    const { classes, rows } = await legendColors();
    const layout = slideLayout(1280, 720, rows.length);
    const swatchCentres = layout.legend.rows.map((r) => [Math.round((r.swatch.x + r.swatch.width / 2) * 2), Math.round((r.swatch.y + r.swatch.height / 2) * 2)] as [number, number]);
    const swatches = await pngPixels(bytes, swatchCentres);
    swatches.forEach((pixel, i) => expect(sameColor(pixel, rows[i]!, 1), `swatch ${i}: ${pixel} vs ${rows[i]}`).toBe(true));

    const { map } = layout;
    const grid: [number, number][] = [];
    for (let x = map.x + 4; x < map.x + map.width; x += 8) for (let y = map.y + 4; y < map.y + map.height; y += 8) grid.push([x * 2, y * 2]);
    const mapPixels = await pngPixels(bytes, grid);
    for (const color of classes) expect(mapPixels.some((p) => sameColor(p, color, 2)), `class colour ${color} on the map`).toBe(true);
  });

  it('at 3× is exactly 3840 × 2160', async () => {
    const { bytes, name } = await download('png-3');
    expect(name).toBe('cam-lo-2022-poverty-rate-3x.png');
    expect(pngSize(bytes)).toEqual({ width: 3840, height: 2160 });
    const last = await lastExport();
    expect(last.record).toBe(`png:3840x2160:${bytes.length}`);
    console.info(`PNG 3×: ${bytes.length} bytes in ${last.ms} ms`);
    const { rows } = await legendColors();
    const first = slideLayout(1280, 720, rows.length).legend.rows[0]!.swatch;
    const [pixel] = await pngPixels(bytes, [[Math.round((first.x + first.width / 2) * 3), Math.round((first.y + first.height / 2) * 3)]]);
    expect(sameColor(pixel!, rows[0]!, 1)).toBe(true);
  });
});

describe('data downloads', () => {
  it('CSV has a BOM and parses back with parsePlanTable to the figures of the plan', async () => {
    const { bytes, name } = await download('csv');
    expect(name).toBe('cam-lo-2022-poverty-rate.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parsePlanTable(bytes.toString('utf8'), name);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
    const dataset = camLo();
    expect(parsed.value.units.map((u) => [u.name, u.figures])).toEqual(dataset.table.units.map((u) => [u.name, u.figures]));
    expect(parsed.value.total?.figures).toEqual(dataset.table.total?.figures);
    expect((await lastExport()).record).toBe(`csv:9:${bytes.length}`);
  });

  it('GeoJSON has the 8 communes with the fills of the map', async () => {
    const { bytes, name } = await download('geojson');
    expect(name).toBe('cam-lo-2022-poverty-rate.geojson');
    const collection = JSON.parse(bytes.toString('utf8')) as { type: string; features: { properties: { gso_code: string; fill: string } }[] };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(8);
    const fills = await tab.page.evaluate(() => document.querySelector('poverty-app')!.shadowRoot!.querySelector('poverty-map')!.choropleth.fills);
    for (const f of collection.features) expect(f.properties.fill).toBe(fills[f.properties.gso_code]);
  });

  it('SVG parses as XML with 8 commune paths', async () => {
    const { bytes, name } = await download('svg');
    expect(name).toBe('cam-lo-2022-poverty-rate.svg');
    const result = await tab.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, paths: doc.querySelectorAll('path[data-gso]').length };
    }, bytes.toString('utf8'));
    expect(result).toEqual({ error: null, root: 'svg', paths: 8 });
  });
});

describe('print layout', () => {
  it('prints the map on screen when printed without the menu (Ctrl+P)', async () => {
    const { page } = tab;
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    const fallback = await page.locator('print-view canvas.map-fallback').evaluate((canvas: HTMLCanvasElement) => {
      const pixel = canvas.getContext('2d')!.getImageData(Math.floor(canvas.width / 2), Math.floor(canvas.height / 2), 1, 1).data;
      return { size: [canvas.width, canvas.height], alpha: pixel[3], hidden: canvas.hidden };
    });
    const live = await page.evaluate(() => {
      const canvas = document.querySelector('poverty-app')!.shadowRoot!.querySelector('poverty-map')!.map!.getCanvas();
      return [canvas.width, canvas.height];
    });
    expect(fallback).toEqual({ size: live, alpha: 255, hidden: true });
  });

  it('prepares the map image, then prints only the layout: map, legend, table, findings and QR code', async () => {
    const { page } = tab;
    await printFromMenu('print-a4');
    expect((await lastExport()).record).toBe('print:A4');
    await expect(page.locator('print-view').getAttribute('paper')).resolves.toBe('A4');
    const image = page.locator('print-view img.map-image');
    await expect(image.evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth, img.naturalHeight])).resolves.toEqual([true, PRINT_MAP_SIZE.width * 2, PRINT_MAP_SIZE.height * 2]);
    await expect(page.locator('print-view').isVisible()).resolves.toBe(false);

    await page.emulateMedia({ media: 'print' });
    onTestFinished(() => page.emulateMedia({ media: 'screen' }));
    for (const selector of ['print-view img.map-image', 'print-view .legend', 'print-view table', 'print-view .findings', 'print-view .qr svg']) {
      await expect(page.locator(selector).first().isVisible(), `${selector} is printed`).resolves.toBe(true);
    }
    for (const selector of ['export-menu', 'metric-controls', 'poverty-map', 'lang-switch', 'commune-search']) {
      await expect(page.locator(selector).first().isVisible(), `${selector} is not printed`).resolves.toBe(false);
    }
    await expect(page.locator('print-view .legend .swatch').count()).resolves.toBe((await legendColors()).rows.length);
    await expect(page.locator('print-view tbody tr').count()).resolves.toBe(8);
    await expect(page.locator('print-view .qr .url').textContent()).resolves.toBe(await page.evaluate(() => `${location.origin}${location.pathname}${location.search}`));
    const pageRule = await page.evaluate(() => document.getElementById('print-view-page')?.textContent);
    expect(pageRule).toContain('size: A4 landscape');

    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('poverty-map').isVisible()).resolves.toBe(true);
  });

  it('switches the page size to A3', async () => {
    const { page } = tab;
    await printFromMenu('print-a3');
    expect((await lastExport()).record).toBe('print:A3');
    await expect(page.locator('print-view img.map-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBe(PRINT_MAP_SIZE.width * 3);
    expect(await page.evaluate(() => document.getElementById('print-view-page')?.textContent)).toContain('size: A3 landscape');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('ascii')).toBe('%PDF-');
  });
});
