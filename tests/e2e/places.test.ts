/**
 * Every commune of Viet Nam: the documented place links draw all their units, labelled and framed, with the place's
 * title and credits and no Cam Lộ leftovers; a place with a table of its units loaded cites that table and the place's
 * boundaries (no made-up plan); the built-in plan on the 2025 communes; a hostile place; a visited province reopened offline.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { PLACE_CREDITS } from '../../src/data/places/attribution';
import { parsePlaceIndex } from '../../src/data/places/catalogue';
import { parsePlaceParam, type PlaceRef } from '../../src/data/places/place-id';
import { placeFeatures } from '../../src/data/places/topology';
import { readProvinceTopology } from '../../src/data/places/topology-files';
import type { PovertyMap } from '../../src/map/poverty-map';
import { launchBrowser, sameColor, startPreview, type PreviewHandle, type Rgba, type TestBrowser } from './support/browser';
import { fillPixelsAt, mapElement, useExplorer, viewFromUrl } from './support/app';

const INDEX = (() => {
  const r = parsePlaceIndex(JSON.parse(readFileSync('public/places/index.json', 'utf8')));
  if (!r.ok) throw new Error(r.message.en);
  return r.value;
})();

/** The units a place shows, read from the same files the app loads: code, name and label point. */
function unitsOf(ref: PlaceRef): { code: string; name: string; point: [number, number] }[] {
  const topo = readProvinceTopology(JSON.parse(readFileSync(`public/places/${ref.vintage}/${ref.province}.json`, 'utf8')), ref.vintage, ref.province);
  if (!topo.ok) throw new Error(topo.message.en);
  const districts = INDEX.vintages[ref.vintage].provinces.find((p) => p.code === ref.province)?.districts ?? [];
  return placeFeatures(topo.value, ref, districts).map((f) => ({ code: f.properties.gso_code, name: f.properties.name, point: f.properties.label }));
}

/** Wait until the app shows `key` (a place parameter, "builtin" or "builtin-2025") and the map has drawn it. */
async function shown(page: Page, key: string): Promise<void> {
  await page.locator(`poverty-app[data-shown="${key}"]`).waitFor({ timeout: 60_000 });
  await page.locator(`poverty-map[data-ready]`).waitFor({ timeout: 60_000 });
  await mapElement(page).evaluate(
    (el: PovertyMap) =>
      new Promise<void>((resolve) => {
        const map = el.map!;
        const done = () => (map.isStyleLoaded() && map.areTilesLoaded() && !map.isMoving() ? resolve() : map.once('idle', done));
        map.once('idle', done);
        map.triggerRepaint();
      }),
  );
}

/** Text of the whole page, through every shadow root. */
const pageText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const parts: string[] = [];
    const walk = (root: Node) => {
      root.childNodes.forEach((n) => {
        if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
        if (n instanceof Element) {
          if (n.shadowRoot) walk(n.shadowRoot);
          if (n.tagName !== 'STYLE' && n.tagName !== 'SCRIPT') walk(n);
        }
      });
    };
    walk(document.body);
    return parts.join(' ').replace(/\s+/g, ' ');
  });

/** What the map shows: drawn features, rendered labels, its bounds. */
const mapState = (page: Page) =>
  mapElement(page).evaluate((el: PovertyMap) => {
    const map = el.map!;
    const b = map.getBounds();
    const labels = map.queryRenderedFeatures({ layers: ['commune-labels'] }).map((f) => String(f.properties['gso_code']));
    return { features: [...new Set(map.querySourceFeatures('communes').map((f) => String(f.properties['gso_code'])))], labels: [...new Set(labels)], bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
  });

/** The frame contains the place's units' label points (every one on screen). */
function expectFramed(bounds: number[], units: { point: [number, number] }[]): void {
  const [w, s, e, n] = bounds as [number, number, number, number];
  for (const u of units) expect(u.point[0] >= w && u.point[0] <= e && u.point[1] >= s && u.point[1] <= n, `label point ${u.point} inside ${bounds}`).toBe(true);
}

const explorer = useExplorer();

/** The file's shared explorer page on the built-in plan (as a link with no parameters opens it), drawn. */
async function builtInView(): Promise<Page> {
  const page = await explorer.view();
  await viewFromUrl(page, '');
  await shown(page, 'builtin');
  return page;
}

describe.each([
  { search: '?place=2025-44', key: '2025-44', count: 78, title: /Quảng Trị.*2025/, credit: PLACE_CREDITS['2025'].vi, allowCamLo: true },
  { search: '?place=2013-25&level=district', key: '2013-25-district', count: 13, title: /Phú Thọ.*trước 2025/, credit: PLACE_CREDITS['2013'].vi, allowCamLo: false },
])('the link $search', ({ search, key, count, title, credit, allowCamLo }) => {
  const params = new URLSearchParams(search);
  const ref = parsePlaceParam(params.get('place'), params.get('level'))!;
  const units = unitsOf(ref);

  it('draws every unit, labels them, frames them and names the place in title and footer', async () => {
    const page = await explorer.open(search);
    await shown(page, key);
    expect(units).toHaveLength(count);
    const state = await mapState(page);
    expect(new Set(state.features)).toEqual(new Set(units.map((u) => u.code)));
    expect(state.labels.length, 'labels drawn (thinned where crowded)').toBeGreaterThanOrEqual(Math.min(count, 10));
    expectFramed(state.bounds, units);
    const sample = units.filter((_, i) => i % Math.ceil(count / 6) === 0);
    const pixels = await fillPixelsAt(page, sample.map((u) => u.point));
    pixels.forEach((p, i) => expect(sameColor(p, '#f3f1ec', 6), `${sample[i]!.name} is drawn`).toBe(false));
    expect(await page.locator('poverty-app header.top h1').innerText()).toMatch(title);
    expect(await page.locator('poverty-app footer.page-footer').innerText()).toContain(credit.slice(0, 30));
    const text = await pageText(page);
    expect(text).not.toMatch(/28\/KH-UBND|Huyện Cam Lộ|huyện Cam Lộ|Cam Lộ district/);
    if (!allowCamLo) expect(text).not.toContain('Cam Lộ');
    expect(new URL(page.url()).search).toBe(search);
  });
});

describe('a place of the national files with a table of its units loaded', () => {
  it('?place=2013-38-402 (Như Xuân, Thanh Hóa, before 2025) cites the table and the place’s boundaries, with no made-up plan in heading, footer, plan tab or presenter', async () => {
    const units = unitsOf(parsePlaceParam('2013-38-402')!);
    const page = await explorer.open('?place=2013-38-402');
    await shown(page, '2013-38-402');
    const csv = ['ma,unit,households,poor', ...units.map((u, i) => `${u.code},${u.name},${1000 + i},${10 + (i % 40)}`)].join('\n');
    await page.locator('import-drop input[type=file]').setInputFiles({ name: 'thanh-hoa-2013.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const doc = page.locator('poverty-app header.top p.doc');
    await expect.poll(() => doc.innerText(), { timeout: 60_000 }).toBe('Số liệu: thanh-hoa-2013.csv');
    const held = page.locator('place-picker select#vintage option:checked');
    expect(await held.innerText(), 'the picker names the loaded file, not the built-in example').toBe('Tệp đã nạp: thanh-hoa-2013.csv');
    const footer = await page.locator('poverty-app footer.page-footer').innerText();
    expect(footer).toContain(`Số liệu: thanh-hoa-2013.csv · ${PLACE_CREDITS['2013'].vi}`);
    await page.getByRole('tab', { name: 'Kế hoạch' }).click();
    const planText = async () => (await page.locator('plan-panel').evaluate((el) => el.shadowRoot?.textContent ?? '')).replace(/\s+/g, ' ');
    await expect.poll(planText).toContain('Nơi này không có văn bản kế hoạch');
    expect(await planText()).toContain('thanh-hoa-2013.csv');
    const plan = await planText();
    await page.locator('#present').click();
    const kicker = page.locator('presenter-mode .kicker');
    await expect.poll(() => kicker.innerText(), { timeout: 20_000 }).toContain('Như Xuân');
    expect(`${await kicker.innerText()} ${plan} ${footer}`).not.toMatch(/Kế hoạch số|Chưa có số liệu —|31\/12\/2024/);
    await page.keyboard.press('Escape');
  });
});

describe('the link ?place=2025', () => {
  it('draws the national overview, all 3,321 communes of 2025, framed on Viet Nam', async () => {
    // The one-column layout (under 1100 px), where the map keeps its height when the rest of the shell arrives: on a
    // wide screen the map shrinks then and MapLibre tiles the 3,321 communes a second time, doubling this test's time.
    const page = await explorer.open('?place=2025', { width: 1024, height: 768 });
    await shown(page, '2025');
    const state = await mapState(page);
    expect(state.features.length, 'units drawn at national zoom (the tiles drop a few of the smallest wards)').toBeGreaterThan(3200);
    await page.getByText(/3\.321 xã/).first().waitFor();
    const [w, s, e, n] = state.bounds as [number, number, number, number];
    expect([w < 102.5, e > 109.2, s < 8.8, n > 23.2], `bounds ${state.bounds}`).toEqual([true, true, true, true]);
    expect(state.labels, 'no commune names over the whole country').toEqual([]);
    // Zoomed in to a province, its communes are named.
    await mapElement(page).evaluate((el: PovertyMap) => new Promise<void>((resolve) => {
      el.map!.once('idle', () => resolve());
      el.map!.jumpTo({ center: [107.05, 16.75], zoom: 8 });
    }));
    expect((await mapState(page)).labels.length, 'commune names at a province’s zoom').toBeGreaterThan(10);
    expect(await page.locator('poverty-app header.top h1').innerText()).toMatch(/2025/);
  });
});

describe('the built-in plan on the 2025 communes', () => {
  it('?units=2025 shows Xã Cam Lộ and Xã Hiếu Giang with summed households and their old units', async () => {
    // The link's view, read from the address as on Back/Forward (the next test puts the built-in plan back).
    const page = await explorer.view();
    await viewFromUrl(page, '?units=2025&commune=19597');
    await shown(page, 'builtin-2025');
    const state = await mapState(page);
    expect(new Set(state.features)).toEqual(new Set(['19597', '19603']));
    expect(state.labels.sort()).toEqual(['19597', '19603']);
    const details = `${await page.locator('poverty-app .formed').innerText()} ${await page.locator('commune-details').evaluate((el) => el.shadowRoot?.textContent ?? '')}`.replace(/\s+/g, ' ');
    expect(details).toContain('Xã Cam Lộ');
    expect(details).toContain((2095 + 2223 + 1466 + 1667).toLocaleString('vi-VN'));
    expect(details).toMatch(/TT Cam Lộ, Cam Thành, Cam Chính, Cam Nghĩa/);
  });

  it('the toggle switches the built-in plan to the 2025 communes and back, and the URL follows', async () => {
    const page = await builtInView();
    const toggle = page.getByRole('checkbox', { name: /xã\/phường từ 1\/7\/2025/i });
    await toggle.check();
    await shown(page, 'builtin-2025');
    expect(new URL(page.url()).searchParams.get('units')).toBe('2025');
    expect((await mapState(page)).features.sort()).toEqual(['19597', '19603']);
    await toggle.uncheck();
    await shown(page, 'builtin');
    expect(new URL(page.url()).searchParams.get('units')).toBeNull();
    expect((await mapState(page)).features).toHaveLength(8);
  });
});

describe('a hostile place in the link', () => {
  it('falls back to the built-in plan with the usual notice', async () => {
    const page = await explorer.open(`?place=${encodeURIComponent('../../etc/passwd')}&level=<b>`);
    await shown(page, 'builtin');
    const notice = (await page.locator('poverty-app p.notice[role="status"]').innerText()).replace(/\s+/g, ' ');
    expect(notice).toContain('place');
    expect(notice).toContain('level');
    expect(new URL(page.url()).searchParams.get('place')).toBeNull();
  });

  it('an unknown province says so in both languages and keeps the view', async () => {
    const page = await builtInView();
    // Asked for through the address, as the browser's Back/Forward buttons do (the app reads the URL again).
    await viewFromUrl(page, '?place=2025-99');
    await shown(page, 'builtin');
    const notice = page.locator('poverty-app p.notice[role="status"]');
    await expect.poll(() => notice.innerText()).toMatch(/2025-99/);
    expect(await notice.innerText()).toMatch(/index\.json/);
  });
});

describe('a visited province, offline', () => {
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

  it('reopens from the cache with the network off; a never-visited one says it cannot load and keeps the view', async () => {
    const { page, consoleErrors } = await browser.newPage();
    const bytes: Record<string, number> = {};
    page.on('response', async (r) => {
      if (r.url().includes('/places/')) bytes[new URL(r.url()).pathname.replace(/.*\/places\//, '')] = (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${preview.url}index.html`);
    await shown(page, 'builtin');
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await page.goto(`${preview.url}index.html?place=2025-44`);
    await shown(page, '2025-44');
    console.info(`bytes of places files for ?place=2025-44: ${JSON.stringify(bytes)}`);
    await browser.context.setOffline(true);
    onTestFinished(() => browser.context.setOffline(false));
    await page.reload();
    await shown(page, '2025-44');
    expect((await mapState(page)).features).toHaveLength(78);
    await page.goto(`${preview.url}index.html?place=2025-01`);
    await shown(page, 'builtin');
    const notice = page.locator('poverty-app p.notice[role="status"]');
    await expect.poll(() => notice.innerText()).toMatch(/ngoại tuyến/);
    expect(consoleErrors.filter((e) => !/Failed to load resource|net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await page.close();
  });
});
