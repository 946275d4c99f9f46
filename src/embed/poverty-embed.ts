/** `<poverty-embed>`: the map for the public, made to sit in an iframe of a government page — map, legend, a measure selector, a summary, a table. */
import { LitElement, html, css } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { buildChoropleth } from '../classify/choropleth';
import { BOUNDARY_CREDIT, BOUNDARY_SOURCE_URL } from '../data/attribution';
import type { Dataset } from '../data/dataset';
import { embedMetricGroups } from './embed-metrics';
import { isMetricId, type MetricDef, type MetricId } from '../data/metrics';
import type { ClassMethod } from '../classify/breaks';
import { embedPlaceTitle, embedTitle } from './embed-frame';
import { tr } from '../core/format';
import { EMBED } from '../core/strings/embed';
import { MAP_TEXT } from '../core/strings/map';
import { memo } from '../state/memo';
import { buildTextSummary } from '../state/text-summary';
import { createUrlStore, rejectedNotice } from '../state/url-sync';
import { DEFAULT_VIEW, searchFromView, type ViewState } from '../state/view-state';
import { BUILTIN_CONTEXT, builtinDataset } from './builtin-data';
import { PlaceSource } from './place-source';
import './define-map';
import '../legend/choropleth-legend';
import { srOnly } from '../ui/shared-styles';

/** URL parameters naming the place: a bad value of one is reported, as the explorer does, since the map then shows another place. */
const PLACE_PARAMS: readonly string[] = ['place', 'level', 'units'];

/**
 * The embeddable map of the built-in plan (compiled at build time, drawn by the map too), or of the place the URL
 * names (`place=2025-44`, `level=district`, `units=2025`; opened on demand, see ./place-source), whose title, frame,
 * legend, summary and footer follow it. Its view lives in a store tied to the page URL, as in the explorer; invalid
 * URL values fall back to the defaults, silently but for the place's, which, like places that cannot be opened,
 * fall back to the built-in plan with a notice. The map paints as SVG
 * at once (see ./quick-map); the data table's code loads when its `<details>` is first opened.
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
  /** The place parameters the URL gave that were not valid, reported until the notice is closed (other bad values fall back silently). */
  @state() private rejectedPlace = this.#url.rejected.filter((name) => PLACE_PARAMS.includes(name));
  /** The place the view names: it falls back to the built-in plan (and leaves the URL) when it cannot be opened. */
  #places = new PlaceSource(this, () => (this.view.place ? this.#url.store.setPlace(null) : this.#url.store.setUnits(null)));
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
    this.#places.sync(this.view.place, this.view.units, this.data);
    document.title = this.#title();
  }

  /** The map's title in the view's language: the built-in plan's, the place's, or that the place is loading. */
  #title(): string {
    const { lang } = this.view;
    const shown = this.#places.shown;
    if (shown) return embedPlaceTitle(shown.title, lang);
    return this.#places.loading ? tr(MAP_TEXT.loading, lang) : embedTitle(this.data.plan.district, this.data.plan.year, lang);
  }

  #closeNotice = (): void => {
    this.rejectedPlace = [];
    this.#places.dismiss();
  };

  #notice() {
    const { lang } = this.view;
    const text = this.#places.notice(lang) ?? rejectedNotice(this.rejectedPlace, lang);
    return text
      ? html`<p class="notice" role="status">${text}<button type="button" aria-label=${tr(EMBED.close, lang)} @click=${this.#closeNotice}>×</button></p>`
      : null;
  }

  #credit() {
    const { lang } = this.view;
    const shown = this.#places.shown;
    if (shown) return html`<span>${shown.credit[lang]}</span>`;
    return html`<a href=${BOUNDARY_SOURCE_URL} target="_blank" rel="noopener">${BOUNDARY_CREDIT[lang]}</a>`;
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
    const { view } = this;
    const { lang } = view;
    const shown = this.#places.shown;
    const data = shown?.dataset ?? this.data;
    const { plan } = data;
    const loading = this.#places.loading !== null && !shown;
    const choropleth = this.#choropleth(data, view.metric, view.method, view.classes, view.palette, view.manual);
    const groups = embedMetricGroups();
    const fullMap = `index.html${searchFromView(view)}`;
    const source = shown?.ref ? tr(EMBED.noFigures, lang) : `${tr(EMBED.source, lang, { number: plan.document.number, issuer: tr(plan.document.issuer, lang) })}.`;
    return html`
      <header class="bar">
        <h1>${this.#title()}</h1>
        <div class="field">
          <label for="metric">${tr(EMBED.metric, lang)}</label>
          <select id="metric" @change=${this.#onMetric}>
            <optgroup label=${tr(EMBED.mainMetrics, lang)}>${groups.main.map((m) => this.#option(m))}</optgroup>
            <optgroup label=${tr(EMBED.moreMetrics, lang)}>${groups.more.map((m) => this.#option(m))}</optgroup>
          </select>
        </div>
      </header>
      ${this.#notice()}
      ${loading
        ? html`<div class="stage"><p class="waiting" role="status">${tr(MAP_TEXT.loading, lang)}</p></div>`
        : html`<div class="stage">
              <poverty-map cooperative .data=${data} .context=${shown?.context ?? BUILTIN_CONTEXT} .choropleth=${choropleth} metric=${view.metric}
                method=${view.method} classes=${view.classes} palette=${view.palette} lang=${lang} .manual=${view.manual} .selected=${view.selected}
                @commune-select=${this.#onSelect}></poverty-map>
              <choropleth-legend variant="compact" .choropleth=${choropleth} lang=${lang}></choropleth-legend>
            </div>
            <p class="summary" aria-live="polite">${this.#summary(data, view.metric, lang)}</p>
            <details class="data" @toggle=${this.#onToggle}>
              <summary>${tr(EMBED.table, lang)}</summary>
              ${this.tableLoaded
                ? html`<commune-table .data=${data} metric=${view.metric} .selected=${view.selected} lang=${lang} @commune-select=${this.#onSelect}></commune-table>`
                : null}
            </details>`}
      <footer>
        <a class="full" href=${fullMap} target="_blank" rel="noopener">${tr(EMBED.fullMap, lang)}<span class="sr-only"> ${tr(EMBED.newWindow, lang)}</span>
          <span aria-hidden="true">↗</span></a>
        <span class="source">${source}</span>
        ${this.#credit()}
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
    .waiting { display: grid; place-items: center; height: clamp(200px, 70vw, 380px); margin: 0; border: 1px solid #d9d5cc; border-radius: 4px; color: #4a4a4a; }
    .notice { display: flex; gap: 8px; align-items: start; justify-content: space-between; margin: 0 0 6px; padding: 6px 8px; border-radius: 4px;
      background: #fff4ce; color: #3d2f00; font-size: 13px; }
    .notice button { border: 0; background: none; font: inherit; font-size: 16px; line-height: 1; cursor: pointer; color: inherit; }
    details.data { margin: 4px 0 8px; border-top: 1px solid #d9d5cc; }
    .data > summary { cursor: pointer; padding: 6px 0; font-weight: 600; color: #0b5394; }
    commune-table { --bdgn-font-size: 13px; }
    footer { display: flex; flex-wrap: wrap; gap: 2px 12px; font-size: 12px; color: #4a4a4a; }
    a { color: #0b5394; }
    .full { font-weight: 600; font-size: 13px; }
    select:focus-visible, summary:focus-visible, a:focus-visible, .notice button:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
    ${srOnly}
    @container (min-width: 560px) {
      h1 { font-size: 15px; }
      .stage { grid-template-columns: minmax(0, 1fr) 14rem; align-items: start; }
      poverty-map, .waiting { height: 380px; }
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'poverty-embed': PovertyEmbed;
  }
}
