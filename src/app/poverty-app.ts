/**
 * The app shell: owns the store (tied to the URL), the plan dataset and the one derived state; composes the elements
 * and passes them what they show; the only caller of store actions. Presenter mode and the compare view are layouts
 * around the same map. Places, own tables, projects and planning are run by controllers the shell owns.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import type { Dataset } from '../data/dataset';
import { DEFAULT_CONTEXT, loadDefaultDataset, type MapContext } from '../data/default-dataset';
import { createPipeline, type Derived } from '../state/derive';
import type { PresenterDerived } from '../presenter/presenter-derive';
import { createUrlStore, readView, rejectedNotice } from '../state/url-sync';
import type { ViewState } from '../state/view-state';
import { tr } from '../core/format';
import { APP } from '../core/strings/app';
import type { PovertyMap } from '../map/poverty-map';
import { PRESENTER_LABEL_SCALE } from '../presenter/presenter-scale';
import { PRESENTER } from '../core/strings/presenter';
import { EMBED_DIALOG } from '../core/strings/embed';
import { COMPARE } from '../planning/planning-strings';
import type { LoadedTable } from '../import/import-controller';
import { appStyles } from './app-styles';
import { SHELL } from './app-strings';
import { PlaceController } from './place-controller';
import { PlanningState } from './planning-state';
import { loadFeatureElements, whenIdle } from './lazy-features';
import { renderPanel, panelTabs } from './app-panels';
import { renderHeading, renderFooter, renderPlaceBar } from './app-chrome';
import { FilesController, renderImportUi } from './app-imports';
import '../map/poverty-map';
import '../legend/choropleth-legend';
import '../controls/metric-controls';
import '../controls/commune-search';
import '../panels/district-summary';
import './lang-switch';
import './app-tabs';
import './update-prompt';

/** The full explorer. */
@customElement('poverty-app')
export class PovertyApp extends LitElement {
  /** The plan dataset (built-in until the person loads a table). */
  @state() private data: Dataset = loadDefaultDataset();
  /** The map context of the plan dataset: outline, neighbours, label points. */
  @state() private context: MapContext = DEFAULT_CONTEXT;
  /** Where the figures on screen came from (a file name), or null for the plan's own document. */
  @state() private figuresFile: string | null = null;
  /** The person's boundary file on screen, or null for the built-in or national boundaries. */
  @state() private boundaryFile: string | null = null;
  #url = createUrlStore(() => this.data);
  #pipeline = createPipeline();
  /** Presenter mode's pipeline, loaded with presenter mode on first use. */
  #presenterPipeline: ReturnType<typeof import('../presenter/presenter-derive').createPresenterPipeline> | null = null;
  #map = createRef<PovertyMap>();
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
  /** Imports and projects, created on first use (their modules load then). */
  #files = new FilesController(this, {
    current: () => this.#shown(),
    loader: () => this.#places.loader(),
    apply: (dataset, change) => this.#applyImport(dataset, change),
    restoreView: (search) => this.#restoreView(search),
  });
  #planning = new PlanningState(this);

  get #store() {
    return this.#url.store;
  }

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

  override firstUpdated(): void {
    const start = () => whenIdle(() => void loadFeatureElements());
    const map = this.#map.value;
    if (map?.hasAttribute('data-ready')) start();
    else map?.addEventListener('map-ready', start, { once: true });
  }

  async #present(): Promise<void> {
    if (!this.#presenterPipeline) {
      const [{ createPresenterPipeline }] = await Promise.all([import('../presenter/presenter-derive'), loadFeatureElements()]);
      this.#presenterPipeline ??= createPresenterPipeline();
    }
    this.presenting = true;
  }

  override disconnectedCallback(): void {
    this.#url.disconnect();
    this.#unsubscribe?.();
    window.removeEventListener('keydown', this.#onKeyDown);
    super.disconnectedCallback();
  }

  /** The dataset on screen: a place, the plan on the 2025 communes, or the plan with its draft applied. */
  #shown(): Dataset {
    return this.#places.shown?.dataset ?? this.#planning.drafted(this.data, this.view.draft);
  }

  #applyImport(dataset: Dataset, change: { table: LoadedTable | null; plan: { file: string; json: unknown } | null; boundaries: { file: string; json: unknown } | null; label: string }): void {
    const samePlace = dataset.communes === this.data.communes || dataset.communes.every((f, i) => f.properties.gso_code === this.data.communes[i]?.properties.gso_code);
    const placeContext = this.#places.shown?.context ?? null;
    this.data = dataset;
    if (!samePlace) this.context = placeContext && change.table ? placeContext : { outline: empty(), neighbours: empty(), labelPoints: empty() };
    if (change.table) this.figuresFile = change.label;
    if (change.boundaries) this.boundaryFile = change.boundaries.file;
    else if (change.table && !samePlace) this.boundaryFile = null;
    this.highlighted = [];
    this.spotlight = null;
    this.#planning.reset();
    if (this.view.place || this.view.units) this.#store.setPlace(null);
    this.#store.select(null);
    this.#store.setDraft(null);
    if (change.table) void this.#files.keep(change.table, change);
  }

  #restoreView(search: string | null): void {
    if (search) this.#store.replace({ ...readView(this.data, `?${search}`).view, place: null, units: null, lang: this.view.lang });
  }

  #placeActions = {
    place: (ref: ViewState['place'], select: string | null) => {
      this.#store.setPlace(ref);
      if (select) this.#store.select(select);
    },
    units: (units: ViewState['units']) => this.#store.setUnits(units),
  };

  #closePresenter = () => {
    this.presenting = false;
    this.spotlight = null;
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#places.loading === null) this.dataset['shown'] = this.#places.key;
    const selected = this.view.selected;
    if (selected && this.#places.loading === null && !this.#shown().communes.some((f) => f.properties.gso_code === selected)) this.#store.select(null);
  }

  override render() {
    const { view } = this;
    const lang = view.lang;
    const dataset = this.#shown();
    const place = this.#places.shown;
    const derived = this.#pipeline.derive(dataset, view);
    const { choropleth } = derived;
    const shown = this.presenting && this.#presenterPipeline ? this.#presenterPipeline(dataset, view, this.presenterStep, this.spotlight) : null;
    const { imports, projects } = this.#files;
    const context = place?.context ?? this.context;
    return html`
      <header class="top">
        ${renderHeading(dataset, place, lang)}
        <commune-search .options=${derived.searchOptions} .lang=${lang} @commune-select=${this.#onSelect}></commune-search>
        <div class="actions">
          <button type="button" id="present" aria-haspopup="dialog" @click=${() => void this.#present()}>${tr(PRESENTER.open, lang)}</button>
          <button type="button" aria-haspopup="dialog" title=${tr(COMPARE.openLabel, lang)} @click=${() => void loadFeatureElements().then(() => this.#planning.openCompare())}>${tr(COMPARE.open, lang)}</button>
          <export-menu .data=${dataset} .choropleth=${choropleth} .view=${view} .context=${context} .lang=${lang}></export-menu>
          <button type="button" aria-haspopup="dialog" title=${tr(EMBED_DIALOG.openLabel, lang)} @click=${() => void loadFeatureElements().then(() => (this.embedOpen = true))}>${tr(EMBED_DIALOG.open, lang)}</button>
          <button type="button" aria-haspopup="dialog" @click=${() => void this.#files.showProjects(true)}>${tr(SHELL.projects, lang)}</button>
        </div>
        <lang-switch .lang=${lang} @lang-change=${(e: CustomEvent<{ lang: 'vi' | 'en' }>) => this.#store.setLang(e.detail.lang)}></lang-switch>
      </header>
      ${renderPlaceBar({ view, place, loading: this.#places.loading, plan: this.data, lang, actions: this.#placeActions })}
      ${this.notice ? html`<p class="notice" role="status">${this.notice} <button @click=${() => (this.notice = null)}>${tr(APP.dismiss, lang)}</button></p>` : nothing}
      ${renderImportUi(imports, projects, lang, () => void this.#files.showProjects(false))}
      <update-prompt .lang=${lang}></update-prompt>
      <print-view id="print-view" .data=${dataset} .choropleth=${choropleth} .view=${view} .liveMap=${this.#map}></print-view>
      <embed-dialog .open=${this.embedOpen} .view=${view} .baseUrl=${new URL('./', location.href).href} .lang=${lang}
        @dismiss=${() => (this.embedOpen = false)}></embed-dialog>
      <district-summary .data=${dataset} .lang=${lang}></district-summary>
      <main class="layout">
        <aside class="controls" aria-label=${tr(APP.controlsLabel, lang)}>
          <metric-controls .metric=${view.metric} .customMetrics=${dataset.custom?.metrics} .method=${view.method} .classes=${view.classes} .palette=${view.palette} .lang=${lang}
            .diverging=${choropleth.metric.diverging} .manualBreaks=${view.manual ?? []}
            .range=${Number.isFinite(choropleth.breaks.min) ? { min: choropleth.breaks.min, max: choropleth.breaks.max } : null}
            @manual-breaks-change=${(e: CustomEvent<{ breaks: number[] }>) => this.#store.setManualBreaks(e.detail.breaks)}
            @metric-change=${(e: HTMLElementEventMap['metric-change']) => this.#store.setMetric(e.detail.metric)}
            @classification-change=${(e: HTMLElementEventMap['classification-change']) => this.#store.setClassification(e.detail.method, e.detail.classes)}
            @palette-change=${(e: HTMLElementEventMap['palette-change']) => this.#store.setPalette(e.detail.palette)}></metric-controls>
          <choropleth-legend class="main-legend" variant="full" .choropleth=${choropleth} lang=${lang}></choropleth-legend>
          <import-drop ?busy=${imports?.busy ?? false} lang=${lang}
            @import-files=${(e: HTMLElementEventMap['import-files']) => void this.#files.importer().then((i) => i.files(e.detail.files))}
            @import-paste=${(e: HTMLElementEventMap['import-paste']) => void this.#files.importer().then((i) => i.paste(e.detail.input))}></import-drop>
        </aside>
        <div class="map">${this.#compare(derived, shown, dataset, context)}</div>
        <app-tabs class="panels" .tabs=${panelTabs(derived, lang)} .active=${this.tab} @tab-change=${(e: CustomEvent<{ id: string }>) => (this.tab = e.detail.id)}>
          ${renderPanel(this.tab, {
            view, derived, dataset, plan: this.data, lang, planning: this.#planning, onSelect: this.#onSelect,
            selectBody: (body) => this.#store.selectBody(body), highlight: (codes) => (this.highlighted = codes),
            setDraft: (draft) => this.#store.setDraft(draft), formed: place?.regroup ?? null,
          })}
        </app-tabs>
      </main>
      ${renderFooter(dataset, place, { figures: this.figuresFile, boundaries: this.boundaryFile }, lang)}
    `;
  }

  /** The compare view around presenter mode around the one map (both no box at all while closed). */
  #compare(derived: Derived, shown: PresenterDerived | null, dataset: Dataset, context: MapContext) {
    const right = this.#planning.compareSide(derived.choropleth, this.data, dataset, this.view, this.view.lang);
    return html`<compare-view .open=${this.#planning.compareOpen && !this.presenting} .mode=${this.#planning.compareMode} layout=${this.#planning.compareLayout}
        .primary=${this.#map} .data=${right.dataset} .choropleth=${right.choropleth} .context=${context} .selected=${this.view.selected}
        startLabel=${right.startLabel} endLabel=${right.endLabel} lang=${this.view.lang}
        @compare-layout-change=${(e: HTMLElementEventMap['compare-layout-change']) => this.#planning.setCompareLayout(e.detail.layout)}
        @compare-mode-change=${(e: HTMLElementEventMap['compare-mode-change']) => this.#planning.setCompareMode(e.detail.mode)}
        @compare-close=${() => this.#planning.closeCompare()}>
      ${this.#presenter(derived, shown, dataset, context)}
    </compare-view>`;
  }

  /** The one map, inside presenter mode's layout (which is no box at all while closed). */
  #presenter(derived: Derived, shown: PresenterDerived | null, dataset: Dataset, context: MapContext) {
    const { view } = this;
    const lang = view.lang;
    const choropleth = shown?.choropleth ?? derived.choropleth;
    const method = shown && view.method === 'manual' ? 'natural' : view.method;
    return html`<presenter-mode .data=${dataset} .lang=${lang} .open=${this.presenting} .steps=${shown?.steps ?? []} .step=${this.presenterStep}
        .spotlight=${this.spotlight} .choropleth=${shown?.choropleth ?? null} .returnFocus=${this.presentButton}
        @presenter-step=${(e: CustomEvent<{ index: number }>) => (this.presenterStep = e.detail.index)}
        @presenter-spotlight=${(e: CustomEvent<{ gsoCode: string | null }>) => (this.spotlight = e.detail.gsoCode)}
        @presenter-close=${this.#closePresenter}>
      <poverty-map ${ref(this.#map)} .data=${dataset} .context=${context} .credit=${this.#places.shown?.credit ?? null} .choropleth=${choropleth}
        metric=${choropleth.metric.id} method=${method} classes=${view.classes} palette=${view.palette} lang=${lang} .manual=${shown ? null : view.manual}
        .selected=${shown ? this.spotlight : view.selected} .highlighted=${shown?.highlighted ?? this.highlighted}
        .camera=${shown?.camera ?? null} .labelScale=${shown ? PRESENTER_LABEL_SCALE : 1}
        @commune-select=${this.#onMapSelect}></poverty-map>
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
