import { describe, expect, it } from 'vitest';
import { buildDistrictSummary, type SummaryFigure } from '../../../src/panels/district-summary-model';
import { camLo } from '../data/controls-fixture';

const figure = (items: ReturnType<typeof buildDistrictSummary>, id: string): SummaryFigure =>
  items.flatMap((i) => i.figures).find((f) => f.id === id)!;

describe('buildDistrictSummary', () => {
  const items = buildDistrictSummary(camLo());

  it('lists households, poor, near-poor, poor + near-poor and the 2022 target, each count before its rate', () => {
    expect(items.map((i) => [i.id, i.figures.map((f) => f.id)])).toEqual([
      ['households', ['households']],
      ['poor', ['poor', 'poor_rate']],
      ['near_poor', ['near_poor', 'near_poor_rate']],
      ['poor_and_near_poor', ['poor_and_near_poor']],
      ['target_2022', ['reduction_households_2022', 'reduction_rate_2022']],
    ]);
  });

  it('takes the stated figures as printed, with their section and decimals', () => {
    expect(figure(items, 'households')).toMatchObject({ stated: 14905, printed: '14.905', section: 'I', decimals: 0, recomputed: 14905, differs: false });
    expect(figure(items, 'poor_rate')).toMatchObject({ stated: 3.04, printed: '3,04', decimals: 2, differs: false, explanation: null });
    expect(figure(items, 'near_poor')).toMatchObject({ stated: 634, recomputed: null, differs: false });
    expect(figure(items, 'poor_and_near_poor')).toMatchObject({ stated: 1087, recomputed: 1087, differs: false });
    expect(figure(items, 'reduction_households_2022')).toMatchObject({ stated: 24, section: 'III', recomputed: 24, differs: false });
  });

  it('marks the stated reduction rate as differing from the table, with the check’s explanation', () => {
    const rate = figure(items, 'reduction_rate_2022');
    expect(rate).toMatchObject({ unit: 'pp', stated: 0.22, recomputed: 0.16, differs: true, severity: 'error' });
    expect(rate.explanation!.vi).toContain('24 / 14.905 hộ = 0,16');
    expect(rate.explanation!.en).toContain('0.22');
  });

  it('follows the data checks: a stated count the table contradicts differs', () => {
    const edited = camLo({ plan: (json) => ((json.situation as { figures: Record<string, string> }).figures.poor = '463') });
    const poor = figure(buildDistrictSummary(edited), 'poor');
    expect(poor).toMatchObject({ stated: 463, recomputed: 453, differs: true, severity: 'error' });
  });

  it('shows figures computed from the table when the plan states none, and leaves out what cannot be computed', () => {
    const bare = camLo({
      plan: (json) => {
        (json.situation as { figures: unknown }).figures = {};
        (json.targets as { figures: unknown }).figures = {};
      },
    });
    const summary = buildDistrictSummary(bare);
    expect(summary.map((i) => i.id)).toEqual(['households', 'poor', 'target_2022']);
    expect(figure(summary, 'households')).toMatchObject({ stated: null, printed: null, section: null, recomputed: 14905, differs: false });
    expect(figure(summary, 'reduction_rate_2022').recomputed).toBeCloseTo((24 / 14905) * 100, 10);
  });
});
