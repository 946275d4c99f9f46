import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, searchFromView, viewFromSearch, type ViewState } from '../../../src/state/view-state';

const COMMUNES = ['19597', '19606'];
const BODIES = ['V.1', 'V.6'];

describe('viewFromSearch', () => {
  it('opens on the default view without parameters', () => {
    expect(viewFromSearch('', COMMUNES, BODIES)).toEqual({ view: DEFAULT_VIEW, rejected: [] });
    expect(DEFAULT_VIEW.metric).toBe('poverty_rate');
  });

  it('round-trips every field through searchFromView', () => {
    const view: ViewState = { metric: 'change_2022_pp', method: 'manual', classes: 6, palette: 'viridis', manual: [-0.5, 0.25], selected: '19606', body: 'V.6', lang: 'en', place: null, units: null, draft: '19597:3,19606:0' };
    const back = viewFromSearch(searchFromView(view), COMMUNES, BODIES);
    expect(back.rejected).toEqual([]);
    expect(back.view).toEqual(view);
  });

  it('falls back to defaults for invalid or hostile values and names them', () => {
    const { view, rejected } = viewFromSearch(
      '?metric=<script>alert(1)</script>&method=jenks&classes=99&palette=__proto__&breaks=3_1_NaN&commune=00000&body=V.9&lang=fr',
      COMMUNES,
      BODIES,
    );
    expect(view).toEqual(DEFAULT_VIEW);
    expect(rejected.sort()).toEqual(['body', 'breaks', 'classes', 'commune', 'lang', 'method', 'metric', 'palette']);
  });

  it('keeps the valid values when others are rejected', () => {
    const { view, rejected } = viewFromSearch('?metric=poverty_rate_end_2022&classes=2.5', COMMUNES, BODIES);
    expect(view.metric).toBe('poverty_rate_end_2022');
    expect(view.classes).toBe(DEFAULT_VIEW.classes);
    expect(rejected).toEqual(['classes']);
  });

  it('ignores an absurdly long query string', () => {
    const { view, rejected } = viewFromSearch('?metric=' + 'x'.repeat(10_000), COMMUNES, BODIES);
    expect(view).toEqual(DEFAULT_VIEW);
    expect(rejected).toEqual(['url']);
  });
});

describe('searchFromView', () => {
  it('writes nothing for the default view', () => {
    expect(searchFromView(DEFAULT_VIEW)).toBe('');
  });

  it('reads the documented place links and writes them back as given', () => {
    for (const search of ['?place=2025-44', '?place=2013-25&level=district', '?place=2013-45-464', '?units=2025']) {
      const { view, rejected } = viewFromSearch(search, COMMUNES, BODIES);
      expect(rejected).toEqual([]);
      expect(searchFromView(view)).toBe(search);
    }
    expect(viewFromSearch('?place=2025-44', COMMUNES, BODIES).view.place).toEqual({ vintage: '2025', province: '44', level: 'commune' });
  });

  it('accepts any well-formed commune code for a place (checked once its units are loaded), but not a hostile one', () => {
    expect(viewFromSearch('?place=2025-44&commune=19603', COMMUNES, BODIES).view.selected).toBe('19603');
    expect(viewFromSearch('?units=2025&commune=19603', COMMUNES, BODIES).view.selected).toBe('19603');
    expect(viewFromSearch('?place=2025-44&commune=<b>', COMMUNES, BODIES).rejected).toEqual(['commune']);
    expect(viewFromSearch('?commune=19603', COMMUNES, BODIES).rejected).toEqual(['commune']);
  });

  it('rejects hostile places, levels, units and drafts by name', () => {
    const { view, rejected } = viewFromSearch(`?place=${encodeURIComponent('../../etc/passwd')}&level=<b>&units=1999&draft=19597:abc`, COMMUNES, BODIES);
    expect(view).toEqual(DEFAULT_VIEW);
    expect(rejected.sort()).toEqual(['draft', 'level', 'place', 'units']);
    expect(viewFromSearch('?draft=19597:3', COMMUNES, BODIES).view.draft).toBe('19597:3');
    expect(viewFromSearch('?draft=19999:3', COMMUNES, BODIES).rejected).toEqual(['draft']);
  });
});
