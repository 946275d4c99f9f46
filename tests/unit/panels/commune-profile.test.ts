import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildCommuneProfile, rankOf } from '../../../src/panels/commune-profile';
import { taskCommunes } from '../../../src/data/task-communes';
import { metricValues } from '../../../src/data/dataset';
import { camLoDataset } from '../data/panels-fixture';

const dataset = camLoDataset();
const CAM_TUYEN = '19600';
const TT_CAM_LO = '19597';
const CAM_CHINH = '19618';
const THANH_AN = '19603';

describe('buildCommuneProfile', () => {
  it('is null without a selection or for a code not on the map', () => {
    expect(buildCommuneProfile(dataset, null, 'poverty_rate')).toBeNull();
    expect(buildCommuneProfile(dataset, '99999', 'poverty_rate')).toBeNull();
  });

  it('names the commune officially and gives the printed name when it differs', () => {
    const p = buildCommuneProfile(dataset, CAM_TUYEN, 'poverty_rate')!;
    expect(p).toMatchObject({ name: 'Cam Tuyền', fullName: 'Xã Cam Tuyền', printedName: 'Cam Tuyên', printedNameDiffers: true, hasData: true, row: 7 });
    const town = buildCommuneProfile(dataset, TT_CAM_LO, 'poverty_rate')!;
    expect(town).toMatchObject({ fullName: 'Thị trấn Cam Lộ', printedName: 'TT Cam Lộ', printedNameDiffers: false });
  });

  it('lists every figure column, printed, with the recomputed value where a check disagrees', () => {
    const p = buildCommuneProfile(dataset, CAM_TUYEN, 'poverty_rate')!;
    expect(p.figures.map((f) => f.id)).toHaveLength(13);
    const byId = Object.fromEntries(p.figures.map((f) => [f.id, f]));
    expect(byId.households).toMatchObject({ printed: 1481, differs: false, recomputed: null, kind: 'count', decimals: 0 });
    expect(byId.poor_rate).toMatchObject({ printed: 3.76, recomputed: 7.36, differs: true, severity: 'error', kind: 'rate', decimals: 2 });
    expect(byId.ethnic_minority_poor_rate).toMatchObject({ printed: 0.28, recomputed: 2.84, differs: true });
    expect(byId.poor).toMatchObject({ printed: 109, recomputed: 101, differs: true });
    expect(byId.poor_rate_end_2022).toMatchObject({ printed: 6.68, differs: false });
  });

  it('leaves blank cells blank', () => {
    const p = buildCommuneProfile(dataset, THANH_AN, 'poverty_rate')!;
    expect(p.figures.find((f) => f.id === 'ethnic_minority_households')).toMatchObject({ printed: null, differs: false });
  });

  it('gives the metric value, its rank (1 = highest) and the district value', () => {
    const p = buildCommuneProfile(dataset, CAM_TUYEN, 'poverty_rate')!;
    expect(p.metric.def.id).toBe('poverty_rate');
    expect(p.metric.value.value).toBeCloseTo((109 / 1481) * 100, 9);
    expect(p.metric.value.printed).toBe(3.76);
    expect(p.metric.rank).toEqual({ rank: 1, of: 8 });
    expect(p.metric.district.value).toBeCloseTo((453 / 14905) * 100, 9);
    expect(buildCommuneProfile(dataset, CAM_CHINH, 'poverty_rate')!.metric.rank).toEqual({ rank: 8, of: 8 });
  });

  it('gives the share of the district 2022 target', () => {
    expect(buildCommuneProfile(dataset, TT_CAM_LO, 'households')!.target).toEqual({ commune: 3, district: 24, percent: 12.5 });
    expect(buildCommuneProfile(dataset, CAM_CHINH, 'households')!.target).toEqual({ commune: 0, district: 24, percent: 0 });
  });

  it('collects the findings about the commune under any of its names', () => {
    const p = buildCommuneProfile(dataset, CAM_TUYEN, 'poverty_rate')!;
    expect(p.findings.map((f) => f.id)).toContain('join:spelling:Cam Tuyên');
    expect(p.findings[0]!.severity).toBe('error');
    expect(buildCommuneProfile(dataset, CAM_CHINH, 'poverty_rate')!.findings).toEqual([]);
  });

  it('lists the tasks that concern the commune and why', () => {
    const tuyen = buildCommuneProfile(dataset, CAM_TUYEN, 'poverty_rate')!;
    expect(tuyen.tasks.map((t) => [t.task.id, t.scopes])).toEqual([
      ['IV.2', ['all']],
      ['IV.4', ['high-poverty', 'ethnic-minority']],
      ['IV.5', ['all']],
    ]);
    expect(buildCommuneProfile(dataset, THANH_AN, 'poverty_rate')!.tasks.map((t) => [t.task.id, t.scopes])).toContainEqual(['IV.4', ['high-poverty']]);
    expect(buildCommuneProfile(dataset, CAM_CHINH, 'poverty_rate')!.tasks.map((t) => t.task.id)).toEqual(['IV.2', 'IV.5']);
  });

  it('lists commune-level bodies and the bodies that lead or join its tasks', () => {
    const chinh = buildCommuneProfile(dataset, CAM_CHINH, 'poverty_rate')!;
    expect(chinh.bodies.map((b) => [b.body.id, b.leads, b.joins])).toEqual([
      ['V.1', ['IV.5'], ['IV.2']],
      ['V.2', ['IV.2'], []],
      ['V.3', [], ['IV.2']],
      ['V.4', [], ['IV.2']],
      ['V.6', [], ['IV.5']],
    ]);
    const tuyen = buildCommuneProfile(dataset, CAM_TUYEN, 'poverty_rate')!;
    expect(tuyen.bodies.map((b) => b.body.id)).toEqual(['V.1', 'V.2', 'V.3', 'V.4', 'V.5', 'V.6']);
    expect(tuyen.bodies.find((b) => b.body.id === 'V.6')).toMatchObject({ leads: ['IV.4'], joins: ['IV.5'] });
  });

  it('profiles a commune on the map that has no row in the table', () => {
    const table = readFileSync('geo/plans/cam-lo-2022/table.csv', 'utf8').split('\n').filter((l) => !l.startsWith('Cam Chính')).join('\n');
    const partial = camLoDataset(table);
    const p = buildCommuneProfile(partial, CAM_CHINH, 'poverty_rate')!;
    expect(p).toMatchObject({ fullName: 'Xã Cam Chính', printedName: null, hasData: false, row: null, figures: [], tasks: [] });
    expect(p.metric.value.value).toBeNull();
    expect(p.metric.rank).toBeNull();
    expect(p.target.commune).toBeNull();
    expect(p.findings.map((f) => f.id)).toContain('join:no-row:19618');
    expect(p.bodies.map((b) => b.body.id)).toEqual(['V.6']);
  });
});

describe('rankOf', () => {
  it('ranks among the communes with a value, ties sharing a rank', () => {
    const targets = metricValues(dataset, 'reduction_target_2022');
    expect(rankOf(targets, CAM_TUYEN)).toEqual({ rank: 1, of: 8 });
    expect(rankOf(targets, TT_CAM_LO)).toEqual({ rank: 2, of: 8 });
    expect(rankOf(targets, '19615')).toEqual({ rank: 2, of: 8 });
    expect(rankOf(targets, CAM_CHINH)).toEqual({ rank: 8, of: 8 });
    expect(rankOf(targets, 'nope')).toBeNull();
  });
});

describe('taskCommunes', () => {
  it('resolves every task to the GSO codes of its communes', () => {
    const byTask = taskCommunes(dataset);
    expect(byTask['IV.1']).toEqual([]);
    expect(byTask['IV.2']).toHaveLength(8);
    expect(new Set(byTask['IV.4'])).toEqual(new Set([THANH_AN, '19606', CAM_TUYEN]));
  });
});
