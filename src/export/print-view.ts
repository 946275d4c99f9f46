/**
 * `<print-view>`: the printed page of the current view — title, map image, legend, compact figures table,
 * data-check findings, source, date and a QR code of the share link. Hidden on screen; shown in print.
 */
import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Dataset } from '../data/dataset';
import { planSources, type PlanSources } from '../data/plan-sources';
import type { TableCell, TableRow } from '../panels/table-model';
import { tr } from '../core/format';
import { PRINT_TEXT } from '../core/strings/export';
import { TABLE } from '../core/strings/controls';
import type { Choropleth } from '../classify/choropleth';
import { addPrintLayout, printKey, type PaperSize, type PrintJob } from './print-job';
import { buildPrintModel, PRINT_MAP_SIZE, type PrintModel } from './print-model';
import { QR_COLORS, QR_QUIET_ZONE } from './qr';
import { DEFAULT_VIEW, type ViewState } from '../state/view-state';
import { token } from '../ui/tokens';
import '../legend/choropleth-legend';

export type { PaperSize } from './print-job';

/** Id of the document-level style element holding the @page rule (a shadow root cannot set @page). */
export const PAGE_STYLE_ID = 'print-view-page';

/** The map on screen, as far as printing without a prepared image needs it. */
export interface LiveMap {
  /** Copy the map as drawn now into `target`; false when there is none yet. */
  snapshot(target: HTMLCanvasElement): boolean;
}

/**
 * The print layout of the app's derived state. The export menu prepares a sharp map image through print-job;
 * printed without it (Ctrl+P), the layout copies the map on screen (`liveMap`).
 */
@customElement('print-view')
export class PrintView extends LitElement {
  /** The dataset printed. */
  @property({ attribute: false }) data: Dataset | null = null;
  /** Where the figures and boundaries printed come from (null: the dataset's own, on the built-in boundaries). */
  @property({ attribute: false }) sources: PlanSources | null = null;
  /** The choropleth of the view (legend rows and texts). */
  @property({ attribute: false }) choropleth: Choropleth | null = null;
  /** The view printed (metric, classification, palette, language) and put in the share link. */
  @property({ attribute: false }) view: ViewState = DEFAULT_VIEW;
  /** Where the map on screen is found at print time (e.g. a lit ref to the app's `<poverty-map>`). */
  @property({ attribute: false }) liveMap: { readonly value?: LiveMap | undefined } | null = null;
  /** Paper size, landscape; it sets the document's @page rule. */
  @property({ reflect: true }) paper: PaperSize = 'A4';
  /** Address the share link starts with; null uses this page's address without its query and hash. */
  @property({ attribute: 'page-address' }) pageAddress: string | null = null;

  /** The prepared map image and the view and dataset it shows. */
  @state() private image: Omit<PrintJob, 'paper'> | null = null;

  #model: PrintModel | null = null;
  #removeLayout: (() => void) | null = null;
  /** Whether the layout has been printed or prepared once: until then it is not built (at 3,321 communes it costs ~⅓ s per update). */
  #used = false;

  /** Show a prepared print: its paper and map image; resolves once the image is decoded. */
  #show = async (job: PrintJob): Promise<void> => {
    if (this.image) URL.revokeObjectURL(this.image.url);
    this.paper = job.paper;
    this.#used = true;
    this.image = { url: job.url, key: job.key, dataset: job.dataset };
    await this.updateComplete;
    await this.renderRoot.querySelector<HTMLImageElement>('img.map-image')?.decode();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
    this.#removeLayout = addPrintLayout(this.#show);
    this.#writePageRule();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    this.#removeLayout?.();
    this.#removeLayout = null;
    document.getElementById(PAGE_STYLE_ID)?.remove();
    if (this.image) URL.revokeObjectURL(this.image.url);
    this.image = null;
    super.disconnectedCallback();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('paper')) this.#writePageRule();
    const { data, choropleth } = this;
    const address = this.pageAddress ?? location.href.split(/[?#]/)[0]!;
    this.#model = this.#used && data && choropleth ? buildPrintModel(data, choropleth, this.view, new Date(), address, this.sources ?? planSources(data)) : null;
  }

  #writePageRule(): void {
    let style = document.getElementById(PAGE_STYLE_ID);
    if (!style) {
      style = document.createElement('style');
      style.id = PAGE_STYLE_ID;
      document.head.append(style);
    }
    style.textContent = `@page { size: ${this.paper === 'A3' ? 'A3' : 'A4'} landscape; margin: 10mm; }`;
  }

  get #imageFresh(): boolean {
    return this.image !== null && this.image.key === printKey(this.view) && this.image.dataset === this.data;
  }

  /** Printing without preparePrint (Ctrl+P): copy the map on screen, redrawn synchronously, into the fallback canvas. */
  #onBeforePrint = (): void => {
    if (!this.#used) {
      // Printed for the first time (Ctrl+P): the layout is built now, before the browser lays out the pages.
      this.#used = true;
      this.requestUpdate();
      this.performUpdate();
    }
    const image = this.renderRoot.querySelector<HTMLImageElement>('img.map-image');
    const fallback = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.map-fallback');
    const live = this.liveMap?.value;
    if (this.#imageFresh || !fallback || !live?.snapshot(fallback)) return;
    fallback.hidden = false;
    if (image) image.hidden = true;
  };

  #onAfterPrint = (): void => {
    const image = this.renderRoot.querySelector<HTMLImageElement>('img.map-image');
    const fallback = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.map-fallback');
    if (fallback) fallback.hidden = true;
    if (image) image.hidden = !this.#imageFresh;
  };

  #cell(cell: TableCell | undefined) {
    if (!cell) return html`<td></td>`;
    return html`<td class=${cell.differs ? 'differs' : ''}>${cell.text}${cell.differs ? html`*<span class="printed"> (${cell.printedText ?? '–'})</span>` : nothing}</td>`;
  }

  #row(row: TableRow, model: PrintModel) {
    const lang = this.view.lang;
    return html`<tr class=${row.kind}>
      <th scope="row">${row.name}${row.printedName ? html`<span class="printed-name"> (${tr(TABLE.printedName, lang, { name: row.printedName })})</span>` : nothing}</th>
      ${model.table.columns.filter((c) => c.id !== 'unit').map((c) => this.#cell(row.cells[c.id]))}
    </tr>`;
  }

  override render() {
    const model = this.#model;
    if (!model) return nothing;
    const lang = this.view.lang;
    const { texts, table, qr } = model;
    const box = qr.size + 2 * QR_QUIET_ZONE;
    const fresh = this.#imageFresh;
    return html`<article class="sheet" lang=${lang}>
      <header>
        <h1>${texts.title}</h1>
        <p class="subtitle">${texts.subtitle}</p>
      </header>
      <div class="body">
        <figure class="map">
          ${this.image ? html`<img class="map-image" src=${this.image.url} alt=${tr(PRINT_TEXT.mapAlt, lang, { metric: texts.legend.title.toLowerCase() })} ?hidden=${!fresh} />` : nothing}
          <canvas class="map-fallback" hidden></canvas>
        </figure>
        <section class="legend">
          <choropleth-legend variant="full" .choropleth=${this.choropleth} .lang=${lang}></choropleth-legend>
          <p class="note">${texts.legend.districtValue}</p>
        </section>
        <figure class="qr">
          <svg viewBox="${-QR_QUIET_ZONE} ${-QR_QUIET_ZONE} ${box} ${box}" shape-rendering="crispEdges" role="img" aria-label=${tr(PRINT_TEXT.qrCaption, lang)}>
            <rect x=${-QR_QUIET_ZONE} y=${-QR_QUIET_ZONE} width=${box} height=${box} fill=${QR_COLORS.light}></rect><path d=${qr.path} fill=${QR_COLORS.dark}></path>
          </svg>
          <figcaption>${tr(PRINT_TEXT.qrCaption, lang)}<span class="url">${model.shareUrl}</span></figcaption>
        </figure>
        <footer><p>${texts.source}</p><p>${texts.date}</p></footer>
      </div>
      <section class="figures">
        <h2>${tr(PRINT_TEXT.tableHeading, lang)}</h2>
        <table>
          <thead><tr>${table.columns.map((c) => html`<th scope="col" class=${c.current ? 'current' : ''}>${c.label}</th>`)}</tr></thead>
          <tbody>${table.rows.map((r) => this.#row(r, model))}</tbody>
          <tfoot>${table.footer.map((r) => this.#row(r, model))}</tfoot>
        </table>
        <p class="note">${tr(PRINT_TEXT.tableNote, lang)}</p>
      </section>
      <section class="findings">
        <h2>${model.findingsHeading}</h2>
        ${model.findings.length === 0
          ? html`<p>${tr(PRINT_TEXT.noFindings, lang)}</p>`
          : html`<ol>${model.findings.map((f) => html`<li class=${f.severity}><strong>${f.label}:</strong> ${f.text}</li>`)}</ol>`}
      </section>
    </article>`;
  }

  static override styles = css`
    :host { display: none; }
    @media print { :host { display: block; } }
    :host([paper='A3']) .sheet { zoom: 1.414; }
    .sheet { font: 8.5pt/1.35 ${token.font}; color: ${token.fg}; background: ${token.bg};
      -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    h1 { margin: 0; font-size: 15pt; line-height: 1.2; }
    h2 { margin: 0 0 1mm; font-size: 9.5pt; }
    p { margin: 0; }
    figure { margin: 0; }
    header { padding-bottom: 2mm; margin-bottom: 3mm; border-bottom: 0.3mm solid ${token['control-border']}; }
    .subtitle { margin-top: 1mm; font-size: 9.5pt; }
    .body { display: grid; grid-template-columns: 169mm 1fr; grid-template-rows: auto auto 1fr; column-gap: 6mm; align-items: start; }
    .map { grid-row: 1 / span 3; }
    .map img, .map canvas { display: block; width: 169mm; height: auto; aspect-ratio: ${PRINT_MAP_SIZE.width} / ${PRINT_MAP_SIZE.height}; object-fit: contain; border: 0.3mm solid ${token.border}; }
    .map [hidden] { display: none; }
    choropleth-legend { --bdgn-font-size: 8.5pt; }
    .note { color: ${token.muted}; }
    .legend .note { margin-top: 0.8mm; }
    .qr { display: grid; grid-template-columns: 19mm 1fr; gap: 2mm; align-items: center; margin-top: 3mm; font-size: 7pt; }
    .qr svg { width: 19mm; height: 19mm; }
    .qr .url { display: block; margin-top: 1mm; color: ${token.muted}; word-break: break-all; }
    footer { align-self: end; margin-top: 3mm; font-size: 6.5pt; color: ${token.muted}; }
    .figures { margin-top: 3mm; break-inside: avoid; }
    table { width: 100%; border-collapse: collapse; font-size: 7.5pt; line-height: 1.2; font-variant-numeric: tabular-nums; }
    th, td { padding: 0.35mm 1.2mm; border-bottom: 0.2mm solid ${token.border}; text-align: right; vertical-align: bottom; }
    thead th { font-weight: 600; font-size: 7pt; }
    thead th:first-child, tbody th, tfoot th { text-align: left; white-space: nowrap; }
    tbody th { font-weight: 400; }
    th.current { background: ${token.highlight}; }
    tfoot tr, tfoot th { font-weight: 600; }
    tr.printed-total { font-style: italic; }
    .differs { font-weight: 600; }
    .printed, .printed-name { font-weight: 400; color: ${token.muted}; }
    .figures .note { margin-top: 1mm; font-size: 7pt; }
    .findings { margin-top: 3mm; }
    .findings h2 { break-after: avoid; }
    .findings ol { margin: 0; padding-left: 5mm; columns: 2; column-gap: 8mm; font-size: 7pt; }
    .findings li { break-inside: avoid; margin-bottom: 1mm; }
    .findings li.error strong { color: ${token.error}; }
    .findings li.warning strong { color: ${token.warn}; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'print-view': PrintView;
  }
}
