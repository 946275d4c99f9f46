/** The map's offline MapLibre style: no tiles, no glyph server, fonts from bundled woff2 files. Pure. */
import { flatbushIndex } from './label-index';
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ExpressionSpecification, FontFacesSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { NO_DATA_COLOR } from '../classify/palettes';
import type { CommuneProperties, Lang } from '../data/types';
import { TOKEN_DEFAULTS } from '../ui/tokens';
import { anchorOffsets, communeLabel, communeLabelPoints, labelAnchorOrder } from './labels';
import { bboxOf, clippedLabelPoints } from './context-labels';
import { MAP_COLORS } from './map-colors';

/** Absolute URLs of one weight of Be Vietnam Pro, by fontsource subset. */
export interface FontSubsetUrls {
  latin: string;
  latinExt: string;
  vietnamese: string;
}

/** The font files the labels use: regular for context, semibold for communes. */
export interface MapFontUrls {
  regular: FontSubsetUrls;
  semibold: FontSubsetUrls;
}

/** Inputs of the style. */
export interface MapStyleInput {
  fontUrls: MapFontUrls;
  communes: FeatureCollection<Geometry, CommuneProperties>;
  outline: FeatureCollection;
  neighbours: FeatureCollection;
  labelPoints: FeatureCollection | null;
  lang: Lang;
}

/** Ids of the sources and layers other modules address. */
export const MAP_IDS = {
  communes: 'communes',
  /** The outlined communes (./map-marks). */
  marks: 'marks',
  communeLabels: 'commune-labels',
  communeFill: 'commune-fill',
  communeHatch: 'commune-hatch',
  neighbourFill: 'neighbour-fill',
  basemap: 'basemap',
} as const;

/** The colours of the map's frame (see ./map-colors). */
export { MAP_COLORS } from './map-colors';

/**
 * Below this zoom (several provinces in view: the national overview) commune labels are not drawn: hundreds of 10-px
 * names would cover the map, and laying out thousands of them kept the national map from drawing for over a second.
 */
export const COMMUNE_LABEL_MIN_ZOOM = 6;

/** Name of the hatch image (made at run time by the map controller) drawn over approximate units. */
export const HATCH_IMAGE = 'hatch';

/** Font stack names declared in `font-faces`. */
export const FONTS = { regular: 'Be Vietnam Pro Regular', semibold: 'Be Vietnam Pro SemiBold' } as const;

/** Unicode ranges of the fontsource subsets (from @fontsource/be-vietnam-pro's CSS). */
const RANGES: Record<keyof FontSubsetUrls, string[]> = {
  vietnamese: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB'.split(','),
  latinExt: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'.split(','),
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'.split(','),
};

/** OpenStreetMap raster tiles for the optional online basemap. */
export const BASEMAP_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a>';

/** The `font-faces` of the style: each weight is its three subsets, Vietnamese first. */
export function fontFaces(urls: MapFontUrls): FontFacesSpecification {
  const faces = (u: FontSubsetUrls) =>
    (['vietnamese', 'latinExt', 'latin'] as const).map((subset) => ({ url: u[subset], 'unicode-range': RANGES[subset] }));
  return { [FONTS.regular]: faces(urls.regular), [FONTS.semibold]: faces(urls.semibold) };
}

/** `text-field` of the commune labels for a table of label texts by GSO code. */
export function labelTextExpression(labels: Record<string, string>): ExpressionSpecification {
  const entries = Object.entries(labels);
  if (entries.length === 0) return ['get', 'name'];
  return ['match', ['get', 'gso_code'], ...entries.flat(), ['get', 'name']] as unknown as ExpressionSpecification;
}

/** Width of the focus outline on the map: the tokens' focus ring width, with a casing so it shows on every palette. */
const FOCUS_WIDTH = Number.parseFloat(TOKEN_DEFAULTS['focus-width']);

const marked = (key: string): ExpressionSpecification => ['==', ['get', key], true];
const zoomed = (low: number, high: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 9, low, 13, high];

/**
 * Label priority of the communes by GSO code: 0 for the largest by area (turf), then 1, 2 …; MapLibre places
 * lower `symbol-sort-key`s first, so where labels collide the larger units keep theirs. Ties keep feature order.
 */
export function labelSortKeys(features: readonly Feature<Geometry, Pick<CommuneProperties, 'gso_code'>>[]): Record<string, number> {
  const sized = features.map((f, i) => ({ code: f.properties.gso_code, size: f.geometry ? area(f) : 0, i }));
  sized.sort((a, b) => b.size - a.size || a.i - b.i);
  const keys: Record<string, number> = {};
  let next = 0;
  for (const { code } of sized) keys[code] ??= next++;
  return keys;
}

/** `symbol-sort-key` of the commune labels for a table of sort keys by GSO code. */
export function sortKeyExpression(keys: Record<string, number>): ExpressionSpecification | number {
  const entries = Object.entries(keys);
  if (entries.length === 0) return 0;
  return ['match', ['get', 'gso_code'], ...entries.flat(), entries.length] as unknown as ExpressionSpecification;
}

function communeLayers(): LayerSpecification[] {
  // Borders of every commune are thin (≤ 2.4 px), where a round join cannot be told from a bevel, and a round join costs
  // many vertices at each of the hundreds of thousands of corners of a national overview; the few marked outlines are wide.
  const line = (id: string, color: string, width: ExpressionSpecification | number, extra: Record<string, unknown> = {}, join = 'bevel'): LayerSpecification =>
    ({ id, type: 'line', source: 'communes', layout: { 'line-join': join, 'line-cap': join === 'round' ? 'round' : 'butt' }, paint: { 'line-color': color, 'line-width': width, ...extra } }) as LayerSpecification;
  // Outlines of the marked communes, on the small source of their own (./map-marks), one filter per kind.
  const mark = (id: string, kind: string, color: string, width: number, extra: Record<string, unknown> = {}): LayerSpecification =>
    ({ ...line(id, color, width, extra, 'round'), source: MAP_IDS.marks, filter: marked(kind) }) as LayerSpecification;
  return [
    { id: MAP_IDS.communeFill, type: 'fill', source: 'communes', paint: { 'fill-color': ['coalesce', ['feature-state', 'fill'], NO_DATA_COLOR], 'fill-opacity': 1, 'fill-antialias': true } },
    { id: MAP_IDS.communeHatch, type: 'fill', source: 'communes', filter: ['==', ['get', 'approximate'], true], paint: { 'fill-pattern': HATCH_IMAGE, 'fill-antialias': false } },
    line('commune-border', MAP_COLORS.border, zoomed(0.8, 1.6)),
    line('district-outline', MAP_COLORS.outline, zoomed(1.4, 2.4), {}),
    mark('commune-highlight', 'highlighted', MAP_COLORS.highlight, 2.5, { 'line-dasharray': [2, 1.2] }),
    mark('commune-hover', 'hover', MAP_COLORS.hover, 2),
    mark('commune-selected-casing', 'selected', MAP_COLORS.border, 6),
    mark('commune-selected', 'selected', MAP_COLORS.selected, 3),
    mark('commune-focus-casing', 'focus', MAP_COLORS.border, FOCUS_WIDTH + 4),
    mark('commune-focus', 'focus', MAP_COLORS.focus, FOCUS_WIDTH),
  ].map((layer) => (layer.id === 'district-outline' ? { ...layer, source: 'outline' } : layer)) as LayerSpecification[];
}

/** The complete offline style of the poverty map. */
export function buildMapStyle(input: MapStyleInput): StyleSpecification {
  const { communes, outline, neighbours, lang } = input;
  const points = communeLabelPoints(communes.features as Feature<Geometry, CommuneProperties>[], input.labelPoints);
  const order = labelAnchorOrder(points.map((p) => ({ id: p.properties.gso_code, lng: p.geometry.coordinates[0]!, lat: p.geometry.coordinates[1]! })), flatbushIndex);
  const offsets = Object.entries(order).flatMap(([id, anchors]) => [id, ['literal', anchorOffsets(anchors)]]);
  const labels = Object.fromEntries(communes.features.map((f) => [f.properties.gso_code, communeLabel(f.properties, lang)]));
  const [w, s, e, n] = bboxOf(outline.features.length ? outline : communes);
  const neighbourPoints = clippedLabelPoints(neighbours, [w, s - (n - s) * 0.12, e, n + (n - s) * 0.12]);
  const sortKey = sortKeyExpression(labelSortKeys(communes.features));

  return {
    version: 8,
    name: 'Bản đồ giảm nghèo',
    'font-faces': fontFaces(input.fontUrls),
    sources: {
      basemap: { type: 'raster', tiles: [BASEMAP_TILES], tileSize: 256, maxzoom: 19, attribution: OSM_ATTRIBUTION },
      neighbours: { type: 'geojson', data: neighbours },
      'neighbour-labels': { type: 'geojson', data: { type: 'FeatureCollection', features: neighbourPoints } },
      communes: { type: 'geojson', data: communes, promoteId: 'gso_code' },
      [MAP_IDS.marks]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      outline: { type: 'geojson', data: outline },
      'commune-labels': { type: 'geojson', data: { type: 'FeatureCollection', features: points }, promoteId: 'gso_code' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.paper } },
      { id: MAP_IDS.basemap, type: 'raster', source: 'basemap', layout: { visibility: 'none' }, paint: { 'raster-opacity': 0.9, 'raster-saturation': -0.4 } },
      { id: MAP_IDS.neighbourFill, type: 'fill', source: 'neighbours', paint: { 'fill-color': MAP_COLORS.neighbourFill, 'fill-opacity': 0.8 } },
      { id: 'neighbour-line', type: 'line', source: 'neighbours', paint: { 'line-color': MAP_COLORS.neighbourLine, 'line-width': 0.8 } },
      ...communeLayers(),
      {
        id: 'neighbour-labels',
        type: 'symbol',
        source: 'neighbour-labels',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONTS.regular],
          'text-size': zoomed(11, 14),
          'text-letter-spacing': 0.04,
          'text-max-width': 8,
          'text-padding': 4,
        },
        paint: { 'text-color': MAP_COLORS.neighbourText, 'text-halo-color': MAP_COLORS.paper, 'text-halo-width': 1.2 },
      },
      {
        id: MAP_IDS.communeLabels,
        type: 'symbol',
        source: 'commune-labels',
        minzoom: COMMUNE_LABEL_MIN_ZOOM,
        layout: {
          'text-field': labelTextExpression(labels),
          'text-font': [FONTS.semibold],
          'text-size': ['interpolate', ['linear'], ['zoom'], 9, 10.5, 10.5, 12, 13, 15],
          'text-max-width': ['step', ['zoom'], 5, 12, 10],
          'text-line-height': 1.1,
          'text-variable-anchor-offset': ['match', ['get', 'gso_code'], ...offsets, ['literal', anchorOffsets(['center'])]] as unknown as ExpressionSpecification,
          'text-justify': 'auto',
          'text-padding': 1,
          'symbol-sort-key': sortKey,
        },
        paint: { 'text-color': MAP_COLORS.text, 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.6, 'text-halo-blur': 0.3 },
      },
    ],
  };
}

/** A MapLibre size expression made `factor` times larger: a number, or the outputs of an interpolate curve; anything else is returned as is. */
export function scaleSizeExpression<T>(expression: T, factor: number): T {
  if (typeof expression === 'number') return (expression * factor) as T;
  if (!Array.isArray(expression) || expression[0] !== 'interpolate') return expression;
  return expression.map((part: unknown, i) => (i >= 4 && i % 2 === 0 && typeof part === 'number' ? part * factor : part)) as T;
}
