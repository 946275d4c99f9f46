import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../../../src/data/dataset';
import { buildPanel, buildSpotlight, communeBounds, communeOptions, MAX_PANEL_FINDINGS, keepUnitsTogether, scaleSizeExpression } from '../../../src/presenter/presenter-content';
import { searchCommunes } from '../../../src/core/name-search';
import { customDataset, NEAR_ID, RATE_ID } from '../data/custom-fixture';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(root + path, 'utf8');

function camLo(table = read('geo/plans/cam-lo-2022/table.csv')): Dataset {
  const result = buildDataset({
    plan: { file: 'plan.json', json: JSON.parse(read('geo/plans/cam-lo-2022/plan.json')) },
    table: { file: 'table.csv', text: table },
    boundaries: { file: 'cam-lo-communes.geojson', json: JSON.parse(read('geo/boundaries/cam-lo-communes.geojson')) },
  });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

const real = camLo();
const CAM_TUYEN = '19600';

describe('buildPanel', () => {
  it('has no panel for map-only steps', () => {
    expect(buildPanel(real, 'none', 'vi')).toBeNull();
  });

  it('lists the key figures of the situation', () => {
    const panel = buildPanel(real, 'situation', 'vi')!;
    expect(panel.items.map((i) => [i.label, i.value])).toEqual([
      ['Hộ dân cư', '14.905'],
      ['Hộ nghèo', '453 · 3,04 %'],
      ['Hộ cận nghèo', '634 · 4,25 %'],
      ['Hộ dân tộc thiểu số', '101, 42 hộ nghèo'],
    ]);
  });

  it('lists the tasks, marking those that single out communes', () => {
    const panel = buildPanel(real, 'tasks', 'en')!;
    expect(panel.items.map((i) => i.label)).toEqual(['IV.1', 'IV.2', 'IV.3', 'IV.4', 'IV.5']);
    expect(panel.items.filter((i) => i.mark).map((i) => i.label)).toEqual(['IV.4']);
    expect(panel.items[3]!.value).toBe('Plans, signed targets and priority communes');
  });

  it('lists the bodies with the tasks they lead and join', () => {
    const panel = buildPanel(real, 'bodies', 'vi')!;
    expect(panel.items[0]).toEqual({ key: 'V.1', label: 'Phòng LĐ-TB&XH', value: 'chủ trì IV.4, IV.5 · phối hợp IV.2', mark: true });
    expect(panel.items.filter((i) => i.mark).map((i) => i.key)).toEqual(['V.1', 'V.5', 'V.6']);
  });

  it('lists the first findings that need a correction and counts the rest', () => {
    const panel = buildPanel(real, 'checks', 'vi')!;
    expect(panel.items).toHaveLength(MAX_PANEL_FINDINGS);
    expect(panel.items[0]).toMatchObject({ label: 'Cam Tuyền', value: 'tỷ lệ hộ nghèo in 3,76 %, tính lại 7,36 %', mark: true });
    expect(panel.items.some((i) => i.label === 'Dòng Tổng')).toBe(true);
    expect(panel.more).toBe('và 5 mục khác');
  });
});

describe('buildSpotlight', () => {
  it('shows the metric on the map first, with its rank, then the rate, target and projection', () => {
    const card = buildSpotlight(real, CAM_TUYEN, 'reduction_target_2022', 'vi')!;
    expect(card.name).toBe('Xã Cam Tuyền');
    expect(card.lines.map((l) => [l.metric, l.value, l.note, l.current])).toEqual([
      ['reduction_target_2022', '10 hộ', 'hạng 1/8', true],
      ['poverty_rate', '7,36 %', '109 / 1.481 hộ', false],
      ['poverty_rate_end_2022', '6,68 %', '99 / 1.481 hộ', false],
    ]);
  });

  it('gives a change in households rather than a rank, and follows the figures', () => {
    const card = buildSpotlight(real, CAM_TUYEN, 'change_2022_pp', 'en')!;
    expect(card.name).toBe('Cam Tuyền');
    expect(buildSpotlight(real, '19597', 'poverty_rate', 'en')!.name).toBe('Cam Lộ town');
    expect(card.lines[0]).toMatchObject({ value: '−0.68 pts', note: '−10 households', current: true });
    const edited = camLo(read('geo/plans/cam-lo-2022/table.csv').replace(/^Cam Tuyên,1\.481,101,109/m, 'Cam Tuyên,1.481,101,120'));
    expect(buildSpotlight(edited, CAM_TUYEN, 'poverty_rate', 'vi')!.lines[0]!.value).toBe('8,10 %');
  });

  it('shows a custom metric on the map first, with its own label, unit, decimals and rank', () => {
    const custom = customDataset();
    const card = buildSpotlight(custom, CAM_TUYEN, NEAR_ID, 'en')!;
    expect(card.lines.map((l) => [l.metric, l.label, l.value, l.note, l.current])[0]).toEqual([NEAR_ID, 'Số hộ cận nghèo', '75 households', 'rank 1 of 8', true]);
    expect(card.lines.map((l) => l.metric)).toEqual([NEAR_ID, 'poverty_rate', 'reduction_target_2022', 'poverty_rate_end_2022']);
    expect(buildSpotlight(custom, '19618', RATE_ID, 'vi')!.lines[0]).toMatchObject({ label: 'Tỷ lệ hộ cận nghèo', value: '1,36 %', note: 'hạng 8/8' });
  });

  it('is null for an unknown code and empty for a commune without a row', () => {
    expect(buildSpotlight(real, '99999', 'poverty_rate', 'vi')).toBeNull();
    expect(buildSpotlight(real, null, 'poverty_rate', 'vi')).toBeNull();
    const noHieu = camLo(read('geo/plans/cam-lo-2022/table.csv').replace(/^Cam Hiếu,.*\n/m, ''));
    expect(buildSpotlight(noHieu, '19615', 'poverty_rate', 'vi')).toEqual({ gsoCode: '19615', name: 'Xã Cam Hiếu', hasData: false, lines: [] });
  });
});

describe('communeBounds and communeOptions', () => {
  it('bounds the communes asked for, or the whole district', () => {
    const all = communeBounds(real, null)!;
    const one = communeBounds(real, [CAM_TUYEN])!;
    expect(communeBounds(real, [])).toEqual(all);
    expect(one[0]).toBeGreaterThanOrEqual(all[0]);
    expect(one[1]).toBeGreaterThanOrEqual(all[1]);
    expect(one[2]).toBeLessThanOrEqual(all[2]);
    expect(one[3]).toBeLessThanOrEqual(all[3]);
    expect(one[2] - one[0]).toBeLessThan(all[2] - all[0]);
    expect(all[0]).toBeGreaterThan(106.5);
    expect(all[2]).toBeLessThan(107.5);
    expect(communeBounds(real, ['99999'])).toBeNull();
  });

  it('finds a commune by its official, printed or unaccented name', () => {
    const options = communeOptions(real);
    expect(searchCommunes(options, 'cam tuyen')[0]!.gsoCode).toBe(CAM_TUYEN);
    expect(searchCommunes(options, 'Cam Tuyên')[0]!.gsoCode).toBe(CAM_TUYEN);
    expect(searchCommunes(options, 'TT Cam Lộ')[0]!.label).toBe('Thị trấn Cam Lộ');
  });
});

describe('scaleSizeExpression', () => {
  it('scales numbers and the outputs of an interpolate curve, not its stops', () => {
    expect(scaleSizeExpression(12, 1.5)).toBe(18);
    expect(scaleSizeExpression(['interpolate', ['linear'], ['zoom'], 9, 10, 13, 16], 1.5)).toEqual(['interpolate', ['linear'], ['zoom'], 9, 15, 13, 24]);
    expect(scaleSizeExpression(['step', ['zoom'], 5, 12, 10], 2)).toEqual(['step', ['zoom'], 5, 12, 10]);
    expect(scaleSizeExpression(undefined, 2)).toBeUndefined();
  });
});

describe('keepUnitsTogether', () => {
  it('joins numbers to their units with no-break spaces', () => {
    expect(keepUnitsTogether('Cam Chính 1,23 % — 24 hộ, −0,16 điểm %')).toBe('Cam Chính 1,23\u00a0% — 24\u00a0hộ, −0,16\u00a0điểm\u00a0%');
    expect(keepUnitsTogether('24 households, 0.16 pts, 3 communes')).toBe('24\u00a0households, 0.16\u00a0pts, 3 communes');
  });
});
