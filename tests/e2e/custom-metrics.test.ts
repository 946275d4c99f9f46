/**
 * A table with a column the plan does not have still maps: the 8 Cam Lộ communes with the plan's columns and
 * "Số hộ cận nghèo" load, the column becomes a measure of its own in the picker, and choosing it colours the map
 * as the legend says and writes `metric=custom:…` in the URL; opened without that table, the link falls back.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DATASET, expectMapMatchesLegend, legendTitle, repaintAfter, urlParams, useExplorer } from './support/app';

const BUILT_IN = readFileSync(new URL('../../geo/plans/cam-lo-2022/table.csv', import.meta.url), 'utf8');
/** Near-poor households of each unit, by the name the table prints. */
const NEAR_POOR: Record<string, number> = { 'Thanh An': 60, 'TT Cam Lộ': 30, 'Cam Thành': 41, 'Cam Thủy': 52, 'Cam Nghĩa': 48, 'Cam Tuyên': 75, 'Cam Chính': 20, 'Cam Hiếu': 39 };
const TOTAL = Object.values(NEAR_POOR).reduce((a, b) => a + b, 0);
const CSV = Papa.unparse(Papa.parse<string[]>(BUILT_IN.trim()).data.map((r, i) => [...r, i === 0 ? 'Số hộ cận nghèo' : String(NEAR_POOR[r[0]!] ?? TOTAL)]));
const METRIC = 'custom:so-ho-can-ngheo';
/** The column's values by GSO code, through the built-in join of the printed names. */
const VALUES: Record<string, number> = Object.fromEntries(DATASET.join.joined.map((u) => [u.feature.properties.gso_code, NEAR_POOR[u.row.name]!]));

const picker = (page: Page) => page.locator('metric-controls select#metric');
const status = (page: Page) => page.locator('import-notice .summary');

const explorer = useExplorer();

describe('a table’s own measure', () => {
  it('is offered in the picker once the table is loaded, and maps as the legend says', async () => {
    const page = await explorer.open();
    expect(await picker(page).locator(`option[value="${METRIC}"]`).count()).toBe(0);
    await page.locator('import-drop input[type=file]').setInputFiles({ name: 'can-ngheo.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    const option = picker(page).locator(`option[value="${METRIC}"]`);
    await expect.poll(() => option.count(), { timeout: 20_000 }).toBe(1);
    expect(await status(page).textContent()).toMatch(/Đã ghép 8\/8 đơn vị/);
    expect(await option.textContent()).toBe('Số hộ cận nghèo');
    expect(await option.evaluate((o) => (o.parentElement as HTMLOptGroupElement).label)).toBe('Chỉ tiêu của bảng');

    await repaintAfter(page, () => picker(page).selectOption(METRIC));
    expect(await legendTitle(page)).toContain('Số hộ cận nghèo');
    await expectMapMatchesLegend(page, VALUES);
    expect(urlParams(page).get('metric')).toBe(METRIC);
    expect(await picker(page).inputValue()).toBe(METRIC);

    await page.getByRole('tab', { name: 'Bảng số liệu' }).click();
    const header = page.locator('commune-table th[scope=col]').filter({ hasText: 'Số hộ cận nghèo' });
    await expect.poll(() => header.count()).toBe(1);
  });

  it('in a link opened without the table falls back to the default measure, with the usual notice', async () => {
    const page = await explorer.open(`?metric=${METRIC}`);
    const notice = page.locator('poverty-app p.notice[role="status"]');
    expect(await notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('metric');
    expect(urlParams(page).get('metric')).toBeNull();
    expect(await picker(page).inputValue()).toBe('poverty_rate');
  });
});
