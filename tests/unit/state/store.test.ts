import { describe, expect, it } from 'vitest';
import { Store } from '../../../src/state/store';
import { DEFAULT_VIEW } from '../../../src/state/view-state';

describe('Store', () => {
  it('notifies subscribers with the new and previous state', () => {
    const store = new Store();
    const calls: [string, string][] = [];
    store.subscribe((s, p) => calls.push([s.metric, p.metric]));
    store.setMetric('poverty_rate_end_2022');
    expect(calls).toEqual([['poverty_rate_end_2022', 'poverty_rate']]);
  });

  it('does not notify when nothing changes', () => {
    const store = new Store();
    let count = 0;
    store.subscribe(() => count++);
    store.setMetric(DEFAULT_VIEW.metric);
    store.select(null);
    expect(count).toBe(0);
  });

  it('clamps the class count to 2–7', () => {
    const store = new Store();
    store.setClassification('equal', 12);
    expect(store.state.classes).toBe(7);
    store.setClassification('equal', 0);
    expect(store.state.classes).toBe(2);
  });

  it('stops notifying after unsubscribe', () => {
    const store = new Store();
    let count = 0;
    const off = store.subscribe(() => count++);
    off();
    store.select('19606');
    expect(count).toBe(0);
    expect(store.state.selected).toBe('19606');
  });
});
