import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../../src/classify/choropleth';
import { buildRanking } from '../../../src/data/ranking';
import { buildTextSummary } from '../../../src/state/text-summary';
import { createPipeline } from '../../../src/state/derive';
import { createPresenterPipeline } from '../../../src/presenter/presenter-derive';
import { memo } from '../../../src/state/memo';
import { DEFAULT_VIEW } from '../../../src/state/view-state';
import { loadDataset } from '../map/fixture';

const dataset = loadDataset();

describe('memo', () => {
  it('computes once per distinct arguments, comparing them by identity', () => {
    let calls = 0;
    const twice = memo((a: object, n: number) => {
      calls += 1;
      return { a, n };
    }, 2);
    const key = {};
    const first = twice(key, 1);
    expect(twice(key, 1)).toBe(first);
    expect(calls).toBe(1);
    twice(key, 2);
    expect(twice(key, 1)).toBe(first);
    expect(calls).toBe(2);
    twice({}, 1);
    twice(key, 3);
    expect(twice(key, 1)).not.toBe(first);
    expect(calls).toBe(5);
  });
});

describe('createPipeline', () => {
  it('derives the choropleth, ranking and summary the pure builders give', () => {
    const view = { ...DEFAULT_VIEW, metric: 'poverty_rate_end_2022' as const, lang: 'en' as const };
    const derived = createPipeline().derive(dataset, view);
    expect(derived.choropleth.fills).toEqual(buildChoropleth(dataset, view).fills);
    expect(derived.choropleth.legend).toEqual(buildChoropleth(dataset, view).legend);
    expect(derived.ranking).toEqual(buildRanking(derived.choropleth.values));
    expect(derived.summary).toBe(buildTextSummary(dataset, 'poverty_rate_end_2022', 'en'));
    expect(Object.keys(derived.communeNames)).toHaveLength(dataset.communes.length);
  });

  it('keeps every part while the view changes only where the part does not depend on it', () => {
    const pipeline = createPipeline();
    const first = pipeline.derive(dataset, DEFAULT_VIEW);
    expect(pipeline.derive(dataset, { ...DEFAULT_VIEW, selected: dataset.communes[0]!.properties.gso_code })).toBe(first);
    const english = pipeline.derive(dataset, { ...DEFAULT_VIEW, lang: 'en' });
    expect(english.choropleth).toBe(first.choropleth);
    expect(english.ranking).toBe(first.ranking);
    expect(english.summary).not.toBe(first.summary);
    const other = pipeline.derive(dataset, { ...DEFAULT_VIEW, metric: 'poverty_rate_end_2022' });
    expect(other.choropleth).not.toBe(first.choropleth);
    expect(other.searchOptions).toBe(first.searchOptions);
  });

  it('gives presenter mode the step metric, a manual classification replaced by the default, and a camera per step and spotlight', () => {
    const presenter = createPresenterPipeline();
    const view = { ...DEFAULT_VIEW, method: 'manual' as const, manual: [1, 2] };
    const start = presenter(dataset, view, 0, null);
    expect(start.metric).toBe(start.steps[0]!.metric);
    expect(start.choropleth.breaks.method).toBe(DEFAULT_VIEW.method);
    expect(start.camera).toMatchObject({ key: `${start.steps[0]!.id}|`, tight: false });
    const code = dataset.communes[0]!.properties.gso_code;
    const spot = presenter(dataset, view, 99, code);
    expect(spot.index).toBe(spot.steps.length - 1);
    expect(spot.camera).toMatchObject({ key: `${spot.step.id}|${code}`, tight: true });
    expect(spot.steps).toBe(start.steps);
  });
});
