import { describe, expect, it } from 'vitest';
import { buildSvg, escapeXml } from '../../../src/export/svg';
import { slideTexts } from '../../../src/export/slide-texts';
import { slideLayout } from '../../../src/export/slide-layout';
import { buildChoropleth } from '../../../src/map/choropleth';
import { DEFAULT_VIEW } from '../../../src/state/view-state';
import { checkXml } from './xml-check';
import { camLo, camLoContext } from './fixture';

const dataset = camLo();
const context = camLoContext();
const choropleth = buildChoropleth(dataset, DEFAULT_VIEW);
const texts = slideTexts(dataset, choropleth, 'vi', new Date(2025, 4, 12));
const svg = buildSvg(dataset, choropleth, context, { texts, lang: 'vi' });

describe('buildSvg', () => {
  it('is well-formed XML with an svg root of the slide size', () => {
    const { problems, elements } = checkXml(svg);
    expect(problems).toEqual([]);
    expect(elements[0]).toBe('svg');
    expect(svg).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1280" height="720" viewBox="0 0 1280 720"/);
  });

  it('draws one path per commune filled with its class colour, inside white borders', () => {
    const paths = [...svg.matchAll(/<path data-gso="(\d+)" fill="(#[0-9a-f]{6})" d="([^"]+)">/gi)];
    expect(paths).toHaveLength(8);
    for (const [, code, fill, d] of paths) {
      expect(fill).toBe(choropleth.fills[code!]);
      expect(d).toMatch(/^M[\d. L]+Z/);
    }
    expect(new Set(paths.map((p) => p[1]))).toEqual(new Set(dataset.communes.map((f) => f.properties.gso_code)));
    expect(svg).toMatch(/<g class="communes" stroke="#ffffff"/);
  });

  it('keeps every commune inside the map area', () => {
    const { map } = slideLayout(1280, 720, texts.legend.rows.length);
    const numbers = [...svg.matchAll(/<path data-gso="\d+"[^>]* d="([^"]+)"/g)].flatMap((m) => m[1]!.split(/[MLZ]/).filter(Boolean));
    for (const pair of numbers) {
      const [x, y] = pair.split(' ').map(Number) as [number, number];
      expect(x).toBeGreaterThanOrEqual(map.x);
      expect(x).toBeLessThanOrEqual(map.x + map.width);
      expect(y).toBeGreaterThanOrEqual(map.y);
      expect(y).toBeLessThanOrEqual(map.y + map.height);
    }
  });

  it('draws the district outline, neighbours, commune labels, title, legend and source', () => {
    expect(svg).toMatch(/<g class="district-outline"[^>]*><path d="M/);
    expect(svg).toMatch(/<g class="neighbours"[^>]*><path d="M/);
    const labels = svg.match(/<g class="commune-labels"[^>]*>(.*?)<\/g>/)![1]!;
    expect(labels.match(/<text /g)).toHaveLength(8);
    expect(labels).toContain('Cam Tuyền');
    expect(labels).toContain('TT Cam\u00a0Lộ');
    expect(svg).toContain('Tỷ lệ hộ nghèo đầu năm 2022 theo xã, thị trấn — Huyện Cam Lộ');
    expect(svg).toContain('28/KH-UBND');
    expect(svg).toContain('censusVN2009');
    const legend = svg.match(/<g class="legend">(.*?)<\/g>\n/)![1]!;
    const swatches = [...legend.matchAll(/<rect [^>]*fill="(#[0-9a-f]{6})"/gi)].map((m) => m[1]);
    expect(swatches).toEqual(choropleth.legend.classes.map((c) => c.color));
    for (const row of texts.legend.rows) expect(legend).toContain(escapeXml(row.range));
  });

  it('places the legend swatches where slideLayout puts them', () => {
    const { legend } = slideLayout(1280, 720, texts.legend.rows.length);
    const rects = [...svg.matchAll(/<g class="legend-row"><rect x="([\d.]+)" y="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(rects).toEqual(legend.rows.map((r) => [r.swatch.x, r.swatch.y]));
  });

  it('escapes text taken from the data', () => {
    expect(escapeXml(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
    const edited = camLo((s) => {
      const json = structuredClone(s.boundaries.json) as { features: { properties: { full_name: string } }[] };
      json.features[0]!.properties.full_name = 'A & <B>';
      return { ...s, boundaries: { ...s.boundaries, json } };
    });
    const out = buildSvg(edited, buildChoropleth(edited, DEFAULT_VIEW), context, { texts, lang: 'vi' });
    expect(checkXml(out).problems).toEqual([]);
    expect(out).toContain('<title>A &amp; &lt;B&gt;</title>');
  });

  it('writes English labels and scales to another size', () => {
    const en = slideTexts(dataset, choropleth, 'en', new Date(2025, 4, 12));
    const out = buildSvg(dataset, choropleth, context, { texts: en, lang: 'en', width: 1920, height: 1080 });
    expect(checkXml(out).problems).toEqual([]);
    expect(out).toContain('viewBox="0 0 1920 1080"');
    expect(out).toContain('Cam\u00a0Lộ town');
    expect(out).toContain('Poverty rate, start of 2022 by commune — Cam Lộ district');
  });
});
