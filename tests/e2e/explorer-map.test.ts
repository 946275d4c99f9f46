/** The explorer (index.html, production build): the opening view, map colours against the legend, switching the measure. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../src/classify/choropleth';
import { DEFAULT_VIEW } from '../../src/state/view-state';
import { CODES, DATASET, NAMES, expectMapMatchesLegend, legendClasses, legendTitle, mapFills, mapIdle, mapProperty, repaintAfter, urlParams, useExplorer, valuesOf } from './support/app';

const explorer = useExplorer();

const metricSelect = (page: Page) => page.getByRole('combobox', { name: 'Chỉ số hiển thị', exact: true });
const shownOption = (page: Page) => metricSelect(page).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim() ?? '');

/**
 * The file's one page of the explorer, showing the first measure: every test here reads the opening view or switches
 * the measure, so a test that finds another measure picked switches back first.
 */
async function openingView(): Promise<Page> {
  const page = await explorer.view();
  if (urlParams(page).has('metric')) {
    // Not a repaint to wait for: the end-of-2022 rate has the same colours, so switching back may draw nothing new.
    await metricSelect(page).selectOption({ label: 'Tỷ lệ hộ nghèo đầu năm 2022' });
    await expect.poll(() => legendTitle(page)).toBe('Tỷ lệ hộ nghèo đầu năm 2022');
    await mapIdle(page);
  }
  return page;
}

/** The figures of one item of the district summary strip, as read ("453 hộ · 3,04 %"). */
async function summaryFigures(page: Page, term: string): Promise<string> {
  const item = page.locator('district-summary .item').filter({ has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) });
  const text = (await item.locator('dd').textContent()) ?? '';
  return text.replace(/\s+/g, ' ').replace(/\s*·\s*/g, ' · ').trim();
}

describe('the explorer opens', () => {
  it('on the start-of-2022 poverty rate, in Vietnamese, with nothing selected', async () => {
    const page = await openingView();
    expect(await shownOption(page)).toBe('Tỷ lệ hộ nghèo đầu năm 2022');
    expect(await legendTitle(page)).toBe('Tỷ lệ hộ nghèo đầu năm 2022');
    expect(await page.locator('choropleth-legend.main-legend .unit').textContent()).toBe('Đơn vị: % số hộ');
    expect(await page.locator('choropleth-legend.main-legend .method').textContent()).toBe('Phân loại: ngắt tự nhiên (Jenks), 4 lớp');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Bản đồ giảm nghèo — Huyện Cam Lộ');
    expect(await mapProperty(page, 'selected')).toBeNull();
    expect([...urlParams(page).keys()]).toEqual([]);
    expect(await page.locator('choropleth-legend.main-legend li.row.class').count()).toBe(4);
  });

  it('shows the district summary as the plan states it: 14.905 hộ, 453 hộ · 3,04 %', async () => {
    const page = await openingView();
    expect(await summaryFigures(page, 'Hộ dân cư')).toBe('14.905 hộ');
    expect(await summaryFigures(page, 'Hộ nghèo')).toBe('453 hộ · 3,04 %');
    expect(await page.getByRole('region', { name: 'Số liệu toàn huyện theo kế hoạch' }).count()).toBe(1);
  });

  it('loads without console errors and without any request outside localhost', async () => {
    const page = await openingView();
    // Let the map settle completely (fonts, glyphs, a repaint) before reading the logs, kept since the page loaded.
    await mapIdle(page);
    expect(explorer.current!.consoleErrors).toEqual([]);
    expect(explorer.current!.blockedRequests).toEqual([]);
    const requested = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(requested.length).toBeGreaterThan(3);
    for (const url of requested) expect(new URL(url).hostname, url).toBe('127.0.0.1');
  });
});

describe('the map', () => {
  it('draws the 8 communes in the legend colour of their class', async () => {
    const page = await openingView();
    const values = valuesOf('poverty_rate');
    expect(Object.keys(values).sort()).toEqual([...CODES].sort());
    const drawn = await expectMapMatchesLegend(page, values);
    // The same classes as the pure choropleth computes for the default view.
    expect(drawn).toEqual(buildChoropleth(DATASET, DEFAULT_VIEW).fills);
    expect(new Set(Object.values(drawn)).size).toBe(4);
    // Legend counts agree with the communes drawn in each colour.
    const counts = await page.locator('choropleth-legend.main-legend li.row.class .count').allTextContents();
    const classes = await legendClasses(page);
    expect(counts).toEqual(classes.map((c) => `${Object.values(drawn).filter((d) => d === c.color).length} xã`));
    // Xã Cam Tuyền (109 / 1.481 hộ = 7,36 %) is alone in the top class.
    expect(Object.entries(drawn).filter(([, color]) => color === classes.at(-1)!.color).map(([code]) => NAMES[code])).toEqual(['Xã Cam Tuyền']);
  });

  it('shows the projected end-of-2022 rate when that measure is picked by its label', async () => {
    const page = await openingView();
    const before = await legendClasses(page);
    await metricSelect(page).selectOption({ label: 'Tỷ lệ hộ nghèo dự kiến cuối năm 2022' });
    await expect.poll(() => legendTitle(page)).toBe('Tỷ lệ hộ nghèo dự kiến cuối năm 2022');
    expect(await shownOption(page)).toBe('Tỷ lệ hộ nghèo dự kiến cuối năm 2022');
    expect(await mapProperty(page, 'metric')).toBe('poverty_rate_end_2022');
    expect(urlParams(page).get('metric')).toBe('poverty_rate_end_2022');
    expect(await page.locator('poverty-map .map').getAttribute('aria-label')).toBe('Bản đồ tỷ lệ hộ nghèo dự kiến cuối năm 2022 theo xã');
    // Natural breaks put every commune in the same class as at the start of the year; only the top bound moves (7,36 → 6,68).
    const after = await legendClasses(page);
    expect(after.map((c) => c.color)).toEqual(before.map((c) => c.color));
    expect([before.at(-1)!.upper, after.at(-1)!.upper]).toEqual([7.36, 6.68]);
    await expectMapMatchesLegend(page, valuesOf('poverty_rate_end_2022'));
  });

  it('repaints map and legend together when the measure switched to changes the classes', async () => {
    const page = await openingView();
    const startColors = await mapFills(page);
    await repaintAfter(page, () => metricSelect(page).selectOption({ label: 'Tỷ lệ hộ có khả năng thoát nghèo' }));
    expect(await legendTitle(page)).toBe('Tỷ lệ hộ có khả năng thoát nghèo');
    expect(urlParams(page).get('metric')).toBe('able_to_escape_rate');
    const drawn = await expectMapMatchesLegend(page, valuesOf('able_to_escape_rate'));
    const changed = CODES.filter((code) => drawn[code] !== startColors[code]);
    expect(changed.length, 'communes that changed colour').toBeGreaterThan(0);
    // Back to the first measure: the first colours come back.
    await repaintAfter(page, () => metricSelect(page).selectOption({ label: 'Tỷ lệ hộ nghèo đầu năm 2022' }));
    expect(await expectMapMatchesLegend(page, valuesOf('poverty_rate'))).toEqual(startColors);
    expect(urlParams(page).has('metric')).toBe(false);
  });

  it('repaints a household count in the colours of its own classes', async () => {
    const page = await openingView();
    await repaintAfter(page, () => metricSelect(page).selectOption({ label: 'Số hộ dân cư' }));
    expect(await legendTitle(page)).toBe('Số hộ dân cư');
    expect(await page.locator('choropleth-legend.main-legend .unit').textContent()).toBe('Đơn vị: hộ');
    const drawn = await expectMapMatchesLegend(page, valuesOf('households'));
    const largest = CODES.reduce((a, b) => (valuesOf('households')[a]! >= valuesOf('households')[b]! ? a : b));
    expect(NAMES[largest]).toBe('Xã Thanh An');
    expect(drawn[largest]).toBe((await legendClasses(page)).at(-1)!.color);
  });
});
