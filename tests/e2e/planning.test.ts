/** Planning tools in the explorer: a draft of the targets from a link or typed, its annex exported, the compare view. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { formatNumber } from '../../src/core/format';
import { annexGrid, annexModel } from '../../src/data/planning/annex';
import { readAnnexGrid } from '../../src/data/planning/annex-read';
import { applyDraft } from '../../src/data/planning/draft';
import type { PovertyMap } from '../../src/map/poverty-map';
import type { CompareView } from '../../src/planning/compare-view';
import { DATASET, backToStart, expectMapMatchesLegend, mapFills, tab, urlParams, useExplorer, valuesOf, viewFromUrl } from './support/app';

const explorer = useExplorer();

const CAM_TUYEN = '19600';
const THANH_AN = '19603';

const draftTable = (page: Page) => page.locator('draft-table');
const row = (page: Page, code: string) => draftTable(page).locator(`tbody tr[data-gso="${code}"]`);
const cellText = async (page: Page, code: string, col: string) => ((await row(page, code).locator(`td[data-col="${col}"]`).textContent()) ?? '').trim();
const totals = (page: Page, col: string) => draftTable(page).locator(`tfoot td[data-col="${col}"]`);
const targetInput = (page: Page, code: string) => row(page, code).locator('input');

/**
 * The file's shared page (opened by the link ?draft=19600:15) showing the view a link with `search` opens: the app
 * reads it from the address again, as on Back/Forward, so a draft typed by an earlier test is gone.
 */
async function linkView(search: string): Promise<Page> {
  const page = await explorer.view('?draft=19600:15');
  await backToStart(page);
  await viewFromUrl(page, search);
  return page;
}

async function openDraftTab(page: Page): Promise<void> {
  await tab(page, /Dự thảo chỉ tiêu|Draft targets/).click();
  await draftTable(page).locator('tbody tr').first().waitFor();
}

describe('the link ?draft=19600:15', () => {
  it("opens the plan with Cam Tuyền's target 15: its year end 94 households, 6,35 %; district 29 and 424, 2,84 %", async () => {
    const page = await linkView('?draft=19600:15');
    await openDraftTab(page);
    expect(await targetInput(page, CAM_TUYEN).inputValue()).toBe('15');
    expect(await cellText(page, CAM_TUYEN, 'end')).toBe('94');
    expect(await cellText(page, CAM_TUYEN, 'rate')).toBe('6,35 %');
    expect((await totals(page, 'target').textContent())?.trim()).toBe('29');
    expect((await totals(page, 'end').textContent())?.trim()).toBe('424');
    expect((await totals(page, 'rate').textContent())?.trim()).toBe('2,84 %');
    const summary = (await draftTable(page).locator('.summary').textContent()) ?? '';
    expect(summary).toContain('chỉ tiêu 29 hộ');
    expect(summary).toContain('424 hộ, 2,84 %');
    // The district summary strip follows the draft: its 2022 target item is recomputed from the drafted table.
    expect((await page.locator('district-summary dd').allTextContents()).join(' ')).toMatch(/\b29 hộ/);
    expect(urlParams(page).get('draft')).toBe('19600:15');
  });

  it('a malformed draft link falls back to the plan with the usual notice', async () => {
    const page = await explorer.open('?draft=19600:abc');
    await expect.poll(() => page.locator('.notice').textContent()).toContain('draft');
    await openDraftTab(page);
    expect(await targetInput(page, CAM_TUYEN).inputValue()).toBe('10');
    expect(await cellText(page, CAM_TUYEN, 'end')).toBe('99');
    expect(urlParams(page).has('draft')).toBe(false);
  });
});

describe('typing a target', () => {
  it('updates the totals, the URL, the map colours and the legend as the person types; Enter moves down', async () => {
    const page = await linkView('?metric=poverty_rate_end_2022');
    await openDraftTab(page);
    const before = await mapFills(page);
    await targetInput(page, CAM_TUYEN).fill('100');
    await expect.poll(() => totals(page, 'target').textContent()).toContain('114');
    expect((await totals(page, 'end').textContent())?.trim()).toBe('339');
    expect((await totals(page, 'rate').textContent())?.trim()).toBe(`${formatNumber((339 / 14905) * 100, 'vi', 2)} %`);
    await expect.poll(() => urlParams(page).get('draft')).toBe('19600:100');
    const drafted = applyDraft(DATASET, new Map([[CAM_TUYEN, 100]]));
    await expect.poll(async () => (await mapFills(page))[CAM_TUYEN]).not.toBe(before[CAM_TUYEN]);
    await expectMapMatchesLegend(page, valuesOf('poverty_rate_end_2022', drafted));
    await targetInput(page, CAM_TUYEN).press('Enter');
    const codes = DATASET.join.joined.map((u) => u.feature.properties.gso_code);
    const next = codes[codes.indexOf(CAM_TUYEN) + 1]!;
    expect(await draftTable(page).evaluate((el) => el.shadowRoot!.activeElement?.id)).toBe(`t-${next}`);
  });

  it('refuses a cell that is not a whole number of households, at the cell, in the current language, and keeps the rest', async () => {
    const page = await linkView('?draft=19600:15');
    await openDraftTab(page);
    const input = targetInput(page, THANH_AN);
    await input.fill('2,5');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const message = row(page, THANH_AN).locator('.error');
    expect(await message.textContent()).toMatch(/không phải số hộ nguyên.*không được nhận/);
    expect(await targetInput(page, CAM_TUYEN).inputValue()).toBe('15');
    expect((await totals(page, 'target').textContent())?.trim()).toBe('29');
    expect(urlParams(page).get('draft')).toBe('19600:15');
    await input.fill('500');
    expect(await message.textContent()).toMatch(/lớn hơn số hộ nghèo \(106\)/);
    await input.fill('7');
    expect(await input.getAttribute('aria-invalid')).toBe('false');
    await expect.poll(() => urlParams(page).get('draft')).toBe('19600:15,19603:7');
    expect(await row(page, THANH_AN).locator('.warning').textContent()).toContain('khả năng thoát nghèo');
  });

  it('a column pasted from Excel fills downwards', async () => {
    const page = await linkView('');
    await openDraftTab(page);
    const codes = DATASET.join.joined.map((u) => u.feature.properties.gso_code);
    await targetInput(page, codes[0]!).evaluate((el: HTMLInputElement) => {
      const data = new DataTransfer();
      data.setData('text/plain', '5\r\n6\r\n');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
    });
    await expect.poll(() => urlParams(page).get('draft')).toBe([`${codes[0]}:5`, `${codes[1]}:6`].sort().join(','));
    expect(await targetInput(page, codes[1]!).inputValue()).toBe('6');
  });
});

describe('the annex', () => {
  it('downloads as .xlsx whose cells read back give the same figures as the annex model', async () => {
    const page = await linkView('?draft=19600:15');
    await openDraftTab(page);
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 55_000 }), page.locator('annex-export button[data-format="xlsx"]').click()]);
    expect(file.suggestedFilename()).toBe('chi-tieu-giam-ngheo-nam-2022.xlsx');
    const dir = await mkdtemp(join(tmpdir(), 'bdgn-annex-'));
    let bytes: Buffer;
    try {
      const path = join(dir, file.suggestedFilename());
      await file.saveAs(path);
      bytes = await readFile(path);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const book = XLSX.read(bytes, { type: 'buffer' });
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    const cells = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true });
    const model = annexModel(applyDraft(DATASET, new Map([[CAM_TUYEN, 15]])), { year: 2022 });
    const grid = annexGrid(model);
    const body = grid.cells.slice(grid.headerRow);
    expect(cells.slice(grid.headerRow, grid.headerRow + body.length)).toEqual(body);
    const read = readAnnexGrid(cells, 'annex.xlsx');
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.units.map((u) => [u.name, u.figures.target_2022, u.figures.poor_end_2022])).toEqual(model.rows.map((r) => [r.label, r.values.at(-3), r.values.at(-2)]));
  });
});

describe('the compare view', () => {
  it('shows a second map beside the first; panning one moves the other; closing removes it', async () => {
    const page = await linkView('?draft=19600:15');
    // The pan below moves the explorer's own map (the compare view's first map): the shared page's camera goes back after.
    onTestFinished(() => page.locator('poverty-map button.reset-view').first().click());
    await page.getByRole('button', { name: /^(So sánh|Compare)$/ }).click();
    const compare = page.locator('compare-view[open]');
    await compare.waitFor();
    await expect.poll(() => compare.evaluate((el: CompareView) => el.secondMap?.hasAttribute('data-ready') ?? false), { timeout: 30_000 }).toBe(true);
    const primary = page.locator('presenter-mode poverty-map');
    const centres = () =>
      compare.evaluate((el: CompareView) => {
        const first = (el.primary?.value as PovertyMap).map!.getCenter();
        const second = el.secondMap!.map!.getCenter();
        return [first.lng, first.lat, second.lng, second.lat];
      });
    const start = await centres();
    const box = (await primary.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => Math.abs((await centres())[0]! - start[0]!)).toBeGreaterThan(1e-4);
    const [lng1, lat1, lng2, lat2] = await centres();
    expect(Math.abs(lng1! - lng2!)).toBeLessThan(1e-6);
    expect(Math.abs(lat1! - lat2!)).toBeLessThan(1e-6);
    await compare.getByRole('button', { name: /Đóng so sánh|Close compare/ }).click();
    await expect.poll(() => page.locator('poverty-map').count()).toBe(1);
  });
});
