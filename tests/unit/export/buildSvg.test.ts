import { describe, expect, it } from 'vitest';
import { buildSvg, escapeXml } from '../../../src/export/svg';
import { slideTexts } from '../../../src/export/slide-texts';
import { planSources } from '../../../src/data/plan-sources';
import { slideLayout } from '../../../src/export/slide-layout';
import { buildChoropleth } from '../../../src/classify/choropleth';
import { DEFAULT_VIEW } from '../../../src/state/view-state';
import { communeLabel } from '../../../src/map/labels';
import { checkXml } from './xml-check';
import { camLo, camLoContext } from './fixture';

const dataset = camLo();
const context = camLoContext();
const choropleth = buildChoropleth(dataset, DEFAULT_VIEW);
const texts = slideTexts(dataset, choropleth, 'vi', new Date(2025, 4, 12), planSources(dataset));
const svg = buildSvg(dataset, choropleth, context, { texts, lang: 'vi' });

/** [minX, minY, maxX, maxY] of SVG path data written by d3-geo ("M x,y L x,y … Z"). */
function boundsOf(d: string): [number, number, number, number] {
  const ps = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  expect(ps.length).toBeGreaterThan(2);
  const xs = ps.map((p) => p[0]);
  const ys = ps.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

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
      expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+Z/);
    }
    expect(new Set(paths.map((p) => p[1]))).toEqual(new Set(dataset.communes.map((f) => f.properties.gso_code)));
    expect(svg).toMatch(/<g class="communes" stroke="#ffffff"/);
  });

  it('keeps every commune inside the map area, each a small part of it', () => {
    const { map } = slideLayout(1280, 720, texts.legend.rows.length);
    const paths = [...svg.matchAll(/<path data-gso="\d+"[^>]* d="([^"]+)"/g)].map((m) => m[1]!);
    expect(paths).toHaveLength(8);
    for (const d of paths) {
      const [x0, y0, x1, y1] = boundsOf(d);
      expect(x0).toBeGreaterThanOrEqual(map.x);
      expect(x1).toBeLessThanOrEqual(map.x + map.width);
      expect(y0).toBeGreaterThanOrEqual(map.y);
      expect(y1).toBeLessThanOrEqual(map.y + map.height);
      expect((x1 - x0) * (y1 - y0)).toBeLessThan(0.5 * map.width * map.height);
    }
  });

  it('draws the district outline around the communes, inside the map area', () => {
    const { map } = slideLayout(1280, 720, texts.legend.rows.length);
    const outline = svg.match(/<g class="district-outline"[^>]*><path d="([^"]+)"\/>/)![1]!;
    const [ox0, oy0, ox1, oy1] = boundsOf(outline);
    expect(ox0).toBeGreaterThanOrEqual(map.x);
    expect(ox1).toBeLessThanOrEqual(map.x + map.width);
    expect(oy0).toBeGreaterThanOrEqual(map.y);
    expect(oy1).toBeLessThanOrEqual(map.y + map.height);
    const all = boundsOf([...svg.matchAll(/<path data-gso="\d+"[^>]* d="([^"]+)"/g)].map((m) => m[1]!).join(''));
    const tol = 2;
    expect(all[0]).toBeGreaterThanOrEqual(ox0 - tol);
    expect(all[1]).toBeGreaterThanOrEqual(oy0 - tol);
    expect(all[2]).toBeLessThanOrEqual(ox1 + tol);
    expect(all[3]).toBeLessThanOrEqual(oy1 + tol);
  });

  it('places each commune label inside its commune path bounds', () => {
    const codeOf = new Map(dataset.communes.map((f) => [communeLabel(f.properties, 'vi'), f.properties.gso_code]));
    const pathOf = new Map([...svg.matchAll(/<path data-gso="(\d+)"[^>]* d="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    const labels = [...svg.match(/<g class="commune-labels"[^>]*>(.*?)<\/g>/)![1]!.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]+)<\/text>/g)];
    expect(labels).toHaveLength(8);
    for (const [, x, y, text] of labels) {
      const code = codeOf.get(text!);
      expect(code, text).toBeDefined();
      const [x0, y0, x1, y1] = boundsOf(pathOf.get(code!)!);
      expect(Number(x), text).toBeGreaterThanOrEqual(x0);
      expect(Number(x), text).toBeLessThanOrEqual(x1);
      expect(Number(y), text).toBeGreaterThanOrEqual(y0);
      expect(Number(y), text).toBeLessThanOrEqual(y1);
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
    const en = slideTexts(dataset, choropleth, 'en', new Date(2025, 4, 12), planSources(dataset));
    const out = buildSvg(dataset, choropleth, context, { texts: en, lang: 'en', width: 1920, height: 1080 });
    expect(checkXml(out).problems).toEqual([]);
    expect(out).toContain('viewBox="0 0 1920 1080"');
    expect(out).toContain('Cam\u00a0Lộ town');
    expect(out).toContain('Poverty rate, start of 2022 by commune — Cam Lộ district');
  });
});
