/**
 * The app shell: owns the store (tied to the URL), the dataset and the one derived state; composes the elements and
 * passes them what they show; the only caller of store actions. Presenter mode is a layout around the same map.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { buildDataset, type Dataset } from '../data/dataset';
import { DEFAULT_CONTEXT, DEFAULT_SOURCES, loadDefaultDataset } from '../data/default-dataset';
import { createPipeline, type Derived } from '../state/derive';
import { createPresenterPipeline, type PresenterDerived } from '../presenter/presenter-derive';
import { createUrlStore, rejectedNotice } from '../state/url-sync';
import type { ViewState } from '../state/view-state';
import { tr } from '../core/format';
import { APP } from '../core/strings/app';
import { BOUNDARY_CREDIT, BOUNDARY_SOURCE_URL } from '../data/attribution';
import type { ParseIssue } from '../data/types';
import { readUserFiles } from '../import/read-user-files';
import type { PovertyMap } from '../map/poverty-map';
import { PRESENTER_LABEL_SCALE } from '../presenter/presenter-mode';
import { PRESENTER } from '../core/strings/presenter';
import { EMBED_DIALOG } from '../core/strings/embed';
import { appStyles } from './app-styles';
import '../map/poverty-map';
import '../legend/map-legend';
import '../controls/metric-controls';
import '../panels/commune-table';
import '../controls/commune-search';
import '../panels/district-summary';
import './lang-switch';
import '../panels/commune-details';
import '../panels/ranking-chart';
import '../panels/plan-panel';
import '../panels/data-checks';
import './app-tabs';
import '../import/issue-list';
import './update-prompt';
import '../embed/embed-dialog';
import '../export/export-menu';
import '../export/print-view';
import '../presenter/presenter-mode';

/** The full explorer. */
@customElement('poverty-app')
export class PovertyApp extends LitElement {
  /** The dataset shown (built-in until the user loads files). */
  @state() private data: Dataset = loadDefaultDataset();
  #url = createUrlStore(() => this.data);
  #pipeline = createPipeline();
  #presenterPipeline = createPresenterPipeline();
  #map = createRef<PovertyMap>();
  /** The current view, mirrored from the store. */
  @state() private view: ViewState = this.#url.store.state;
  /** Communes highlighted on the map (e.g. by a task), by GSO code. */
  @state() private highlighted: string[] = [];
  /** A short notice (e.g. ignored URL values), or null. */
  @state() private notice: string | null = rejectedNotice(this.#url.rejected, this.view.lang);
  /** Problems of the last files the user loaded; nothing loaded is lost when there are any. */
  @state() private loadIssues: ParseIssue[] = [];
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

  get #store() {
    return this.#url.store;
  }

  #onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented && !this.presenting && this.view.selected) this.#store.select(null);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#url.connect();
    this.#unsubscribe = this.#store.subscribe((next) => (this.view = next));
    this.view = this.#store.state;
    window.addEventListener('keydown', this.#onKeyDown);
  }

  override disconnectedCallback(): void {
    this.#url.disconnect();
    this.#unsubscribe?.();
    window.removeEventListener('keydown', this.#onKeyDown);
    super.disconnectedCallback();
  }

  async #onFiles(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    const sources = await readUserFiles(files, DEFAULT_SOURCES);
    if (!sources.ok) {
      this.loadIssues = sources.issues;
      return;
    }
    const result = buildDataset(sources.value);
    if (!result.ok) {
      this.loadIssues = result.issues;
      return;
    }
    this.loadIssues = [];
    this.data = result.value;
    this.highlighted = [];
    this.spotlight = null;
    this.#store.select(null);
    this.notice = tr(APP.loaded, this.view.lang, { files: files.map((f) => f.name).join(', ') });
  }

  #closePresenter = () => {
    this.presenting = false;
    this.spotlight = null;
  };

  override render() {
    const { view, data: dataset } = this;
    const lang = view.lang;
    const derived = this.#pipeline.derive(dataset, view);
    const { choropleth } = derived;
    const shown = this.presenting ? this.#presenterPipeline(dataset, view, this.presenterStep, this.spotlight) : null;
    const doc = dataset.plan.document;
    const tabs = [
      { id: 'details', label: tr(APP.tabDetails, lang) },
      { id: 'table', label: tr(APP.tabTable, lang) },
      { id: 'ranking', label: tr(APP.tabRanking, lang) },
      { id: 'plan', label: tr(APP.tabPlan, lang) },
      { id: 'checks', label: tr(APP.tabChecks, lang), badge: derived.findingCounts.error + derived.findingCounts.warning },
    ];
    return html`
      <header class="top">
        <div class="title">
          <h1>${tr(APP.title, lang)} — ${tr(APP.district, lang, { name: dataset.plan.district.name })}</h1>
          <p class="doc">${tr(APP.docLine, lang, { number: doc.number, date: new Date(doc.date).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB') })}</p>
        </div>
        <commune-search .options=${derived.searchOptions} .lang=${lang} @commune-select=${this.#onSelect}></commune-search>
        <div class="actions">
          <button type="button" id="present" aria-haspopup="dialog" @click=${() => (this.presenting = true)}>${tr(PRESENTER.open, lang)}</button>
          <export-menu .data=${dataset} .choropleth=${choropleth} .view=${view} .context=${DEFAULT_CONTEXT} .lang=${lang}></export-menu>
          <button type="button" aria-haspopup="dialog" title=${tr(EMBED_DIALOG.openLabel, lang)} @click=${() => (this.embedOpen = true)}>${tr(EMBED_DIALOG.open, lang)}</button>
        </div>
        <lang-switch .lang=${lang} @lang-change=${(e: CustomEvent<{ lang: 'vi' | 'en' }>) => this.#store.setLang(e.detail.lang)}></lang-switch>
      </header>
      ${this.notice ? html`<p class="notice" role="status">${this.notice} <button @click=${() => (this.notice = null)}>${tr(APP.dismiss, lang)}</button></p>` : nothing}
      <update-prompt .lang=${lang}></update-prompt>
      <print-view id="print-view" .data=${dataset} .choropleth=${choropleth} .view=${view} .liveMap=${this.#map}></print-view>
      <embed-dialog .open=${this.embedOpen} .view=${view} .baseUrl=${new URL('./', location.href).href} .lang=${lang}
        @dismiss=${() => (this.embedOpen = false)}></embed-dialog>
      ${this.loadIssues.length ? html`<issue-list .issues=${this.loadIssues} .lang=${lang} @dismiss=${() => (this.loadIssues = [])}></issue-list>` : nothing}
      <district-summary .data=${dataset} .lang=${lang}></district-summary>
      <main class="layout">
        <aside class="controls" aria-label=${tr(APP.controlsLabel, lang)}>
          <metric-controls .metric=${view.metric} .method=${view.method} .classes=${view.classes} .palette=${view.palette} .lang=${lang}
            .diverging=${choropleth.metric.diverging} .manualBreaks=${view.manual ?? []}
            .range=${Number.isFinite(choropleth.breaks.min) ? { min: choropleth.breaks.min, max: choropleth.breaks.max } : null}
            @manual-breaks-change=${(e: CustomEvent<{ breaks: number[] }>) => this.#store.setManualBreaks(e.detail.breaks)}
            @metric-change=${(e: CustomEvent) => this.#store.setMetric(e.detail.metric)}
            @classification-change=${(e: CustomEvent) => this.#store.setClassification(e.detail.method, e.detail.classes)}
            @palette-change=${(e: CustomEvent) => this.#store.setPalette(e.detail.palette)}></metric-controls>
          <map-legend .legend=${choropleth.legend} .metric=${choropleth.metric} .lang=${lang} .decimals=${choropleth.metric.decimals}></map-legend>
        </aside>
        <div class="map">${this.#presenter(derived, shown)}</div>
        <app-tabs class="panels" .tabs=${tabs} .active=${this.tab} @tab-change=${(e: CustomEvent<{ id: string }>) => (this.tab = e.detail.id)}>
          ${this.#panel(derived)}
        </app-tabs>
      </main>
      <footer>
        <p>${tr(APP.source, lang, { number: doc.number })} · <a href=${BOUNDARY_SOURCE_URL} rel="noopener">${BOUNDARY_CREDIT[lang]}</a></p>
        <label class="load">${tr(APP.loadFiles, lang)}
          <input type="file" multiple accept=".csv,.tsv,.txt,.json,.geojson" @change=${this.#onFiles} /></label>
      </footer>
    `;
  }

  /** The one map, inside presenter mode's layout (which is no box at all while closed). */
  #presenter(derived: Derived, shown: PresenterDerived | null) {
    const { view, data: dataset } = this;
    const lang = view.lang;
    const choropleth = shown?.choropleth ?? derived.choropleth;
    const method = shown && view.method === 'manual' ? 'natural' : view.method;
    return html`<presenter-mode .data=${dataset} .lang=${lang} .open=${this.presenting} .steps=${shown?.steps ?? []} .step=${this.presenterStep}
        .spotlight=${this.spotlight} .choropleth=${shown?.choropleth ?? null} .returnFocus=${this.presentButton}
        @presenter-step=${(e: CustomEvent<{ index: number }>) => (this.presenterStep = e.detail.index)}
        @presenter-spotlight=${(e: CustomEvent<{ gsoCode: string | null }>) => (this.spotlight = e.detail.gsoCode)}
        @presenter-close=${this.#closePresenter}>
      <poverty-map ${ref(this.#map)} .data=${dataset} .choropleth=${choropleth} metric=${choropleth.metric.id} method=${method}
        classes=${view.classes} palette=${view.palette} lang=${lang} .manual=${shown ? null : view.manual}
        .selected=${shown ? this.spotlight : view.selected} .highlighted=${shown?.highlighted ?? this.highlighted}
        .camera=${shown?.camera ?? null} .labelScale=${shown ? PRESENTER_LABEL_SCALE : 1}
        @commune-select=${this.#onMapSelect}></poverty-map>
    </presenter-mode>`;
  }

  #panel(derived: Derived) {
    const { view, data: dataset } = this;
    const { choropleth } = derived;
    const lang = view.lang;
    switch (this.tab) {
      case 'table':
        return html`<commune-table .data=${dataset} .metric=${view.metric} .selected=${view.selected} .lang=${lang} @commune-select=${this.#onSelect}></commune-table>`;
      case 'ranking':
        return html`<ranking-chart .values=${choropleth.values} .fills=${choropleth.fills} .metric=${choropleth.metric} .selected=${view.selected}
          .district=${choropleth.district.value} .lang=${lang} @commune-select=${this.#onSelect}></ranking-chart>`;
      case 'plan':
        return html`<plan-panel .plan=${dataset.plan} .selectedBody=${view.body} .taskCommunes=${derived.taskCommunes} .communeNames=${derived.communeNames} .lang=${lang}
          @body-select=${(e: CustomEvent<{ body: string | null }>) => this.#store.selectBody(e.detail.body)}
          @communes-highlight=${(e: CustomEvent<{ gsoCodes: string[] }>) => (this.highlighted = e.detail.gsoCodes)}
          @commune-select=${this.#onSelect}></plan-panel>`;
      case 'checks':
        return html`<data-checks .findings=${dataset.findings} .unitToGso=${derived.unitToGso} .lang=${lang} @commune-select=${this.#onSelect}></data-checks>`;
      default:
        return html`<commune-details .data=${dataset} .gsoCode=${view.selected} .metric=${view.metric} .lang=${lang}></commune-details>`;
    }
  }

  /** A commune chosen on the map: selected in the explorer; while presenting, presenter mode spotlights it instead. */
  #onMapSelect = (e: CustomEvent<{ gsoCode: string | null }>) => {
    if (!this.presenting) this.#onSelect(e);
  };

  #onSelect = (e: CustomEvent<{ gsoCode: string | null }>) => {
    e.stopPropagation();
    this.#store.select(e.detail.gsoCode);
    const origin = e.composedPath()[0] as Element | undefined;
    const fromPanel = origin?.closest?.('data-checks, plan-panel, commune-table, ranking-chart') ?? null;
    if (e.detail.gsoCode && !fromPanel && this.tab !== 'table' && this.tab !== 'ranking') this.tab = 'details';
  };

  static override styles = appStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'poverty-app': PovertyApp;
  }
}
