/** The explorer: a shared link restores the view; hostile link values are survived; the language switch. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paletteColors } from '../../src/classify/palettes';
import { backToStart, detailsHeading, expectMapMatchesLegend, legendClasses, legendTitle, mapProperty, tab, urlParams, useExplorer, valuesOf, viewFromUrl } from './support/app';

const explorer = useExplorer();

const SHARED = '?metric=poverty_rate_end_2022&method=quantile&classes=3&palette=viridis&commune=19600&lang=en';
const HOSTILE = `?metric=${encodeURIComponent('<script>alert(1)</script>')}&classes=99&palette=__proto__&commune=x&lang=fr`;

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const selectText = (page: Page, label: string) => page.getByRole('combobox', { name: label, exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim());
const tabNames = (page: Page) => page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => [...t.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim()));

/** "453 hộ · 3,04 %": the figures of the district summary's poor-household item (the second one). */
async function poorSummary(page: Page): Promise<string> {
  const text = (await page.locator('district-summary .item').nth(1).locator('dd').textContent()) ?? '';
  return text.replace(/\s+/g, ' ').replace(/\s*·\s*/g, ' · ').trim();
}

describe('a shared link', () => {
  it('restores measure, classification, palette, selected commune and language', async () => {
    const page = await explorer.open(SHARED);
    expect(await htmlLang(page)).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Poverty reduction map — Cam Lộ district');
    expect(await tabNames(page)).toEqual(['Commune', 'Table', 'Ranking', 'Plan', 'Data checks', 'Draft targets', 'Progress']);
    expect(await selectText(page, 'Measure shown')).toBe('Projected poverty rate, end of 2022');
    expect(await selectText(page, 'Classification')).toBe('Quantiles');
    expect(await selectText(page, 'Classes')).toBe('3');
    expect(await page.getByRole('combobox', { name: 'Colours', exact: true }).inputValue()).toBe('viridis');

    expect(await legendTitle(page)).toBe('Projected poverty rate, end of 2022');
    expect(await page.locator('choropleth-legend.main-legend .method').textContent()).toBe('Classification: Quantiles (about as many communes per class), 3 classes');
    const classes = await legendClasses(page);
    expect(classes.map((c) => c.color)).toEqual(paletteColors('viridis', 3));
    expect(await page.locator('choropleth-legend.main-legend .range').allTextContents()).toEqual(['1.23 – 2.00%', '2.00 – 3.50%', '3.50 – 6.68%']);
    await expectMapMatchesLegend(page, valuesOf('poverty_rate_end_2022'));

    expect(await mapProperty(page, 'selected')).toBe('19600');
    expect(await detailsHeading(page).textContent()).toBe('Xã Cam Tuyền');
    const details = (await page.locator('commune-details article').innerText()).replace(/\s+/g, ' ');
    expect(details).toContain('Projected poverty rate, end of 2022');
    expect(details).toContain('6.68% (99 / 1,481 households)');
    expect(details).toContain('rank 1 of 8');
    expect(details).toContain('Printed in the table as “Cam Tuyên”');
    expect(await page.locator('commune-details').getByRole('row', { name: /^Households 1,481\b/ }).count()).toBe(1);
    expect(await poorSummary(page)).toBe('453 households · 3.04%');
    // The link is kept as it was shared.
    expect(Object.fromEntries(urlParams(page))).toEqual(Object.fromEntries(new URLSearchParams(SHARED)));
  });
});

describe('a hostile link', () => {
  it('renders the default view, says which values were ignored, and runs nothing', async () => {
    const page = await explorer.open(HOSTILE);
    const notice = page.locator('poverty-app p.notice[role="status"]');
    expect(await notice.count()).toBe(1);
    const text = (await notice.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Một số giá trị trong đường dẫn không hợp lệ nên đã dùng mặc định: metric, classes, palette, commune, lang.');
    expect(text.length).toBeLessThan(200);
    expect(await page.getByRole('status').filter({ hasText: 'không hợp lệ' }).count()).toBe(1);

    expect(await htmlLang(page)).toBe('vi');
    expect(await legendTitle(page)).toBe('Tỷ lệ hộ nghèo đầu năm 2022');
    const classes = await legendClasses(page);
    expect(classes.map((c) => c.color)).toEqual(paletteColors('YlOrRd', 4));
    await expectMapMatchesLegend(page, valuesOf('poverty_rate'));
    expect(await mapProperty(page, 'selected')).toBeNull();
    expect(await detailsHeading(page).textContent()).toBe('Thông tin xã');

    // Nothing from the link became markup: no injected script, no alert (an alert would fail the after-test check).
    const injected = await page.evaluate(() => {
      const roots: (Document | ShadowRoot)[] = [document];
      let scripts = 0;
      let found = false;
      while (roots.length) {
        const root = roots.pop()!;
        scripts += [...root.querySelectorAll('script')].filter((s) => !s.src).length;
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) roots.push(el.shadowRoot);
          if ([...el.attributes].some((a) => a.value.includes('alert(1)'))) found = true;
        }
      }
      return { scripts, found };
    });
    expect(injected).toEqual({ scripts: 0, found: false });

    // The notice can be dismissed.
    await notice.getByRole('button', { name: 'Đóng' }).click();
    expect(await notice.count()).toBe(0);
  });
});

/**
 * The file's shared page of the explorer showing the view a link with `search` opens (read from the address again,
 * as on Back/Forward), with the first tab shown and nothing focused.
 */
async function linkView(search: string): Promise<Page> {
  const page = await explorer.view();
  await backToStart(page);
  await viewFromUrl(page, search);
  return page;
}

describe('the language switch', () => {
  it('switches UI text, legend and number formats to English and back, with <html lang>', async () => {
    const page = await linkView('');
    const group = page.getByRole('group', { name: 'Ngôn ngữ' });
    expect(await group.getByRole('button', { name: 'Tiếng Việt' }).getAttribute('aria-pressed')).toBe('true');
    expect(await poorSummary(page)).toBe('453 hộ · 3,04 %');
    expect(await page.locator('choropleth-legend.main-legend .range').first().textContent()).toBe('1,23 – 2,00 %');

    await group.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => htmlLang(page)).toBe('en');
    expect(urlParams(page).get('lang')).toBe('en');
    const english = page.getByRole('group', { name: 'Language' });
    expect(await english.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Poverty reduction map — Cam Lộ district');
    expect(await tabNames(page)).toEqual(['Commune', 'Table', 'Ranking', 'Plan', 'Data checks', 'Draft targets', 'Progress']);
    expect(await page.getByRole('combobox', { name: 'Find a commune' }).count()).toBe(1);
    expect(await legendTitle(page)).toBe('Poverty rate, start of 2022');
    expect(await page.locator('choropleth-legend.main-legend .range').first().textContent()).toBe('1.23 – 2.00%');
    expect(await page.locator('choropleth-legend.main-legend .count').first().textContent()).toBe('3 communes');
    expect(await poorSummary(page)).toBe('453 households · 3.04%');
    expect(await page.locator('district-summary .item').first().locator('dd').textContent()).toContain('14,905 households');
    expect(await page.locator('poverty-map .map').getAttribute('aria-label')).toBe('Map of poverty rate, start of 2022 by commune');
    expect(await mapProperty(page, 'lang')).toBe('en');
    expect(await detailsHeading(page).textContent()).toBe('Commune details');

    await english.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => htmlLang(page)).toBe('vi');
    expect(urlParams(page).has('lang')).toBe(false);
    expect(await legendTitle(page)).toBe('Tỷ lệ hộ nghèo đầu năm 2022');
    expect(await poorSummary(page)).toBe('453 hộ · 3,04 %');
    expect(await tabNames(page)).toEqual(['Xã', 'Bảng số liệu', 'Xếp hạng', 'Kế hoạch', 'Kiểm tra số liệu', 'Dự thảo chỉ tiêu', 'Tiến độ']);
    expect(await tab(page, 'Xã').getAttribute('aria-selected')).toBe('true');
  });

  it('keeps the selection and the table in the chosen language', async () => {
    const page = await linkView('?commune=19615');
    await tab(page, 'Bảng số liệu').click();
    const row = page.locator('commune-table tr[aria-current="true"]');
    expect((await row.textContent())!.replace(/\s+/g, ' ')).toContain('1.791');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => htmlLang(page)).toBe('en');
    expect(await tab(page, 'Table').getAttribute('aria-selected')).toBe('true');
    expect((await row.textContent())!.replace(/\s+/g, ' ')).toContain('1,791');
    expect(await row.getAttribute('data-gso')).toBe('19615');
    expect(Object.fromEntries(urlParams(page))).toEqual({ commune: '19615', lang: 'en' });
  });
});
