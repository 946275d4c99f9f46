/** The embed dialog's snippets for a view showing a place of the national files or the 2025 units. */
import { describe, expect, it } from 'vitest';
import { bilingualTitle, elementSnippet, embedUrl, iframeSnippet, type SnippetInput } from '../../../src/embed/embed-snippets';
import { embedPlaceTitle } from '../../../src/embed/embed-frame';
import { DEFAULT_VIEW, viewFromSearch, type ViewState } from '../../../src/state/view-state';

const BASE = 'https://bando.quangtri.gov.vn/giam-ngheo/';
const QUANG_TRI = { vi: 'Tỉnh Quảng Trị (từ 1/7/2025)', en: 'Quảng Trị province (since 1 July 2025)' };
const input = (view: Partial<ViewState>, extra: Partial<SnippetInput> = {}): SnippetInput => ({
  baseUrl: BASE,
  view: { ...DEFAULT_VIEW, ...view },
  id: 'ban-do-1',
  district: { name: 'Cam Lộ', type: 'Huyện' },
  year: 2022,
  ...extra,
});
const elementOf = (snippet: string) => snippet.split('\n')[1]!;
const attribute = (element: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1] ?? null;

describe('snippets of a place', () => {
  const place = viewFromSearch('?place=2025-44&metric=poverty_rate_end_2022', [], []).view;
  const districts = viewFromSearch('?place=2013-25&level=district', [], []).view;
  const units = viewFromSearch('?units=2025&lang=en', [], []).view;

  it('puts the place, its level and the 2025 units in the embed URL, which reads back as the same view', () => {
    for (const view of [place, districts, units]) {
      const url = new URL(embedUrl(BASE, view, 'x'));
      expect(viewFromSearch(url.search, [], []).view).toEqual(view);
    }
    expect(new URL(embedUrl(BASE, districts, 'x')).search).toBe('?place=2013-25&level=district&id=x');
  });

  it('names the place in the iframe title, both languages, the view’s first', () => {
    const snippet = iframeSnippet(input(place, { placeTitle: QUANG_TRI }));
    expect(snippet).toContain(`title="${embedPlaceTitle(QUANG_TRI, 'vi')} / ${embedPlaceTitle(QUANG_TRI, 'en')}"`);
    expect(snippet).toContain('src="https://bando.quangtri.gov.vn/giam-ngheo/embed.html?place=2025-44&amp;metric=poverty_rate_end_2022&amp;id=ban-do-1"');
    expect(bilingualTitle({ name: 'Cam Lộ', type: 'Huyện' }, 2022, 'en', QUANG_TRI)).toBe('Poverty reduction map: Quảng Trị province (since 1 July 2025) / Bản đồ giảm nghèo: Tỉnh Quảng Trị (từ 1/7/2025)');
  });

  it('falls back to the place code in the title when the explorer gives no place title, never to the built-in plan’s', () => {
    const snippet = iframeSnippet(input(districts));
    expect(snippet).toContain('place=2013-25&amp;level=district /');
    expect(snippet).not.toContain('Cam Lộ');
    expect(iframeSnippet(input(units))).toContain('units=2025 /');
  });

  it('sets place, level and units on the element', () => {
    const element = elementOf(elementSnippet(input(place)));
    expect(attribute(element, 'place')).toBe('2025-44');
    expect(attribute(element, 'level')).toBeNull();
    expect(attribute(element, 'metric')).toBe('poverty_rate_end_2022');
    const district = elementOf(elementSnippet(input(districts)));
    expect([attribute(district, 'place'), attribute(district, 'level'), attribute(district, 'units')]).toEqual(['2013-25', 'district', null]);
    const regrouped = elementOf(elementSnippet(input(units)));
    expect([attribute(regrouped, 'place'), attribute(regrouped, 'units'), attribute(regrouped, 'lang')]).toEqual([null, '2025', 'en']);
  });

  it('keeps the built-in plan’s snippets free of place attributes', () => {
    const element = elementOf(elementSnippet(input({})));
    expect(['place', 'level', 'units'].map((name) => attribute(element, name))).toEqual([null, null, null]);
    expect(iframeSnippet(input({}))).toContain('Cam Lộ');
  });
});
