/**
 * The app shell: owns the store (tied to the URL), the plan dataset and the places; composes the elements and passes
 * them what they show; the only caller of store actions. Its first frame is the heading, the canvas preview of the map
 * (./map-stage) and the legend (./first-frame); the rest (controls, panels, place bar, dialogs, with the derived state,
 * planning and files behind them) is ./app-shell, loaded when idle after that frame; the MapLibre map is created once
 * the page is laid out.
 * Presenter mode and the compare view are layouts around the same map.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { Choropleth } from '../classify/choropleth';
import { tr } from '../core/format';
import { APP } from '../core/strings/app';
import { MAP_TEXT } from '../core/strings/map';
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-sources';
import { mapCredit } from '../data/plan-sources';
import type { ImportHost } from '../import/import-controller';
import type { PovertyMap } from '../map/poverty-map';
import { PRESENTER_LABEL_SCALE } from '../presenter/presenter-scale';
import { createUrlStore, metricKept, readView, rejectedNotice } from '../state/url-sync';
import type { ViewState } from '../state/view-state';
import { AppCitations } from './app-citations';
import { appStyles } from './app-styles';
import { renderHeading } from './app-heading';
import type { AppShell, ShellActions, ShellInput } from './app-shell';
import { FIRST_CONTEXT, firstChoropleth, firstDataset } from './first-frame';
import { PlaceController } from './place-controller';
import { MapData, MapRef } from './map-ref';
import { MapStage } from './map-stage';
import { ShellLoader } from './shell-loader';
import '../legend/choropleth-legend';

/** The full explorer. */
@customElement('poverty-app')
export class PovertyApp extends LitElement {
  /** The plan dataset (built-in until the person loads a table). */
  @state() private data: Dataset = firstDataset();
  /** The map context of the plan dataset: outline, neighbours, label points. */
  @state() private context: MapContext = FIRST_CONTEXT;
  #url = createUrlStore(() => this.data);
  @query('poverty-map') private mapElement!: PovertyMap | null;
  /** The app's map, as print-view and compare-view look for it. */
  #map = new MapRef(() => this.mapElement);
  /** The current view, mirrored from the store. */
  @state() private view: ViewState = this.#url.store.state;
  /** Communes highlighted on the map (e.g. by a task), by GSO code. */
  @state() private highlighted: string[] = [];
  /** A short notice (e.g. ignored URL values), or null. */
  @state() private notice: string | null = rejectedNotice(this.#url.rejected, this.view.lang);
  /** The open side-panel tab. */
  @state() private tab = 'details';
  /** Whether the embed dialog is open. */
  @state() private embedOpen = false;
  /** Whether presenter mode is open, its step and the commune in its spotlight. */
  @state() private presenting = false;
  @state() private presenterStep = 0;
  @state() private spotlight: string | null = null;
  @query('#present') private presentButton!: HTMLButtonElement | null;
  #unsubscribe: (() => void) | null = null;
  #places = new PlaceController(this, {
    failed: (error, view) => {
      this.notice = error.message[this.view.lang];
      if (view.place) this.#store.setPlace(null);
      else this.#store.setUnits(null);
    },
  });
  /** The figures file and boundaries the page cites. */
  #citations = new AppCitations(this, () => this.#places.shown?.credit ?? null);
  /** The rest of the shell, loaded when idle after the first frame; the plan then gets its texts and findings. */
  #loader = new ShellLoader(
    this,
    (AppShell) =>
      new AppShell(this, {
        current: () => this.#shown() ?? this.data,
        loader: () => this.#places.loader(),
        apply: (dataset, change) => this.#applyImport(dataset, change),
        restoreView: (search) => this.#restoreView(search),
      }),
    (shell) => {
      const plan = shell.withPlanTexts(this.data);
      if (plan === this.data) return;
      this.data = plan;
      this.#places.sync(this.view, plan);
    },
  );
  /** The dataset the map is given. */
  #mapData = new MapData();
  /** The canvas preview until the MapLibre map has drawn; that map is created once the page is laid out. */
  #stage = new MapStage(this, () => this.#loader.layout());

  get #store() { return this.#url.store; }

  get #shell(): AppShell | null { return this.#loader.shell; }

  #onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented && !this.presenting && this.view.selected) this.#store.select(null);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#url.connect();
    this.#unsubscribe = this.#store.subscribe((next, previous) => {
      this.view = next;
      this.#places.sync(next, this.data);
      if (next.lang !== previous.lang && this.notice) this.notice = null;
    });
    this.view = this.#store.state;
    this.#places.sync(this.view, this.data);
    window.addEventListener('keydown', this.#onKeyDown);
  }

  override disconnectedCallback(): void {
    this.#url.disconnect();
    this.#unsubscribe?.();
    window.removeEventListener('keydown', this.#onKeyDown);
    super.disconnectedCallback();
  }

  /** The map has drawn (the preview goes) or cannot draw here (the preview stays, with a notice). */
  #onMapReady = () => this.#mapSettled(false);
  #onMapFailed = () => this.#mapSettled(true);
  #mapSettled(failed: boolean): void {
    this.#stage.mapSettled(!failed);
    if (failed) this.notice = tr(MAP_TEXT.noWebgl, this.view.lang);
    // `data-loaded` marks the app once the shell, its feature elements and the map are all there.
    void this.#loader.complete().then(() => this.updateComplete).then(() => this.toggleAttribute('data-loaded', true));
  }

  async #present(): Promise<void> {
    await (await this.#loader.load()).loadPresenter();
    this.presenting = true;
  }

  /** The dataset on screen: a place, the plan on the 2025 communes, or the plan with its draft applied (null until the shell can apply it). */
  #shown(): Dataset | null {
    const place = this.#places.shown?.dataset;
    if (place) return place;
    if (!this.view.draft) return this.data;
    return this.#shell?.drafted(this.data, this.view.draft) ?? null;
  }

  /** The choropleth of the view over `dataset`: the first frame's, or the shell's pipeline's once loaded. */
  #choropleth(dataset: Dataset): Choropleth | null {
    return this.#shell ? this.#shell.derive(dataset, this.view).choropleth : firstChoropleth(dataset, this.view);
  }

  #applyImport(dataset: Dataset, change: Parameters<ImportHost['apply']>[1]): void {
    const shell = this.#shell!;
    const samePlace = dataset.communes === this.data.communes || dataset.communes.every((f, i) => f.properties.gso_code === this.data.communes[i]?.properties.gso_code);
    const placeContext = this.#places.shown?.context ?? null;
    this.data = dataset;
    if (!samePlace) this.context = placeContext && change.table ? placeContext : { outline: empty(), neighbours: empty(), labelPoints: empty() };
    this.#citations.loaded(change);
    this.highlighted = [];
    this.spotlight = null;
    shell.planning.reset();
    if (this.view.place || this.view.units) this.#store.setPlace(null);
    this.#store.setMetric(metricKept(this.view.metric, dataset));
    this.#store.select(null);
    this.#store.setDraft(null);
    if (change.table) void shell.files.keep(change.table, change);
  }

  #restoreView(search: string | null): void {
    if (search) this.#store.replace({ ...readView(this.data, `?${search}`).view, place: null, units: null, lang: this.view.lang });
  }

  #actions: ShellActions = {
    store: this.#url.store,
    places: {
      place: (ref, select) => {
        this.#store.setPlace(ref);
        if (select) this.#store.select(select);
      },
      units: (units) => this.#store.setUnits(units),
    },
    setEmbedOpen: (open) => (this.embedOpen = open),
    setTab: (id) => (this.tab = id),
    highlight: (codes) => (this.highlighted = codes),
    present: () => void this.#present(),
    select: (e) => this.#onSelect(e),
  };

  #closePresenter = () => {
    this.presenting = false;
    this.spotlight = null;
  };

  protected override willUpdate(): void {
    const shown = this.#shown();
    if (!this.#shell && (!shown || !this.#choropleth(shown))) void this.#loader.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#places.loading === null) this.dataset['shown'] = this.#places.key;
    const selected = this.view.selected;
    const shown = this.#shown();
    if (selected && shown && this.#places.loading === null && !shown.communes.some((f) => f.properties.gso_code === selected)) this.#store.select(null);
  }

  override render() {
    const { view } = this;
    const lang = view.lang;
    const dataset = this.#shown();
    const choropleth = dataset && this.#choropleth(dataset);
    const place = this.#places.shown;
    const shell = this.#shell;
    const heading = dataset ?? this.data;
    const context = place?.context ?? this.context;
    const sources = this.#citations.of(heading);
    const input: ShellInput | null = shell && dataset ? {
      view, dataset, plan: this.data, place, loading: this.#places.loading, context, tab: this.tab, embedOpen: this.embedOpen,
      sources, heldFile: this.#citations.heldFile, map: this.#map, mapSettled: this.#stage.settled,
    } : null;
    const actions = this.#actions;
    return html`
      <header class="top">
        ${renderHeading(heading, place, sources, lang)}
        ${input ? shell!.renderTop(input, actions) : nothing}
      </header>
      ${input ? shell!.renderPlaceBar(input, actions) : nothing}
      ${this.notice ? html`<p class="notice" role="status">${this.notice} <button @click=${() => (this.notice = null)}>${tr(APP.dismiss, lang)}</button></p>` : nothing}
      ${input ? shell!.renderBanner(input, actions) : nothing}
      <main class="layout">
        <aside class="controls" aria-label=${tr(APP.controlsLabel, lang)}>
          ${input ? shell!.renderControls(input, actions) : nothing}
          ${choropleth ? html`<choropleth-legend class="main-legend" variant="full" .choropleth=${choropleth} lang=${lang}></choropleth-legend>` : nothing}
          ${input ? shell!.renderImportDrop(input) : nothing}
        </aside>
        <div class="map">
          ${dataset && choropleth ? this.#compare(dataset, choropleth, context, input) : nothing}
          ${dataset && choropleth ? this.#stage.renderPreview(dataset, context, choropleth, view.selected, lang, this.#places.loading !== null) : nothing}
        </div>
        ${input ? shell!.renderPanels(input, actions) : html`<div class="panels"></div>`}
      </main>
      ${input ? shell!.renderFooter(input) : nothing}
    `;
  }

  /** The compare view around presenter mode around the one map (both no box at all while closed). */
  #compare(dataset: Dataset, choropleth: Choropleth, context: MapContext, input: ShellInput | null) {
    const planning = this.#shell?.planning;
    const open = (planning?.compareOpen ?? false) && !this.presenting;
    const right = input && open ? this.#shell!.compareSide(choropleth, input) : { dataset, choropleth, startLabel: '', endLabel: '' };
    return html`<compare-view .open=${open} .mode=${planning?.compareMode ?? 'end'} layout=${planning?.compareLayout ?? 'side'}
        .primary=${this.#map} .data=${right.dataset} .choropleth=${right.choropleth} .context=${context} .selected=${this.view.selected}
        startLabel=${right.startLabel} endLabel=${right.endLabel} lang=${this.view.lang}
        @compare-layout-change=${(e: HTMLElementEventMap['compare-layout-change']) => planning?.setCompareLayout(e.detail.layout)}
        @compare-mode-change=${(e: HTMLElementEventMap['compare-mode-change']) => planning?.setCompareMode(e.detail.mode)}
        @compare-close=${() => planning?.closeCompare()}>
      ${this.#presenter(dataset, choropleth, context)}
    </compare-view>`;
  }

  /** The one map, inside presenter mode's layout (which is no box at all while closed). */
  #presenter(dataset: Dataset, choropleth: Choropleth, context: MapContext) {
    const { view } = this;
    const lang = view.lang;
    const shown = this.#shell?.presented(dataset, view, this.presenting, this.presenterStep, this.spotlight) ?? null;
    const drawn = shown?.choropleth ?? choropleth;
    const method = shown && view.method === 'manual' ? 'natural' : view.method;
    return html`<presenter-mode .data=${dataset} .lang=${lang} .open=${this.presenting} .steps=${shown?.steps ?? []} .step=${this.presenterStep}
        .spotlight=${this.spotlight} .choropleth=${shown?.choropleth ?? null} .returnFocus=${this.presentButton}
        @presenter-step=${(e: CustomEvent<{ index: number }>) => (this.presenterStep = e.detail.index)}
        @presenter-spotlight=${(e: CustomEvent<{ gsoCode: string | null }>) => (this.spotlight = e.detail.gsoCode)}
        @presenter-close=${this.#closePresenter}>
      ${this.#stage.renderMap(() => html`<poverty-map .data=${this.#mapData.for(dataset)} .context=${context} .credit=${mapCredit(this.#citations.of(dataset))} .choropleth=${drawn}
        metric=${drawn.metric.id} method=${method} classes=${view.classes} palette=${view.palette} lang=${lang} .manual=${shown ? null : view.manual}
        .selected=${shown ? this.spotlight : view.selected} .highlighted=${shown?.highlighted ?? this.highlighted}
        .camera=${shown?.camera ?? null} .labelScale=${shown ? PRESENTER_LABEL_SCALE : 1}
        @commune-select=${this.#onMapSelect} @map-ready=${this.#onMapReady} @map-failed=${this.#onMapFailed}></poverty-map>`)}
    </presenter-mode>`;
  }

  /** A commune chosen on the map: selected in the explorer; while presenting, presenter mode spotlights it instead. */
  #onMapSelect = (e: CustomEvent<{ gsoCode: string | null }>) => {
    if (!this.presenting) this.#onSelect(e);
  };

  #onSelect = (e: CustomEvent<{ gsoCode: string | null }>) => {
    e.stopPropagation();
    this.#store.select(e.detail.gsoCode);
    const origin = e.composedPath()[0] as Element | undefined;
    const fromPanel = origin?.closest?.('data-checks, plan-panel, commune-table, ranking-chart, draft-table') ?? null;
    if (e.detail.gsoCode && !fromPanel && this.tab !== 'table' && this.tab !== 'ranking' && this.tab !== 'draft') this.tab = 'details';
  };

  static override styles = appStyles;
}

const empty = () => ({ type: 'FeatureCollection' as const, features: [] });

declare global {
  interface HTMLElementTagNameMap {
    'poverty-app': PovertyApp;
  }
}
