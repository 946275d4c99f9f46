/**
 * Lớp MapLibre khi được yêu cầu / The zoomable map of the public map (./quick-map) once it is asked for: fetched by
 * ./zoomable-layer's dynamic import on the person's first zoom or pan, it asks whether this browser has WebGL and only
 * then loads MapLibre (./maplibre-layer), shows the element's map over the SVG and keeps it in step. Not in the embed's start.
 */
import type { LitElement } from 'lit';
import { tr } from '../core/format';
import { MAP_TEXT } from '../core/strings/map';
import { MapSync } from '../map/map-sync';
import type { MapIntent } from './map-gestures';
import type { GlLayer } from './maplibre-layer';
import { QUICK_MAP } from './quick-map-strings';
import { ZOOMABLE_TEXT } from './zoomable-strings';
import { webglAvailable } from './webgl';
import type { ZoomableOptions, ZoomableStatus } from './zoomable-types';

/** The MapLibre side of one element's ./zoomable-layer: loads the layer, shows it, and keeps it in step with the element. */
export class ZoomableGl {
  readonly #status: ZoomableStatus;
  readonly #host: LitElement;
  readonly #options: ZoomableOptions;
  #layer: GlLayer | null = null;
  #loading: Promise<boolean> | null = null;
  #intent: MapIntent = 'move';
  /** What the layer draws and how it is kept in step (null: no layer). */
  #sync: MapSync | null = null;

  /** `status`: the controller whose state this sets (the host re-renders then). */
  constructor(status: ZoomableStatus, host: LitElement, options: ZoomableOptions) {
    this.#status = status;
    this.#host = host;
    this.#options = options;
  }

  /** The layer once created (it may still be loading), else null. */
  get layer(): GlLayer | null {
    return this.#layer;
  }

  /** Load and show the zoomable map (or zoom it once shown); resolves true once it is shown, false when it cannot be. */
  upgrade(intent: MapIntent): Promise<boolean> {
    if (this.#layer && this.#status.state === 'shown') {
      if (intent !== 'move') this.#layer.zoom(intent);
      return Promise.resolve(true);
    }
    this.#intent = intent;
    return (this.#loading ??= this.#load());
  }

  /** Bring a created layer in step with the element after an update (`changed`: the element's changed properties). */
  update(changed: ReadonlyMap<PropertyKey, unknown>): void {
    this.#sync?.update(this.#options.input(), changed);
  }

  /** Free the layer (its element left the page); the next upgrade loads it anew. */
  destroy(): void {
    this.#layer?.destroy();
    this.#layer = null;
    this.#loading = null;
    this.#sync = null;
  }

  async #load(): Promise<boolean> {
    const { lang } = this.#options.input();
    if (!webglAvailable()) {
      this.#status.state = 'unavailable';
      this.#options.onNotice(tr(ZOOMABLE_TEXT.noWebgl, lang));
      return false;
    }
    this.#status.state = 'loading';
    try {
      const { GlLayer } = await import('./maplibre-layer');
      await this.#host.updateComplete;
      if (!this.#host.isConnected) {
        this.destroy();
        this.#status.state = 'svg';
        return false;
      }
      const input = this.#options.input();
      const root = this.#host.renderRoot as ShadowRoot;
      const layer = new GlLayer({
        container: root.querySelector<HTMLElement>('.gl')!,
        root,
        dataset: input.dataset,
        context: input.context,
        lang: input.lang,
        cooperative: input.cooperative,
        onHover: this.#options.onHover,
        onClick: this.#options.onClick,
        onBasemapError: () => this.#options.onNotice(tr(MAP_TEXT.basemapFailed, this.#options.input().lang)),
      });
      this.#layer = layer;
      this.#sync = new MapSync(layer, input);
      this.#sync.start(input);
      await layer.idle();
      if (this.#layer !== layer) return false;
      this.#status.state = 'shown';
      this.#options.onShown();
      if (this.#intent !== 'move') layer.zoom(this.#intent);
      return true;
    } catch (error) {
      this.destroy();
      const noGl = /webgl/i.test(String(error));
      this.#status.state = noGl ? 'unavailable' : 'svg';
      this.#options.onNotice(tr(noGl ? ZOOMABLE_TEXT.noWebgl : QUICK_MAP.glFailed, lang));
      return false;
    }
  }
}
