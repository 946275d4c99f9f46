/**
 * The zoomable MapLibre layer of the public map (./quick-map): loaded on the person's first zoom or pan (./maplibre-layer),
 * then kept in step with the element; never without WebGL. A lit controller holding the layer's state.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tr } from '../core/format';
import { MAP_TEXT } from '../core/strings/map';
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-sources';
import type { Lang } from '../data/types';
import type { MapModel } from '../map/map-model';
import type { MapIntent } from './map-gestures';
import type { GlLayer } from './maplibre-layer';
import { QUICK_MAP } from './quick-map-strings';
import { webglAvailable } from './webgl';

/** Where the zoomable map stands: not asked for (the SVG is shown), loading, shown, or impossible in this browser. */
export type ZoomableState = 'svg' | 'loading' | 'shown' | 'unavailable';

/** What the layer draws, read from the element when needed. */
export interface ZoomableInput {
  dataset: Dataset;
  context: MapContext;
  lang: Lang;
  cooperative: boolean;
  basemap: boolean;
  labelScale: number;
  model: MapModel | null;
}

/** How the layer reaches its element. */
export interface ZoomableOptions {
  /** The element's box the MapLibre map is drawn in. */
  container: () => HTMLElement;
  /** The element's shadow root (MapLibre's styles are adopted there). */
  root: () => ShadowRoot;
  input: () => ZoomableInput;
  onHover: (gsoCode: string | null, point: { x: number; y: number } | null) => void;
  onClick: (gsoCode: string | null, point: { x: number; y: number }) => void;
  /** A notice to show the person (the map cannot load, the basemap failed). */
  onNotice: (text: string) => void;
  /** The zoomable map has just replaced the SVG. */
  onShown: () => void;
}

/** The zoomable layer of one quick map; see the module comment. */
export class ZoomableLayer implements ReactiveController {
  /** Where the zoomable map stands (the host re-renders when it changes). */
  state: ZoomableState = 'svg';
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ZoomableOptions;
  #layer: GlLayer | null = null;
  #loading: Promise<boolean> | null = null;
  #intent: MapIntent = 'move';
  #drawn: { dataset: Dataset; context: MapContext } | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ZoomableOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The layer while it is shown, else null. */
  get shown(): GlLayer | null {
    return this.state === 'shown' ? this.#layer : null;
  }

  /** The layer once created (it may still be loading), else null. */
  get layer(): GlLayer | null {
    return this.#layer;
  }

  hostDisconnected(): void {
    this.#layer?.destroy();
    this.#layer = null;
    this.#loading = null;
    this.#drawn = null;
    if (this.state !== 'unavailable') this.#set('svg');
  }

  /** Load and show the zoomable map; resolves true once it is shown, false when this browser cannot draw it. */
  upgrade(intent: MapIntent = 'move'): Promise<boolean> {
    if (this.#layer && this.state === 'shown') {
      if (intent !== 'move') this.#layer.zoom(intent);
      return Promise.resolve(true);
    }
    this.#intent = intent;
    return (this.#loading ??= this.#load());
  }

  /** Bring a created layer in step with the element after an update (`changed`: the element's changed properties). */
  update(changed: ReadonlyMap<PropertyKey, unknown>): void {
    const layer = this.#layer;
    if (!layer || !this.#drawn) return;
    const input = this.#options.input();
    if (this.#drawn.dataset !== input.dataset || this.#drawn.context !== input.context) {
      this.#drawn = { dataset: input.dataset, context: input.context };
      layer.replaceData(input.dataset, input.context, input.lang);
    }
    if (changed.has('lang')) layer.setLang(input.lang);
    if (changed.has('basemap')) layer.setBasemap(input.basemap);
    if (changed.has('labelScale')) layer.setLabelScale(input.labelScale);
    if (input.model) layer.sync(input.model);
  }

  #set(state: ZoomableState): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  async #load(): Promise<boolean> {
    const { lang } = this.#options.input();
    if (this.state === 'unavailable') return false;
    if (!webglAvailable()) {
      this.#set('unavailable');
      this.#options.onNotice(tr(QUICK_MAP.noWebgl, lang));
      return false;
    }
    this.#set('loading');
    try {
      const { GlLayer } = await import('./maplibre-layer');
      await this.#host.updateComplete;
      if (!this.#host.isConnected) return false;
      const input = this.#options.input();
      const layer = new GlLayer({
        container: this.#options.container(),
        root: this.#options.root(),
        dataset: input.dataset,
        context: input.context,
        lang: input.lang,
        cooperative: input.cooperative,
        onHover: this.#options.onHover,
        onClick: this.#options.onClick,
        onBasemapError: () => this.#options.onNotice(tr(MAP_TEXT.basemapFailed, this.#options.input().lang)),
      });
      this.#layer = layer;
      this.#drawn = { dataset: input.dataset, context: input.context };
      layer.setBasemap(input.basemap);
      layer.setLabelScale(input.labelScale);
      if (input.model) layer.sync(input.model);
      await layer.idle();
      if (this.#layer !== layer) return false;
      this.#set('shown');
      this.#options.onShown();
      if (this.#intent !== 'move') layer.zoom(this.#intent);
      return true;
    } catch (error) {
      this.#layer?.destroy();
      this.#layer = null;
      this.#loading = null;
      const noGl = /webgl/i.test(String(error));
      this.#set(noGl ? 'unavailable' : 'svg');
      this.#options.onNotice(tr(noGl ? QUICK_MAP.noWebgl : QUICK_MAP.glFailed, lang));
      return false;
    }
  }
}
