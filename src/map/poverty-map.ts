/** <poverty-map>: the choropleth map of one metric of a plan; a stand-alone element usable in any page. */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ClassMethod } from '../classify/breaks';
import type { Dataset } from '../data/dataset';
import { DEFAULT_CONTEXT, loadDefaultDataset, type MapContext } from '../data/default-dataset';
import type { MetricId } from '../data/metrics';
import type { Bilingual, Lang } from '../data/types';
import { tr } from '../core/format';
import { MAP_TEXT } from '../core/strings/map';
import { buildChoropleth, type Choropleth } from '../classify/choropleth';
import { MapController, type ScreenPoint } from './map-controller';
import { boundaryAttribution } from './map-assets';
import { buildMapModel, diffMapModel, type MapModel } from './map-model';
import { MapSync, type MapSyncState, type MapSyncTarget } from './map-sync';
import { mapStyleOf } from './map-style-input';
import { DEFAULT_VIEW } from '../state/view-state';
import { memo } from '../state/memo';
import { emit } from '../ui/events';
import type { MapCamera } from './camera';
import { renderTooltip, type TipAnchor } from './map-tooltip';
import { KeyboardFocus } from './keyboard-focus';
import { mapName, mapView, spokenTooltip } from './map-view';
import { PaintCounter } from './paint-counter';
import { povertyMapStyles } from './poverty-map-styles';

/** Properties the map model depends on; other updates (tooltip, notice) leave the map alone. */
const MODEL_INPUTS = ['metric', 'method', 'classes', 'palette', 'manual', 'lang', 'selected', 'highlighted', 'data', 'context', 'choropleth'] as const;

/**
 * The map element: set the view by attributes or properties; it emits commune-select and commune-hover.
 * An app passes the `choropleth` it derived; used alone, the element classifies its metric itself.
 */
@customElement('poverty-map')
export class PovertyMap extends LitElement {
  /** Metric shown (a MetricId: one of the plan's, or a custom one of `data`, which falls back to the default without it). */
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
  /** Cooperative gestures (Ctrl + scroll, two-finger pan) for maps embedded in a scrolling page; read at creation. */
  @property({ type: Boolean, reflect: true }) cooperative = false;
  /** Show the online OpenStreetMap basemap under the communes. */
  @property({ type: Boolean }) basemap = false;
  /** The plan dataset drawn; undefined draws the built-in Cam Lộ dataset. */
  @property({ attribute: false }) data: Dataset | undefined = undefined;
  /** Class limits when `method` is 'manual' (ascending), as in the legend. */
  @property({ attribute: false }) manual: number[] | null = null;
  /** Outline, neighbours and label points drawn around the communes. */
  @property({ attribute: false }) context: MapContext = DEFAULT_CONTEXT;
  /** Where the camera looks (null: the district, as the reset button shows it); `data-camera` names the request once still. */
  @property({ attribute: false }) camera: MapCamera | null = null;
  /** The boundary credit shown on the map (null: the built-in Cam Lộ boundaries' credit). */
  @property({ attribute: false }) credit: Bilingual | null = null;
  /** Commune labels drawn this many times their normal size (1.5 for a projector). */
  @property({ type: Number, attribute: 'label-scale' }) labelScale = 1;

  @state() private tip: TipAnchor | null = null;
  @state() private notice: string | null = null;
  @query('.map') private container!: HTMLDivElement;

  #controller: MapController | null = null;
  #defaultDataset: Dataset | null = null;
  /** The choropleth given by the app, or null to compute it here. */
  #given: Choropleth | null = null;
  #own = memo((dataset: Dataset, metric: MetricId, method: ClassMethod, classes: number, palette: string, manual: number[] | null) =>
    buildChoropleth(dataset, { metric, method, classes, palette, manual, lang: this.#view.lang }),
  );
  /** The model of the current properties (built before each render, so the tooltip is never stale). */
  #model: MapModel | null = null;
  /** The model the map shows (null: nothing applied yet, or the data was replaced). */
  #applied: MapModel | null = null;
  /** What the map draws and how it is kept in step (null: no map). */
  #mapSync: MapSync | null = null;
  #paints = new PaintCounter(this, 'bdgn:map-drawn');
  #keys = new KeyboardFocus(this, {
    container: () => this.container,
    active: () => this.#controller !== null,
    order: () => this.#model?.order ?? [],
    selected: () => this.selected,
    show: (code) => {
      this.#controller?.setFocus(code);
      return code ? (this.#controller?.labelPoint(code) ?? null) : null;
    },
    zoom: (direction) => {
      if (direction === 'in') this.#controller?.map.zoomIn();
      else this.#controller?.map.zoomOut();
    },
    reset: () => this.#controller?.resetView(),
    onFocus: (code, point) => (this.tip = code && point ? { code, ...point } : null),
  });

  /** The MapLibre map (null before the element's first render). */
  get map(): MapLibreMap | null {
    return this.#controller?.map ?? null;
  }

  /**
   * The choropleth drawn: classes, colours and fills (what a legend beside the map shows). Set it to draw an app's
   * derived choropleth; unset (null), the element computes it from its own properties.
   */
  @property({ attribute: false, noAccessor: true })
  set choropleth(value: Choropleth | null) {
    const old = this.#given;
    this.#given = value;
    this.requestUpdate('choropleth', old);
  }
  get choropleth(): Choropleth {
    if (this.#given) return this.#given;
    const v = this.#view;
    return this.#own(this.#dataset, v.metric, v.method, v.classes, v.palette, v.manual);
  }

  /** The view properties, with invalid attribute values replaced by the defaults. */
  get #view() {
    return mapView(this, { customMetrics: true });
  }

  /** The dataset drawn now: the one set through `data`, else the built-in Cam Lộ dataset. */
  get planDataset(): Dataset {
    return this.data ?? (this.#defaultDataset ??= loadDefaultDataset());
  }

  get #dataset(): Dataset {
    return this.planDataset;
  }

  /** The properties the map shows now. */
  get #syncState(): MapSyncState {
    const { lang } = this.#view;
    return { dataset: this.#dataset, context: this.context, lang, basemap: this.basemap, labelScale: this.labelScale, model: this.#model };
  }

  override firstUpdated(): void {
    try {
      this.#createMap();
    } catch (error) {
      // No WebGL (or a refused context): say so to the page, which keeps its still map.
      console.warn(error);
      this.setAttribute('data-failed', '');
      this.dispatchEvent(new Event('map-failed'));
    }
  }

  #createMap(): void {
    const controller = new MapController({
      container: this.container,
      ...mapStyleOf(this.#dataset, this.context, this.#view.lang),
      lang: this.#view.lang,
      cooperative: this.cooperative,
      attribution: (lang) => boundaryAttribution(lang, this.credit),
      onHover: (code, point) => this.#hover(code, point),
      onClick: (code, point) => this.#click(code, point),
      onBasemapError: () => (this.notice = tr(MAP_TEXT.basemapFailed, this.#view.lang)),
    });
    this.#controller = controller;
    this.#mapSync = new MapSync(this.#syncTarget(controller), this.#syncState, { langKeys: ['lang', 'credit'] });
    this.#mapSync.start(this.#syncState);
    controller.map.on('resize', () => {
      if (this.camera) void this.#look(false);
    });
    if (this.camera) void this.#look(false);
  }

  /** The sync's view of `controller`: styles built from the data, and the model shown anew once the data is replaced. */
  #syncTarget(controller: MapController): MapSyncTarget {
    return {
      replaceData: (dataset, context, lang) => {
        const { style, bounds } = mapStyleOf(dataset, context, lang);
        controller.replaceData(style, bounds);
        this.#applied = null;
      },
      setLang: (lang) => controller.setLang(lang),
      setBasemap: (on) => controller.setBasemap(on),
      setLabelScale: (factor) => controller.setLabelScale(factor),
      sync: (model) => {
        if (this.#applied !== model) this.#sync(controller, model);
      },
    };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.#model || MODEL_INPUTS.some((key) => changed.has(key))) {
      this.#model = buildMapModel(this.#dataset, this.choropleth, { lang: this.#view.lang, selected: this.selected, highlighted: this.highlighted });
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (!this.#mapSync) return;
    this.#mapSync.update(this.#syncState, changed);
    if (changed.has('camera')) {
      const before = changed.get('camera') as MapCamera | null | undefined;
      if (this.camera?.key !== before?.key) void this.#look(Boolean(before && this.camera));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#controller?.destroy();
    this.#controller = null;
    this.#mapSync = null;
    this.#applied = null;
    this.#paints.forget();
    this.removeAttribute('data-camera');
  }

  /** Copy the map as drawn now into `target` (for printing without a prepared image); false when there is no map yet. */
  snapshot(target: HTMLCanvasElement): boolean {
    return this.#controller?.snapshot(target) ?? false;
  }

  /** Move the camera to `camera` (the district when null) and mark `data-camera` with its key once still. */
  async #look(animate: boolean): Promise<void> {
    const controller = this.#controller;
    if (!controller) return;
    const camera = this.camera;
    this.removeAttribute('data-camera');
    if (!camera) return controller.resetView();
    await controller.fit(camera.bounds, { tight: camera.tight, animate });
    if (this.camera?.key === camera.key && this.#controller === controller && !controller.map.isMoving()) this.setAttribute('data-camera', camera.key);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.#controller) this.firstUpdated();
  }

  /** Apply what changed from the model shown to `model`; count the repaint once the map is idle. */
  #sync(controller: MapController, model: MapModel): void {
    const ops = diffMapModel(this.#applied, model);
    this.#applied = model;
    if (ops.length === 0 && this.#paints.count > 0) return;
    controller.apply(ops);
    this.#paints.countWhen((counted) => {
      if (controller.loaded) controller.map.once('idle', counted);
      else controller.map.once('load', () => controller.map.once('idle', counted));
    });
  }

  #hover(code: string | null, point: ScreenPoint | null): void {
    if (code !== (this.tip?.code ?? null)) emit(this, 'commune-hover', { gsoCode: code });
    this.tip = code && point ? { code, x: point.x, y: point.y } : null;
  }

  #click(code: string | null, point: ScreenPoint): void {
    this.tip = code ? { code, ...point } : null;
    emit(this, 'commune-select', { gsoCode: code });
  }

  override render() {
    const { lang } = this.#view;
    const label = mapName(this.choropleth.metric.label[lang], lang);
    const tip = this.tip ? this.#model?.tooltip(this.tip.code) : undefined;
    return html`
      <div class="map" tabindex="0" role="application" aria-label=${label} aria-describedby="help" @keydown=${this.#keys.keydown} @focusout=${this.#keys.focusout}></div>
      <p id="help" class="sr-only">${tr(MAP_TEXT.help, this.#view.lang)}</p>
      <p class="sr-only" aria-live="polite">${spokenTooltip(tip, this.#keys.code)}</p>
      ${renderTooltip(this.tip, this.#model, this.clientWidth, this.clientHeight)}
      ${this.notice ? html`<p class="notice" role="status">${this.notice}<button type="button" @click=${() => (this.notice = null)} aria-label="OK">×</button></p>` : nothing}
    `;
  }

  static override styles = povertyMapStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'poverty-map': PovertyMap;
  }
}
