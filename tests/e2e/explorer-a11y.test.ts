/** The explorer for keyboard and screen-reader users: keyboard-only use, visible focus, an axe scan, small and large screens. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { keyboardOrder } from '../../src/map/map-model';
import { DATASET, NAMES, backToStart, detailsHeading, focused, mapProperty, tab, tabUntil, urlParams, useExplorer, viewFromUrl, type FocusInfo } from './support/app';

const explorer = useExplorer();

/** The file's shared page of the default view, back at the start: nothing selected or focused, the first tab shown. */
async function startView(): Promise<Page> {
  const page = await explorer.view();
  if (urlParams(page).size > 0) await viewFromUrl(page, '');
  await backToStart(page);
  return page;
}

/** Tab to the next element matching, and check that its focus is drawn. */
async function tabTo(page: Page, what: string, match: (f: FocusInfo) => boolean): Promise<FocusInfo> {
  const passed = await tabUntil(page, match);
  const reached = passed.at(-1)!;
  expect(reached.indicator, `focus ring of ${what} (${reached.path})`).not.toBe('none');
  return reached;
}

describe('keyboard-only use', () => {
  it('reaches search, embed, language, measure, map and tabs in order, and selects from the map and the table', async () => {
    const page = await startView();
    await page.locator('body').focus();

    const search = await tabTo(page, 'the search box', (f) => f.role === 'combobox' && f.path.includes('commune-search'));
    expect(search.path).toBe('poverty-app > commune-search > input#input');
    await tabTo(page, 'the Embed button', (f) => f.tag === 'button' && f.name === 'Nhúng');
    await tabTo(page, 'the language switch', (f) => f.path.startsWith('poverty-app > lang-switch > button'));
    expect((await tabTo(page, 'the measure select', (f) => f.path.endsWith('select#metric'))).path).toBe('poverty-app > metric-controls > select#metric');

    const map = await tabTo(page, 'the map', (f) => f.role === 'application');
    expect(map.name).toBe('Bản đồ tỷ lệ hộ nghèo đầu năm 2022 theo xã');
    expect(map.path).toBe('poverty-app > poverty-map > div');
    const first = keyboardOrder(DATASET)[0]!;
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('poverty-map .tooltip').getAttribute('data-gso')).toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => detailsHeading(page).textContent()).toBe(NAMES[first]);
    expect(await mapProperty(page, 'selected')).toBe(first);
    expect(urlParams(page).get('commune')).toBe(first);
    expect((await focused(page)).role, 'focus stays on the map').toBe('application');

    const details = await tabTo(page, 'the active tab', (f) => f.role === 'tab');
    expect(details.name).toBe('Xã');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatchObject({ role: 'tab', name: 'Bảng số liệu' });
    expect(await tab(page, 'Bảng số liệu').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('End');
    expect((await focused(page)).name).toBe('Tiến độ');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).name).toBe('Xã');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatchObject({ role: 'tab', name: 'Bảng số liệu' });
    expect((await focused(page)).indicator).not.toBe('none');

    // Into the table: its scrolling region, then (past the sort buttons) the first commune's name button.
    await tabTo(page, 'the table region', (f) => f.path.startsWith('poverty-app > commune-table') && f.role === 'region');
    const row = await tabTo(page, 'a commune row', (f) => f.path.startsWith('poverty-app > commune-table > button') && f.name.startsWith('Xã '));
    expect(row.name).toBe('Xã Thanh An');
    await page.keyboard.press('Enter');
    await expect.poll(() => mapProperty(page, 'selected')).toBe('19603');
    expect(urlParams(page).get('commune')).toBe('19603');
    expect(await page.locator('commune-table tr[aria-current="true"]').getAttribute('data-gso')).toBe('19603');
    await page.keyboard.press('Escape');
    await expect.poll(() => mapProperty(page, 'selected')).toBeNull();
  });

  it('moves through every commune of the map with the arrow keys; Escape clears the selection', async () => {
    const page = await startView();
    const order = keyboardOrder(DATASET);
    await page.locator('poverty-map .map').focus();
    const seen: string[] = [];
    for (let i = 0; i < order.length; i++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('poverty-map .tooltip').getAttribute('data-gso')).toBe(order[i]);
      seen.push(order[i]!);
    }
    expect(new Set(seen).size).toBe(8);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect.poll(() => mapProperty(page, 'selected')).toBe(order.at(-2));
    await page.keyboard.press('Escape');
    await expect.poll(() => mapProperty(page, 'selected')).toBeNull();
    expect(urlParams(page).has('commune')).toBe(false);
  });
});

/** Violations of an axe scan, as "impact id (n)"; only serious and critical ones fail. */
async function scan(page: Page): Promise<{ serious: string[]; all: string[] }> {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const line = (v: (typeof results.violations)[number]) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`;
  return { serious: results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(line), all: results.violations.map(line) };
}

describe('automated accessibility scan (axe)', () => {
  it('finds no serious or critical problem on the default view, the table and the plan', async () => {
    const page = await startView();
    expect((await scan(page)).serious, 'default view').toEqual([]);
    await tab(page, 'Bảng số liệu').click();
    await page.locator('commune-table table').waitFor();
    expect((await scan(page)).serious, 'table tab').toEqual([]);
    await tab(page, 'Kế hoạch').click();
    await page.locator('plan-panel article').waitFor();
    expect((await scan(page)).serious, 'plan tab').toEqual([]);
  });

  it('finds no serious or critical problem in English with a commune selected', async () => {
    const page = await startView();
    // The link's view, read from the address as on Back/Forward; the shared page gets the default view back after.
    onTestFinished(() => viewFromUrl(page, ''));
    await viewFromUrl(page, '?lang=en&commune=19600');
    await expect.poll(() => detailsHeading(page).textContent()).toBe('Xã Cam Tuyền');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect((await scan(page)).serious).toEqual([]);
  });
});

/** Each side-panel tab and what it shows. */
const PANELS: [string | RegExp, string][] = [
  ['Bảng số liệu', 'commune-table table'],
  ['Xếp hạng', 'ranking-chart figure'],
  ['Kế hoạch', 'plan-panel article'],
  [/^Kiểm tra số liệu/, 'data-checks section'],
  ['Xã', 'commune-details section'],
];

describe('layout', () => {
  for (const size of [
    { width: 360, height: 740 },
    { width: 1920, height: 1080 },
  ]) {
    it(`fits ${size.width}×${size.height}: no horizontal scrolling, a map at least 300 px high, the legend visible`, async () => {
      const page = await explorer.open('', size);
      const box = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
      expect(box.scrollWidth, 'document width').toBeLessThanOrEqual(box.innerWidth);
      const map = (await page.locator('poverty-map').boundingBox())!;
      expect(map.height).toBeGreaterThanOrEqual(300);
      expect(map.x).toBeGreaterThanOrEqual(0);
      expect(map.x + map.width).toBeLessThanOrEqual(size.width);
      const canvas = (await page.locator('poverty-map canvas').boundingBox())!;
      expect(canvas.height).toBeGreaterThanOrEqual(300);
      const legend = page.locator('choropleth-legend.main-legend section');
      expect(await legend.isVisible()).toBe(true);
      await legend.scrollIntoViewIfNeeded();
      const l = (await legend.boundingBox())!;
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width).toBeLessThanOrEqual(size.width);
      expect(l.y).toBeGreaterThanOrEqual(0);
      expect(l.y + l.height).toBeLessThanOrEqual(size.height);
      expect(await page.locator('choropleth-legend.main-legend .swatch').count()).toBe(4);
      // Still none with any panel open: the wide table scrolls inside its own region.
      for (const [name, content] of PANELS) {
        await tab(page, name).click();
        await page.locator(content).waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `document width with the ${content} panel`).toBeLessThanOrEqual(size.width);
      }
    });
  }
});
