import { describe, expect, it } from 'vitest';
import { rejectedNotice, searchWithView } from '../../../src/state/url-sync';
import { DEFAULT_VIEW } from '../../../src/state/view-state';

describe('searchWithView', () => {
  it('writes the view parameters and keeps the page’s other parameters', () => {
    const search = searchWithView({ ...DEFAULT_VIEW, metric: 'poverty_rate_end_2022' }, '?id=ban-do-1&metric=nonsense&classes=9');
    const params = new URLSearchParams(search);
    expect(params.get('metric')).toBe('poverty_rate_end_2022');
    expect(params.get('classes')).toBeNull();
    expect(params.get('id')).toBe('ban-do-1');
  });

  it('is empty for the default view with nothing else', () => {
    expect(searchWithView(DEFAULT_VIEW, '?metric=poverty_rate')).toBe('');
  });
});

describe('rejectedNotice', () => {
  it('names the ignored parameters in the view language, and is null when none were', () => {
    expect(rejectedNotice([], 'vi')).toBeNull();
    expect(rejectedNotice(['metric', 'classes'], 'en')).toContain('metric, classes');
    expect(rejectedNotice(['metric'], 'vi')).toContain('metric');
  });
});
