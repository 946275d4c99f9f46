import { describe, expect, it } from 'vitest';
import { findBody, roleOf, statedFigureLines, taskBodies } from '../../../src/panels/plan-view';
import { camLoDataset } from '../data/panels-fixture';

const plan = camLoDataset().plan;

describe('roleOf', () => {
  it('tells whether a body leads, takes part in or is not linked to a task', () => {
    expect(roleOf({ leads: ['IV.4'], joins: ['IV.2'] }, 'IV.4')).toBe('lead');
    expect(roleOf({ leads: ['IV.4'], joins: ['IV.2'] }, 'IV.2')).toBe('join');
    expect(roleOf({ leads: ['IV.4'], joins: ['IV.2'] }, 'IV.1')).toBeNull();
  });
});

describe('taskBodies', () => {
  it('lists the leading bodies first, then those taking part, with the duties each link is read from', () => {
    expect(taskBodies(plan, 'IV.4').map((t) => [t.body.id, t.role, t.basis])).toEqual([
      ['V.1', 'lead', [1, 2]],
      ['V.6', 'lead', [2]],
      ['V.4', 'join', [1]],
      ['V.5', 'join', [3]],
    ]);
    expect(taskBodies(plan, 'IV.9')).toEqual([]);
  });

  it('gives an empty basis when the plan names none', () => {
    const bodies = [{ ...plan.bodies[0]!, basis: undefined }];
    expect(taskBodies({ bodies }, 'IV.5')).toEqual([{ body: bodies[0], role: 'lead', basis: [] }]);
  });
});

describe('findBody', () => {
  it('finds a body by id and ignores unknown ids', () => {
    expect(findBody(plan, 'V.6')?.short.vi).toBe('UBND xã, thị trấn');
    expect(findBody(plan, 'V.99')).toBeNull();
    expect(findBody(plan, null)).toBeNull();
  });
});

describe('statedFigureLines', () => {
  it('lists the figures of section I as printed, with labels, kinds and notes', () => {
    const lines = statedFigureLines(plan, 'I');
    expect(lines.map((l) => l.id)).toEqual([
      'households', 'ethnic_minority_households', 'ethnic_minority_households_rate', 'poor_and_near_poor', 'poor', 'poor_rate',
      'ethnic_minority_poor', 'ethnic_minority_poor_rate', 'social_protection', 'social_protection_rate', 'able_to_escape',
      'able_to_escape_rate', 'near_poor', 'near_poor_rate',
    ]);
    expect(lines[0]).toMatchObject({ value: 14905, printed: '14.905', kind: 'count', decimals: 0, note: null });
    expect(lines.find((l) => l.id === 'poor_rate')).toMatchObject({ value: 3.04, printed: '3,04', kind: 'rate', decimals: 2 });
    expect(lines.find((l) => l.id === 'social_protection')!.note?.vi).toContain('BTXH');
    expect(lines.every((l) => l.label.vi !== l.id)).toBe(true);
  });

  it('lists the target figures of section III', () => {
    const lines = statedFigureLines(plan, 'III');
    expect(lines.map((l) => [l.id, l.value])).toEqual([['reduction_rate_2022', 0.22], ['reduction_households_2022', 24]]);
    expect(lines[0]!.note).not.toBeNull();
  });

  it('leaves out figures a plan does not state', () => {
    const bare = { ...plan, stated: { poor: plan.stated.poor! } };
    expect(statedFigureLines(bare, 'I').map((l) => l.id)).toEqual(['poor']);
    expect(statedFigureLines(bare, 'III')).toEqual([]);
  });
});
