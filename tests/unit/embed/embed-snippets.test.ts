import { describe, expect, it } from 'vitest';
import {
  bilingualTitle,
  cleanEmbedId,
  DEFAULT_EMBED_ID,
  elementSnippet,
  embedIdFromSearch,
  embedUrl,
  escapeAttribute,
  heightMessage,
  HEIGHT_MESSAGE_TYPE,
  iframeSnippet,
  listenerSnippet,
  type SnippetInput,
} from '../../../src/embed/embed-snippets';
import { embedMetricGroups, PUBLIC_METRICS } from '../../../src/embed/embed-metrics';
import { METRIC_IDS } from '../../../src/data/metrics';
import { DEFAULT_VIEW, viewFromSearch, type ViewState } from '../../../src/state/view-state';

const BASE = 'https://bando.camlo.quangtri.gov.vn/giam-ngheo/';
const DISTRICT = { name: 'Cam Lộ', type: 'Huyện' } as const;
const input = (view: Partial<ViewState> = {}, extra: Partial<SnippetInput> = {}): SnippetInput => ({
  baseUrl: BASE,
  view: { ...DEFAULT_VIEW, ...view },
  id: 'ban-do-1',
  district: DISTRICT,
  year: 2022,
  ...extra,
});

/** The attributes of the first element of an HTML snippet, unescaped (a minimal parser for the tests). */
function attributesOf(snippet: string, tag: string): Record<string, string> {
  const open = new RegExp(`<${tag}((?:\\s+[\\w-]+(?:="[^"]*")?)*)\\s*>`).exec(snippet);
  if (!open) throw new Error(`no <${tag}> in ${snippet}`);
  const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return Object.fromEntries([...open[1]!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1]!, unescape(m[2] ?? '')]));
}

describe('escapeAttribute', () => {
  it('escapes the characters that could end an attribute or open a tag', () => {
    expect(escapeAttribute(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
    expect(escapeAttribute('Cam Lộ — 3,04 %')).toBe('Cam Lộ — 3,04 %');
  });
});

describe('frame ids', () => {
  it('reads a safe id from the embed URL and ignores anything else', () => {
    expect(embedIdFromSearch('?metric=poverty_rate&id=ban-do-1')).toBe('ban-do-1');
    expect(embedIdFromSearch('?metric=poverty_rate')).toBeNull();
    expect(embedIdFromSearch('?id=%22%3E%3Cscript%3E')).toBeNull();
    expect(embedIdFromSearch('?id=1abc')).toBeNull();
    expect(embedIdFromSearch(`?id=${'a'.repeat(65)}`)).toBeNull();
  });

  it('cleans a typed id, falling back to the default', () => {
    expect(cleanEmbedId(' Bản đồ 2 ')).toBe('Ban-do-2');
    expect(cleanEmbedId('"><x')).toBe('x');
    expect(cleanEmbedId('123')).toBe(DEFAULT_EMBED_ID);
    expect(cleanEmbedId('')).toBe(DEFAULT_EMBED_ID);
    expect(cleanEmbedId('a'.repeat(80))).toHaveLength(64);
  });

  it('builds the height message', () => {
    expect(heightMessage(431.2, 'ban-do-1')).toEqual({ type: HEIGHT_MESSAGE_TYPE, height: 432, id: 'ban-do-1' });
    expect(HEIGHT_MESSAGE_TYPE).toBe('ban-do-giam-ngheo:height');
  });
});

describe('embedUrl', () => {
  it('carries the view and the id, and reads back as the same view', () => {
    const view: ViewState = { ...DEFAULT_VIEW, metric: 'change_2022_pp', palette: 'RdBu', selected: '19600', lang: 'en' };
    const url = new URL(embedUrl(BASE, view, 'ban-do-1'));
    expect(url.href.startsWith(`${BASE}embed.html?`)).toBe(true);
    expect(url.searchParams.get('id')).toBe('ban-do-1');
    expect(viewFromSearch(url.search, ['19600'], []).view).toEqual(view);
  });

  it('adds the missing slash to the base', () => {
    expect(embedUrl('https://example.org/map', DEFAULT_VIEW, 'x')).toBe('https://example.org/map/embed.html?id=x');
  });
});

describe('iframeSnippet', () => {
  it('has the embed URL, a bilingual title, the size, lazy loading, a referrer policy and the id', () => {
    const snippet = iframeSnippet(input({ metric: 'poverty_rate_end_2022' }));
    expect(snippet).toMatch(/^<iframe [^>]*><\/iframe>$/);
    const attrs = attributesOf(snippet, 'iframe');
    expect(attrs).toMatchObject({
      id: 'ban-do-1',
      src: `${BASE}embed.html?metric=poverty_rate_end_2022&id=ban-do-1`,
      title: 'Bản đồ giảm nghèo huyện Cam Lộ năm 2022 / Poverty reduction map of Cam Lộ district, 2022',
      width: '100%',
      height: '520',
      loading: 'lazy',
      referrerpolicy: 'strict-origin-when-cross-origin',
    });
    expect(snippet).toContain('embed.html?metric=poverty_rate_end_2022&amp;id=ban-do-1');
  });

  it('puts the view language first in the title', () => {
    expect(bilingualTitle(DISTRICT, 2022, 'en')).toBe('Poverty reduction map of Cam Lộ district, 2022 / Bản đồ giảm nghèo huyện Cam Lộ năm 2022');
  });

  it('escapes hostile values so they stay inside their attributes', () => {
    const snippet = iframeSnippet(input({}, { baseUrl: 'https://x.example/"><script>alert(1)</script>/', district: { name: `"Lộ'<b>`, type: 'Huyện' } }));
    expect(snippet.match(/</g)).toHaveLength(2);
    expect(snippet.match(/"/g)).toHaveLength(16);
    expect(snippet).not.toContain("'");
    const attrs = attributesOf(snippet, 'iframe');
    expect(attrs['src']).toBe('https://x.example/"><script>alert(1)</script>/embed.html?id=ban-do-1');
    expect(attrs['title']).toContain(`"Lộ'<b>`);
  });
});

describe('listenerSnippet', () => {
  it('resizes only the frame named by the message id, and only from that frame', () => {
    const text = listenerSnippet();
    expect(text).toMatch(/^<script>\n[\s\S]*\n<\/script>$/);
    expect(text).toContain(`'${HEIGHT_MESSAGE_TYPE}'`);
    expect(text).toContain('document.getElementById(data.id)');
    expect(text).toContain('frame.contentWindow !== event.source');
  });
});

describe('elementSnippet', () => {
  it('loads poverty-map.js from the base and sets the view as attributes', () => {
    const snippet = elementSnippet(input({ metric: 'change_2022_pp', classes: 5, lang: 'en' }));
    const [script, element] = snippet.split('\n');
    expect(script).toBe(`<script type="module" src="${BASE}poverty-map.js"></script>`);
    expect(attributesOf(element!, 'poverty-map')).toEqual({
      metric: 'change_2022_pp',
      classes: '5',
      lang: 'en',
      cooperative: '',
      style: 'display:block;height:480px',
    });
    expect(element).toMatch(/<\/poverty-map>$/);
  });

  it('falls back to the default method for manual breaks, which the element does not take', () => {
    const element = elementSnippet(input({ method: 'manual', manual: [2, 4] })).split('\n')[1]!;
    expect(attributesOf(element, 'poverty-map')).not.toHaveProperty('method');
    expect(new URL(embedUrl(BASE, { ...DEFAULT_VIEW, method: 'manual', manual: [2, 4] }, 'x')).searchParams.get('breaks')).toBe('2_4');
  });

  it('escapes the base URL', () => {
    const snippet = elementSnippet({ baseUrl: 'https://x.example/a"b&c', view: DEFAULT_VIEW });
    expect(snippet).toContain('src="https://x.example/a&quot;b&amp;c/poverty-map.js"');
  });
});

describe('embedMetricGroups', () => {
  it('lists the public measures first, then every other metric once', () => {
    const { main, more } = embedMetricGroups();
    expect(main.map((m) => m.id)).toEqual(['poverty_rate', 'poverty_rate_end_2022', 'reduction_target_2022_pp', 'change_2022_pp']);
    expect(main.map((m) => m.id)).toEqual(PUBLIC_METRICS);
    expect([...main, ...more].map((m) => m.id).sort()).toEqual([...METRIC_IDS].sort());
  });
});
