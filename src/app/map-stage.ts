/**
 * Khung bản đồ / How the explorer's map arrives: the canvas preview (../map/map-preview) draws the first frame; once it
 * is on screen, the map element's module (with MapLibre, whose workers start at once) is fetched while the host lays
 * out the rest of the page (`beforeMap`), and the zoomable map is created after that, at its final size (a map created
 * earlier would be resized and framed again, which re-tiles thousands of communes); once that map has drawn, the
 * preview goes. A lit controller.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Choropleth } from '../classify/choropleth';
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-sources';
import type { Lang } from '../data/types';
import '../map/map-preview';

/** The preview first, then the zoomable map, for a lit host. */
export class MapStage implements ReactiveController {
  /** Whether the map element's module is loaded and the page laid out: the map element may be created. */
  ready = false;
  /** Whether the MapLibre map has drawn (the preview is shown until then). */
  drawn = false;
  /** Whether the MapLibre map has drawn or failed to (no WebGL here). */
  settled = false;
  readonly #host: ReactiveControllerHost;
  readonly #beforeMap: () => Promise<void>;
  #load: Promise<unknown> | null = null;

  /** `beforeMap`: resolves once the page around the map has its final layout. */
  constructor(host: ReactiveControllerHost, beforeMap: () => Promise<void>) {
    this.#host = host;
    this.#beforeMap = beforeMap;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The MapLibre map has drawn its first frame (the preview goes) or cannot draw here (`drawn` false: the preview stays). */
  mapSettled(drawn: boolean): void {
    this.drawn = drawn;
    this.settled = true;
    this.#host.requestUpdate();
  }

  #onPaint = () => {
    this.#load ??= Promise.all([import('../map/poverty-map'), this.#beforeMap()]).then(() => {
      this.ready = true;
      this.#host.requestUpdate();
    });
  };

  /** `map` (the host's `<poverty-map>`) once the page is laid out and its module loaded; nothing before. */
  renderMap(map: () => TemplateResult) {
    return this.ready ? map() : nothing;
  }

  /** The preview of `dataset` until the map has drawn; nothing while the view's units are still loading. */
  renderPreview(dataset: Dataset, context: MapContext, choropleth: Choropleth, selected: string | null, lang: Lang, loading: boolean) {
    if (this.drawn || loading) return nothing;
    return html`<map-preview .data=${dataset} .context=${context} .choropleth=${choropleth} .selected=${selected} lang=${lang}
      @map-preview-paint=${this.#onPaint}></map-preview>`;
  }
}
