/**
 * Render the map of a <poverty-map> at a given pixel ratio: a second, offscreen MapLibre map with the
 * same offline style and fills, fitted to the district, read back once idle. Browser only.
 */
import { Map as MapLibreMap, setWorkerUrl, type LayerSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-dataset';
import type { Choropleth } from '../classify/choropleth';
import { bboxOf } from '../map/labels';
import { mapFontUrls } from '../map/map-assets';
import { buildMapStyle, MAP_IDS } from '../map/style';

setWorkerUrl(workerUrl);

/** What the render reads from the map element (a <poverty-map> has all of it). */
export interface MapRenderSource {
  readonly planDataset: Dataset;
  readonly context: MapContext;
  readonly choropleth: Choropleth;
  readonly lang: string;
  readonly basemap: boolean;
}

/** Size of the rendered map: CSS pixels and the pixel ratio (the canvas is width × pixelRatio wide). */
export interface MapRenderOptions {
  width: number;
  height: number;
  pixelRatio: number;
  /** Give up after this long (default 30 s): a map that never becomes idle (lost WebGL context) fails the export. */
  timeoutMs?: number;
}

function withBasemap(layers: LayerSpecification[]): LayerSpecification[] {
  return layers.map((layer) => {
    if (layer.id === MAP_IDS.basemap) return { ...layer, layout: { ...layer.layout, visibility: 'visible' } } as LayerSpecification;
    if (layer.id === MAP_IDS.communeFill && layer.type === 'fill') return { ...layer, paint: { ...layer.paint, 'fill-opacity': 0.72 } };
    return layer;
  });
}

function waitFor(map: MapLibreMap, event: 'load' | 'idle', deadline: Promise<never>): Promise<void> {
  return Promise.race([new Promise<void>((resolve) => map.once(event, () => resolve())), deadline]);
}

/** A 2D canvas of the map of `source` drawn at `pixelRatio`, fitted to the district (the view on screen is left alone). */
export async function renderMapCanvas(source: MapRenderSource, options: MapRenderOptions): Promise<HTMLCanvasElement> {
  const { width, height, pixelRatio, timeoutMs = 30_000 } = options;
  const lang = source.lang === 'en' ? 'en' : 'vi';
  const dataset = source.planDataset;
  const { outline, neighbours, labelPoints } = source.context;
  const communes = { type: 'FeatureCollection' as const, features: dataset.communes };
  const style = buildMapStyle({ fontUrls: mapFontUrls(document.baseURI), communes, outline, neighbours, labelPoints, lang });
  if (source.basemap) style.layers = withBasemap(style.layers);

  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, { position: 'fixed', left: '-100000px', top: '0', width: `${width}px`, height: `${height}px`, pointerEvents: 'none' });
  document.body.append(container);
  let timer = 0;
  const deadline = new Promise<never>((_, reject) => {
    timer = window.setTimeout(() => reject(new Error(`the map did not finish drawing within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  const map = new MapLibreMap({
    container,
    style,
    bounds: bboxOf(outline.features.length ? outline : communes),
    fitBoundsOptions: { padding: Math.round(Math.max(8, Math.min(32, Math.min(width, height) * 0.05))) },
    pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    maxZoom: 15,
    minZoom: 5,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
  });
  try {
    await waitFor(map, 'load', deadline);
    for (const [id, fill] of Object.entries(source.choropleth.fills)) map.setFeatureState({ source: MAP_IDS.communes, id }, { fill });
    await waitFor(map, 'idle', deadline);
    const drawn = map.getCanvas();
    const out = document.createElement('canvas');
    out.width = drawn.width;
    out.height = drawn.height;
    out.getContext('2d')!.drawImage(drawn, 0, 0);
    return out;
  } finally {
    window.clearTimeout(timer);
    map.remove();
    container.remove();
  }
}
