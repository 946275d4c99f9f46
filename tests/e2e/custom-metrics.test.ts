/**
 * A table with a column the plan does not have still maps: the 8 Cam Lộ communes with the plan's columns and
 * "Số hộ cận nghèo" load, the column becomes a measure of its own in the picker, and choosing it colours the map
 * as the legend says and writes `metric=custom:…` in the URL; presenter mode has a step for it and the CSV export
 * carries its values; opened without that table, the link falls back. One page holds the loaded table throughout.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import type { PovertyMap } from '../../src/map/poverty-map';
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
const option = (page: Page) => picker(page).locator(`option[value="${METRIC}"]`);
/** The explorer's map area (its accessible name says what it maps). */
const mapArea = (page: Page) => page.locator('poverty-app poverty-map .map[role="application"]');

const explorer = useExplorer();

/** Load the table with the extra column into the page (once). */
async function loadTable(page: Page): Promise<void> {
  await page.locator('import-drop input[type=file]').setInputFiles({ name: 'can-ngheo.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await expect.poll(() => option(page).count(), { timeout: 20_000 }).toBe(1);
}

/** The file's shared page with the table loaded and its own measure on the map. */
async function withMeasure(): Promise<Page> {
  const page = await explorer.view();
  const presenter = page.locator('presenter-mode[open]');
  for (let i = 0; i < 3 && (await presenter.count()) > 0; i += 1) await page.keyboard.press('Escape');
  await expect.poll(() => presenter.count()).toBe(0);
  if ((await option(page).count()) === 0) await loadTable(page);
  if ((await picker(page).inputValue()) !== METRIC) await repaintAfter(page, () => picker(page).selectOption(METRIC));
  return page;
}

/** Choose CSV in the export menu and return the downloaded file's name and text. */
async function downloadCsv(page: Page): Promise<{ name: string; text: string }> {
  await page.locator('export-menu .trigger').click();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.locator('export-menu [data-export="csv"]').click()]);
  const dir = await mkdtemp(join(tmpdir(), 'bdgn-custom-'));
  try {
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);
    return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('a table’s own measure', () => {
  it('is offered in the picker once the table is loaded, and maps as the legend says', async () => {
    const page = await explorer.view();
    expect(await option(page).count()).toBe(0);
    await loadTable(page);
    expect(await status(page).textContent()).toMatch(/Đã ghép 8\/8 đơn vị/);
    expect(await option(page).textContent()).toBe('Số hộ cận nghèo');
    expect(await option(page).evaluate((o) => (o.parentElement as HTMLOptGroupElement).label)).toBe('Chỉ tiêu của bảng');

    await repaintAfter(page, () => picker(page).selectOption(METRIC));
    expect(await legendTitle(page)).toContain('Số hộ cận nghèo');
    await expectMapMatchesLegend(page, VALUES);
    expect(urlParams(page).get('metric')).toBe(METRIC);
    expect(await picker(page).inputValue()).toBe(METRIC);
    expect(await mapArea(page).getAttribute('aria-label')).toBe('Bản đồ số hộ cận nghèo theo xã');

    await page.getByRole('tab', { name: 'Bảng số liệu' }).click();
    const header = page.locator('commune-table th[scope=col]').filter({ hasText: 'Số hộ cận nghèo' });
    await expect.poll(() => header.count()).toBe(1);
    await page.getByRole('tab').first().click();
  });

  it('has a step of its own in presenter mode: title, district total and extremes, map and legend', async () => {
    const page = await withMeasure();
    const presenter = page.locator('presenter-mode[open]');
    await page.getByRole('button', { name: /Trình chiếu/ }).click();
    await presenter.locator('poverty-map[data-ready]').waitFor();
    await page.keyboard.press('7');
    await expect.poll(() => presenter.locator('.frame').getAttribute('data-step')).toBe(METRIC);
    expect(await presenter.locator('.bar h2').innerText()).toBe('Số hộ cận nghèo');
    const caption = (await presenter.locator('.caption p').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(caption).toEqual([`Huyện Cam Lộ ${TOTAL} hộ`, 'Nhiều nhất: Cam Tuyền 75 hộ', 'Ít nhất: Cam Chính 20 hộ']);
    const map = presenter.locator('poverty-map');
    await expect.poll(() => map.getAttribute('metric')).toBe(METRIC);
    expect(await map.evaluate((el: PovertyMap) => Object.fromEntries(el.choropleth.values.map((v) => [v.gsoCode, v.value])))).toEqual(VALUES);
    expect(await presenter.locator('.map[role="application"]').getAttribute('aria-label')).toBe('Bản đồ số hộ cận nghèo theo xã');
    expect(await presenter.locator('choropleth-legend h2').innerText()).toContain('Số hộ cận nghèo');
    await page.keyboard.press('Escape');
    await expect.poll(() => presenter.count()).toBe(0);
  });

  it('is a column of the CSV export, with the map’s values and the district total', async () => {
    const page = await withMeasure();
    const { name, text } = await downloadCsv(page);
    expect(name).toBe('cam-lo-2022-custom-so-ho-can-ngheo.csv');
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r['unit'], r['Số hộ cận nghèo'], r[`metric_${METRIC}`]])).toEqual([
      ...Object.entries(NEAR_POOR).map(([unit, n]) => [unit, String(n), String(n)]),
      ['Tổng', String(TOTAL), String(TOTAL)],
    ]);
  });

  it('in a link opened without the table falls back to the default measure, with the usual notice', async () => {
    const page = await explorer.open(`?metric=${METRIC}`);
    const notice = page.locator('poverty-app p.notice[role="status"]');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain('metric');
    expect(urlParams(page).get('metric')).toBeNull();
    expect(await picker(page).inputValue()).toBe('poverty_rate');
  });
});
