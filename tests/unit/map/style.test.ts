import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOR } from '../../../src/classify/palettes';
import type { CommuneProperties } from '../../../src/data/types';
import { COMMUNE_LABEL_MIN_ZOOM, FONTS, HATCH_IMAGE, MAP_IDS, buildMapStyle, labelSortKeys, labelTextExpression, sortKeyExpression, type MapFontUrls } from '../../../src/map/style';
import { readGeo } from './fixture';

const subset = (weight: number) => ({
  latin: `https://example.test/assets/latin-${weight}.woff2`,
  latinExt: `https://example.test/assets/latin-ext-${weight}.woff2`,
  vietnamese: `https://example.test/assets/vietnamese-${weight}.woff2`,
});
const fontUrls: MapFontUrls = { regular: subset(400), semibold: subset(600) };
const communes = readGeo('cam-lo-communes.geojson') as FeatureCollection<Geometry, CommuneProperties>;
const style = buildMapStyle({
  fontUrls,
  communes,
  outline: readGeo('cam-lo-outline.geojson'),
  neighbours: readGeo('neighbours.geojson'),
  labelPoints: readGeo('cam-lo-label-points.geojson'),
  lang: 'vi',
});
const layer = (id: string) => style.layers.find((l) => l.id === id)!;

describe('buildMapStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('works offline: no glyph server, no sprite, the only tiles are the hidden basemap', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const remote = Object.entries(style.sources).filter(([, s]) => s.type !== 'geojson');
    expect(remote.map(([id]) => id)).toEqual([MAP_IDS.basemap]);
    expect(layer(MAP_IDS.basemap).layout).toMatchObject({ visibility: 'none' });
  });

  it('declares Be Vietnam Pro for both label weights, Vietnamese subset first', () => {
    const faces = style['font-faces']!;
    expect(Object.keys(faces).sort()).toEqual([FONTS.regular, FONTS.semibold].sort());
    const semibold = faces[FONTS.semibold] as { url: string; 'unicode-range': string[] }[];
    expect(semibold.map((f) => f.url)).toEqual([fontUrls.semibold.vietnamese, fontUrls.semibold.latinExt, fontUrls.semibold.latin]);
    expect(semibold[0]!['unicode-range']).toContain('U+1EA0-1EF9');
    for (const id of [MAP_IDS.communeLabels, 'neighbour-labels']) {
      const font = (layer(id).layout as { 'text-font': string[] })['text-font'];
      expect(font.every((name) => name in faces)).toBe(true);
    }
  });

  it('fills communes from feature state, grey when unset, keyed by GSO code', () => {
    expect(layer(MAP_IDS.communeFill).paint).toMatchObject({ 'fill-color': ['coalesce', ['feature-state', 'fill'], NO_DATA_COLOR] });
    expect(style.sources[MAP_IDS.communes]).toMatchObject({ type: 'geojson', promoteId: 'gso_code' });
  });

  it('stacks fills, borders, outlines and labels in reading order', () => {
    const ids = style.layers.map((l) => l.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at('background')).toBe(0);
    expect(at(MAP_IDS.basemap)).toBeLessThan(at(MAP_IDS.communeFill));
    expect(at(MAP_IDS.communeFill)).toBeLessThan(at(MAP_IDS.communeHatch));
    expect(at(MAP_IDS.communeHatch)).toBeLessThan(at('commune-border'));
    expect(at('commune-border')).toBeLessThan(at('district-outline'));
    expect(at('district-outline')).toBeLessThan(at('commune-selected'));
    expect(at(MAP_IDS.communeLabels)).toBe(ids.length - 1);
  });

  it('places one label per commune, each with its own anchor order', () => {
    const labels = style.sources[MAP_IDS.communeLabels] as { data: FeatureCollection };
    expect(labels.data.features.map((f) => f.properties!['gso_code']).sort()).toEqual(communes.features.map((f) => f.properties.gso_code).sort());
    const offsets = (layer(MAP_IDS.communeLabels).layout as Record<string, unknown>)['text-variable-anchor-offset'] as unknown[];
    expect(offsets[0]).toBe('match');
    for (const f of communes.features) expect(offsets).toContain(f.properties.gso_code);
  });

  it('hatches the approximate communes with the run-time hatch image, over their fill and under every line and label', () => {
    const hatch = layer(MAP_IDS.communeHatch) as { type: string; source: string; filter: unknown; paint: Record<string, unknown> };
    expect(hatch).toMatchObject({ type: 'fill', source: MAP_IDS.communes, filter: ['==', ['get', 'approximate'], true] });
    expect(hatch.paint['fill-pattern']).toBe(HATCH_IMAGE);
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(MAP_IDS.communeHatch)).toBe(ids.indexOf(MAP_IDS.communeFill) + 1);
    expect(style.layers.slice(ids.indexOf(MAP_IDS.communeHatch) + 1).every((l) => l.type === 'line' || l.type === 'symbol')).toBe(true);
  });

  it('names communes only from a province’s zoom in (none over the whole country)', () => {
    expect(layer(MAP_IDS.communeLabels).minzoom).toBe(COMMUNE_LABEL_MIN_ZOOM);
    expect(COMMUNE_LABEL_MIN_ZOOM).toBeGreaterThan(5);
    expect(COMMUNE_LABEL_MIN_ZOOM).toBeLessThan(7.5);
  });

  it('gives the larger communes the lower label sort keys, so they keep their labels where labels collide', () => {
    const labels = layer(MAP_IDS.communeLabels).layout as Record<string, unknown>;
    expect(labels['text-allow-overlap'] ?? false).toBe(false);
    const expression = labels['symbol-sort-key'] as unknown[];
    expect(expression.slice(0, 2)).toEqual(['match', ['get', 'gso_code']]);
    const keyOf = Object.fromEntries(communes.features.map((f) => [f.properties.gso_code, expression[expression.indexOf(f.properties.gso_code) + 1] as number]));
    const bySize = [...communes.features].sort((a, b) => area(b) - area(a)).map((f) => f.properties.gso_code);
    const byKey = Object.keys(keyOf).sort((a, b) => keyOf[a]! - keyOf[b]!);
    expect(byKey).toEqual(bySize);
    expect(new Set(Object.values(keyOf)).size).toBe(communes.features.length);
  });

  it('labels neighbouring districts inside the view around the district', () => {
    const points = (style.sources['neighbour-labels'] as { data: FeatureCollection }).data.features;
    expect(points.map((f) => f.properties!['name'])).toEqual(expect.arrayContaining(['Đông Hà', 'Gio Linh', 'Triệu Phong', 'Đa Krông']));
  });
});

describe('labelSortKeys', () => {
  const square = (code: string, side: number): Feature<Geometry, { gso_code: string }> => ({
    type: 'Feature',
    properties: { gso_code: code },
    geometry: { type: 'Polygon', coordinates: [[[106, 16], [106 + side, 16], [106 + side, 16 + side], [106, 16 + side], [106, 16]]] },
  });

  it('ranks units from the largest (0) to the smallest, ties in feature order', () => {
    expect(labelSortKeys([square('a', 0.01), square('b', 0.05), square('c', 0.02), square('d', 0.02)])).toEqual({ b: 0, c: 1, d: 2, a: 3 });
  });

  it('makes a match expression, or a constant when there is no unit', () => {
    expect(sortKeyExpression({ b: 0, a: 1 })).toEqual(['match', ['get', 'gso_code'], 'b', 0, 'a', 1, 2]);
    expect(sortKeyExpression({})).toBe(0);
  });
});

describe('labelTextExpression', () => {
  it('maps GSO codes to label texts, falling back to the name', () => {
    expect(labelTextExpression({ '1': 'A', '2': 'B' })).toEqual(['match', ['get', 'gso_code'], '1', 'A', '2', 'B', ['get', 'name']]);
    expect(labelTextExpression({})).toEqual(['get', 'name']);
  });
});
