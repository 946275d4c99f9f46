/**
 * Explorer (index.html) test support: a browser context per test file (the run shares one preview server and one
 * Chromium), fresh or shared pages that must log no console error and fetch nothing outside localhost, and what a
 * person sees of the app: commune pixels, legend classes, the focused element.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { metricValues, type Dataset } from '../../../src/data/dataset';
import type { MetricId } from '../../../src/data/metrics';
import type { PovertyMap } from '../../../src/map/poverty-map';
import { loadDataset, readGeo } from '../../unit/map/fixture';
import { launchBrowser, sameColor, startPreview, type ContextOptions, type PreviewHandle, type Rgba, type TestBrowser, type TestPage } from './browser';
import { blurFocus } from './focus';
import { fillPixelsAt, mapElement, mapFills, mapIdle, mapProperty } from './map-read';

export { blurFocus, focused, tabUntil, type FocusInfo } from './focus';
export { fillPixelsAt, mapElement, mapFills, mapIdle, mapProperty, pixelAt, renderCount, repaintAfter, setLabels, waitRepaint } from './map-read';

/** Label point of every commune, by GSO code (the point the map writes the commune's name at). */
export const LABEL_POINTS: Record<string, [number, number]> = Object.fromEntries(
  readGeo('cam-lo-label-points.geojson').features.map((f) => [String(f.properties!['gso_code']), (f.geometry as unknown as { coordinates: [number, number] }).coordinates]),
);
/** The 8 communes' GSO codes. */
export const CODES = Object.keys(LABEL_POINTS);
/** Official names by GSO code, as the boundary file spells them. */
export const NAMES: Record<string, string> = Object.fromEntries(
  readGeo('cam-lo-communes.geojson').features.map((f) => [String(f.properties!['gso_code']), String(f.properties!['full_name'])]),
);
/** The built-in dataset, read from disk. */
export const DATASET: Dataset = loadDataset();

/** A metric's value for every commune, by GSO code. */
export function valuesOf(metric: MetricId, dataset: Dataset = DATASET): Record<string, number | null> {
  return Object.fromEntries(metricValues(dataset, metric).map((v) => [v.gsoCode, v.value]));
}

/** What each test file gets: fresh pages of the explorer, or one shared page per view for tests that only read it. */
export interface Explorer {
  /**
   * Open a fresh page of the explorer (index.html + `search`); it is checked and closed after the test. `init` runs in
   * the page before any of its scripts (Playwright's addInitScript).
   */
  open: (search?: string, size?: { width: number; height: number }, init?: () => void) => Promise<Page>;
  /**
   * The file's shared page of this view (opened on first use, kept until the file ends), for tests that only read
   * the view or put back what they change; its console errors and blocked requests are checked after each test.
   */
  view: (search?: string, size?: { width: number; height: number }) => Promise<Page>;
  /** The page the current test last opened, with its console errors and blocked requests. */
  readonly current: TestPage | null;
  readonly server: PreviewHandle;
  /** The file's browser context. */
  readonly browser: TestBrowser;
}

/** Fail on console errors or requests outside localhost that a page recorded since the last check. */
function expectCleanSince(page: TestPage, checked: { errors: number; blocked: number }): void {
  const errors = page.consoleErrors.slice(checked.errors);
  const blocked = page.blockedRequests.slice(checked.blocked);
  checked.errors = page.consoleErrors.length;
  checked.blocked = page.blockedRequests.length;
  expect(errors, 'console errors').toEqual([]);
  expect(blocked, 'requests outside localhost').toEqual([]);
}

/**
 * Register the hooks of an explorer test file (call once at the top level, or inside a describe block for a
 * context of its own, e.g. `useExplorer({ timezoneId: 'America/New_York' })`): one browser context of the run's
 * Chromium for the file, its pages checked for console errors and outside requests after each test.
 */
export function useExplorer(options: ContextOptions = {}): Explorer {
  let server: PreviewHandle;
  let browser: TestBrowser;
  let current: TestPage | null = null;
  let fresh: TestPage[] = [];
  const shared = new Map<string, { page: Promise<TestPage>; checked: { errors: number; blocked: number }; used: boolean }>();

  async function load(search: string, size: { width: number; height: number }, init?: () => void): Promise<TestPage> {
    const tested = await browser.newPage(size);
    const { page } = tested;
    if (init) await page.addInitScript(init);
    page.on('dialog', (dialog) => {
      tested.consoleErrors.push(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${server.url}index.html${search}`);
    await page.locator('poverty-map[data-ready]').waitFor();
    // The controls, panels and dialogs load when idle after the first frame; `data-loaded` marks the app once they and the map are there.
    await page.locator('poverty-app[data-loaded]').waitFor({ state: 'attached' });
    return tested;
  }

  beforeAll(async () => {
    server = await startPreview();
    browser = await launchBrowser(options);
  });
  afterAll(async () => {
    shared.clear();
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    const pages = fresh;
    fresh = [];
    current = null;
    try {
      for (const entry of shared.values()) {
        if (!entry.used) continue;
        entry.used = false;
        expectCleanSince(await entry.page, entry.checked);
      }
      for (const page of pages) expectCleanSince(page, { errors: 0, blocked: 0 });
    } finally {
      for (const page of pages) await page.page.close();
    }
  });
  return {
    get current() {
      return current;
    },
    get server() {
      return server;
    },
    get browser() {
      return browser;
    },
    async open(search = '', size = { width: 1280, height: 800 }, init?: () => void) {
      current = await load(search, size, init);
      fresh.push(current);
      return current.page;
    },
    async view(search = '', size = { width: 1280, height: 800 }) {
      const key = `${search} ${size.width}x${size.height}`;
      let entry = shared.get(key);
      if (!entry) {
        entry = { page: load(search, size), checked: { errors: 0, blocked: 0 }, used: true };
        shared.set(key, entry);
        entry.page.catch(() => shared.delete(key));
      }
      entry.used = true;
      current = await entry.page;
      return current.page;
    },
  };
}

/** Screen position (CSS px, relative to the map element) of a commune's label point. */
export async function project(page: Page, code: string): Promise<{ x: number; y: number }> {
  return mapElement(page).evaluate((el: PovertyMap, lngLat) => {
    const p = el.map!.project(lngLat);
    return { x: p.x, y: p.y };
  }, LABEL_POINTS[code]!);
}

/**
 * The fill colour drawn at each commune's label point (the labels are hidden while reading), all read in one frame of
 * the map.
 */
export async function communePixels(page: Page, codes: readonly string[] = CODES): Promise<Record<string, Rgba>> {
  const pixels = await fillPixelsAt(page, codes.map((code) => LABEL_POINTS[code]!));
  return Object.fromEntries(codes.map((code, i) => [code, pixels[i]!]));
}

/** One class row of the legend as shown: its swatch colour and its range's bounds. */
export interface LegendClass {
  color: string;
  lower: number;
  upper: number;
}

/** Read a number as the legend prints it ("1,23" / "1.466" in Vietnamese, "1.23" / "1,466" in English). */
export function parseShown(text: string, lang: 'vi' | 'en'): number {
  const plain = text.replace(/[^\d.,−+-]/g, '').replace('−', '-');
  return Number(lang === 'vi' ? plain.replace(/\./g, '').replace(',', '.') : plain.replace(/,/g, ''));
}

/** The legend's classes from its DOM: `data-color` of each swatch and the bounds of its range text. */
export async function legendClasses(page: Page): Promise<LegendClass[]> {
  const lang = (await page.locator('choropleth-legend.main-legend').getAttribute('lang')) === 'en' ? 'en' : 'vi';
  const rows = await page.locator('choropleth-legend.main-legend li.row.class').evaluateAll((items) =>
    items.map((li) => ({ color: li.querySelector<HTMLElement>('.swatch')!.dataset['color']!, range: li.querySelector('.range')!.textContent!.trim() })),
  );
  return rows.map(({ color, range }) => {
    const [lower, upper = lower] = range.split(' – ');
    return { color, lower: parseShown(lower!, lang), upper: parseShown(upper!, lang) };
  });
}

/**
 * The legend colour of the class a value falls in: classes run "from lower to under upper", the last one up to its
 * upper bound; the shown outer bounds are rounded, so only the inner limits decide.
 */
export function legendColorOf(classes: readonly LegendClass[], value: number): string {
  const index = classes.findIndex((c, i) => i === classes.length - 1 || value < c.upper);
  return classes[index]!.color;
}

/** The legend's title. */
export const legendTitle = (page: Page): Promise<string> => page.locator('choropleth-legend.main-legend h2').innerText();

/**
 * Check that every commune is drawn in the legend colour of its value's class, and that the map's own fills agree.
 * Returns the class colours by GSO code.
 */
export async function expectMapMatchesLegend(page: Page, values: Record<string, number | null>): Promise<Record<string, string>> {
  await mapIdle(page);
  const classes = await legendClasses(page);
  expect(classes.length).toBeGreaterThan(1);
  const expected = Object.fromEntries(CODES.map((code) => [code, legendColorOf(classes, values[code]!)]));
  expect(await mapFills(page)).toEqual(expected);
  const pixels = await communePixels(page);
  for (const code of CODES) {
    expect(sameColor(pixels[code]!, expected[code]!), `${NAMES[code]} (${code}): pixel ${pixels[code]} vs legend ${expected[code]}`).toBe(true);
  }
  return expected;
}

/** The URL's search parameters now. */
export const urlParams = (page: Page): URLSearchParams => new URL(page.url()).searchParams;

/** The heading of the details panel (the selected commune's name, or the empty state's title). */
export const detailsHeading = (page: Page): Locator => page.locator('commune-details').getByRole('heading', { level: 2 });

/** A tab of the side panel by its visible name. */
export const tab = (page: Page, name: string | RegExp): Locator => page.getByRole('tab', { name });

/**
 * Put a shared explorer page back where a person starts, the way they would: Escape clears the selection, the first
 * side-panel tab is shown, the search box is empty and nothing has the focus. (Loaded files, highlighted communes
 * and the measure are not reset: tests that change those open a fresh page.)
 */
export async function backToStart(page: Page): Promise<void> {
  await blurFocus(page);
  await page.mouse.move(0, 0);
  if ((await mapProperty(page, 'selected')) !== null) {
    await page.keyboard.press('Escape');
    await expect.poll(() => mapProperty(page, 'selected')).toBeNull();
  }
  await page.locator('commune-search input').fill('');
  const first = page.getByRole('tab').first();
  if ((await first.getAttribute('aria-selected')) !== 'true') await first.click();
  await blurFocus(page);
  await mapIdle(page);
}

/**
 * Give a shared explorer page the view a link with `search` opens, the way the browser's Back and Forward buttons
 * do: the address is replaced and `popstate` fired, so the app reads its whole view from the URL again (measure,
 * classification, selection, language…); then waits for the map to draw it. Loaded files are not undone.
 */
export async function viewFromUrl(page: Page, search = ''): Promise<void> {
  await page.evaluate(
    (s) =>
      new Promise<void>((resolve) => {
        history.replaceState(history.state, '', `${location.pathname}${s}`);
        dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
        requestAnimationFrame(() => resolve());
      }),
    search,
  );
  await mapIdle(page);
}
