/**
 * The explorer's other inputs, as a planner uses them: loading a plan (.json) or boundaries (.geojson) through the file
 * picker (`<import-drop>`), an invalid file, typing manual class limits, and the plan's date whatever the browser's time zone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DatasetSources } from '../../src/data/dataset';
import { defaultSources, loadDataset } from '../unit/map/fixture';
import { CODES, NAMES, backToStart, expectMapMatchesLegend, legendClasses, mapElement, mapFills, project, repaintAfter, tab, urlParams, useExplorer, valuesOf, viewFromUrl } from './support/app';

const explorer = useExplorer();

const CAM_CHINH = '19618';
const CAM_TUYEN = '19600';

const fileInput = (page: Page) => page.locator('import-drop input[type=file]');
const jsonFile = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2), 'utf8') });
const docLine = (page: Page) => page.locator('poverty-app header.top p.doc');
const footer = (page: Page) => page.locator('poverty-app footer.page-footer');
const importAlert = (page: Page) => page.locator('import-notice').getByRole('alert');
const loadError = (page: Page) => importAlert(page).filter({ hasText: 'Không nạp được tệp' });
const WAIT = { timeout: 20_000 };
/** The commune name of each table row (its first line; a second line may quote the name printed in the plan). */
const tableRowNames = (page: Page) =>
  page.locator('commune-table tbody').getByRole('row').evaluateAll((rows) => rows.map((r) => (r.querySelector('th, td')?.textContent ?? '').trim().split(/\s*\n\s*/)[0]!));

/**
 * The file's shared page of the built-in plan, as a link with no parameters opens it (its view read from the URL again,
 * so no manual limits are kept), with no import alert left open, nothing selected and the first tab shown: the tests
 * that change only the view or load a file that is refused use it.
 */
async function startView(): Promise<Page> {
  const page = await explorer.view();
  for (let i = 0; i < 3 && (await importAlert(page).count()) > 0; i += 1) await importAlert(page).first().getByRole('button', { name: 'Đóng' }).click();
  await expect.poll(() => importAlert(page).count()).toBe(0);
  await viewFromUrl(page, '');
  await backToStart(page);
  return page;
}

/** The built-in plan with another title and number, as a planner's next plan would differ. */
function nextPlan(): { json: Record<string, unknown>; title: string; number: string } {
  const json = structuredClone(defaultSources().plan.json) as { document: { title: { vi: string; en: string }; number: string } };
  json.document.title = { vi: 'Kế hoạch thực hiện Chương trình giảm nghèo năm 2023 (thử nghiệm)', en: 'Plan to implement the 2023 Poverty Reduction Programme (trial)' };
  json.document.number = '41/KH-UBND';
  return { json, title: json.document.title.vi, number: json.document.number };
}

/** The built-in boundaries with one commune's official name changed. */
function renamedBoundaries(code: string, fullName: string): DatasetSources['boundaries']['json'] {
  const json = structuredClone(defaultSources().boundaries.json) as { features: { properties: Record<string, unknown> }[] };
  const feature = json.features.find((f) => f.properties['gso_code'] === code)!;
  feature.properties['full_name'] = fullName;
  return json;
}

describe('loading a plan file', () => {
  it('shows the new plan’s title in the Plan tab and its number under the page title, keeping the map', async () => {
    const page = await explorer.open();
    const { json, title, number } = nextPlan();
    // The edited plan is a valid plan for the app's own pipeline.
    expect(loadDataset((s) => ({ ...s, plan: { file: 'ke-hoach-2023.json', json } })).plan.document.title.vi).toBe(title);
    const fills = await mapFills(page);

    expect(await footer(page).textContent()).toContain('Số liệu: Kế hoạch 28/KH-UBND');
    await fileInput(page).setInputFiles(jsonFile('ke-hoach-2023.json', json));
    await expect.poll(() => docLine(page).textContent(), WAIT).toContain(`Kế hoạch số ${number}`);
    // The figures still come from the plan (the built-in table), now under the new plan's number.
    await expect.poll(() => footer(page).textContent(), WAIT).toContain(`Số liệu: Kế hoạch ${number}`);
    expect(await importAlert(page).count()).toBe(0);
    await tab(page, 'Kế hoạch').click();
    await expect.poll(() => page.locator('plan-panel').getByRole('heading', { level: 2 }).textContent(), WAIT).toBe(title);
    await expect.poll(() => page.locator('plan-panel').getByText(`Số ${number}, Cam Lộ`).count(), WAIT).toBe(1);
    // Same table and boundaries: the map keeps its colours and still matches the legend.
    expect(await mapFills(page)).toEqual(fills);
    await expectMapMatchesLegend(page, valuesOf('poverty_rate'));
  });
});

describe('loading a boundary file', () => {
  it('shows a commune’s new name in the tooltip and the table, painted as before', async () => {
    const page = await explorer.open();
    const renamed = 'Xã Cam Chính Mới';
    const json = renamedBoundaries(CAM_CHINH, renamed);
    expect(loadDataset((s) => ({ ...s, boundaries: { file: 'ranh-gioi-2023.geojson', json } })).communes.find((f) => f.properties.gso_code === CAM_CHINH)!.properties.full_name).toBe(renamed);
    const fills = await mapFills(page);

    await repaintAfter(page, () => fileInput(page).setInputFiles({ ...jsonFile('ranh-gioi-2023.geojson', json), mimeType: 'application/geo+json' }));
    await expect.poll(() => footer(page).textContent(), WAIT).toContain('Ranh giới: ranh-gioi-2023.geojson');
    expect(await importAlert(page).count()).toBe(0);

    const p = await project(page, CAM_CHINH);
    await mapElement(page).hover({ position: { x: p.x, y: p.y + 12 } });
    const tooltip = page.locator('poverty-map .tooltip');
    await expect.poll(() => tooltip.getAttribute('data-gso')).toBe(CAM_CHINH);
    expect(await tooltip.textContent()).toContain(renamed);

    await tab(page, 'Bảng số liệu').click();
    await expect.poll(() => tableRowNames(page), WAIT).toContain(renamed);
    const names = await tableRowNames(page);
    expect(names).not.toContain(NAMES[CAM_CHINH]);
    expect(names).toHaveLength(CODES.length);
    expect(await mapFills(page)).toEqual(fills);
    await expectMapMatchesLegend(page, valuesOf('poverty_rate'));
  });
});

describe('loading an invalid file', () => {
  it('names the feature and property of a bad GSO code, and keeps the map and names shown', async () => {
    const page = await startView();
    const json = structuredClone(defaultSources().boundaries.json) as { features: { properties: Record<string, unknown> }[] };
    json.features[2]!.properties['gso_code'] = '196';
    const fills = await mapFills(page);
    const renders = await mapElement(page).getAttribute('data-render-count');

    await fileInput(page).setInputFiles(jsonFile('ranh-gioi-loi.geojson', json));
    await expect.poll(() => loadError(page).count(), WAIT).toBe(1);
    const text = (await loadError(page).textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Không nạp được tệp — số liệu đang hiển thị vẫn giữ nguyên');
    expect(text).toContain('Tệp ranh-gioi-loi.geojson, dòng 3, mục features.2.properties.gso_code');
    expect(text).toContain('5-digit');
    expect(await footer(page).textContent()).not.toContain('ranh-gioi-loi.geojson');

    expect(await mapFills(page)).toEqual(fills);
    expect(await mapElement(page).getAttribute('data-render-count')).toBe(renders);
    await expectMapMatchesLegend(page, valuesOf('poverty_rate'));
    await tab(page, 'Bảng số liệu').click();
    await expect.poll(async () => (await tableRowNames(page)).sort(), WAIT).toEqual(Object.values(NAMES).sort());
  });

  it('gives the line of a plan file that is not valid JSON', async () => {
    const page = await startView();
    const lines = JSON.stringify(defaultSources().plan.json, null, 2).split('\n');
    // Drop the comma after the plan's number: the parser stops at the next line, the one after it.
    const numberLine = lines.findIndex((l) => /^\s+"number": ".*",$/.test(l));
    expect(numberLine).toBeGreaterThan(0);
    lines[numberLine] = lines[numberLine]!.replace(/,$/, '');
    const fills = await mapFills(page);

    await fileInput(page).setInputFiles(jsonFile('ke-hoach-loi.json', lines.join('\n')));
    await expect.poll(() => loadError(page).count(), WAIT).toBe(1);
    const text = (await loadError(page).textContent())!.replace(/\s+/g, ' ');
    // The line, and no column: the parser's column is a character position, not a field.
    expect(text).toContain(`Tệp ke-hoach-loi.json, dòng ${numberLine + 2}: không phải JSON hợp lệ`);
    expect(await docLine(page).textContent()).toContain('Kế hoạch số 28/KH-UBND');
    expect(await mapFills(page)).toEqual(fills);
    await tab(page, 'Kế hoạch').click();
    await expect.poll(() => page.locator('plan-panel').getByRole('heading', { level: 2 }).textContent(), WAIT).toBe('Kế hoạch thực hiện Chương trình giảm nghèo năm 2022');
  });
});

describe('typing manual class limits', () => {
  const method = (page: Page) => page.getByRole('combobox', { name: 'Cách phân loại', exact: true });
  const limits = (page: Page) => page.getByRole('textbox', { name: 'Các ngưỡng', exact: true });

  it('applies limits typed the Vietnamese way on Enter: legend ranges, URL and map pixels follow', async () => {
    const page = await startView();
    await method(page).selectOption({ label: 'Ngưỡng tự chọn' });
    await limits(page).fill('2; 3,5; 5');
    await repaintAfter(page, () => limits(page).press('Enter'));

    await expect.poll(() => page.locator('choropleth-legend.main-legend .method').textContent(), WAIT).toBe('Phân loại: ngưỡng tự chọn, 4 lớp');
    const classes = await legendClasses(page);
    expect(classes.map((c) => c.upper).slice(0, 3)).toEqual([2, 3.5, 5]);
    expect(classes.map((c) => c.lower).slice(1)).toEqual([2, 3.5, 5]);
    expect(urlParams(page).get('breaks')).toBe('2_3.5_5');
    expect(urlParams(page).get('method')).toBe('manual');

    // Every commune is drawn in the colour of the class its rate falls in, by the typed limits.
    const rates = valuesOf('poverty_rate');
    const drawn = await expectMapMatchesLegend(page, rates);
    const classOf = (v: number) => (v < 2 ? 0 : v < 3.5 ? 1 : v < 5 ? 2 : 3);
    for (const code of CODES) expect(drawn[code], `${NAMES[code]} (${rates[code]} %)`).toBe(classes[classOf(rates[code]!)]!.color);
    // Xã Cam Tuyền (7,36 %) is alone above 5 %.
    expect(CODES.filter((c) => classOf(rates[c]!) === 3)).toEqual([CAM_TUYEN]);
  });

  it('refuses a limit that is not a number with a message naming it, keeping the classes shown', async () => {
    const page = await startView();
    await method(page).selectOption({ label: 'Ngưỡng tự chọn' });
    await limits(page).fill('2; 3,5; 5');
    await repaintAfter(page, () => limits(page).press('Enter'));
    const before = await legendClasses(page);
    const fills = await mapFills(page);

    await limits(page).fill('2; ba; 9');
    await page.getByRole('button', { name: 'Áp dụng' }).click();
    const errors = page.locator('metric-controls').getByRole('alert');
    await expect.poll(() => errors.textContent(), WAIT).toContain('“ba” (mục thứ 2) không phải là số.');
    expect(await errors.textContent()).toContain('Ngưỡng 9,00 phải lớn hơn 1,23 và nhỏ hơn 7,36');
    expect(await limits(page).getAttribute('aria-invalid')).toBe('true');
    expect(await legendClasses(page)).toEqual(before);
    expect(await mapFills(page)).toEqual(fills);
    expect(urlParams(page).get('breaks')).toBe('2_3.5_5');
  });
});

describe('the plan’s date', () => {
  const newYork = useExplorer({ timezoneId: 'America/New_York' });
  /** The context's one page, showing the view a link with `search` opens. */
  const newYorkView = async (search: string): Promise<Page> => {
    const page = await newYork.view();
    await viewFromUrl(page, search);
    return page;
  };

  it('reads 22/02/2022 under the title and in the Plan tab in New York’s time zone', async () => {
    const page = await newYorkView('');
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
    expect(await docLine(page).textContent()).toContain('Kế hoạch số 28/KH-UBND ngày 22/02/2022');
    await tab(page, 'Kế hoạch').click();
    await expect.poll(() => page.locator('plan-panel').getByText('Số 28/KH-UBND, Cam Lộ, ngày 22/02/2022').count(), WAIT).toBe(1);
  });

  it('reads the 22nd of February 2022 in English in New York’s time zone', async () => {
    const page = await newYorkView('?lang=en');
    expect(await docLine(page).textContent()).toMatch(/Plan No\. 28\/KH-UBND of (22\/02\/2022|22 February 2022) /);
    await tab(page, 'Plan').click();
    await expect.poll(() => page.locator('plan-panel').getByText('No. 28/KH-UBND, Cam Lộ, 22 February 2022').count(), WAIT).toBe(1);
  });
});
