/**
 * The one off-screen map renderer of the page, shared by every export (PNG 2×/3×, print): a hidden MapLibre map
 * created on first use and kept; each render resizes it, puts the data, language, basemap and fills in with
 * setData / setLayoutProperty / setPaintProperty / setFeatureState, fits the district and reads the canvas back.
 * Browser only.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-dataset';
import type { Lang } from '../data/types';
import type { Choropleth } from '../classify/choropleth';
import { mapStyleOf } from '../map/map-style-input';
import { framePadding } from '../map/svg-geometry';
import { applyStyleData } from '../map/style-data';
import { MAP_IDS } from '../map/style';
import { addHatchImage } from '../map/hatch-pattern';

setWorkerUrl(workerUrl);

/** What a render draws: the dataset, its context layers, the choropleth's fills, the label language and the basemap. */
export interface MapRenderSource {
  readonly dataset: Dataset;
  readonly context: MapContext;
  readonly choropleth: Choropleth;
  readonly lang: Lang;
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

/** The hidden map and what it was last given. */
class OffscreenMapRenderer {
  #container: HTMLDivElement | null = null;
  #map: MapLibreMap | null = null;
  #loaded: Promise<void> | null = null;
  #drawn: { dataset: Dataset; context: MapContext; lang: Lang; bounds: [number, number, number, number] } | null = null;
  /** Renders run one after another on the one map. */
  #queue: Promise<unknown> = Promise.resolve();

  /** A 2D canvas of `source` drawn at `pixelRatio`, fitted to the district; renders queue behind each other. */
  render(source: MapRenderSource, options: MapRenderOptions): Promise<HTMLCanvasElement> {
    const run = this.#queue.then(() => this.#render(source, options));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  #create(source: MapRenderSource, options: MapRenderOptions): MapLibreMap {
    const container = document.createElement('div');
    container.setAttribute('aria-hidden', 'true');
    container.dataset['role'] = 'offscreen-map';
    Object.assign(container.style, { position: 'fixed', left: '-100000px', top: '0', pointerEvents: 'none' });
    document.body.append(container);
    this.#container = container;
    this.#size(options);
    const { style, bounds } = mapStyleOf(source.dataset, source.context, source.lang);
    const map = new MapLibreMap({
      container,
      style,
      bounds,
      fitBoundsOptions: { padding: framePadding(options.width, options.height) },
      pixelRatio: options.pixelRatio,
      interactive: false,
      attributionControl: false,
      trackResize: false,
      fadeDuration: 0,
      maxZoom: 15,
      minZoom: 5,
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    });
    map.on('styleimagemissing', (e: { id: string }) => addHatchImage(map, e.id));
    this.#drawn = { dataset: source.dataset, context: source.context, lang: source.lang, bounds };
    this.#loaded = new Promise((resolve) => map.once('load', () => resolve()));
    return map;
  }

  #size({ width, height }: MapRenderOptions): void {
    Object.assign(this.#container!.style, { width: `${width}px`, height: `${height}px` });
  }

  async #render(source: MapRenderSource, options: MapRenderOptions): Promise<HTMLCanvasElement> {
    const { width, height, pixelRatio, timeoutMs = 30_000 } = options;
    let timer = 0;
    const deadline = new Promise<never>((_, reject) => {
      timer = window.setTimeout(() => reject(new Error(`the map did not finish drawing within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      const map = (this.#map ??= this.#create(source, options));
      await Promise.race([this.#loaded, deadline]);
      this.#size(options);
      if (map.getPixelRatio() !== pixelRatio) map.setPixelRatio(pixelRatio);
      map.resize();
      const drawn = this.#drawn!;
      if (drawn.dataset !== source.dataset || drawn.context !== source.context || drawn.lang !== source.lang) {
        const { style, bounds } = mapStyleOf(source.dataset, source.context, source.lang);
        applyStyleData(map, style);
        this.#drawn = { dataset: source.dataset, context: source.context, lang: source.lang, bounds };
      }
      map.setLayoutProperty(MAP_IDS.basemap, 'visibility', source.basemap ? 'visible' : 'none');
      map.setPaintProperty(MAP_IDS.communeFill, 'fill-opacity', source.basemap ? 0.72 : 1);
      for (const [id, fill] of Object.entries(source.choropleth.fills)) map.setFeatureState({ source: MAP_IDS.communes, id }, { fill });
      map.fitBounds(this.#drawn!.bounds, { padding: framePadding(width, height), animate: false });
      const idle = new Promise<void>((resolve) => map.once('idle', () => resolve()));
      map.triggerRepaint();
      await Promise.race([idle, deadline]);
      const canvas = map.getCanvas();
      const out = document.createElement('canvas');
      out.width = canvas.width;
      out.height = canvas.height;
      out.getContext('2d')!.drawImage(canvas, 0, 0);
      return out;
    } finally {
      window.clearTimeout(timer);
    }
  }
}

let renderer: OffscreenMapRenderer | null = null;

/** The page's one off-screen renderer, created on first use. */
export function mapRenderer(): OffscreenMapRenderer {
  return (renderer ??= new OffscreenMapRenderer());
}

/** A 2D canvas of the map of `source` at `pixelRatio`, drawn by the shared off-screen renderer (the map on screen is left alone). */
export function renderMapCanvas(source: MapRenderSource, options: MapRenderOptions): Promise<HTMLCanvasElement> {
  return mapRenderer().render(source, options);
}
