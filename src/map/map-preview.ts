/**
 * Bản đồ vẽ trước / The explorer's first frame of the map: the choropleth drawn at once on a canvas (d3-geo paths,
 * framed as the MapLibre map frames it, ./canvas-choropleth) while MapLibre loads; the shell shows it until
 * `<poverty-map>` has drawn, then drops it.
 * Not interactive (the zoomable map takes over within a moment). Marks `bdgn:first-paint` and sends
 * `map-preview-paint` once its first frame is on screen (at once when it has no room to draw).
 */
import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Choropleth } from '../classify/choropleth';
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-sources';
import type { Lang } from '../data/types';
import { MAP_COLORS } from './map-colors';
import { buildMapModel, type MapModel } from './map-model';
import { CANVAS_LABEL_FONT, drawCanvasChoropleth } from './canvas-choropleth';
import { canvasGeometry, type CanvasGeometry } from './canvas-geometry';
import { HostSizeController } from '../ui/host-size';

/** The canvas first frame of the map; see the module comment. */
@customElement('map-preview')
export class MapPreview extends LitElement {
  /** The dataset drawn. */
  @property({ attribute: false }) data: Dataset | null = null;
  /** Outline, neighbours and label points drawn around the communes. */
  @property({ attribute: false }) context: MapContext | null = null;
  /** The choropleth drawn (the same the map is given). */
  @property({ attribute: false }) choropleth: Choropleth | null = null;
  /** Language of the labels. */
  @property() override lang: Lang = 'vi';
  /** GSO code of the selected commune, or null. */
  @property({ attribute: false }) selected: string | null = null;

  @query('canvas') private canvas!: HTMLCanvasElement;
  #box = new HostSizeController(this);
  /** The geometry of the dataset and context drawn (any size draws it). */
  #geometry: { key: [Dataset, MapContext]; value: CanvasGeometry } | null = null;
  #model: MapModel | null = null;
  #painted = false;
  #fontAsked = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { data, context, choropleth } = this;
    const size = this.#box.size;
    if (!data || !context || !choropleth || !size || size.width === 0 || size.height === 0) return;
    const g = this.#geometry?.key;
    if (!g || g[0] !== data || g[1] !== context) this.#geometry = { key: [data, context], value: canvasGeometry(data.communes, context) };
    if (!this.#model || ['data', 'choropleth', 'lang', 'selected'].some((key) => changed.has(key as keyof MapPreview))) {
      this.#model = buildMapModel(data, choropleth, { lang: this.lang, selected: this.selected, highlighted: [] });
    }
  }

  protected override updated(): void {
    const geometry = this.#geometry?.value;
    const box = this.#box.size;
    if (geometry && this.#model && box && box.width > 0 && box.height > 0) {
      drawCanvasChoropleth(this.canvas, geometry, box.width, box.height, this.#model, window.devicePixelRatio || 1);
      // Labels drawn before the page's font arrived are drawn again in it.
      if (!this.#fontAsked && !document.fonts.check(CANVAS_LABEL_FONT)) {
        this.#fontAsked = true;
        void document.fonts.load(CANVAS_LABEL_FONT).then(() => this.requestUpdate());
      }
    }
    const size = this.#box.size;
    if (this.#painted || !this.data || !this.choropleth || !size) return;
    this.#painted = true;
    const drawn = size.width > 0 && size.height > 0;
    const done = () => {
      if (drawn) performance.mark('bdgn:first-paint');
      this.dispatchEvent(new Event('map-preview-paint', { bubbles: true, composed: true }));
    };
    if (drawn) requestAnimationFrame(() => setTimeout(done));
    else done();
  }

  override render() {
    return html`<canvas aria-hidden="true"></canvas>`;
  }

  static override styles = css`
    :host { display: block; overflow: hidden; contain: strict; background: ${unsafeCSS(MAP_COLORS.paper)}; pointer-events: none; }
    canvas { display: block; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'map-preview': MapPreview;
  }
  interface HTMLElementEventMap {
    /** The canvas first frame is on screen (or had no room to draw). */
    'map-preview-paint': Event;
  }
}
