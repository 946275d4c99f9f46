/**
 * Where the zoomable MapLibre layer of the public map (./quick-map) stands: a lit controller small enough for the embed's
 * start. The rest (./zoomable-gl: the WebGL check, MapLibre, the layer kept in step) is fetched by a dynamic import on
 * the person's first zoom or pan, and MapLibre never without WebGL.
 */
import type { LitElement, ReactiveController } from 'lit';
import { tr } from '../core/format';
import type { MapIntent } from './map-gestures';
import type { GlLayer } from './maplibre-layer';
import { QUICK_MAP } from './quick-map-strings';
import type { ZoomableGl } from './zoomable-gl';
import type { ZoomableOptions, ZoomableState, ZoomableStatus } from './zoomable-types';

/** The zoomable layer of one quick map; see the module comment. */
export class ZoomableLayer implements ReactiveController, ZoomableStatus {
  readonly #host: LitElement;
  readonly #options: ZoomableOptions;
  #state: ZoomableState = 'svg';
  /** The part loaded on demand, once fetched. */
  #gl: ZoomableGl | null = null;
  #fetching: Promise<ZoomableGl> | null = null;

  constructor(host: LitElement, options: ZoomableOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Where the zoomable map stands; setting it re-renders the host. */
  get state(): ZoomableState {
    return this.#state;
  }
  set state(value: ZoomableState) {
    this.#state = value;
    this.#host.requestUpdate();
  }

  /** The layer while it is shown, else null. */
  get shown(): GlLayer | null {
    return this.#state === 'shown' ? this.layer : null;
  }

  /** The layer once created (it may still be loading), else null. */
  get layer(): GlLayer | null {
    return this.#gl?.layer ?? null;
  }

  hostDisconnected(): void {
    this.#gl?.destroy();
    if (this.#state !== 'unavailable') this.state = 'svg';
  }

  /** Load and show the zoomable map; resolves true once it is shown, false when this browser cannot draw it. */
  upgrade(intent: MapIntent = 'move'): Promise<boolean> {
    if (this.#state === 'unavailable') return Promise.resolve(false);
    if (!this.#gl) this.state = 'loading';
    this.#fetching ??= import('./zoomable-gl').then(({ ZoomableGl }) => (this.#gl = new ZoomableGl(this, this.#host, this.#options)));
    return this.#fetching.then(
      (gl) => gl.upgrade(intent),
      () => {
        this.#fetching = null;
        this.state = 'svg';
        this.#options.onNotice(tr(QUICK_MAP.glFailed, this.#options.input().lang));
        return false;
      },
    );
  }

  /** Bring a created layer in step with the element after an update (`changed`: the element's changed properties). */
  update(changed: ReadonlyMap<PropertyKey, unknown>): void {
    this.#gl?.update(changed);
  }
}
