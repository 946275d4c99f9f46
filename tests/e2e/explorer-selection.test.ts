/** The explorer: selecting a commune from the map, the table, the search box, the ranking, the data checks and the plan. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { taskCommunes } from '../../src/data/task-communes';
import { DATASET, NAMES, backToStart, detailsHeading, mapElement, mapIdle, mapProperty, pixelAt, project, tab, urlParams, useExplorer } from './support/app';

const explorer = useExplorer();

const CAM_HIEU = '19615';
const CAM_TUYEN = '19600';
const CAM_NGHIA = '19621';

const details = (page: Page) => page.locator('commune-details');
const tableRow = (page: Page, name: string) => page.locator('commune-table').getByRole('row', { name: new RegExp(`^${name}(?:\\s|$)`) });
const search = (page: Page) => page.getByRole('combobox', { name: 'Tìm xã, thị trấn' });
const selected = (page: Page) => mapProperty<string | null>(page, 'selected');

/** Wait until the view has a commune selected (or none): the map's `selected` property and the URL agree. */
async function expectSelected(page: Page, code: string | null): Promise<void> {
  await expect.poll(() => selected(page)).toBe(code);
  expect(urlParams(page).get('commune')).toBe(code);
}

/** A point in the middle of a border the commune shares with a neighbour. */
function sharedBorderPoint(code: string): [number, number] {
  const ring = (c: string) => {
    const g = DATASET.communes.find((f) => f.properties.gso_code === c)!.geometry;
    return g.type === 'Polygon' ? g.coordinates.flat(1) : g.coordinates.flat(2);
  };
  const own = ring(code);
  for (const other of Object.keys(NAMES).filter((c) => c !== code)) {
    const theirs = ring(other);
    const shared = own.filter((p) => theirs.some((q) => q[0] === p[0] && q[1] === p[1]));
    if (shared.length < 4) continue;
    const [a, b] = [shared[Math.floor(shared.length / 2) - 1]!, shared[Math.floor(shared.length / 2)]!];
    return [(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2];
  }
  throw new Error(`${code} shares no border`);
}

/** The file's shared page, back at the start (nothing selected, first tab); the plan test opens its own (it highlights). */
async function startView(): Promise<Page> {
  const page = await explorer.view();
  await backToStart(page);
  return page;
}

const luma = ([r, g, b]: number[]) => 0.299 * r! + 0.587 * g! + 0.114 * b!;

describe('selecting a commune on the map', () => {
  it('shows its details, writes commune=<gso> in the URL and marks its row in the table', async () => {
    const page = await startView();
    expect(await detailsHeading(page).textContent()).toBe('Thông tin xã');
    const p = await project(page, CAM_HIEU);
    await mapElement(page).click({ position: { x: p.x, y: p.y } });
    await expectSelected(page, CAM_HIEU);
    await expect.poll(() => detailsHeading(page).textContent()).toBe('Xã Cam Hiếu');
    const text = (await details(page).locator('article').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Tỷ lệ hộ nghèo đầu năm 2022');
    expect(text).toContain('2,46 % (44 / 1.791 hộ)');
    expect(text).toContain('hạng 5/8');
    expect(text).toContain('3 / 24 hộ = 12,5 %');
    expect(await details(page).getByRole('row', { name: /^Dân cư \(hộ\) 1\.791\b/ }).count()).toBe(1);
    expect(await details(page).getByRole('row', { name: /^Hộ nghèo 44\b/ }).count()).toBe(1);

    await tab(page, 'Bảng số liệu').click();
    expect(await tab(page, 'Bảng số liệu').getAttribute('aria-selected')).toBe('true');
    const current = page.locator('commune-table tr[aria-current="true"]');
    expect(await current.count()).toBe(1);
    expect(await current.getAttribute('data-gso')).toBe(CAM_HIEU);
    expect(await tableRow(page, 'Xã Cam Hiếu').getAttribute('aria-current')).toBe('true');
    expect(await tableRow(page, 'Xã Cam Hiếu').getByRole('button').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('selecting from the table', () => {
  it('selects the commune on the map (outlined in dark) and in the URL; Escape clears both', async () => {
    const page = await startView();
    const border = sharedBorderPoint(CAM_NGHIA);
    await mapIdle(page);
    expect(luma(await pixelAt(page, border)), 'unselected border is light').toBeGreaterThan(150);

    await tab(page, 'Bảng số liệu').click();
    await tableRow(page, 'Xã Cam Nghĩa').getByRole('button', { name: 'Xã Cam Nghĩa' }).click();
    await expectSelected(page, CAM_NGHIA);
    expect(await tableRow(page, 'Xã Cam Nghĩa').getAttribute('aria-current')).toBe('true');
    expect(await tab(page, 'Bảng số liệu').getAttribute('aria-selected')).toBe('true');
    await mapIdle(page);
    expect(luma(await pixelAt(page, border)), 'selected border is dark').toBeLessThan(80);

    await page.keyboard.press('Escape');
    await expectSelected(page, null);
    expect(await page.locator('commune-table tr[aria-current]').count()).toBe(0);
    await mapIdle(page);
    expect(luma(await pixelAt(page, border))).toBeGreaterThan(150);
    await tab(page, 'Xã').click();
    expect(await detailsHeading(page).textContent()).toBe('Thông tin xã');
  });
});

describe('the search box', () => {
  it('finds “cam hieu” without diacritics and selects Xã Cam Hiếu on Enter', async () => {
    const page = await startView();
    await search(page).pressSequentially('cam hieu');
    const options = page.getByRole('listbox', { name: 'Các xã, thị trấn phù hợp' }).getByRole('option');
    await expect.poll(() => options.allTextContents()).toEqual(['Xã Cam Hiếu']);
    expect(await search(page).getAttribute('aria-expanded')).toBe('true');
    await search(page).press('Enter');
    await expectSelected(page, CAM_HIEU);
    expect(await detailsHeading(page).textContent()).toBe('Xã Cam Hiếu');
    expect(await search(page).inputValue()).toBe('Xã Cam Hiếu');
    expect(await search(page).getAttribute('aria-expanded')).toBe('false');
  });

  it('finds Cam Tuyền from “tuyen”', async () => {
    const page = await startView();
    await search(page).pressSequentially('tuyen');
    const options = page.getByRole('listbox').getByRole('option');
    await expect.poll(() => options.allTextContents()).toEqual(['Xã Cam Tuyền']);
    await search(page).press('Enter');
    await expectSelected(page, CAM_TUYEN);
    expect(await detailsHeading(page).textContent()).toBe('Xã Cam Tuyền');
  });
});

describe('the side panels', () => {
  it('selects a commune from a bar of the ranking', async () => {
    const page = await startView();
    await tab(page, 'Xếp hạng').click();
    const bar = page.locator('ranking-chart').getByRole('button', { name: /^Xã Cam Nghĩa: 2,76 %, hạng 4\/8/ });
    await bar.click();
    await expectSelected(page, CAM_NGHIA);
    expect(await bar.getAttribute('aria-pressed')).toBe('true');
    expect(await tab(page, 'Xếp hạng').getAttribute('aria-selected')).toBe('true');
  });

  it('selects Cam Tuyền (19600) from a data-check finding’s “Xem xã này”', async () => {
    const page = await startView();
    await tab(page, /^Kiểm tra số liệu/).click();
    const show = page.locator('data-checks').getByRole('button', { name: 'Xem xã này: Cam Tuyên' });
    expect(await show.count()).toBeGreaterThan(0);
    expect(await show.first().textContent()).toContain('Xem xã này');
    await show.first().click();
    await expectSelected(page, CAM_TUYEN);
    await tab(page, 'Xã').click();
    expect(await detailsHeading(page).textContent()).toBe('Xã Cam Tuyền');
  });

  it('marks the tasks of body V.6 (body=V.6 in the URL) and highlights the communes of task IV.4 on the map', async () => {
    const page = await explorer.open();
    await tab(page, 'Kế hoạch').click();
    const toolbar = page.locator('plan-panel').getByRole('group', { name: /^Chọn một cơ quan/ });
    await toolbar.getByRole('button', { name: 'UBND xã, thị trấn' }).click();
    await expect.poll(() => urlParams(page).get('body')).toBe('V.6');
    expect(await toolbar.getByRole('button', { name: 'UBND xã, thị trấn' }).getAttribute('aria-pressed')).toBe('true');
    const task = (id: string) => page.locator('plan-panel li.task').filter({ has: page.locator(`h4[id="task-${id}"]`) });
    expect(await task('IV.1').locator('.role').textContent()).toBe('UBND xã, thị trấn chủ trì');
    expect(await task('IV.4').locator('.role').textContent()).toBe('UBND xã, thị trấn chủ trì');
    expect(await task('IV.5').locator('.role').textContent()).toBe('UBND xã, thị trấn phối hợp');
    for (const id of ['IV.2', 'IV.3']) expect(await task(id).locator('.role').count(), id).toBe(0);
    expect(await page.locator('plan-panel').getByRole('note').first().textContent()).toContain('Đang xem:');

    expect(await mapProperty<string[]>(page, 'highlighted')).toEqual([]);
    await page.getByRole('button', { name: 'Xem trên bản đồ các xã của nhiệm vụ IV.4' }).click();
    const expected = ['19600', '19603', '19606'];
    expect([...taskCommunes(DATASET)['IV.4']!].sort()).toEqual(expected);
    await expect.poll(async () => [...(await mapProperty<string[]>(page, 'highlighted'))].sort()).toEqual(expected);
    expect(expected.map((c) => NAMES[c])).toEqual(['Xã Cam Tuyền', 'Xã Thanh An', 'Xã Cam Thủy']);
    // Highlighting does not select, and the body stays in the URL.
    expect(await selected(page)).toBeNull();
    expect(urlParams(page).get('body')).toBe('V.6');
  });
});
