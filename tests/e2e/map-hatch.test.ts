/**
 * Approximate units (a 2025 commune formed from part of an old one): hatched over their fill on the map, read from the
 * WebGL pixels along a line across the commune, and named in the legend only when some unit is approximate. Also the
 * label priority where labels are crowded: the 8 Cam Lộ communes all keep their names, none overlapping.
 */
import { area } from '@turf/turf';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ChoroplethLegend } from '../../src/legend/choropleth-legend';
import type { PovertyMap } from '../../src/map/poverty-map';
import { readGeo } from '../unit/map/fixture';
import { hexToRgb, readMapPixels, sameColor, type Rgba } from './support/browser';
import { CODES, mapElement, mapFills, mapIdle, repaintAfter, setLabels, useExplorer, viewFromUrl } from './support/app';

const explorer = useExplorer();

/** The built-in communes, largest first (their insides are wide enough for a line of pixels). */
const LARGEST = readGeo('cam-lo-communes.geojson')
  .features.sort((a, b) => area(b) - area(a))
  .map((f) => String(f.properties!['gso_code']));

/** Half the length of the line read across a commune, in CSS pixels. */
const HALF = 48;

/**
 * The pixels along a horizontal line through a commune's label point (labels hidden while reading), keeping only the
 * points well inside the commune (the commune's fill is drawn 4 px around them), so borders and outlines stay out.
 */
async function lineAcross(page: Page, code: string): Promise<Rgba[]> {
  const line = await mapElement(page).evaluate(
    (el: PovertyMap, [gso, half]) => {
      const map = el.map!;
      const point = map.querySourceFeatures('commune-labels').find((f) => String(f.properties['gso_code']) === gso);
      if (!point) throw new Error(`no label point for ${gso}`);
      const { x: cx, y: cy } = map.project((point.geometry as unknown as { coordinates: [number, number] }).coordinates);
      const y = Math.round(cy);
      const inside = (x: number) =>
        [[0, 0], [-4, 0], [4, 0], [0, -4], [0, 4]].every(([dx, dy]) => {
          const hit = map.queryRenderedFeatures([x + dx!, y + dy!], { layers: ['commune-fill'] })[0];
          return hit !== undefined && String(hit.properties['gso_code']) === gso;
        });
      return Array.from({ length: 2 * half + 1 }, (_, i) => Math.round(cx) - half + i)
        .filter(inside)
        .map((x) => [x, y] as [number, number]);
    },
    [code, HALF] as const,
  );
  await setLabels(page, false);
  try {
    return await readMapPixels(mapElement(page), line);
  } finally {
    await setLabels(page, true);
  }
}

/** Distance of a pixel from a colour (largest channel difference). */
function distance(pixel: Rgba, hex: string): number {
  const rgb = hexToRgb(hex);
  return Math.max(...rgb.map((c, i) => Math.abs(c - pixel[i]!)));
}

/** Check a line of pixels is hatched: the fill and clearly darker hatch pixels, taking turns several times along it. */
function expectHatched(pixels: readonly Rgba[], fill: string, what: string): void {
  expect(pixels.length, `${what}: pixels inside`).toBeGreaterThanOrEqual(40);
  const kinds = pixels.map((p) => (sameColor(p, fill, 6) ? 'fill' : distance(p, fill) >= 40 ? 'hatch' : 'edge'));
  const plain = kinds.filter((k) => k !== 'edge');
  const turns = plain.filter((k, i) => i > 0 && k !== plain[i - 1]).length;
  expect(kinds.filter((k) => k === 'fill').length, `${what}: fill pixels between the lines`).toBeGreaterThanOrEqual(pixels.length / 3);
  expect(kinds.filter((k) => k === 'hatch').length, `${what}: hatch pixels`).toBeGreaterThanOrEqual(4);
  expect(turns, `${what}: fill and hatch take turns (${kinds.join(' ')})`).toBeGreaterThanOrEqual(6);
}

/** Check a line of pixels is the fill alone. */
function expectUniform(pixels: readonly Rgba[], fill: string, what: string): void {
  expect(pixels.length, `${what}: pixels inside`).toBeGreaterThanOrEqual(40);
  const off = pixels.filter((p) => !sameColor(p, fill, 3));
  expect(off, `${what}: every pixel is the fill ${fill}`).toEqual([]);
}

/** The file's shared explorer page on the built-in plan's own units (as a link with no parameters opens it). */
async function builtInView(): Promise<Page> {
  const page = await explorer.view();
  await viewFromUrl(page, '');
  await page.locator('poverty-app[data-shown="builtin"]').waitFor({ timeout: 60_000 });
  await mapIdle(page);
  return page;
}

const legend = (page: Page) => page.locator('choropleth-legend.main-legend');
const approximateRow = (page: Page) => legend(page).locator('li.row.approximate');

describe('approximate units', () => {
  it('a feature marked approximate is hatched over its fill, the others stay uniform, and its choropleth gives the legend a hatch row', async () => {
    const page = await builtInView();
    const [marked, plain] = [LARGEST[0]!, LARGEST[1]!];
    // The test gives the map and the legend data and a language of its own: the shared page gets them back after it.
    await page.evaluate(() => {
      const app = document.querySelector('poverty-app')!.shadowRoot!;
      const map = app.querySelector('poverty-map') as PovertyMap;
      const key = app.querySelector('choropleth-legend.main-legend') as ChoroplethLegend;
      Object.assign(window, { hatchSaved: { data: map.data, choropleth: map.choropleth, legend: key.choropleth, lang: key.getAttribute('lang') } });
    });
    onTestFinished(async () => {
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const app = document.querySelector('poverty-app')!.shadowRoot!;
            const map = app.querySelector('poverty-map') as PovertyMap;
            const key = app.querySelector('choropleth-legend.main-legend') as ChoroplethLegend;
            const saved = (window as unknown as { hatchSaved: { data: PovertyMap['data']; choropleth: PovertyMap['choropleth']; legend: ChoroplethLegend['choropleth']; lang: string } }).hatchSaved;
            map.data = saved.data;
            map.choropleth = saved.choropleth;
            key.choropleth = saved.legend;
            key.setAttribute('lang', saved.lang);
            requestAnimationFrame(() => resolve());
          }),
      );
      await mapIdle(page);
    });
    await legend(page).locator('li.row.class').first().waitFor();
    expect(await approximateRow(page).count()).toBe(0);
    const fills = await mapFills(page);
    expectUniform(await lineAcross(page, marked), fills[marked]!, `${marked} before marking`);

    await repaintAfter(page, () =>
      mapElement(page).evaluate((el: PovertyMap, code) => {
        const dataset = el.planDataset;
        const communes = dataset.communes.map((f) => (f.properties.gso_code === code ? { ...f, properties: { ...f.properties, approximate: true } } : f));
        el.data = { ...dataset, communes };
        el.choropleth = null;
      }, marked),
    );
    await mapIdle(page);
    expect(await mapFills(page)).toEqual(fills);
    expectHatched(await lineAcross(page, marked), fills[marked]!, `${marked} marked approximate`);
    expectUniform(await lineAcross(page, plain), fills[plain]!, `${plain} not approximate`);

    const unmarked = await legend(page).evaluate((el: ChoroplethLegend) => el.choropleth);
    await legend(page).evaluate((el: ChoroplethLegend) => (el.choropleth = (document.querySelector('poverty-app')!.shadowRoot!.querySelector('poverty-map') as PovertyMap).choropleth));
    await expect.poll(() => approximateRow(page).count()).toBe(1);
    const row = approximateRow(page);
    expect(await row.locator('.range').innerText()).toBe('Gần đúng (gộp một phần xã cũ)');
    expect(await row.locator('.count').innerText()).toBe('1 xã');
    expect(await row.locator('.sr-only').textContent()).toContain('1 xã');
    expect(await row.locator('.swatch').evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('repeating-linear-gradient');
    await legend(page).evaluate((el: ChoroplethLegend) => el.setAttribute('lang', 'en'));
    await expect.poll(() => row.locator('.range').innerText()).toBe('Approximate (part of an old commune)');
    await legend(page).evaluate((el: ChoroplethLegend, c) => (el.choropleth = { ...c!, approximate: [] }), unmarked);
    await expect.poll(() => approximateRow(page).count()).toBe(0);
  });

  it('?units=2025: the old Cam Lộ communes all go whole into Xã Cam Lộ and Xã Hiếu Giang, so nothing is hatched and the legend has no hatch row', async () => {
    const page = await explorer.view();
    // To the 2025 communes the way the browser's Back/Forward buttons go there, and back to the plan's own units after.
    onTestFinished(async () => void (await builtInView()));
    await viewFromUrl(page, '?units=2025');
    await page.locator('poverty-app[data-shown="builtin-2025"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => mapElement(page).evaluate((el: PovertyMap) => el.planDataset.communes.map((f) => f.properties.gso_code).sort())).toEqual(['19597', '19603']);
    await mapIdle(page);
    await legend(page).locator('li.row').first().waitFor();
    expect(await approximateRow(page).count()).toBe(0);
    const fills = await mapFills(page);
    expectUniform(await lineAcross(page, '19603'), fills['19603']!, 'Xã Hiếu Giang');
    expectUniform(await lineAcross(page, '19597'), fills['19597']!, 'Xã Cam Lộ');
  });
});

interface LabelBoxes {
  rendered: string[];
  boxes: Record<string, { x0: number; y0: number; x1: number; y1: number }>;
  doubleHits: number;
  width: number;
}

/**
 * A full-viewport map over the file's shared explorer page, the page resized to `size` first (zoomed out `zoomOut`
 * levels): the labels drawn, and each one's box found on a 4 px grid. The map is removed and the page's size put back
 * after the test.
 */
async function fullViewportLabels(size: { width: number; height: number }, zoomOut = 0): Promise<LabelBoxes> {
  const page = await explorer.view();
  const shared = page.viewportSize()!;
  onTestFinished(async () => {
    await page.evaluate(() => document.getElementById('full')?.remove());
    await page.setViewportSize(shared);
  });
  await page.setViewportSize(size);
  await page.evaluate(() => {
    const el = document.createElement('poverty-map');
    el.id = 'full';
    el.setAttribute('metric', 'poverty_rate_end_2022');
    el.setAttribute('style', 'position:fixed;inset:0;z-index:10;height:auto;border:0');
    document.body.append(el);
  });
  await page.locator('#full[data-ready]').waitFor();
  return page.locator('#full').evaluate(
    (el: PovertyMap, out) =>
      new Promise<LabelBoxes>((resolve) => {
        const map = el.map!;
        map.once('idle', () => {
          const labels = map.queryRenderedFeatures({ layers: ['commune-labels'] });
          const boxes: LabelBoxes['boxes'] = {};
          let doubleHits = 0;
          const { width, height } = map.getContainer().getBoundingClientRect();
          const anchors = labels.map((f) => map.project((f.geometry as unknown as { coordinates: [number, number] }).coordinates));
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
          resolve({ rendered: labels.map((f) => String(f.properties['gso_code'])), boxes, doubleHits, width });
        });
        map.jumpTo({ zoom: map.getZoom() - out });
        map.triggerRepaint();
      }),
    zoomOut,
  );
}

/** No two label boxes overlap, and each lies inside the map. */
function expectApart(result: LabelBoxes): void {
  expect(result.doubleHits).toBe(0);
  const boxes = Object.entries(result.boxes);
  expect(boxes).toHaveLength(result.rendered.length);
  for (const [code, b] of boxes) {
    expect(b.x0, code).toBeGreaterThanOrEqual(0);
    expect(b.x1, code).toBeLessThan(result.width);
    for (const [other, o] of boxes) {
      if (other <= code) continue;
      expect(b.x0 <= o.x1 && o.x0 <= b.x1 && b.y0 <= o.y1 && o.y0 <= b.y1, `${code} overlaps ${other}`).toBe(false);
    }
  }
}

describe('label priority where crowded', () => {
  for (const size of [
    { width: 360, height: 640 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`a full-viewport map names all 8 communes without overlap at ${size.width}×${size.height}`, async () => {
      const result = await fullViewportLabels(size);
      expect(new Set(result.rendered)).toEqual(new Set(CODES));
      expectApart(result);
    });
  }

  it('zoomed out until not every name fits, the larger communes keep their names and none overlap', async () => {
    const result = await fullViewportLabels({ width: 360, height: 640 }, 2);
    expect(result.rendered.length).toBeLessThan(8);
    expect(result.rendered, 'Cam Tuyền, the largest, keeps its name').toContain(LARGEST[0]);
    expect(result.rendered, 'TT Cam Lộ, the smallest, in the crowded middle, gives way').not.toContain(LARGEST[7]);
    expectApart(result);
  });
});
