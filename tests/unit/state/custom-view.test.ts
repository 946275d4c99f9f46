import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../src/state/derive';
import { buildTextSummary } from '../../../src/state/text-summary';
import { readView } from '../../../src/state/url-sync';
import { DEFAULT_VIEW, searchFromView, viewFromSearch } from '../../../src/state/view-state';
import { customDataset, NEAR_ID, plan, RATE_ID } from '../data/custom-fixture';

const dataset = customDataset();
const CODES = dataset.communes.map((f) => f.properties.gso_code);

describe('a custom metric in the URL', () => {
  it('is taken only when the dataset has it', () => {
    expect(viewFromSearch(`?metric=${NEAR_ID}`, CODES, [], [NEAR_ID, RATE_ID])).toEqual({ view: { ...DEFAULT_VIEW, metric: NEAR_ID }, rejected: [] });
    expect(viewFromSearch(`?metric=${encodeURIComponent(RATE_ID)}`, CODES, [], [NEAR_ID, RATE_ID]).view.metric).toBe(RATE_ID);
    expect(viewFromSearch(`?metric=${NEAR_ID}`, CODES, [])).toEqual({ view: DEFAULT_VIEW, rejected: ['metric'] });
    expect(viewFromSearch('?metric=custom:khac', CODES, [], [NEAR_ID]).rejected).toEqual(['metric']);
    expect(viewFromSearch('?metric=custom:<b>', CODES, [], ['custom:<b>']).rejected).toEqual(['metric']);
  });

  it('round-trips through the URL, and readView knows the dataset’s custom metrics', () => {
    const view = { ...DEFAULT_VIEW, metric: NEAR_ID } as const;
    const search = searchFromView(view);
    expect(new URLSearchParams(search).get('metric')).toBe(NEAR_ID);
    expect(readView(dataset, search)).toEqual({ view, rejected: [] });
    expect(readView(plan, search)).toEqual({ view: DEFAULT_VIEW, rejected: ['metric'] });
  });
});

describe('the derived state of a custom metric', () => {
  it('ranks and summarises the custom values; a dataset without the metric gives the default one', () => {
    const derived = createPipeline().derive(dataset, { ...DEFAULT_VIEW, metric: NEAR_ID });
    expect(derived.choropleth.metric.id).toBe(NEAR_ID);
    expect(derived.ranking[0]).toMatchObject({ name: 'Cam Tuyền', value: 75, rank: 1 });
    expect(derived.summary).toBe('Số hộ cận nghèo của huyện Cam Lộ: 365 hộ. Cao nhất: Xã Cam Tuyền (75 hộ); thấp nhất: Xã Cam Chính (20 hộ). Số xã có số liệu: 8/8.');
    expect(buildTextSummary(dataset, RATE_ID, 'en')).toMatch(/^Cam Lộ district — Tỷ lệ hộ cận nghèo: 2\.45%\. Highest: Xã Cam Tuyền \(5\.06%\)/);
    const fallback = createPipeline().derive(plan, { ...DEFAULT_VIEW, metric: NEAR_ID });
    expect(fallback.choropleth.metric.id).toBe('poverty_rate');
    expect(fallback.summary).toBe(buildTextSummary(plan, 'poverty_rate', 'vi'));
  });
});
