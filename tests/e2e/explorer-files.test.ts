/** The explorer with the user's own figures: a next-year table repaints everything; bad or huge files are refused, keeping what is shown. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../unit/map/fixture';
import { expectMapMatchesLegend, legendClasses, mapElement, mapFills, mapProperty, project, repaintAfter, tab, useExplorer, valuesOf } from './support/app';

const explorer = useExplorer();

const ORIGINAL = readFileSync(fileURLToPath(new URL('../../geo/plans/cam-lo-2022/table.csv', import.meta.url)), 'utf8');
const HEADER = ORIGINAL.split('\n')[0]!;
const CAM_CHINH = '19618';

/** A next-year table: the same communes and columns, new counts (rates recomputed, printed the plan's way). */
const NEXT_YEAR: [unit: string, households: number, ethnicHouseholds: number | null, poor: number, ethnicPoor: number | null, socialProtection: number, target: number][] = [
  ['Thanh An', 2710, null, 98, null, 92, 3],
  ['TT Cam Lộ', 2110, null, 30, null, 24, 2],
  ['Cam Thành', 2230, null, 35, null, 31, 1],
  ['Cam Thủy', 1495, null, 50, null, 45, 2],
  ['Cam Nghĩa', 1675, null, 40, null, 33, 3],
  ['Cam Tuyên', 1490, 101, 60, 30, 50, 6],
  ['Cam Chính', 1470, null, 70, null, 18, 5],
  ['Cam Hiếu', 1800, null, 38, null, 28, 3],
];

function nextYearCsv(): string {
  const count = (n: number) => n.toLocaleString('de-DE');
  const rate = (part: number, whole: number) => ((part / whole) * 100).toFixed(2);
  const line = (unit: string, h: number, eh: number | null, p: number, ep: number | null, sp: number, t: number) =>
    [unit, count(h), eh ?? '', p, rate(p, h), ep ?? '', ep === null ? '' : rate(ep, h), sp, rate(sp, h), p - sp, rate(p - sp, h), t, p - t, rate(p - t, h)].join(',');
  const sum = (i: number) => NEXT_YEAR.reduce((a, r) => a + ((r[i] as number | null) ?? 0), 0);
  const rows = NEXT_YEAR.map((r) => line(...r));
  return [HEADER, ...rows, line('Tổng', sum(1), sum(2), sum(3), sum(4), sum(5), sum(6))].join('\n') + '\n';
}

/** The original table with text in the "poor" cell of line 3 of the file (the second commune, TT Cam Lộ). */
function malformedCsv(): string {
  const lines = ORIGINAL.split('\n');
  const cells = lines[2]!.split(',');
  expect(cells[0]).toBe('TT Cam Lộ');
  cells[3] = 'ba mươi sáu';
  lines[2] = cells.join(',');
  return lines.join('\n');
}

const fileInput = (page: Page) => page.locator('import-drop input[type=file]');
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
const alert = (page: Page) => page.locator('import-notice').getByRole('alert').filter({ hasText: 'Không nạp được tệp' });
const summary = (page: Page) => page.locator('import-notice .summary');
const footer = (page: Page) => page.locator('poverty-app footer.page-footer');
const tableCells = (page: Page, name: string) => page.locator('commune-table').getByRole('row', { name: new RegExp(`^${name}(?:\\s|$)`) }).getByRole('cell').allTextContents();
const WAIT = { timeout: 20_000 };

/** Load the next-year table and wait for the map to repaint it, the match summary and the footer naming the file. */
async function loadNextYear(page: Page): Promise<void> {
  await repaintAfter(page, () => fileInput(page).setInputFiles(csv('cam-lo-2023.csv', nextYearCsv())));
  await expect.poll(() => summary(page).textContent(), WAIT).toMatch(/^Đã ghép 8\/8 đơn vị — xem lại/);
  await expect.poll(() => footer(page).textContent(), WAIT).toContain('Số liệu: cam-lo-2023.csv');
  expect(await page.locator('import-notice').getByRole('alert').count()).toBe(0);
}

describe('loading a next-year table', () => {
  it('repaints the map and legend with the new figures and shows them in the tooltip and the table', async () => {
    const page = await explorer.open('?commune=19603');
    const before = await mapFills(page);
    const next = loadDataset((s) => ({ ...s, table: { file: 'cam-lo-2023.csv', text: nextYearCsv() } }));
    expect(next.table.units.map((u) => u.figures.poor)).toEqual(NEXT_YEAR.map((r) => r[3]));
    await loadNextYear(page);

    const after = await expectMapMatchesLegend(page, valuesOf('poverty_rate', next));
    // Xã Cam Chính went from 18 / 1.466 hộ (1,23 %, the lowest class) to 70 / 1.470 hộ (4,76 %).
    expect(after[CAM_CHINH]).not.toBe(before[CAM_CHINH]);
    expect(await page.locator('choropleth-legend.main-legend .range').last().textContent()).toMatch(/ – 4,76 %$/);
    expect(after[CAM_CHINH]).toBe((await legendClasses(page)).at(-1)!.color);
    // Loading new figures clears the selection.
    expect(await mapProperty(page, 'selected')).toBeNull();

    const p = await project(page, CAM_CHINH);
    await mapElement(page).hover({ position: { x: p.x, y: p.y + 12 } });
    const tooltip = page.locator('poverty-map .tooltip');
    await expect.poll(() => tooltip.getAttribute('data-gso')).toBe(CAM_CHINH);
    const tip = (await tooltip.textContent())!.replace(/\s+/g, ' ');
    expect(tip).toContain('Xã Cam Chính');
    expect(tip).toContain('4,76 %');
    expect(tip).toContain('70 / 1.470 hộ');

    await tab(page, 'Bảng số liệu').click();
    await expect.poll(async () => (await tableCells(page, 'Xã Cam Chính')).slice(0, 3), WAIT).toEqual(['1.470', '70', '4,76']);
    expect((await tableCells(page, 'Xã Thanh An')).slice(0, 2)).toEqual(['2.710', '98']);
    // The summary keeps the plan's stated 14.905 hộ and flags the new table's sum beside it.
    const households = (await page.locator('district-summary .item').first().locator('dd').textContent())!.replace(/\s+/g, ' ');
    expect(households).toContain('14.905 hộ');
    expect(households).toContain('≠ 14.980 hộ');
  });
});

describe('loading a malformed table', () => {
  it('names the file, row 3 and column "poor", and keeps the figures already loaded', async () => {
    const page = await explorer.open();
    await loadNextYear(page);
    const loaded = await mapFills(page);
    const renders = await mapElement(page).getAttribute('data-render-count');

    await fileInput(page).setInputFiles(csv('so-lieu-loi.csv', malformedCsv()));
    await expect.poll(() => alert(page).count(), WAIT).toBe(1);
    const text = (await alert(page).textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Không nạp được tệp — số liệu đang hiển thị vẫn giữ nguyên');
    // "poor" is the file's fourth column: D, as Excel shows it.
    expect(text).toContain('Tệp so-lieu-loi.csv, dòng 3, cột D (poor)');
    expect(text).toContain('ba mươi sáu');
    expect(await page.locator('import-dialog').getByRole('dialog').count()).toBe(0);

    // The next-year figures stay: map, table and render count are unchanged.
    expect(await mapFills(page)).toEqual(loaded);
    expect(await mapElement(page).getAttribute('data-render-count')).toBe(renders);
    await tab(page, 'Bảng số liệu').click();
    await expect.poll(async () => (await tableCells(page, 'Thị trấn Cam Lộ')).slice(0, 2), WAIT).toEqual(['2.110', '30']);
    expect((await tableCells(page, 'Xã Cam Chính')).slice(0, 2)).toEqual(['1.470', '70']);

    // The footer still names the loaded table.
    expect(await footer(page).textContent()).toContain('Số liệu: cam-lo-2023.csv');

    await alert(page).getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(() => alert(page).count(), WAIT).toBe(0);
  });
});

describe('loading a file that is too large', () => {
  it('refuses an 11 MB file with a clear message before reading it', async () => {
    const page = await explorer.open();
    const before = await mapFills(page);
    // Record every read of a file's contents, to see that the large one is refused unread.
    await page.evaluate(() => {
      const reads: number[] = [];
      (window as unknown as { fileReads: number[] }).fileReads = reads;
      for (const name of ['arrayBuffer', 'text', 'stream', 'bytes'] as const) {
        const original = (Blob.prototype as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>)[name];
        if (!original) continue;
        Object.defineProperty(Blob.prototype, name, { configurable: true, writable: true, value(this: Blob, ...args: unknown[]) { reads.push(this.size); return original.apply(this, args); } });
      }
      const readAs = FileReader.prototype.readAsArrayBuffer;
      FileReader.prototype.readAsArrayBuffer = function (this: FileReader, blob: Blob) { reads.push(blob.size); readAs.call(this, blob); };
    });
    // The file is made in the page and given to the file input as a file chooser gives it (its files, then `change`):
    // sending 11 MB from the test to the browser took seconds and tests nothing of the app.
    await fileInput(page).evaluate((input: HTMLInputElement) => {
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(11 * 1024 * 1024).fill(97)], 'qua-lon.csv', { type: 'text/csv' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => alert(page).count(), WAIT).toBe(1);
    // Refused unread: nothing read a blob of 10 MB or more.
    expect(await page.evaluate(() => (window as unknown as { fileReads: number[] }).fileReads.filter((size) => size >= 10 * 1024 * 1024))).toEqual([]);
    const text = (await alert(page).textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Tệp qua-lon.csv');
    expect(text).toContain('11,0 MB');
    expect(text).toContain('tối đa 10 MB');
    // The same message in English.
    await page.locator('lang-switch').getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('import-notice').getByRole('alert').textContent(), WAIT).toContain('File qua-lon.csv');
    const english = (await page.locator('import-notice').getByRole('alert').textContent())!.replace(/\s+/g, ' ');
    expect(english).toContain('11.0 MB');
    expect(english).toContain('at most 10 MB');
    await page.locator('lang-switch').getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => alert(page).count(), WAIT).toBe(1);
    expect(await mapFills(page)).toEqual(before);
    await expectMapMatchesLegend(page, valuesOf('poverty_rate'));
    await tab(page, 'Bảng số liệu').click();
    await expect.poll(async () => (await tableCells(page, 'Xã Cam Chính')).slice(0, 2), WAIT).toEqual(['1.466', '18']);
  });
});
