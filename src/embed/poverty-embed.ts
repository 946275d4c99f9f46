/** `<poverty-embed>`: the map for the public, made to sit in an iframe of a government page — map, legend, a measure selector, a summary, a table. */
import { LitElement, html, css } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { buildChoropleth } from '../classify/choropleth';
import { BOUNDARY_CREDIT, BOUNDARY_SOURCE_URL } from '../data/attribution';
import type { Dataset } from '../data/dataset';
import { embedMetricGroups } from './embed-metrics';
import { isMetricId, type MetricDef, type MetricId } from '../data/metrics';
import type { ClassMethod } from '../classify/breaks';
import { embedTitle } from './embed-frame';
import { tr } from '../core/format';
import { EMBED } from '../core/strings/embed';
import { memo } from '../state/memo';
import { buildTextSummary } from '../state/text-summary';
import { createUrlStore } from '../state/url-sync';
import { DEFAULT_VIEW, searchFromView, type ViewState } from '../state/view-state';
import { builtinDataset } from './builtin-data';
import './define-map';
import '../legend/choropleth-legend';
import { srOnly } from '../ui/shared-styles';

/**
 * The embeddable map of the built-in plan (compiled at build time, drawn by the map too). Its view lives in a store
 * tied to the page URL, as in the explorer; invalid URL values silently fall back to the defaults. The map paints as
 * SVG at once (see ./quick-map); the data table's code loads when its `<details>` is first opened.
 */
@customElement('poverty-embed')
export class PovertyEmbed extends LitElement {
  /** The built-in plan. */
  @state() private data: Dataset = builtinDataset();
  #url = createUrlStore(() => this.data);
  #choropleth = memo((data: Dataset, metric: MetricId, method: ClassMethod, classes: number, palette: string, manual: number[] | null) =>
    buildChoropleth(data, { metric, method, classes, palette, manual, lang: DEFAULT_VIEW.lang }),
  );
  #summary = memo(buildTextSummary);
  /** The table's element has been asked for (the `<details>` was opened once). */
  @state() private tableLoaded = false;
  /** The view shown, mirrored from the store. */
  @state() private view: ViewState = this.#url.store.state;
  #unsubscribe: (() => void) | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#url.connect();
    this.#unsubscribe = this.#url.store.subscribe((next) => (this.view = next));
    this.view = this.#url.store.state;
  }

  override disconnectedCallback(): void {
    this.#url.disconnect();
    this.#unsubscribe?.();
    super.disconnectedCallback();
  }

  override willUpdate(): void {
    document.title = embedTitle(this.data.plan.district, this.data.plan.year, this.view.lang);
  }

  #onMetric = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value;
    if (isMetricId(value)) this.#url.store.setMetric(value);
  };

  #onSelect = (e: CustomEvent<{ gsoCode: string | null }>): void => {
    e.stopPropagation();
    this.#url.store.select(e.detail.gsoCode);
  };

  #onToggle = (e: Event): void => {
    if (!(e.target as HTMLDetailsElement).open || this.tableLoaded) return;
    this.tableLoaded = true;
    void import('../panels/commune-table');
  };

  #option(m: MetricDef) {
    return html`<option value=${m.id} ?selected=${m.id === this.view.metric}>${tr(m.label, this.view.lang)}</option>`;
  }

  override render() {
    const { view, data } = this;
    const { lang } = view;
    const { plan } = data;
    const choropleth = this.#choropleth(data, view.metric, view.method, view.classes, view.palette, view.manual);
    const summary = this.#summary(data, view.metric, lang);
    const groups = embedMetricGroups();
    const fullMap = `index.html${searchFromView(view)}`;
    return html`
      <header class="bar">
        <h1>${embedTitle(plan.district, plan.year, lang)}</h1>
        <div class="field">
          <label for="metric">${tr(EMBED.metric, lang)}</label>
          <select id="metric" @change=${this.#onMetric}>
            <optgroup label=${tr(EMBED.mainMetrics, lang)}>${groups.main.map((m) => this.#option(m))}</optgroup>
            <optgroup label=${tr(EMBED.moreMetrics, lang)}>${groups.more.map((m) => this.#option(m))}</optgroup>
          </select>
        </div>
      </header>
      <div class="stage">
        <poverty-map cooperative .data=${data} .choropleth=${choropleth} metric=${view.metric} method=${view.method} classes=${view.classes}
          palette=${view.palette} lang=${lang} .manual=${view.manual} .selected=${view.selected} @commune-select=${this.#onSelect}></poverty-map>
        <choropleth-legend variant="compact" .choropleth=${choropleth} lang=${lang}></choropleth-legend>
      </div>
      <p class="summary" aria-live="polite">${summary}</p>
      <details class="data" @toggle=${this.#onToggle}>
        <summary>${tr(EMBED.table, lang)}</summary>
        ${this.tableLoaded
          ? html`<commune-table .data=${data} metric=${view.metric} .selected=${view.selected} lang=${lang} @commune-select=${this.#onSelect}></commune-table>`
          : null}
      </details>
      <footer>
        <a class="full" href=${fullMap} target="_blank" rel="noopener">${tr(EMBED.fullMap, lang)}<span class="sr-only"> ${tr(EMBED.newWindow, lang)}</span>
          <span aria-hidden="true">↗</span></a>
        <span>${tr(EMBED.source, lang, { number: plan.document.number, issuer: tr(plan.document.issuer, lang) })}.</span>
        <a href=${BOUNDARY_SOURCE_URL} target="_blank" rel="noopener">${BOUNDARY_CREDIT[lang]}</a>
      </footer>
    `;
  }

  static override styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      padding: 8px;
      container-type: inline-size;
      font-family: 'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
      font-size: 14px;
      line-height: 1.4;
      color: #1a1a1a;
      background: #fff;
    }
    .bar { display: flex; flex-wrap: wrap; align-items: end; justify-content: space-between; gap: 4px 12px; margin-bottom: 6px; }
    h1 { flex: 1 1 16rem; margin: 0; font-size: 14px; line-height: 1.3; font-weight: 600; }
    .field { display: flex; align-items: center; gap: 6px; flex: 1 1 16rem; min-width: 0; }
    label { font-weight: 600; font-size: 13px; white-space: nowrap; }
    select {
      flex: 1 1 auto; min-width: 0; max-width: 100%; min-height: 2.2em; padding: 0.25em 0.4em;
      font: inherit; color: #1a1a1a; background: #fff; border: 1px solid #767676; border-radius: 4px;
    }
    .stage { display: grid; gap: 6px; }
    poverty-map { min-height: 0; height: clamp(200px, 70vw, 380px); border: 1px solid #d9d5cc; border-radius: 4px; }
    .summary { margin: 8px 0; }
    details.data { margin: 4px 0 8px; border-top: 1px solid #d9d5cc; }
    .data > summary { cursor: pointer; padding: 6px 0; font-weight: 600; color: #0b5394; }
    commune-table { --bdgn-font-size: 13px; }
    footer { display: flex; flex-wrap: wrap; gap: 2px 12px; font-size: 12px; color: #4a4a4a; }
    a { color: #0b5394; }
    .full { font-weight: 600; font-size: 13px; }
    select:focus-visible, summary:focus-visible, a:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
    ${srOnly}
    @container (min-width: 560px) {
      h1 { font-size: 15px; }
      .stage { grid-template-columns: minmax(0, 1fr) 14rem; align-items: start; }
      poverty-map { height: 380px; }
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'poverty-embed': PovertyEmbed;
  }
}
