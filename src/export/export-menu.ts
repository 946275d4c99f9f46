/**
 * `<export-menu>`: a "Tải xuống / In" button opening a list of exports — PNG for slides (2×, 3×), SVG, CSV,
 * GeoJSON, print on A4 or A3 — that it makes and downloads itself.
 */
import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Dataset } from '../data/dataset';
import { planSources, type PlanSources } from '../data/plan-sources';
import { DEFAULT_CONTEXT, type MapContext } from '../data/default-dataset';
import type { Lang } from '../data/types';
import { tr } from '../core/format';
import { EXPORT_MENU } from '../core/strings/export';
import type { Choropleth } from '../classify/choropleth';
import { buildCsv } from './csv';
import { downloadBlob } from '../ui/download';
import { exportBaseName } from './figures';
import { buildGeoJson } from './geojson';
import type { MapRenderSource } from './map-render';
import { exportPng } from './png';
import { preparePrint, printKey } from './print-job';
import { SLIDE_SIZE } from './slide-layout';
import { slideTexts } from './slide-texts';
import { buildSvg } from './svg';
import { DEFAULT_VIEW, type ViewState } from '../state/view-state';
import { token } from '../ui/tokens';

/** The exports the menu offers, in menu order. */
export const EXPORT_KINDS = ['png-2', 'png-3', 'svg', 'csv', 'geojson', 'print-a4', 'print-a3'] as const;

/** One export. */
export type ExportKind = (typeof EXPORT_KINDS)[number];

const LABELS: Record<ExportKind, keyof typeof EXPORT_MENU> = { 'png-2': 'png2', 'png-3': 'png3', svg: 'svg', csv: 'csv', geojson: 'geojson', 'print-a4': 'printA4', 'print-a3': 'printA3' };
const WHAT: Record<ExportKind, keyof typeof EXPORT_MENU> = { 'png-2': 'whatPng', 'png-3': 'whatPng', svg: 'whatSvg', csv: 'whatCsv', geojson: 'whatGeoJson', 'print-a4': 'whatPrint', 'print-a3': 'whatPrint' };

/**
 * The export menu of the app's derived state (dataset, view, choropleth); PNG and print maps come from the shared
 * off-screen renderer. After each export the host carries `data-last-export` ("png:2560x1440:<bytes>", "csv:<rows>:<bytes>", …).
 */
@customElement('export-menu')
export class ExportMenu extends LitElement {
  /** The dataset exported. */
  @property({ attribute: false }) data: Dataset | null = null;
  /** Where the figures and boundaries exported come from (null: the dataset's own, on the built-in boundaries). */
  @property({ attribute: false }) sources: PlanSources | null = null;
  /** The choropleth of the view: the colours of the map, legend and files, as on screen. */
  @property({ attribute: false }) choropleth: Choropleth | null = null;
  /** The current view (metric, classification, palette; its parameters make the print's share link). */
  @property({ attribute: false }) view: ViewState = DEFAULT_VIEW;
  /** Outline, neighbours and label points drawn around the communes. */
  @property({ attribute: false }) context: MapContext = DEFAULT_CONTEXT;
  /** Draw the online basemap under the communes in PNG and print (as the map on screen does). */
  @property({ type: Boolean }) basemap = false;
  /** Language of the menu and of the exported texts. */
  @property({ reflect: true }) override lang: Lang = 'vi';

  /** Whether the list of exports is shown. */
  @state() private open = false;
  /** The export being made, or null. */
  @state() private busy: ExportKind | null = null;
  /** The progress or result message announced in the status line. */
  @state() private status = '';
  @query('.trigger') private trigger!: HTMLButtonElement;
  #statusTimer = 0;

  /** What the PNG and print maps draw. */
  #source(): MapRenderSource & { choropleth: Choropleth } {
    const { data, choropleth } = this;
    if (!data || !choropleth) throw new Error(tr(EXPORT_MENU.noMap, this.lang));
    return { dataset: data, choropleth, context: this.context, lang: this.view.lang, basemap: this.basemap };
  }

  /** Make one export as its menu entry does; resolves once the file is handed to the browser (or the print dialog closes). */
  async run(kind: ExportKind): Promise<void> {
    const lang = this.lang;
    const what = tr(EXPORT_MENU[WHAT[kind]] as { vi: string; en: string }, lang);
    const started = performance.now();
    this.busy = kind;
    window.clearTimeout(this.#statusTimer);
    this.status = tr(EXPORT_MENU.working, lang, { what });
    this.removeAttribute('data-export-error');
    try {
      const done = (record: string, message: string) => {
        this.setAttribute('data-last-export', record);
        this.setAttribute('data-last-export-ms', String(Math.round(performance.now() - started)));
        this.status = message;
        this.#statusTimer = window.setTimeout(() => (this.status = ''), 5000);
      };
      if (kind === 'print-a4' || kind === 'print-a3') {
        const paper = kind === 'print-a4' ? 'A4' : 'A3';
        await preparePrint(this.#source(), printKey(this.view), paper);
        done(`print:${paper}`, tr(EXPORT_MENU.printing, lang));
        window.print();
        return;
      }
      const { blob, name, record } = await this.#file(kind);
      downloadBlob(blob, name);
      done(`${record}:${blob.size}`, tr(EXPORT_MENU.downloaded, lang, { file: name }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.setAttribute('data-export-error', message);
      this.status = tr(EXPORT_MENU.failed, lang, { what, error: message });
    } finally {
      this.busy = null;
    }
  }

  async #file(kind: Exclude<ExportKind, 'print-a4' | 'print-a3'>): Promise<{ blob: Blob; name: string; record: string }> {
    const source = this.#source();
    const { dataset, choropleth } = source;
    const lang = this.lang;
    const metric = choropleth.metric.id;
    const base = exportBaseName(dataset, metric);
    if (kind === 'csv') {
      const text = buildCsv(dataset, metric, lang);
      const rows = dataset.table.units.length + (dataset.table.total ? 1 : 0);
      return { blob: new Blob([text], { type: 'text/csv;charset=utf-8' }), name: `${base}.csv`, record: `csv:${rows}` };
    }
    if (kind === 'geojson') {
      const collection = buildGeoJson(dataset, choropleth);
      return { blob: new Blob([JSON.stringify(collection)], { type: 'application/geo+json' }), name: `${base}.geojson`, record: `geojson:${collection.features.length}` };
    }
    const texts = slideTexts(dataset, choropleth, lang, new Date(), this.sources ?? planSources(dataset));
    const { width, height } = SLIDE_SIZE;
    if (kind === 'svg') {
      const text = buildSvg(dataset, choropleth, this.context, { texts, lang });
      return { blob: new Blob([text], { type: 'image/svg+xml;charset=utf-8' }), name: `${base}.svg`, record: `svg:${width}x${height}` };
    }
    const scale = kind === 'png-2' ? 2 : 3;
    const blob = await exportPng(source, { ...texts, scale, lang });
    return { blob, name: `${base}-${scale}x.png`, record: `png:${width * scale}x${height * scale}` };
  }

  #toggle(): void {
    this.open = !this.open;
    if (this.open) this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('.list button')?.focus());
  }

  #close(focusTrigger: boolean): void {
    if (!this.open) return;
    this.open = false;
    if (focusTrigger) this.trigger.focus();
  }

  #choose(kind: ExportKind): void {
    this.#close(true);
    void this.run(kind);
  }

  #onKeyDown = (e: KeyboardEvent): void => {
    if (!this.open) return;
    const items = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.list button')];
    const index = items.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 };
    if (e.key === 'Escape') {
      e.preventDefault();
      this.#close(true);
    } else if (e.key in moves && index >= 0) {
      e.preventDefault();
      items[(moves[e.key]! + items.length) % items.length]?.focus();
    }
  };

  #onFocusOut = (e: FocusEvent): void => {
    if (!(e.relatedTarget instanceof Node) || !this.renderRoot.contains(e.relatedTarget)) this.#close(false);
  };

  #onDocumentPointer = (e: PointerEvent): void => {
    if (this.open && !e.composedPath().includes(this)) this.#close(false);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.#onDocumentPointer);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('pointerdown', this.#onDocumentPointer);
    window.clearTimeout(this.#statusTimer);
    super.disconnectedCallback();
  }

  override render() {
    const lang = this.lang;
    const size = (scale: number) => `${SLIDE_SIZE.width * scale}×${SLIDE_SIZE.height * scale}`;
    return html`<div class="menu" @keydown=${this.#onKeyDown} @focusout=${this.#onFocusOut}>
      <button type="button" class="trigger" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="export-list" aria-busy=${this.busy ? 'true' : 'false'} @click=${() => this.#toggle()}>
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M10 3v9m-4-4 4 4 4-4M4 15h12" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>
        ${tr(EXPORT_MENU.button, lang)}
      </button>
      <ul id="export-list" class="list" aria-label=${tr(EXPORT_MENU.listLabel, lang)} ?hidden=${!this.open}>
        ${EXPORT_KINDS.map(
          (kind) => html`<li class=${kind.startsWith('print') ? 'print' : ''}>
            <button type="button" data-export=${kind} ?disabled=${this.busy !== null} @click=${() => this.#choose(kind)}>
              ${tr(EXPORT_MENU[LABELS[kind]] as { vi: string; en: string }, lang, { size: size(kind === 'png-3' ? 3 : 2) })}
            </button>
          </li>`,
        )}
      </ul>
      <p class="status" role="status">${this.status || nothing}</p>
    </div>`;
  }

  static override styles = css`
    :host { position: relative; display: inline-block; font-family: ${token.font}; font-size: ${token['font-size']}; }
    .trigger { display: inline-flex; align-items: center; gap: 0.4em; font: inherit; min-height: 2.25em; padding: 0.3em 0.8em; border: 1px solid ${token['control-border']};
      border-radius: ${token.radius}; background: ${token.bg}; color: ${token.fg}; cursor: pointer; }
    .trigger[aria-busy='true'] { cursor: progress; }
    .list { position: absolute; z-index: 20; right: 0; top: calc(100% + 4px); width: max-content; min-width: 16rem; max-width: min(26rem, calc(100vw - 1rem)); margin: 0; padding: 4px; list-style: none;
      background: ${token.bg}; border: 1px solid ${token.border}; border-radius: ${token.radius}; box-shadow: 0 4px 16px rgb(0 0 0 / 20%); }
    .list[hidden] { display: none; }
    .list li.print { border-top: 1px solid ${token.border}; }
    .list li.print + li.print { border-top: 0; }
    .list button { display: block; width: 100%; font: inherit; text-align: left; padding: 0.45em 0.7em; border: 0; border-radius: 4px; background: none; color: ${token.fg}; cursor: pointer; }
    .list button:hover:not(:disabled) { background: ${token.hover}; }
    .list button:disabled { color: ${token.muted}; cursor: progress; }
    button:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
    .status { position: absolute; right: 0; top: calc(100% + 4px); margin: 0; max-width: 22rem; padding: 0.3em 0.6em; border-radius: ${token['radius-small']}; background: ${token.bg}; color: ${token.fg}; font-size: 0.85em;
      box-shadow: 0 2px 8px rgb(0 0 0 / 15%); pointer-events: none; }
    .status:empty { padding: 0; box-shadow: none; }
    .list:not([hidden]) ~ .status { opacity: 0; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'export-menu': ExportMenu;
  }
}
