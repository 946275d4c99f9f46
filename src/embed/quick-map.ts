/**
 * Bản đồ vẽ ngay / The public `<poverty-map>`: the choropleth drawn at once as SVG (d3-geo) from the built-in data,
 * or from the place its `place` / `level` / `units` attributes name (opened on demand, see ./place-source), with the
 * map model of the MapLibre map (fills, labels, tooltips, keyboard order); MapLibre itself is loaded only when the
 * person zooms or pans (wheel, pinch, drag, the + / − buttons or keys), and never without WebGL.
 * Same attributes, properties and events as the explorer's map element (src/map/poverty-map.ts).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClassMethod } from '../classify/breaks';
import { buildChoropleth, type Choropleth } from '../classify/choropleth';
import { tr } from '../core/format';
import { MAP_TEXT } from '../core/strings/map';
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-sources';
import { metricDef, type MetricId } from '../data/metrics';
import type { Lang } from '../data/types';
import { KeyboardFocus } from '../map/keyboard-focus';
import { buildMapModel, type MapModel } from '../map/map-model';
import { renderTooltip, type TipAnchor } from '../map/map-tooltip';
import { mapName, mapView, spokenTooltip } from '../map/map-view';
import { PaintCounter } from '../map/paint-counter';
import { memo } from '../state/memo';
import { DEFAULT_VIEW } from '../state/view-state';
import { emit } from '../ui/events';
import { HostSizeController } from '../ui/host-size';
import { BUILTIN_CONTEXT, builtinDataset } from './builtin-data';
import { GestureWatch, type MapIntent } from './map-gestures';
import { PlaceSource } from './place-source';
import { EMBED_PLACE, QUICK_MAP } from './quick-map-strings';
import { quickMapStyles } from './quick-map-styles';
import { svgChoropleth } from '../map/svg-choropleth';
import { svgGeometry, type SvgGeometry } from '../map/svg-geometry';
import { communeAtPointer } from './svg-pointer';
import { ZoomableLayer } from './zoomable-layer';

/** Properties the map model depends on. */
const MODEL_INPUTS = ['metric', 'method', 'classes', 'palette', 'manual', 'lang', 'selected', 'highlighted', 'data', 'context', 'choropleth'] as const;

/** The SVG-first map element; see the module comment. Registered as `<poverty-map>` by ./define-map. */
export class QuickMap extends LitElement {
  /** Metric shown (a MetricId). */
  @property() metric: MetricId = DEFAULT_VIEW.metric;
  /** Classification method. */
  @property() method: ClassMethod = DEFAULT_VIEW.method;
  /** Number of classes asked for (2–7). */
  @property({ type: Number }) classes = DEFAULT_VIEW.classes;
  /** Palette id (see classify/palettes). */
  @property() palette = DEFAULT_VIEW.palette;
  /** Language of labels, tooltip and controls. */
  @property({ reflect: true }) override lang: Lang = DEFAULT_VIEW.lang;
  /** GSO code of the selected commune, or null. */
  @property() selected: string | null = null;
  /** GSO codes of communes outlined as highlighted. */
  @property({ attribute: false }) highlighted: string[] = [];
  /** Plain scrolling and one-finger drags scroll the page; Ctrl + wheel or two fingers move the map. */
  @property({ type: Boolean, reflect: true }) cooperative = false;
  /** Show the online OpenStreetMap basemap under the communes (on the zoomable map). */
  @property({ type: Boolean }) basemap = false;
  /** The plan dataset drawn; undefined draws the built-in Cam Lộ dataset. */
  @property({ attribute: false }) data: Dataset | undefined = undefined;
  /** Class limits when `method` is 'manual' (ascending). */
  @property({ attribute: false }) manual: number[] | null = null;
  /** Outline, neighbours and label points drawn around the communes. */
  @property({ attribute: false }) context: MapContext = BUILTIN_CONTEXT;
  /** Commune labels drawn this many times their normal size (on the zoomable map). */
  @property({ type: Number, attribute: 'label-scale' }) labelScale = 1;
  /** A place of the national files to draw instead of the built-in plan ("2025-44", "2013-45-464", "2025"); ignored when `data` is set. */
  @property() place: string | null = null;
  /** The units of a whole pre-2025 province: "district" draws its districts. */
  @property() level: string | null = null;
  /** "2025" draws the built-in plan on the communes since 1 July 2025; ignored when `data` or `place` is set. */
  @property() units: string | null = null;

  @state() private tip: TipAnchor | null = null;
  @state() private notice: string | null = null;
  @state() private hover: string | null = null;

  #given: Choropleth | null = null;
  #own = memo((dataset: Dataset, metric: MetricId, method: ClassMethod, classes: number, palette: string, manual: number[] | null, lang: Lang) =>
    buildChoropleth(dataset, { metric, method, classes, palette, manual, lang }),
  );
  #model: MapModel | null = null;
  #geometry: SvgGeometry | null = null;
  #geometryFor = memo((dataset: Dataset, context: MapContext, width: number, height: number) => svgGeometry(dataset.communes, context, width, height));
  /** The model last counted as painted. */
  #painted: MapModel | null = null;
  #paints = new PaintCounter(this, 'bdgn:first-paint');
  #modelData: Dataset | null = null;
  #places = new PlaceSource(this);
  #box = new HostSizeController(this, { skipEmpty: true });
  #zoomable = new ZoomableLayer(this, {
    input: () => ({ dataset: this.planDataset, context: this.#context, lang: this.#view.lang, cooperative: this.cooperative, basemap: this.basemap, labelScale: this.labelScale, model: this.#model }),
    onHover: (code, point) => this.#hover(code, point),
    onClick: (code, point) => this.#click(code, point),
    onNotice: (text) => (this.notice = text),
    onShown: () => (this.tip = null),
  });
  #gestures = new GestureWatch(() => this.cooperative, (intent) => void this.upgrade(intent));
  #keys = new KeyboardFocus(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.map')!,
    active: () => true,
    order: () => this.#model?.order ?? [],
    selected: () => this.selected,
    show: (code) => this.#showFocus(code),
    zoom: (direction) => void this.upgrade(direction),
    reset: () => this.#zoomable.layer?.resetView(),
    onFocus: (code, point) => (this.tip = code && point ? { code, ...point } : null),
  });

  /** The MapLibre map once the person has zoomed or panned (null while the SVG is shown). */
  get map() {
    return this.#zoomable.shown?.map ?? null;
  }

  /** The choropleth drawn: the one set by an app, else the element's own from its properties. */
  @property({ attribute: false, noAccessor: true })
  set choropleth(value: Choropleth | null) {
    const old = this.#given;
    this.#given = value;
    this.requestUpdate('choropleth', old);
  }
  get choropleth(): Choropleth {
    if (this.#given) return this.#given;
    const v = this.#view;
    return this.#own(this.planDataset, v.metric, v.method, v.classes, v.palette, v.manual, v.lang);
  }

  /** The dataset drawn now: the one set through `data`, else the place's (once opened), else the built-in Cam Lộ dataset. */
  get planDataset(): Dataset {
    return this.data ?? this.#places.shown?.dataset ?? builtinDataset();
  }

  /** The title of the place drawn ("Tỉnh Quảng Trị (từ 1/7/2025)"), or null for the built-in plan or a dataset set through `data`. */
  get placeTitle(): string | null {
    return this.data ? null : (this.#places.shown?.title[this.#view.lang] ?? null);
  }

  /** The context drawn: the place's when one is shown, else the `context` property. */
  get #context(): MapContext {
    return (!this.data && this.#places.shown?.context) || this.context;
  }

  /** True while the place asked for is being opened and nothing else may be drawn. */
  get #opening(): boolean {
    return !this.data && this.#places.loading !== null && !this.#places.shown;
  }

  /** The view properties, with invalid attribute values (custom metrics among them) replaced by the defaults. */
  get #view() {
    return mapView(this, { customMetrics: false });
  }

  /**
   * Load and show the zoomable MapLibre map (what a zoom or pan does); resolves true once it is shown, false when this
   * browser cannot draw it (the SVG stays, with a note).
   */
  upgrade(intent: MapIntent = 'move'): Promise<boolean> {
    return this.#zoomable.upgrade(intent);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.data) this.#places.syncAttributes(this.place, this.level, this.units, builtinDataset());
    if (this.#opening) return;
    const dataset = this.planDataset;
    const context = this.#context;
    if (!this.#model || this.#modelData !== dataset || MODEL_INPUTS.some((key) => changed.has(key))) {
      this.#modelData = dataset;
      this.#model = buildMapModel(dataset, this.choropleth, { lang: this.#view.lang, selected: this.selected, highlighted: this.highlighted });
    }
    const size = this.#box.size;
    if (size) this.#geometry = this.#geometryFor(dataset, context, size.width, size.height);
  }

  override updated(changed: PropertyValues<this>): void {
    this.#zoomable.update(changed);
    if (this.#geometry && this.#model !== this.#painted) this.#countPaint();
  }

  /** Count the current model as painted once it is on screen: the next frame of the SVG, the next `idle` of MapLibre. */
  #countPaint(): void {
    this.#painted = this.#model;
    this.#paints.countWhen((counted) => {
      const shown = this.#zoomable.shown;
      if (shown) void shown.idle().then(counted);
      else requestAnimationFrame(() => setTimeout(counted));
    });
  }

  #hover(code: string | null, point: { x: number; y: number } | null): void {
    if (code !== this.hover) emit(this, 'commune-hover', { gsoCode: code });
    this.hover = code;
    this.tip = code && point ? { code, ...point } : null;
  }

  #click(code: string | null, point: { x: number; y: number }): void {
    this.tip = code ? { code, ...point } : null;
    emit(this, 'commune-select', { gsoCode: code });
  }

  #onPointerMove = (e: PointerEvent): void => {
    this.#gestures.move(e);
    if (this.#zoomable.state === 'shown' || e.pointerType === 'touch') return;
    const { code, x, y } = communeAtPointer(e, this);
    this.#hover(code, { x, y });
  };

  #onPointerLeave = (): void => {
    if (this.#zoomable.state !== 'shown' && this.hover !== null) this.#hover(null, null);
  };

  #onClick = (e: MouseEvent): void => {
    if (this.#zoomable.state === 'shown' || this.#gestures.swallowClick()) return;
    const { code, x, y } = communeAtPointer(e, this);
    this.#click(code, { x, y });
  };

  /** Mark `code` as focused on the map shown (MapLibre's, else the SVG's) and say where its label is. */
  #showFocus(code: string | null): { x: number; y: number } | null {
    this.#zoomable.layer?.setFocus(code);
    const shown = this.#zoomable.shown;
    if (code && shown) return shown.labelPoint(code);
    const label = code ? this.#geometry?.labels[code] : undefined;
    return label ? { x: label.x, y: label.y } : null;
  }

  #zoomButtons(lang: Lang) {
    if (this.#zoomable.state === 'shown' || this.#zoomable.state === 'unavailable') return nothing;
    const zoomIn = tr(QUICK_MAP.zoomIn, lang);
    const zoomOut = tr(QUICK_MAP.zoomOut, lang);
    return html`<div class="zoom" role="group" aria-label=${tr(QUICK_MAP.zoomGroup, lang)}>
      <button type="button" class="zoom-in" title=${zoomIn} aria-label=${zoomIn} @click=${() => this.upgrade('in')}>+</button>
      <button type="button" class="zoom-out" title=${zoomOut} aria-label=${zoomOut} @click=${() => this.upgrade('out')}>−</button>
    </div>`;
  }

  #closeNotice = (): void => {
    this.notice = null;
    this.#places.dismiss();
  };

  override render() {
    const { lang, metric } = this.#view;
    const mapLabel = mapName(metricDef(metric).label[lang], lang);
    const place = this.placeTitle;
    const label = place ? tr(EMBED_PLACE.mapOf, lang, { map: mapLabel, place }) : mapLabel;
    const model = this.#model;
    const tip = this.tip ? model?.tooltip(this.tip.code) : undefined;
    const waiting = this.#opening;
    const showSvg = this.#zoomable.state !== 'shown' && !waiting && this.#geometry && model;
    const notice = this.notice ?? (this.data ? null : this.#places.notice(lang));
    return html`
      <div class="map" tabindex="0" role="application" aria-label=${label} aria-describedby="help" @keydown=${this.#keys.keydown} @focusout=${this.#keys.focusout}
        @wheel=${this.#gestures.wheel} @pointerdown=${this.#gestures.down} @pointermove=${this.#onPointerMove} @pointerup=${this.#gestures.up}
        @pointercancel=${this.#gestures.up} @pointerleave=${this.#onPointerLeave} @click=${this.#onClick}>
        <div class="gl"></div>
        ${showSvg ? svgChoropleth(this.#geometry!, model!, { hover: this.hover, focus: this.#keys.code }) : nothing}
      </div>
      ${this.#zoomButtons(lang)}
      ${this.#zoomable.state === 'loading' || waiting ? html`<p class="loading" role="status">${tr(MAP_TEXT.loading, lang)}</p>` : nothing}
      <p id="help" class="sr-only">${tr(this.#zoomable.state === 'unavailable' ? QUICK_MAP.helpNoZoom : MAP_TEXT.help, lang)}</p>
      <p class="sr-only" aria-live="polite">${spokenTooltip(tip, this.#keys.code)}</p>
      ${renderTooltip(this.tip, model, this.clientWidth, this.clientHeight)}
      ${notice ? html`<p class="notice" role="status">${notice}<button type="button" @click=${this.#closeNotice} aria-label="OK">×</button></p>` : nothing}
    `;
  }

  static override styles = quickMapStyles;
}
