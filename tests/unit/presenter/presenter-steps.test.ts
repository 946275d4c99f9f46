import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDataset, type Dataset, type DatasetSources } from '../../../src/data/dataset';
import { METRIC_IDS } from '../../../src/data/metrics';
import { buildPanel } from '../../../src/presenter/presenter-content';
import { buildPresenterSteps, clampStep, PRESENTER_STEP_IDS, stepMetric, type PresenterStep } from '../../../src/presenter/presenter-steps';
import { customFromRead, joinCustom } from '../../../src/data/custom-metrics';
import { customDataset, NEAR_ID, RATE_ID, SCORE_ID } from '../data/custom-fixture';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(root + path, 'utf8');

/** The built-in files (the paths of src/data/default-dataset.ts); `editTable` changes the CSV text. */
function sources(editTable: (csv: string) => string = (csv) => csv): DatasetSources {
  return {
    plan: { file: 'plan.json', json: JSON.parse(read('geo/plans/cam-lo-2022/plan.json')) },
    table: { file: 'table.csv', text: editTable(read('geo/plans/cam-lo-2022/table.csv')) },
    boundaries: { file: 'cam-lo-communes.geojson', json: JSON.parse(read('geo/boundaries/cam-lo-communes.geojson')) },
  };
}

function dataset(editTable?: (csv: string) => string, editPlan?: (plan: Record<string, unknown>) => void): Dataset {
  const s = sources(editTable);
  editPlan?.(s.plan.json as Record<string, unknown>);
  const result = buildDataset(s);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

/** Replace one unit's row of the CSV. */
const replaceRow = (name: string, row: string) => (csv: string) => csv.replace(new RegExp(`^${name},.*$`, 'm'), row);

const real = dataset();
const stepOf = (steps: PresenterStep[], id: PresenterStep['id']) => steps.find((s) => s.id === id)!;
const CAM_TUYEN = '19600';
const CAM_CHINH = '19618';
const THANH_AN = '19603';
const CAM_THUY = '19606';
const CAM_THANH = '19612';

describe('buildPresenterSteps on the Cam Lộ plan', () => {
  const vi = buildPresenterSteps(real, 'vi');
  const en = buildPresenterSteps(real, 'en');

  it('presents the plan in order: situation, maps, phase, tasks, bodies, checks', () => {
    expect(vi.map((s) => s.id)).toEqual([...PRESENTER_STEP_IDS]);
    expect(vi.map((s) => s.metric)).toEqual(['poor_households', 'poverty_rate', 'reduction_target_2022', 'poverty_rate_end_2022', 'change_2022_pp', 'poverty_rate_after_phase_2025', 'poverty_rate', null, 'poverty_rate']);
    expect(vi.map((s) => s.panel)).toEqual(['situation', 'none', 'none', 'none', 'none', 'none', 'tasks', 'bodies', 'checks']);
    for (const step of [...vi, ...en]) {
      expect(step.title.length).toBeGreaterThan(0);
      expect(step.caption.length).toBeGreaterThanOrEqual(1);
      expect(step.caption.length).toBeLessThanOrEqual(4);
      for (const line of step.caption) expect(line).not.toMatch(/\{\w+\}|undefined|NaN|null/);
      for (const code of [...step.highlighted, ...(step.zoomTo ?? [])]) expect(real.communes.some((f) => f.properties.gso_code === code)).toBe(true);
    }
  });

  it('titles name the district and the plan year', () => {
    expect(vi[0]!.title).toBe('Huyện Cam Lộ đầu năm 2022');
    expect(en[0]!.title).toBe('Cam Lộ district at the start of 2022');
    expect(stepOf(vi, 'change-2022').title).toBe('Thay đổi tỷ lệ hộ nghèo trong năm 2022');
  });

  it('names the district as core/place-names does, with its own type', () => {
    const town = dataset(undefined, (plan) => {
      plan.district = { name: 'Quảng Trị', type: 'Thị xã', province: 'Quảng Trị' };
    });
    expect(buildPresenterSteps(town, 'vi')[0]!.title).toBe('Thị xã Quảng Trị đầu năm 2022');
    expect(buildPresenterSteps(town, 'en')[0]!.title).toBe('Quảng Trị town at the start of 2022');
  });

  it('states the district situation from the table and the text of section I', () => {
    expect(stepOf(vi, 'situation').caption).toEqual([
      '453 hộ nghèo trên 14.905 hộ: 3,04 %',
      '634 hộ cận nghèo (4,25 %) theo mục I',
      'Nhiều nhất: Cam Tuyền 109 hộ',
      'Ít nhất: Cam Chính 18 hộ',
    ]);
    expect(stepOf(en, 'situation').caption[0]).toBe('453 poor households of 14,905: 3.04%');
  });

  it('gives the poverty rate with the highest and lowest communes, recomputed from the counts', () => {
    const step = stepOf(vi, 'poverty-rate');
    expect(step.caption).toEqual([
      'Toàn huyện: 453 hộ nghèo, 3,04 %',
      'Cao nhất: Cam Tuyền 7,36 %',
      'Thấp nhất: Cam Chính 1,23 %',
      'Trên mức toàn huyện: Cam Tuyền, Thanh An, Cam Thủy',
    ]);
    expect(step.highlighted).toEqual([CAM_TUYEN, THANH_AN, CAM_THUY]);
    expect(step.zoomTo).toBeNull();
    expect(stepOf(en, 'poverty-rate').caption.slice(1)).toEqual(['Highest: Cam Tuyền 7.36%', 'Lowest: Cam Chính 1.23%', 'Above the district rate: Cam Tuyền, Thanh An, Cam Thủy']);
  });

  it('gives the 2022 target in households and points, next to what section III states', () => {
    expect(stepOf(vi, 'target-2022').caption).toEqual([
      'Toàn huyện giảm 24 hộ nghèo = 0,16 điểm %',
      'Mục III ghi: giảm 0,22 %, tương đương 24 hộ',
      'Nhiều nhất: Cam Tuyền 10 hộ',
      'Ít nhất: Cam Chính 0 hộ',
    ]);
    expect(stepOf(en, 'target-2022').caption[0]).toBe('District: 24 fewer poor households = 0.16 pts');
  });

  it('gives the projected end-2022 rate, the change over 2022 and the communes that do not fall', () => {
    expect(stepOf(vi, 'end-2022').caption[0]).toBe('Toàn huyện: 429 hộ nghèo, 2,88 % (đầu năm 3,04 %)');
    const change = stepOf(vi, 'change-2022');
    expect(change.caption).toEqual(['Toàn huyện: −0,16 điểm % (−24 hộ)', 'Giảm nhiều nhất: Cam Tuyền −0,68 điểm %', 'Không giảm: Cam Chính']);
    expect(change.highlighted).toEqual([CAM_CHINH]);
  });

  it('names the town as a town, so it is not read as the district', () => {
    expect(stepOf(vi, 'phase-2025').caption).toContain('Thấp nhất: TT Cam\u00a0Lộ 1,19 %');
    expect(stepOf(en, 'phase-2025').caption).toContain('Lowest: Cam\u00a0Lộ town 1.19%');
  });

  it('zooms to the priority communes of the tasks and names the bodies that lead the most', () => {
    const tasks = stepOf(vi, 'tasks');
    expect(tasks.caption).toEqual(['5 nhiệm vụ, giải pháp (mục IV)', 'Xã trọng điểm (IV.4): Cam Tuyền, Thanh An, Cam Thủy']);
    expect(tasks.zoomTo).toEqual([CAM_TUYEN, THANH_AN, CAM_THUY]);
    expect(tasks.highlighted).toEqual(tasks.zoomTo);
    expect(stepOf(vi, 'bodies').caption).toEqual(['6 cơ quan, đơn vị (mục V)', 'Chủ trì nhiều nhất (2 nhiệm vụ): Phòng LĐ-TB&XH, MTTQ và đoàn thể, UBND xã, thị trấn']);
  });

  it('counts the data-check findings and zooms to the communes they concern', () => {
    const checks = stepOf(vi, 'checks');
    expect(checks.caption).toEqual(['7 lỗi, 2 cảnh báo, 1 ghi chú', 'Xã cần xem lại: Cam Tuyền (3), Cam Thành (1)', 'Cam Tuyền: tỷ lệ hộ nghèo in 3,76 %, tính lại 7,36 %']);
    expect(checks.zoomTo).toEqual([CAM_TUYEN, CAM_THANH]);
    expect(stepOf(en, 'checks').caption[0]).toBe('7 errors, 2 warnings, 1 note');
  });
});

describe('buildPresenterSteps on other figures', () => {
  it('captions follow the figures: a new highest commune, district totals and targets', () => {
    const edited = dataset(replaceRow('Cam Chính', 'Cam Chính,1.466,,180,12.28,,,170,11.60,10,0.68,5,175,11.94'));
    const steps = buildPresenterSteps(edited, 'vi');
    expect(stepOf(steps, 'poverty-rate').caption.slice(0, 3)).toEqual(['Toàn huyện: 615 hộ nghèo, 4,13 %', 'Cao nhất: Cam Chính 12,28 %', 'Thấp nhất: Cam Thành 1,66 %']);
    expect(stepOf(steps, 'poverty-rate').highlighted).toEqual([CAM_CHINH, CAM_TUYEN]);
    expect(stepOf(steps, 'target-2022').caption[0]).toBe('Toàn huyện giảm 29 hộ nghèo = 0,19 điểm %');
    expect(stepOf(steps, 'change-2022').caption).not.toContain('Không giảm: Cam Chính');
    expect(stepOf(steps, 'change-2022').highlighted).toEqual([]);
  });

  it('leaves out what the plan does not state, and reports a clean table', () => {
    const clean = dataset(
      (csv) => csv.split('\n').filter((line) => !/^(Cam Tuyên|Cam Thành|Tổng),/.test(line)).join('\n'),
      (plan) => {
        const situation = plan['situation'] as { figures: Record<string, string> };
        situation.figures = { households: '11.201' };
        const targets = plan['targets'] as { figures: Record<string, string> };
        targets.figures = {};
      },
    );
    const steps = buildPresenterSteps(clean, 'en');
    expect(stepOf(steps, 'situation').caption.some((l) => l.includes('near-poor'))).toBe(false);
    expect(buildPanel(clean, 'situation', 'en')!.items.map((i) => i.key)).toEqual(['households', 'poor']);
    expect(stepOf(steps, 'target-2022').caption.some((l) => l.startsWith('Section III'))).toBe(false);
    const checks = stepOf(steps, 'checks');
    expect(checks.caption[0]).toMatch(/^\d+ notes?$|^\d+ warnings?|^No figures disagree$/);
    expect(checks.highlighted).not.toContain(CAM_TUYEN);
  });

  it('names every task scope "all" plan as district-wide and has no zoom', () => {
    const allWide = dataset(undefined, (plan) => {
      for (const task of plan['tasks'] as { appliesTo: unknown }[]) task.appliesTo = 'all';
    });
    const tasks = stepOf(buildPresenterSteps(allWide, 'vi'), 'tasks');
    expect(tasks.caption[1]).toBe('Mọi nhiệm vụ áp dụng cho cả huyện');
    expect(tasks.zoomTo).toBeNull();
  });
});

describe('stepMetric and clampStep', () => {
  const steps = buildPresenterSteps(real, 'vi');
  it('keeps the metric of the step before when a step has none', () => {
    const bodies = steps.findIndex((s) => s.id === 'bodies');
    expect(stepMetric(steps, bodies, 'households')).toBe('poverty_rate');
    expect(stepMetric(steps, 0, 'households')).toBe('poor_households');
    expect(stepMetric([{ ...steps[7]! }], 0, 'households')).toBe('households');
    for (let i = 0; i < steps.length; i += 1) expect(METRIC_IDS).toContain(stepMetric(steps, i, 'households'));
  });

  it('keeps an index inside the steps', () => {
    expect(clampStep(-3, 9)).toBe(0);
    expect(clampStep(12, 9)).toBe(8);
    expect(clampStep(4.7, 9)).toBe(4);
    expect(clampStep(Number.NaN, 9)).toBe(0);
    expect(clampStep(3, 0)).toBe(0);
  });
});

describe('buildPresenterSteps with a loaded table’s own measures', () => {
  const custom = customDataset();
  const vi = buildPresenterSteps(custom, 'vi');
  const en = buildPresenterSteps(custom, 'en');

  it('adds one step per custom metric after the 2022–2025 phase, before the tasks, mapping it', () => {
    const ids = [...PRESENTER_STEP_IDS];
    const at = ids.indexOf('tasks');
    expect(vi.map((s) => s.id)).toEqual([...ids.slice(0, at), NEAR_ID, RATE_ID, SCORE_ID, ...ids.slice(at)]);
    const own = vi.slice(at, at + 3);
    expect(own.map((s) => [s.title, s.metric, s.panel, s.zoomTo])).toEqual([
      ['Số hộ cận nghèo', NEAR_ID, 'none', null],
      ['Tỷ lệ hộ cận nghèo', RATE_ID, 'none', null],
      ['Điểm đánh giá (%)', SCORE_ID, 'none', null],
    ]);
    expect(stepMetric(vi, at + 1, 'households')).toBe(RATE_ID);
  });

  it('states the district value (a count summed, a rate from its summed counts) and the extremes, in the metric’s unit', () => {
    expect(stepOf(vi, NEAR_ID).caption).toEqual(['Huyện Cam Lộ 365 hộ', 'Nhiều nhất: Cam Tuyền 75 hộ', 'Ít nhất: Cam Chính 20 hộ']);
    expect(stepOf(vi, NEAR_ID).highlighted).toEqual([CAM_TUYEN]);
    expect(stepOf(en, RATE_ID).caption).toEqual(['Cam Lộ district 2.45%', 'Highest: Cam Tuyền 5.06%', 'Lowest: Cam Chính 1.36%']);
    expect(stepOf(vi, SCORE_ID).caption).toEqual(['Cao nhất: Cam Thủy 90,1 %', 'Thấp nhất: Cam Tuyền 40,4 %']);
    expect(stepOf(vi, SCORE_ID).highlighted).toEqual([CAM_THUY]);
  });

  it('says there is no data for a measure whose cells are all blank', () => {
    const blank = customFromRead({ customMetrics: [{ id: 'c', label: 'Cột trống', kind: 'rate' }], customValues: Object.fromEntries(real.table.units.map((u) => [u.row, { c: null }])) })!;
    const withBlank = { ...real, custom: joinCustom(blank, real.table.units, real.table.total, real.join.joined) };
    const step = stepOf(buildPresenterSteps(withBlank, 'vi'), 'custom:cot-trong');
    expect(step.caption).toEqual(['không có số liệu']);
    expect(step.highlighted).toEqual([]);
  });
});
