/**
 * Bringing one's own plan: an .xlsx, a legacy .xls (two sheets: the sheet chooser), a Windows-1258 CSV, the plan's
 * annex in a Word .docx and a paste of the annex as it stands in the document (two header rows; as TSV text and as an Excel-like HTML table)
 * each give the built-in figures; a doubtful row is fixed in the unit review; a loaded table is kept as a project
 * that reopens after a reload with the network off.
 */
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { wordDocument } from '../unit/data/table-read/docx-fixture';
import { encode1258, SEED_ANNEX } from '../unit/import/fixtures';
import { tab, useExplorer } from './support/app';

const BUILT_IN = readFileSync(new URL('../../geo/plans/cam-lo-2022/table.csv', import.meta.url), 'utf8');
const ROWS = Papa.parse<string[]>(BUILT_IN.trim()).data;
const ANNEX_ROWS = SEED_ANNEX.trimEnd().split('\n').map((line) => line.split('\t'));

/** The built-in table with other figures for Thanh An (households 2.710, poor 98), so each load below visibly puts the built-in figures back. */
const OTHER = BUILT_IN.replace('Thanh An,2.693,,106,3.94,,,100,3.71,6,0.22,2,104,3.86', 'Thanh An,2.710,,98,3.62,,,92,3.39,6,0.22,3,95,3.51');

const picker = (page: Page) => page.locator('import-drop input[type=file]');
const status = (page: Page) => page.locator('import-notice .summary');
const tableCells = (page: Page, name: string) => page.locator('commune-table').getByRole('row', { name: new RegExp(`^${name}(?:\\s|$)`) }).getByRole('cell').allTextContents();

function book(sheets: [string, string[][]][]): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return wb;
}

async function thanhAn(page: Page): Promise<string[]> {
  await tab(page, 'Bảng số liệu').click();
  return (await tableCells(page, 'Xã Thanh An')).slice(0, 2);
}

/** Load the table with other Thanh An figures and wait until the table panel shows them. */
async function loadOther(page: Page): Promise<void> {
  await picker(page).setInputFiles({ name: 'khac.csv', mimeType: 'text/csv', buffer: Buffer.from(OTHER, 'utf8') });
  await expect.poll(() => thanhAn(page)).toEqual(['2.710', '98']);
}

/**
 * The file's shared page, showing the other Thanh An figures just loaded from a file: a page a previous test left on
 * them gets the built-in table first (so the wait for the other figures sees them arrive), and its import alert closed.
 */
async function withOther(): Promise<Page> {
  const page = await explorer.view();
  const alert = page.locator('import-notice').getByRole('alert');
  if ((await alert.count()) > 0) {
    await alert.getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(() => alert.count()).toBe(0);
  }
  if ((await thanhAn(page))[0] !== '2.693') {
    await picker(page).setInputFiles({ name: 'cam-lo.csv', mimeType: 'text/csv', buffer: Buffer.from(BUILT_IN, 'utf8') });
    await expect.poll(() => thanhAn(page)).toEqual(['2.693', '106']);
  }
  await loadOther(page);
  return page;
}

/** Expect the built-in Thanh An figures back and the one-line summary for `file`. */
async function expectBuiltIn(page: Page): Promise<void> {
  await expect.poll(() => thanhAn(page)).toEqual(['2.693', '106']);
  expect(await status(page).textContent()).toMatch(/Đã ghép 8\/8 đơn vị — xem lại/);
}

const explorer = useExplorer();

describe('loading a planner’s own files', () => {
  it('reads an .xlsx whose table is on its second sheet', async () => {
    const page = await withOther();
    const xlsx = XLSX.write(book([['Ghi chú', [['Số liệu theo Kế hoạch 28/KH-UBND']]], ['Biểu', ROWS]]), { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    await picker(page).setInputFiles({ name: 'cam-lo.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
    await expectBuiltIn(page);
  });

  it('reads a legacy .xls with two tables after the person picks the sheet', async () => {
    const page = await withOther();
    const other = Papa.parse<string[]>(OTHER.trim()).data;
    const xls = XLSX.write(book([['Năm trước', other], ['Năm 2022', ROWS]]), { type: 'buffer', bookType: 'biff8' }) as Buffer;
    await picker(page).setInputFiles({ name: 'cam-lo.xls', mimeType: 'application/vnd.ms-excel', buffer: xls });
    const chooser = page.locator('sheet-chooser');
    await chooser.getByRole('button', { name: /Năm 2022/ }).click();
    await expectBuiltIn(page);
  });

  it('reads a Windows-1258 CSV with semicolons and decimal commas', async () => {
    const page = await withOther();
    const text = ROWS.map((r) => r.map((c) => (/^\d+\.\d\d$/.test(c) ? c.replace('.', ',') : c)).join(';')).join('\r\n');
    await picker(page).setInputFiles({ name: 'cam-lo-1258.csv', mimeType: 'text/csv', buffer: Buffer.from(encode1258(text)) });
    await expectBuiltIn(page);
  });

  it('reads the annex pasted from the Word document (two header rows), as text and as an HTML table', async () => {
    const page = await withOther();
    const paste = (data: Record<string, string>) => page.evaluate((d) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(d)) transfer.setData(type, value);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, composed: true }));
    }, data);
    await paste({ 'text/plain': SEED_ANNEX });
    await expectBuiltIn(page);

    await loadOther(page);
    const cell = (c: string) => `<td>${c.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</td>`;
    const html = `<html><body><table>${ANNEX_ROWS.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</table></body></html>`;
    await paste({ 'text/html': html, 'text/plain': SEED_ANNEX });
    await expectBuiltIn(page);
  });

  it('reads the annex from a Word document', async () => {
    const page = await withOther();
    const docx = await wordDocument([{ rows: ANNEX_ROWS, twoRowHeader: true }]);
    await picker(page).setInputFiles({ name: 'ke-hoach.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) });
    await expectBuiltIn(page);
  });

  it('says once, in Vietnamese, that a binary file is not a table, and keeps the figures shown', async () => {
    const page = await withOther();
    await picker(page).setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(2000, 7)]) });
    const alert = page.locator('import-notice').getByRole('alert');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.locator('li').allTextContents()).toEqual([expect.stringMatching(/^Tệp anh\.png: không phải bảng số liệu \(tệp ảnh\)/)]);
    expect(await thanhAn(page)).toEqual(['2.710', '98']);
  });

  it('lets the person fix a row the app is not sure of, in the unit review', async () => {
    const page = await withOther();
    const doubtful = BUILT_IN.replace('Thanh An,2.693', 'Thanh Ann,2.693');
    await picker(page).setInputFiles({ name: 'go-sai.csv', mimeType: 'text/csv', buffer: Buffer.from(doubtful, 'utf8') });
    const review = page.locator('unit-review');
    const row = review.locator('tr[data-row="2"]');
    await expect.poll(() => row.locator('.badge').count(), { timeout: 20_000 }).toBe(1);
    expect(await row.locator('.how').textContent()).toContain('không tìm thấy đơn vị');
    await row.getByRole('combobox', { name: 'Thanh Ann' }).selectOption('19603');
    await expect.poll(() => row.locator('.badge').count()).toBe(0);
    await review.getByRole('button', { name: 'Hiện bản đồ' }).click();
    await expect.poll(() => thanhAn(page)).toEqual(['2.693', '106']);
  });
});

describe('projects', () => {
  const offline = useExplorer({ serviceWorkers: 'allow' });

  it('keeps a loaded table as a project that reopens after a reload with the network off', async () => {
    const page = await offline.open();
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe('activated');
    await loadOther(page);
    await page.getByRole('button', { name: 'Dự án…' }).click();
    const list = page.locator('project-list');
    await expect.poll(() => list.locator('li .name').allTextContents()).toEqual(['khac']);
    await offline.browser.context.setOffline(true);
    onTestFinished(() => offline.browser.context.setOffline(false));
    await page.reload();
    await page.locator('poverty-app[data-loaded]').waitFor({ state: 'attached' });
    await expect.poll(() => thanhAn(page)).toEqual(['2.693', '106']);
    await page.getByRole('button', { name: 'Dự án…' }).click();
    await list.getByRole('button', { name: 'Mở' }).click();
    await expect.poll(() => thanhAn(page)).toEqual(['2.710', '98']);
  });
});
