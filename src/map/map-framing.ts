/** Where a MapController's map looks: the district on reset, or the app's last framing, kept across resizes until the person moves the map. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { cameraPadding } from './camera';
import { framePadding } from './svg-geometry';

/** [west, south, east, north]. */
type Bounds = [number, number, number, number];

/** Frames one map and frames it again when its container is resized. */
export class MapFraming {
  readonly #map: MapLibreMap;
  readonly #container: HTMLElement;
  /** The district's bounds now (they change when the data is replaced). */
  readonly #district: () => Bounds;
  #fitted: boolean;
  /** The app's last framing, kept while the person has not moved the map: a resize (the shell arriving, a panel opening) frames it again. */
  #framing: { bounds: Bounds | null; tight: boolean } | null = { bounds: null, tight: false };

  /** `district`: the bounds a reset fits, read each time. */
  constructor(map: MapLibreMap, container: HTMLElement, district: () => Bounds) {
    this.#map = map;
    this.#container = container;
    this.#district = district;
    this.#fitted = container.clientWidth > 0 && container.clientHeight > 0;
    map.on('resize', () => {
      if (container.clientWidth === 0 || container.clientHeight === 0) return;
      if (!this.#fitted) this.resetView();
      else if (this.#framing) void this.fit(this.#framing.bounds, { tight: this.#framing.tight, animate: false });
    });
    map.on('movestart', (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) this.#framing = null;
    });
  }

  /** Fit the map to the district again, with padding for the current size. */
  resetView(): void {
    this.#fitted = true;
    this.#framing = { bounds: null, tight: false };
    this.#map.fitBounds(this.#district(), { padding: this.#padding(), animate: false });
  }

  /**
   * Fit `bounds` (null: the district) with padding for the current size (more when `tight`),
   * animated when asked and the person allows motion. Resolves once the camera is still.
   */
  fit(bounds: Bounds | null, options: { tight: boolean; animate: boolean }): Promise<void> {
    const { clientWidth: w, clientHeight: h } = this.#container;
    if (w === 0 || h === 0) return Promise.resolve();
    const map = this.#map;
    const canvas = map.getCanvas();
    if (canvas.clientWidth !== w || canvas.clientHeight !== h) map.resize();
    this.#fitted = true;
    this.#framing = { bounds, tight: options.tight };
    const still = !options.animate || matchMedia('(prefers-reduced-motion: reduce)').matches;
    const padding = bounds ? cameraPadding(w, h, options.tight) : this.#padding();
    map.fitBounds(bounds ?? this.#district(), { padding, duration: still ? 0 : 700, maxZoom: 12 });
    return map.isMoving() ? new Promise((resolve) => map.once('moveend', () => resolve())) : Promise.resolve();
  }

  #padding(): number {
    return framePadding(this.#container.clientWidth, this.#container.clientHeight);
  }
}
