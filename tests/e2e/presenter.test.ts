/** Presenter mode in a real Chromium on the production build: every step by keyboard, map metric and pixels, spotlight, focus. */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultDataset } from '../../src/data/default-dataset';
import { buildChoropleth } from '../../src/classify/choropleth';
import { buildSpotlight } from '../../src/presenter/presenter-content';
import { buildPresenterSteps, stepMetric } from '../../src/presenter/presenter-steps';
import { DEFAULT_VIEW } from '../../src/state/view-state';
import { launchBrowser, readMapPixels, sameColor, startPreview, type PreviewHandle, type Rgba, type TestBrowser, type TestPage } from './support/browser';

const dataset = loadDefaultDataset();
const steps = buildPresenterSteps(dataset, 'vi');
const CAM_TUYEN = '19600';
/** Set PRESENTER_SHOTS=/tmp/presenter to save a 1280×720 screenshot of every step. */
const SHOTS = process.env['PRESENTER_SHOTS'];

let server: PreviewHandle;
let browser: TestBrowser;
/** The file's one page; presenter mode is opened, stepped and closed on it by each test as it needs. */
let current: TestPage | null = null;

beforeAll(async () => {
  server = await startPreview();
  // With motion (the browsers' default): label fades and camera flights as most people see them.
  browser = await launchBrowser({ reducedMotion: 'no-preference' });
});

afterAll(async () => {
  current = null;
  await browser?.close();
  await server?.close();
});

/** Text as shown, with no-break spaces read as spaces and runs of white space collapsed. */
const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Lng/lat of a point inside each commune (the midpoint of its widest row of vertices), by GSO code. */
const insidePoints = Object.fromEntries(
  dataset.communes.map((f) => {
    const ring = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap((polygon) => polygon[0] ?? []);
    const lngs = ring.map((p) => p[0]!);
    const lats = ring.map((p) => p[1]!);
    return [f.properties.gso_code, [(Math.min(...lngs) + Math.max(...lngs)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2] as [number, number]];
  }),
);

/**
 * The colour of the presenter map's fill inside a commune, read from the WebGL canvas (readMapPixels), at the first
 * point near the commune's centre that hits its fill and no label; null when none is in view.
 */
async function communePixel(map: Locator, code: string): Promise<Rgba | null> {
  const spot = await map.evaluate(
    (element, [gso, lngLat]) => {
      type Feature = { id?: string | number; layer: { id: string } };
      const m = (element as unknown as { map: { project(p: [number, number]): { x: number; y: number }; queryRenderedFeatures(p: [number, number]): Feature[]; getCanvas(): HTMLCanvasElement } }).map;
      const c = m.project(lngLat);
      const offsets = [0, 24, -24, 48, -48].flatMap((dx) => [0, 24, -24, 48, -48].map((dy) => [dx, dy] as const));
      const canvas = m.getCanvas();
      return offsets
        .map(([dx, dy]) => [c.x + dx, c.y + dy] as [number, number])
        .find(([x, y]) => {
          if (x < 4 || y < 4 || x > canvas.clientWidth - 4 || y > canvas.clientHeight - 4) return false;
          const hits = m.queryRenderedFeatures([x, y]);
          return hits.some((h) => h.layer.id === 'commune-fill' && String(h.id) === gso) && hits.every((h) => h.layer.id.endsWith('-fill'));
        }) ?? null;
    },
    [code, insidePoints[code]!] as const,
  );
  if (!spot) return null;
  const [pixel] = await readMapPixels(map, [spot]);
  return pixel!;
}

/** The element focused now, through shadow roots: its tag, text and whether it is inside presenter mode. */
function focused(page: Page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    let inside = false;
    for (let node: Node | null = element; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
      if (node instanceof Element && node.tagName === 'PRESENTER-MODE') inside = true;
    }
    return { tag: element?.tagName ?? '', text: element?.textContent?.trim() ?? '', inside };
  });
}

/** Wait until the presenter shows step `index` with its camera still and its map loaded. */
async function waitStep(page: Page, presenter: Locator, index: number, spotlight = ''): Promise<void> {
  const step = steps[index]!;
  await expect.poll(() => presenter.locator('.frame').getAttribute('data-step')).toBe(step.id);
  await page.waitForFunction(
    ([key]) => {
      const host = [document.querySelector('presenter-mode'), document.querySelector('poverty-app')?.shadowRoot?.querySelector('presenter-mode')].find(Boolean);
      const element = host?.querySelector('poverty-map');
      const map = element as unknown as { map: { loaded(): boolean; isMoving(): boolean } | null } | null;
      return element?.getAttribute('data-camera') === key && map?.map?.loaded() === true && !map.map.isMoving();
    },
    [`${step.id}|${spotlight}`] as const,
  );
}

/** The file's page with the explorer loaded (opened by the first test that needs it). */
async function explorerPage(): Promise<Page> {
  if (current) return current.page;
  current = await browser.newPage({ width: 1280, height: 720 });
  const { page } = current;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(server.url);
  await page.locator('poverty-app poverty-map[data-ready]').first().waitFor();
  return page;
}

afterEach(() => {
  if (!current) return;
  const errors = current.consoleErrors.splice(0);
  expect(errors, 'console errors').toEqual([]);
  expect(current.blockedRequests, 'requests outside localhost').toEqual([]);
});

/** Close presenter mode if it is open (Escape clears a spotlight first, then leaves). */
async function closePresenter(page: Page, presenter: Locator): Promise<void> {
  for (let i = 0; i < 3 && (await presenter.count()) > 0; i += 1) {
    if ((await presenter.locator('presenter-step-list button').count()) > 0) await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  }
  await expect.poll(() => presenter.count()).toBe(0);
}

/** The explorer with presenter mode open at step `index`, no spotlight and no step list, whatever a test left before. */
async function presenterAt(index: number): Promise<{ page: Page; presenter: Locator }> {
  const page = await explorerPage();
  const presenter = page.locator('presenter-mode[open]');
  if ((await presenter.count()) === 0) {
    await page.getByRole('button', { name: /Trình chiếu/ }).click();
    await presenter.locator('poverty-map[data-ready]').waitFor();
  }
  if ((await presenter.locator('presenter-step-list button').count()) > 0) await page.keyboard.press('Escape');
  if ((await presenter.locator('presenter-spotlight').count()) > 0) await page.keyboard.press('Escape');
  await expect.poll(() => presenter.locator('presenter-spotlight').count()).toBe(0);
  await page.keyboard.press('Home');
  await waitStep(page, presenter, 0);
  if (index > 0) {
    await page.keyboard.press(index === steps.length - 1 ? 'End' : String(index + 1));
    await waitStep(page, presenter, index);
  }
  return { page, presenter };
}

/** Spotlight a commune through the search field ("/", type, Enter) at the current step. */
async function spotlightBySearch(page: Page, presenter: Locator, query: string, code: string, step: number): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await waitStep(page, presenter, step, code);
}

describe('presenter mode', () => {
  it('opens full-window from the Present button as a modal dialog with large captions', async () => {
    const page = await explorerPage();
    const presenter = page.locator('presenter-mode[open]');
    await closePresenter(page, presenter);
    await page.getByRole('button', { name: /Trình chiếu/ }).click();
    await presenter.waitFor();
    await presenter.locator('poverty-map[data-ready]').waitFor();
    expect(await presenter.locator('[role="dialog"]').getAttribute('aria-modal')).toBe('true');
    const box = await presenter.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1280, height: 720 });
    const captionSize = await presenter.locator('.caption p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(captionSize).toBeGreaterThanOrEqual(28);
    await waitStep(page, presenter, 0);
  });

  it('shows every step with ArrowRight and PageDown: title, caption, counter, map metric and colours', async () => {
    const { page, presenter } = await presenterAt(0);
    const map = presenter.locator('poverty-map');
    const colours: Record<string, string[]> = {};
    for (let i = 0; i < steps.length; i += 1) {
      if (i > 0) await page.keyboard.press(i % 2 === 1 ? 'ArrowRight' : 'PageDown');
      await waitStep(page, presenter, i);
      const step = steps[i]!;
      expect(plain(await presenter.locator('.bar h2').innerText())).toBe(step.title);
      expect(await presenter.locator('.caption p').allInnerTexts().then((t) => t.map(plain))).toEqual(step.caption.map(plain));
      expect(plain(await presenter.locator('.counter').innerText())).toBe(`${i + 1} / ${steps.length}`);
      await expect.poll(() => presenter.locator('.announce').innerText()).toContain(step.title);
      const metric = stepMetric(steps, i, DEFAULT_VIEW.metric);
      expect(await presenter.locator('poverty-map').getAttribute('metric')).toBe(metric);
      const fills = buildChoropleth(dataset, { ...DEFAULT_VIEW, metric }).fills;
      let checked = 0;
      for (const code of Object.keys(fills)) {
        if (checked === 3) break;
        const pixel = await communePixel(map, code);
        if (!pixel) continue;
        expect(sameColor(pixel, fills[code]!, 6), `step ${step.id}, commune ${code}: ${pixel} vs ${fills[code]}`).toBe(true);
        (colours[code] ??= []).push(fills[code]!);
        checked += 1;
      }
      expect(checked, `communes whose colour was read at step ${step.id}`).toBeGreaterThanOrEqual(2);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}-${i + 1}.png` });
    }
    expect(Object.values(colours).some((c) => new Set(c).size > 1), 'some commune changes colour between steps').toBe(true);
  });

  it('stops at the ends and jumps with number keys, Home, End and the step list', async () => {
    const { page, presenter } = await presenterAt(steps.length - 1);
    await page.keyboard.press('ArrowRight');
    await waitStep(page, presenter, steps.length - 1);
    await page.keyboard.press('3');
    await waitStep(page, presenter, 2);
    await page.keyboard.press('End');
    await waitStep(page, presenter, steps.length - 1);
    await page.keyboard.press('Home');
    await waitStep(page, presenter, 0);
    await page.keyboard.press('ArrowLeft');
    await waitStep(page, presenter, 0);
    await page.keyboard.press('2');
    await waitStep(page, presenter, 1);

    await page.keyboard.press('l');
    const list = presenter.locator('presenter-step-list button');
    await expect.poll(() => list.count()).toBe(steps.length);
    await expect.poll(async () => (await focused(page)).text).toBe(`2. ${steps[1]!.title}`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitStep(page, presenter, 2);
    expect(await list.count()).toBe(0);
  });

  it('spotlights a commune clicked on the map, and Escape clears it', async () => {
    const { page, presenter } = await presenterAt(2);
    const map = presenter.locator('poverty-map');
    const box = (await map.boundingBox())!;
    const point = await map.evaluate((m, lngLat) => (m as unknown as { map: { project(p: [number, number]): { x: number; y: number } } }).map.project(lngLat), insidePoints[CAM_TUYEN]!);
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await waitStep(page, presenter, 2, CAM_TUYEN);
    expect(plain(await presenter.locator('presenter-spotlight h3').innerText())).toBe('Xã Cam Tuyền');
    await page.keyboard.press('ArrowRight');
    await waitStep(page, presenter, 3, CAM_TUYEN);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await waitStep(page, presenter, 2);
    expect(await presenter.locator('presenter-spotlight').count()).toBe(0);
  });

  it('spotlights a commune typed in the search field, with its figures, keeping focus inside', async () => {
    const { page, presenter } = await presenterAt(2);
    await spotlightBySearch(page, presenter, 'cam tuyen', CAM_TUYEN, 2);
    const card = buildSpotlight(dataset, CAM_TUYEN, 'reduction_target_2022', 'vi')!;
    const spotlight = presenter.locator('presenter-spotlight');
    expect(plain(await spotlight.locator('h3').innerText())).toBe('Xã Cam Tuyền');
    for (const line of card.lines) expect(plain(await spotlight.locator(`[data-metric="${line.metric}"] dd`).innerText())).toContain(plain(line.value));
    expect(await presenter.locator('poverty-map').evaluate((m) => (m as unknown as { selected: string | null }).selected)).toBe(CAM_TUYEN);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}-spotlight.png` });
    for (let i = 0; i < 12; i += 1) await page.keyboard.press('Tab');
    expect((await focused(page)).inside, 'Tab stays inside presenter mode').toBe(true);
  });

  it('clears the spotlight on the first Escape, leaves on the second and gives focus back to the Present button', async () => {
    const { page, presenter } = await presenterAt(2);
    await spotlightBySearch(page, presenter, 'cam tuyen', CAM_TUYEN, 2);
    await page.keyboard.press('Escape');
    await waitStep(page, presenter, 2);
    expect(await presenter.locator('presenter-spotlight').count()).toBe(0);
    expect(await presenter.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => presenter.count()).toBe(0);
    expect(await page.locator('poverty-map').getAttribute('metric')).toBe(DEFAULT_VIEW.metric);
    expect(await page.locator('poverty-map').getAttribute('data-camera')).toBeNull();
    const back = await focused(page);
    expect(back.tag).toBe('BUTTON');
    expect(back.text).toMatch(/Trình chiếu/);
  });
});
