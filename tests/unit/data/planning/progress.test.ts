import { describe, expect, it } from 'vitest';
import { parsePlanTable } from '../../../../src/data/plan-table';
import {
  buildProgress,
  TARGET_STATES,
  targetFills,
  targetLegend,
  yearFiguresFromDataset,
  yearFiguresFromTable,
} from '../../../../src/data/planning/progress';
import type { PlanTable } from '../../../../src/data/types';
import { builtInDataset } from './fixture';

function table(lines: string[]): PlanTable {
  const parsed = parsePlanTable(lines.join('\n'), 'test.csv');
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  return parsed.value;
}

const t2022 = table([
  'unit,households,poor,target_2022,poor_end_2022',
  'Cam Tuyên,1481,109,10,99',
  'Thanh An,2693,106,2,104',
  'Cam Chính,1466,18,0,18',
  'Cam Hiếu,1791,44,3,',
  'Cam Thủy,1489,57,,',
]);
const t2023 = table([
  'gso_code,unit,households,poor,target_2022,poor_end_2022',
  '19600,Xã Cam Tuyền,1490,95,8,87',
  '19603,Thanh An,2700,105,3,102',
  '19615,Cam Hiếu,1800,41,2,39',
  '19606,Cam Thủy,1495,50,4,46',
  '19621,Cam Nghĩa,1670,40,3,37',
]);
const rate = (poor: number, households: number) => (poor / households) * 100;

describe('buildProgress on constructed tables (2022 without codes, 2023 with codes)', () => {
  const model = buildProgress([yearFiguresFromTable(2023, t2023), yearFiguresFromTable(2022, t2022)]);
  const unit = (name: string) => model.units.find((u) => u.name === name)!;

  it('sorts the years and matches units by folded name when a year has no codes', () => {
    expect(model.years).toEqual([2022, 2023]);
    expect(model.units.map((u) => [u.key, u.name])).toEqual([
      ['19600', 'Xã Cam Tuyền'],
      ['19603', 'Thanh An'],
      ['name:cam chinh', 'Cam Chính'],
      ['19615', 'Cam Hiếu'],
      ['19606', 'Cam Thủy'],
      ['19621', 'Cam Nghĩa'],
    ]);
  });

  it('computes the rate change in points and the poor-households change from the counts', () => {
    const s = unit('Xã Cam Tuyền').steps[0]!;
    expect(s.rateChangePp).toBeCloseTo(rate(95, 1490) - rate(109, 1481), 10);
    expect(s.poorChange).toBe(95 - 109);
  });

  it('says whether the planned end of 2022 was reached at the start of 2023', () => {
    expect(unit('Xã Cam Tuyền').steps[0]).toMatchObject({ plannedEnd: 99, actualStart: 95, state: 'reached', missedBy: null });
    expect(unit('Thanh An').steps[0]).toMatchObject({ plannedEnd: 104, actualStart: 105, state: 'missed', missedBy: 1 });
    // A blank end-of-year cell falls back to poor − target.
    expect(unit('Cam Hiếu').steps[0]).toMatchObject({ plannedEnd: 41, actualStart: 41, state: 'reached' });
  });

  it('gives no-data for a unit missing in one year or with a blank target', () => {
    expect(unit('Cam Chính').steps[0]).toMatchObject({ state: 'no-data', plannedEnd: 18, actualStart: null, rateChangePp: null });
    expect(unit('Cam Nghĩa').steps[0]).toMatchObject({ state: 'no-data', plannedEnd: null, actualStart: 40 });
    expect(unit('Cam Thủy').steps[0]).toMatchObject({ state: 'no-data', poorChange: 50 - 57 });
    expect(unit('Cam Chính').years[1]).toBeNull();
  });

  it('builds a three-state legend with counts, labels in both languages and distinct colours', () => {
    const legend = targetLegend(model, 2022);
    expect(legend.map((r) => [r.state, r.count])).toEqual([
      ['reached', 2],
      ['missed', 1],
      ['no-data', 3],
    ]);
    expect(legend.reduce((a, r) => a + r.count, 0)).toBe(model.units.length);
    expect(new Set(TARGET_STATES.map((s) => s.color)).size).toBe(3);
    for (const r of legend) expect(r.label.vi).not.toBe(r.label.en);
    expect(targetFills(model, 2022)['19603']).toBe(TARGET_STATES.find((s) => s.id === 'missed')!.color);
    expect(() => targetLegend(model, 2023)).toThrow(RangeError);
  });
});

describe('buildProgress: matching rules', () => {
  it('never matches two different codes by name, and refuses a year given twice', () => {
    const a = table(['gso_code,unit,households,poor', '11111,Hòa Bình,100,5']);
    const b = table(['gso_code,unit,households,poor', '22222,Hoà Bình,100,4']);
    expect(buildProgress([yearFiguresFromTable(2022, a), yearFiguresFromTable(2023, b)]).units).toHaveLength(2);
    expect(() => buildProgress([yearFiguresFromTable(2022, a), yearFiguresFromTable(2022, b)])).toThrow(RangeError);
  });

  it('matches the built-in dataset (codes from its boundaries) to a next-year table by code', () => {
    const model = buildProgress([yearFiguresFromDataset(2022, builtInDataset()), yearFiguresFromTable(2023, t2023)]);
    expect(model.units).toHaveLength(8);
    const camTuyen = model.units.find((u) => u.key === '19600')!;
    expect(camTuyen.years.map((y) => y?.name)).toEqual(['Cam Tuyên', 'Xã Cam Tuyền']);
    expect(camTuyen.steps[0]!.state).toBe('reached');
  });
});
