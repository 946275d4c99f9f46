import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOR } from '../../../src/classify/palettes';
import type { CommuneProperties } from '../../../src/data/types';
import { FONTS, MAP_IDS, buildMapStyle, labelTextExpression, type MapFontUrls } from '../../../src/map/style';
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
    expect(at(MAP_IDS.communeFill)).toBeLessThan(at('commune-border'));
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

  it('labels neighbouring districts inside the view around the district', () => {
    const points = (style.sources['neighbour-labels'] as { data: FeatureCollection }).data.features;
    expect(points.map((f) => f.properties!['name'])).toEqual(expect.arrayContaining(['Đông Hà', 'Gio Linh', 'Triệu Phong', 'Đa Krông']));
  });
});

describe('labelTextExpression', () => {
  it('maps GSO codes to label texts, falling back to the name', () => {
    expect(labelTextExpression({ '1': 'A', '2': 'B' })).toEqual(['match', ['get', 'gso_code'], '1', 'A', '2', 'B', ['get', 'name']]);
    expect(labelTextExpression({})).toEqual(['get', 'name']);
  });
});
