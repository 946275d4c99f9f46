/** The app shell: owns the store, the dataset and the URL; composes the elements; the only caller of store actions. */
import { LitElement, html, css, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { buildChoropleth, type Choropleth } from '../classify/choropleth';
import { buildDataset, type Dataset } from '../data/dataset';
import { DEFAULT_SOURCES, loadDefaultDataset } from '../data/default-dataset';
import { taskCommunes } from '../panels/commune-profile';
import { summarizeFindings } from '../data/checks';
import { Store } from '../state/store';
import { searchFromView, viewFromSearch, type ViewState } from '../state/view-state';
import { tr } from '../core/format';
import { APP } from '../core/strings/app';
import { BOUNDARY_CREDIT, BOUNDARY_SOURCE_URL } from '../data/attribution';
import type { ParseIssue } from '../data/types';
import { readUserFiles } from '../import/read-user-files';
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
import { PRESENTER } from '../core/strings/presenter';
import { EMBED_DIALOG } from '../core/strings/embed';

/** The full explorer. */
@customElement('poverty-app')
export class PovertyApp extends LitElement {
  #store: Store;
  /** The dataset shown (built-in until the user loads files). */
  @state() private data: Dataset = loadDefaultDataset();
  /** The current view, mirrored from the store. */
  @state() private view: ViewState;
  /** Communes highlighted on the map (e.g. by a task), by GSO code. */
  @state() private highlighted: string[] = [];
  /** A short notice (e.g. ignored URL values), or null. */
  @state() private notice: string | null = null;
  /** Problems of the last files the user loaded; nothing loaded is lost when there are any. */
  @state() private loadIssues: ParseIssue[] = [];
  /** The open side-panel tab. */
  @state() private tab = 'details';
  /** Whether the embed dialog is open. */
  @state() private embedOpen = false;
  /** Whether presenter mode is open, and its step. */
  @state() private presenting = false;
  @state() private presenterStep = 0;
  @query('#present') private presentButton!: HTMLButtonElement | null;

  constructor() {
    super();
    const { view, rejected } = this.#readUrl();
    this.#store = new Store(view);
    this.view = this.#store.state;
    if (rejected.length > 0) {
      this.notice = tr(APP.urlRejected, view.lang, { names: rejected.join(', ') });
      history.replaceState(null, '', `${location.pathname}${searchFromView(view)}${location.hash}`);
    }
    if (view.selected) this.tab = 'details';
    this.#store.subscribe((next) => {
      this.view = next;
      const search = searchFromView(next);
      if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
      document.documentElement.lang = next.lang;
    });
    document.documentElement.lang = view.lang;
  }

  #readUrl() {
    const codes = this.data.communes.map((f) => f.properties.gso_code);
    const bodies = this.data.plan.bodies.map((b) => b.id);
    return viewFromSearch(location.search, codes, bodies);
  }

  #onPopState = () => this.#store.replace(this.#readUrl().view);
  #onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented && this.view.selected) this.#store.select(null);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    window.addEventListener('keydown', this.#onKeyDown);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener('keydown', this.#onKeyDown);
    super.disconnectedCallback();
  }

  get #choropleth(): Choropleth {
    return buildChoropleth(this.data, this.view);
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
    this.#store.select(null);
    this.notice = tr(APP.loaded, this.view.lang, { files: files.map((f) => f.name).join(', ') });
  }

  override render() {
    const { view, data: dataset } = this;
    const lang = view.lang;
    const choropleth = this.#choropleth;
    const counts = summarizeFindings(dataset.findings);
    const names = Object.fromEntries(dataset.communes.map((f) => [f.properties.gso_code, f.properties.full_name]));
    const unitToGso = Object.fromEntries(dataset.join.joined.map((u) => [u.row.name, u.feature.properties.gso_code]));
    const searchOptions = dataset.communes.map((f) => ({
      gsoCode: f.properties.gso_code,
      label: f.properties.full_name,
      alt: [f.properties.name_ascii, ...dataset.join.joined.filter((u) => u.feature === f).map((u) => u.row.name)],
    }));
    const doc = dataset.plan.document;
    const tabs = [
      { id: 'details', label: tr(APP.tabDetails, lang) },
      { id: 'table', label: tr(APP.tabTable, lang) },
      { id: 'ranking', label: tr(APP.tabRanking, lang) },
      { id: 'plan', label: tr(APP.tabPlan, lang) },
      { id: 'checks', label: tr(APP.tabChecks, lang), badge: counts.error + counts.warning },
    ];
    return html`
      <header class="top">
        <div class="title">
          <h1>${tr(APP.title, lang)} — ${tr(APP.district, lang, { name: dataset.plan.district.name })}</h1>
          <p class="doc">${tr(APP.docLine, lang, { number: doc.number, date: new Date(doc.date).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB') })}</p>
        </div>
        <commune-search .options=${searchOptions} .lang=${lang} @commune-select=${this.#onSelect}></commune-search>
        <div class="actions">
          <button type="button" id="present" aria-haspopup="dialog" @click=${() => (this.presenting = true)}>${tr(PRESENTER.open, lang)}</button>
          <export-menu .data=${dataset} .view=${view} .lang=${lang}></export-menu>
          <button type="button" aria-haspopup="dialog" title=${tr(EMBED_DIALOG.openLabel, lang)} @click=${() => (this.embedOpen = true)}>${tr(EMBED_DIALOG.open, lang)}</button>
        </div>
        <lang-switch .lang=${lang} @lang-change=${(e: CustomEvent<{ lang: 'vi' | 'en' }>) => this.#store.setLang(e.detail.lang)}></lang-switch>
      </header>
      ${this.notice ? html`<p class="notice" role="status">${this.notice} <button @click=${() => (this.notice = null)}>${tr(APP.dismiss, lang)}</button></p>` : nothing}
      <update-prompt .lang=${lang}></update-prompt>
      <presenter-mode .data=${dataset} .lang=${lang} .open=${this.presenting} .step=${this.presenterStep}
        .method=${view.method} .classes=${view.classes} .palette=${view.palette} .returnFocus=${this.presentButton}
        @presenter-step=${(e: CustomEvent<{ index: number }>) => (this.presenterStep = e.detail.index)}
        @presenter-close=${() => (this.presenting = false)}></presenter-mode>
      <print-view id="print-view" .data=${dataset} .view=${view}></print-view>
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
        <div class="map">
          <poverty-map .data=${dataset} metric=${view.metric} method=${view.method} classes=${view.classes} palette=${view.palette}
            lang=${lang} .manual=${view.manual} .selected=${view.selected} .highlighted=${this.highlighted}
            @commune-select=${this.#onSelect}></poverty-map>
        </div>
        <app-tabs class="panels" .tabs=${tabs} .active=${this.tab} @tab-change=${(e: CustomEvent<{ id: string }>) => (this.tab = e.detail.id)}>
          ${this.#panel(choropleth, names, unitToGso)}
        </app-tabs>
      </main>
      <footer>
        <p>${tr(APP.source, lang, { number: doc.number })} · <a href=${BOUNDARY_SOURCE_URL} rel="noopener">${BOUNDARY_CREDIT[lang]}</a></p>
        <label class="load">${tr(APP.loadFiles, lang)}
          <input type="file" multiple accept=".csv,.tsv,.txt,.json,.geojson" @change=${this.#onFiles} /></label>
      </footer>
    `;
  }

  #panel(choropleth: Choropleth, names: Record<string, string>, unitToGso: Record<string, string>) {
    const { view, data: dataset } = this;
    const lang = view.lang;
    switch (this.tab) {
      case 'table':
        return html`<commune-table .data=${dataset} .metric=${view.metric} .selected=${view.selected} .lang=${lang} @commune-select=${this.#onSelect}></commune-table>`;
      case 'ranking':
        return html`<ranking-chart .values=${choropleth.values} .fills=${choropleth.fills} .metric=${choropleth.metric} .selected=${view.selected}
          .district=${choropleth.district.value} .lang=${lang} @commune-select=${this.#onSelect}></ranking-chart>`;
      case 'plan':
        return html`<plan-panel .plan=${dataset.plan} .selectedBody=${view.body} .taskCommunes=${taskCommunes(dataset)} .communeNames=${names} .lang=${lang}
          @body-select=${(e: CustomEvent<{ body: string | null }>) => this.#store.selectBody(e.detail.body)}
          @communes-highlight=${(e: CustomEvent<{ gsoCodes: string[] }>) => (this.highlighted = e.detail.gsoCodes)}
          @commune-select=${this.#onSelect}></plan-panel>`;
      case 'checks':
        return html`<data-checks .findings=${dataset.findings} .unitToGso=${unitToGso} .lang=${lang} @commune-select=${this.#onSelect}></data-checks>`;
      default:
        return html`<commune-details .data=${dataset} .gsoCode=${view.selected} .metric=${view.metric} .lang=${lang}></commune-details>`;
    }
  }

  #onSelect = (e: CustomEvent<{ gsoCode: string | null }>) => {
    e.stopPropagation();
    this.#store.select(e.detail.gsoCode);
    const origin = e.composedPath()[0] as Element | undefined;
    const fromPanel = origin?.closest?.('data-checks, plan-panel, commune-table, ranking-chart') ?? null;
    if (e.detail.gsoCode && !fromPanel && this.tab !== 'table' && this.tab !== 'ranking') this.tab = 'details';
  };

  static override styles = css`
    :host {
      display: grid;
      grid-template-rows: auto auto auto 1fr auto;
      min-height: 100vh;
      font-family: 'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
      color: var(--bdgn-fg, #1a1a1a);
      background: var(--bdgn-bg, #f6f5f1);
    }
    .top { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; padding: 0.5rem 1rem; background: #12355b; color: #fff; }
    .title { flex: 1 1 20rem; min-width: 0; }
    h1 { font-size: 1.15rem; margin: 0; line-height: 1.3; }
    .doc { margin: 0; font-size: 0.85rem; opacity: 0.9; }
    .actions { display: flex; gap: 0.5rem; }
    .actions button { font: inherit; font-size: 0.95rem; padding: 0.4rem 0.8rem; border-radius: 4px; border: 1px solid #fff; background: transparent; color: #fff; cursor: pointer; }
    .actions button:hover { background: rgb(255 255 255 / 15%); }
    .notice { margin: 0; padding: 0.4rem 1rem; background: #fff4ce; color: #3d2f00; }
    .layout { display: grid; grid-template-columns: minmax(15rem, 18rem) minmax(0, 1fr) minmax(20rem, 28rem); gap: 0.75rem; padding: 0.75rem; min-height: 0; }
    .controls { display: flex; flex-direction: column; gap: 0.75rem; min-width: 0; }
    .map { position: relative; min-height: 60vh; border-radius: 6px; overflow: hidden; background: #fff; box-shadow: 0 1px 3px rgb(0 0 0 / 15%); }
    poverty-map { position: absolute; inset: 0; }
    .panels { min-width: 0; max-height: calc(100vh - 9rem); overflow: auto; background: #fff; border-radius: 6px; box-shadow: 0 1px 3px rgb(0 0 0 / 15%); }
    footer { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; padding: 0.5rem 1rem; font-size: 0.85rem; color: #444; }
    footer a { color: #0b5394; }
    .load input { margin-left: 0.5rem; }
    button:focus-visible, a:focus-visible, input:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
    @media print {
      :host { display: block; min-height: 0; background: #fff; }
      :host > :not(print-view) { display: none !important; }
    }
    @media (max-width: 1100px) {
      .layout { grid-template-columns: minmax(14rem, 17rem) minmax(0, 1fr); }
      .panels { grid-column: 1 / -1; max-height: none; }
    }
    @media (max-width: 700px) {
      .layout { grid-template-columns: minmax(0, 1fr); padding: 0.5rem; }
      .map { min-height: 420px; order: -1; }
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'poverty-app': PovertyApp;
  }
}
