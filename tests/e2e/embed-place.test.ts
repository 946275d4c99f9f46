/**
 * The public embed and the web component follow the place (issue 8): `embed.html?place=…`, `level=district`,
 * `units=2025` and `<poverty-map place="…">` draw that place's units as SVG (no figures: "no data"), titled and
 * credited for it and framed on it; a bad place falls back to the built-in plan with a notice in the view's language;
 * the explorer's embed dialog puts the place in both snippets. On the production build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_DATA_COLOR } from '../../src/classify/palettes';
import { PLACE_CREDITS } from '../../src/data/places/attribution';
import { elementSnippet } from '../../src/embed/embed-snippets';
import { DEFAULT_VIEW, viewFromSearch } from '../../src/state/view-state';
import { startHost, type HostServer } from './support/host-page';
import { DIST, launchBrowser, startPreview, type PreviewHandle, type TestBrowser } from './support/browser';

let preview: PreviewHandle;
let browser: TestBrowser;
let host: HostServer;

interface UnitFile {
  objects: { units: { geometries: { id: string | number; type: string | null; properties: { district?: string | null } }[] } };
}

/** The units of a province file of the build that have a geometry (what the map draws). */
function unitsOf(vintage: string, province: string): UnitFile['objects']['units']['geometries'] {
  const file = JSON.parse(readFileSync(join(DIST, 'places', vintage, `${province}.json`), 'utf8')) as UnitFile;
  return file.objects.units.geometries.filter((g) => g.type !== null);
}

/** What a person sees of the embed (or of a page's own `<poverty-map>`): title, paths and their fills, notice, legend, footer, frame. */
interface Shown {
  docTitle: string;
  heading: string | null;
  paths: { gso: string; fill: string }[];
  notice: string | null;
  legend: string;
  footer: string;
  label: string | null;
  /** The SVG's size and the box of all unit paths in it. */
  svg: { width: number; height: number };
  box: { x: number; y: number; width: number; height: number };
  search: string;
  /** Script files the page fetched. */
  scripts: string[];
}

async function shown(target: Page | Frame): Promise<Shown> {
  return target.evaluate(() => {
    const embed = document.querySelector('poverty-embed')?.shadowRoot ?? null;
    const root = embed ?? document;
    const map = root.querySelector('poverty-map')!.shadowRoot!;
    const svg = map.querySelector<SVGSVGElement>('svg.choropleth')!;
    const paths = [...svg.querySelectorAll<SVGPathElement>('path.commune')];
    const boxes = paths.map((p) => p.getBBox());
    const x0 = Math.min(...boxes.map((b) => b.x));
    const y0 = Math.min(...boxes.map((b) => b.y));
    const x1 = Math.max(...boxes.map((b) => b.x + b.width));
    const y1 = Math.max(...boxes.map((b) => b.y + b.height));
    const text = (el: Node | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return {
      docTitle: document.title,
      heading: embed ? text(embed.querySelector('h1')) : null,
      paths: paths.map((p) => ({ gso: p.dataset['gso']!, fill: p.getAttribute('fill')! })),
      notice: text(root.querySelector('.notice') ?? map.querySelector('.notice')) || null,
      legend: text(embed?.querySelector('choropleth-legend')?.shadowRoot),
      footer: text(embed?.querySelector('footer')),
      label: map.querySelector('.map')!.getAttribute('aria-label'),
      svg: { width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height },
      box: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
      search: location.search,
      scripts: performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.m?js(\?|$)/.test(n)),
    };
  });
}

/** Open a URL of the preview and wait for the map to be painted. */
async function openEmbed(search: string, size = { width: 800, height: 700 }) {
  const tested = await browser.newPage(size);
  await tested.page.goto(`${preview.url}embed.html${search}`);
  await tested.page.locator('poverty-map[data-ready]').waitFor();
  return tested;
}

/** The units fill the SVG's frame: inside it, and as wide or as high as it less its padding (what fitting does). */
function expectFramed(s: Shown): void {
  const pad = Math.round(Math.max(8, Math.min(32, Math.min(s.svg.width, s.svg.height) * 0.05)));
  expect(s.box.x).toBeGreaterThanOrEqual(pad - 1);
  expect(s.box.y).toBeGreaterThanOrEqual(pad - 1);
  expect(s.box.x + s.box.width).toBeLessThanOrEqual(s.svg.width - pad + 1);
  expect(s.box.y + s.box.height).toBeLessThanOrEqual(s.svg.height - pad + 1);
  const fills = Math.max(s.box.width / (s.svg.width - 2 * pad), s.box.height / (s.svg.height - 2 * pad));
  expect(fills).toBeGreaterThan(0.97);
}

const noMapLibre = (s: Shown) => expect(s.scripts.filter((n) => /maplibre/i.test(n))).toEqual([]);

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

describe('embed.html of a place', () => {
  it('?place=2025-44 draws Quảng Trị’s communes as SVG, all "no data", titled, credited and framed for the province', async () => {
    const { page, consoleErrors, blockedRequests } = await openEmbed('?place=2025-44');
    const s = await shown(page);
    const units = unitsOf('2025', '44');
    expect(units.length).toBeGreaterThan(50);
    expect(s.paths.map((p) => p.gso).sort()).toEqual(units.map((u) => String(u.id).padStart(5, '0')).sort());
    expect(new Set(s.paths.map((p) => p.fill))).toEqual(new Set([NO_DATA_COLOR]));
    expect(s.heading).toBe('Bản đồ giảm nghèo: Tỉnh Quảng Trị (từ 1/7/2025)');
    expect(s.docTitle).toBe(s.heading);
    expect(s.legend).toContain(`Không có số liệu: ${units.length} xã`);
    expect(s.footer).toContain('Chưa có số liệu giảm nghèo của nơi này');
    expect(s.footer).toContain(PLACE_CREDITS['2025'].vi);
    expect(s.footer).not.toContain('Cam Lộ');
    expect(s.notice).toBeNull();
    expectFramed(s);
    noMapLibre(s);
    expect(s.search).toBe('?place=2025-44');
    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
    await page.close();
  });

  it('?place=2013-25&level=district&lang=en draws Phú Thọ’s districts before 2025, in English', async () => {
    const { page, consoleErrors } = await openEmbed('?place=2013-25&level=district&lang=en', { width: 360, height: 640 });
    const s = await shown(page);
    const districts = new Set(unitsOf('2013', '25').map((u) => u.properties.district));
    expect(districts.size).toBeGreaterThan(5);
    expect(s.paths.map((p) => p.gso).sort()).toEqual([...districts].sort());
    expect(s.heading).toBe('Poverty reduction map: Phú Thọ province (before 2025)');
    expect(s.footer).toContain('No poverty figures for this place yet');
    expect(s.footer).toContain(PLACE_CREDITS['2013'].en);
    expect(new Set(s.paths.map((p) => p.fill))).toEqual(new Set([NO_DATA_COLOR]));
    expectFramed(s);
    noMapLibre(s);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('?place=2013-45-464 draws one district’s communes before 2025', async () => {
    const { page, consoleErrors } = await openEmbed('?place=2013-45-464');
    const s = await shown(page);
    const units = unitsOf('2013', '45').filter((u) => u.properties.district === '464');
    expect(units.length).toBeGreaterThan(5);
    expect(s.paths).toHaveLength(units.length);
    expect(s.heading).toMatch(/^Bản đồ giảm nghèo: .*Vĩnh Linh/);
    expectFramed(s);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('?units=2025 draws the built-in plan on its two communes since 1 July 2025, with the plan’s figures', async () => {
    const { page, consoleErrors } = await openEmbed('?units=2025');
    const s = await shown(page);
    expect(s.paths).toHaveLength(2);
    expect(s.paths.every((p) => p.fill !== NO_DATA_COLOR)).toBe(true);
    expect(s.heading).toContain('Cam Lộ');
    expect(s.heading).toContain('1/7/2025');
    expect(s.footer).toContain('Số liệu: Kế hoạch số 28/KH-UBND');
    expect(s.footer).toContain(PLACE_CREDITS['2025'].vi);
    expectFramed(s);
    noMapLibre(s);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('falls back to the built-in plan with a notice in the view’s language when the place is unknown or malformed', async () => {
    // One page, each link opened in it in turn (a new document each time, as a fresh page would load it).
    const { page, consoleErrors } = await browser.newPage({ width: 800, height: 700 });
    for (const [search, notice] of [
      ['?place=2025-99', 'Không có nơi mã 2025-99'],
      ['?place=2025-99&lang=en', 'has no place with code 2025-99'],
      ['?place=nowhere&lang=en', 'Some values in the link were not valid, so defaults are used: place'],
      ['?place=2013-25&level=everything', 'Một số giá trị trong đường dẫn không hợp lệ'],
    ] as const) {
      const logged = consoleErrors.length;
      await page.goto(`${preview.url}embed.html${search}`);
      await page.locator('poverty-map[data-ready]').waitFor();
      await page.locator('poverty-embed .notice').waitFor();
      const s = await shown(page);
      expect(s.notice, search).toContain(notice);
      expect(s.paths, search).toHaveLength(8);
      expect(s.heading, search).toContain('Cam Lộ');
      expect(s.search, search).not.toContain('place=');
      await page.locator('poverty-embed .notice button').click();
      await page.locator('poverty-embed .notice').waitFor({ state: 'detached' });
      expect(consoleErrors.slice(logged).filter((e) => !/404|Failed to load resource/.test(e)), search).toEqual([]);
    }
    await page.close();
  });
});

describe('<poverty-map> of a place on another site', () => {
  it('draws the place its attributes name, from the dialog’s snippet, and falls back on a bad one', async () => {
    const view = viewFromSearch('?place=2025-44&lang=en', [], []).view;
    const snippet = elementSnippet({ baseUrl: preview.url, view });
    expect(snippet).toContain('place="2025-44"');
    const bad = elementSnippet({ baseUrl: preview.url, view: DEFAULT_VIEW }).replace('<poverty-map', '<poverty-map id="bad" place="../2025/44"');
    host.pages.set('/place.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body><main>${snippet}${bad.split('\n')[1]}</main></body></html>`);
    const { page, consoleErrors, blockedRequests } = await browser.newPage({ width: 800, height: 1100 });
    await page.goto(`${host.url}/place.html`);
    await page.locator('poverty-map:not(#bad)[data-ready]').waitFor();
    const paths = await page.locator('poverty-map:not(#bad)').evaluate((m) => m.shadowRoot!.querySelectorAll('svg.choropleth path.commune').length);
    expect(paths).toBe(unitsOf('2025', '44').length);
    expect(await page.locator('poverty-map:not(#bad) .map').getAttribute('aria-label')).toContain('Quảng Trị province (since 1 July 2025)');
    await page.locator('poverty-map#bad[data-ready]').waitFor();
    expect(await page.locator('poverty-map#bad').evaluate((m) => m.shadowRoot!.querySelectorAll('svg.choropleth path.commune').length)).toBe(8);
    expect(await page.locator('poverty-map#bad .notice').textContent()).toContain('place="../2025/44"');
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /maplibre/i.test(e.name)))).toBe(false);
    expect(consoleErrors).toEqual([]);
    expect(blockedRequests).toEqual([]);
    await page.close();
  });
});

describe('the explorer’s embed dialog', () => {
  it('puts the place in the iframe URL and the element snippet, and the iframe’s link opens that place', async () => {
    const { page, consoleErrors } = await browser.newPage({ width: 1280, height: 900 });
    await page.goto(`${preview.url}index.html?place=2013-25&level=district`);
    await page.getByRole('button', { name: 'Nhúng', exact: true }).click();
    const iframe = await page.locator('embed-dialog #iframe-code').inputValue();
    const element = await page.locator('embed-dialog #element-code').inputValue();
    const src = /src="([^"]+)"/.exec(iframe)![1]!.replace(/&amp;/g, '&');
    expect(new URL(src).searchParams.get('place')).toBe('2013-25');
    expect(new URL(src).searchParams.get('level')).toBe('district');
    expect(element).toContain('place="2013-25"');
    expect(element).toContain('level="district"');
    await page.goto(src);
    await page.locator('poverty-map[data-ready]').waitFor();
    const s = await shown(page);
    expect(s.paths).toHaveLength(new Set(unitsOf('2013', '25').map((u) => u.properties.district)).size);
    expect(s.heading).toContain('Phú Thọ');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
