import { describe, expect, it } from 'vitest';
import { rgb } from 'd3-color';
import { parsePlanTable } from '../../../src/data/plan-table';
import { buildProgress, TARGET_STATES, yearFiguresFromDataset, yearFiguresFromTable } from '../../../src/data/planning/progress';
import { NO_DATA_COLOR } from '../../../src/classify/palettes';
import { progressMap, smallMultiples } from '../../../src/planning/progress-model';
import { builtInDataset } from '../data/planning/fixture';

const dataset = builtInDataset();
const parsed = parsePlanTable(
  [
    'gso_code,unit,households,poor,target_2022',
    '19600,Cam Tuyền,1490,95,8', // planned end 2022: 99 → 95 reached
    '19603,Thanh An,2700,110,3', // planned 104 → 110 missed by 6
    '19615,Cam Hiếu,1800,41,2', // planned 41 → 41 reached
  ].join('\n'),
  '2023.csv',
);
if (!parsed.ok) throw new Error('fixture');
const model = buildProgress([yearFiguresFromDataset(2022, dataset), yearFiguresFromTable(2023, parsed.value)]);
const color = (state: string) => TARGET_STATES.find((s) => s.id === state)!.color;

describe('progressMap: target reached?', () => {
  const map = progressMap(model, 2022, 'target', 'vi');

  it('colours each unit by its state and counts the three states in the legend', () => {
    expect(map.fills['19600']).toBe(color('reached'));
    expect(map.fills['19603']).toBe(color('missed'));
    expect(map.fills['19615']).toBe(color('reached'));
    const byCode = (c: string) => map.rows.find((r) => r.gsoCode === c)!;
    expect(byCode('19603').text).toBe('không đạt, thiếu 6 hộ');
    expect(byCode('19600').text).toBe('đạt');
    expect(map.legend.map((r) => [r.color, r.count])).toEqual([
      [color('reached'), 2],
      [color('missed'), 1],
      [color('no-data'), model.units.length - 3],
    ]);
    expect(map.title).toContain('2022 → 2023');
  });

  it('speaks English too', () => {
    const en = progressMap(model, 2022, 'target', 'en');
    expect(en.rows.find((r) => r.gsoCode === '19603')!.text).toBe('missed by 6 households');
    expect(en.legend.map((r) => r.label)).toEqual(['Target reached', 'Target missed', 'No data']);
  });

  it('refuses a year no step starts in', () => {
    expect(() => progressMap(model, 2023, 'target', 'vi')).toThrow(RangeError);
  });
});

describe('progressMap: changes', () => {
  it('poor households: a fall is blue, a rise red, a missing unit grey; values signed', () => {
    const map = progressMap(model, 2022, 'poor-change', 'vi');
    const fall = rgb(map.fills['19600']!); // 109 → 95
    const rise = rgb(map.fills['19603']!); // 106 → 110
    expect(fall.b).toBeGreaterThan(fall.r);
    expect(rise.r).toBeGreaterThan(rise.b);
    expect(map.fills['19618']).toBe(NO_DATA_COLOR);
    expect(map.rows.find((r) => r.gsoCode === '19600')!.text).toBe('−14 hộ');
    expect(map.rows.find((r) => r.gsoCode === '19603')!.text).toBe('+4 hộ');
    expect(map.legend.reduce((s, r) => s + r.count, 0)).toBe(model.units.length);
  });

  it('poverty rate in points, from the counts', () => {
    const map = progressMap(model, 2022, 'rate-change', 'en');
    const expected = (95 / 1490 - 109 / 1481) * 100;
    expect(map.rows.find((r) => r.gsoCode === '19600')!.step.rateChangePp).toBeCloseTo(expected, 10);
    expect(map.rows.find((r) => r.gsoCode === '19600')!.text).toBe(`−${Math.abs(expected).toFixed(2)} pts`);
  });
});

describe('smallMultiples', () => {
  it('one panel per year on one colour scale: the same rate gets the same colour in every year', () => {
    const { panels, legend } = smallMultiples(model, 'vi');
    expect(panels.map((p) => p.year)).toEqual([2022, 2023]);
    expect(Object.keys(panels[0]!.fills).length).toBe(dataset.communes.length);
    expect(panels[1]!.fills['19618']).toBe(NO_DATA_COLOR);
    expect(panels[1]!.fills['19600']).not.toBe(NO_DATA_COLOR);
    expect(legend.length).toBeGreaterThan(1);
    const classColors = new Set(legend.map((r) => r.color));
    for (const p of panels) for (const c of Object.values(p.fills)) expect(classColors.has(c) || c === NO_DATA_COLOR).toBe(true);
  });
});
