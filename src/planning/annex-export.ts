/**
 * `<annex-export>`: the draft as the official annex — an Excel workbook (SheetJS, loaded only on click), an HTML
 * table on the clipboard that pastes into Word with its grid (plus plain text), and a CSV that loads back.
 */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Dataset } from '../data/dataset';
import { annexFileName, annexModel, type AnnexModel } from '../data/planning/annex';
import { annexCsv } from '../data/planning/annex-csv';
import type { Bilingual } from '../data/types';
import { tr } from '../core/format';
import { langProperty, LocalizeController } from '../ui/localize';
import { annexClipboard } from './annex-clipboard';
import { ANNEX } from './planning-strings';
import { planningStyles } from './planning-styles';
import { downloadBlob } from '../ui/download';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The error's own words, short. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/** Buttons that export the annex of a (drafted) dataset. */
@customElement('annex-export')
export class AnnexExport extends LitElement {
  /** The dataset whose table becomes the annex (the drafted one). */
  @property({ attribute: false }) data: Dataset | null = null;
  /** Year of the targets. */
  @property({ type: Number }) year = 2022;
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);

  /** The last outcome, in both languages; `error` for a failure. */
  @state() private status: { text: Bilingual; error: boolean } | null = null;
  @state() private busy = false;

  #model(): AnnexModel | null {
    return this.data ? annexModel(this.data, { year: this.year }) : null;
  }

  #done(text: Bilingual, error = false): void {
    this.status = { text, error };
  }

  #saved(file: string): void {
    this.#done({ vi: tr(ANNEX.saved, 'vi', { file }), en: tr(ANNEX.saved, 'en', { file }) });
  }

  async #xlsx(): Promise<void> {
    const model = this.#model();
    if (!model || this.busy) return;
    this.busy = true;
    this.#done(ANNEX.working);
    try {
      const { annexWorkbook } = await import('../data/planning/annex-xlsx');
      const bytes = await annexWorkbook(model);
      const file = annexFileName(model, 'xlsx');
      downloadBlob(new Blob([bytes as BlobPart], { type: XLSX_TYPE }), file);
      this.#saved(file);
    } catch (error) {
      const reason = reasonOf(error);
      this.#done({ vi: tr(ANNEX.saveFailed, 'vi', { reason }), en: tr(ANNEX.saveFailed, 'en', { reason }) }, true);
    } finally {
      this.busy = false;
    }
  }

  #csv(): void {
    const model = this.#model();
    if (!model) return;
    const file = annexFileName(model, 'csv');
    downloadBlob(new Blob([annexCsv(model)], { type: 'text/csv;charset=utf-8' }), file);
    this.#saved(file);
  }

  async #copy(): Promise<void> {
    const model = this.#model();
    if (!model) return;
    const { html: markup, text } = annexClipboard(model);
    try {
      const item = new ClipboardItem({ 'text/html': new Blob([markup], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) });
      await navigator.clipboard.write([item]);
      this.#done(ANNEX.copied);
    } catch (error) {
      const reason = reasonOf(error);
      this.#done({ vi: tr(ANNEX.copyFailed, 'vi', { reason }), en: tr(ANNEX.copyFailed, 'en', { reason }) }, true);
    }
  }

  override render() {
    const i18n = this.#i18n;
    if (!this.data) return nothing;
    return html`<section aria-labelledby="annex-heading">
      <h2 id="annex-heading">${i18n.term(ANNEX.heading)}</h2>
      <div class="row">
        <button type="button" class="primary" data-format="xlsx" ?disabled=${this.busy} @click=${() => void this.#xlsx()}>${i18n.term(ANNEX.xlsx)}</button>
        <button type="button" data-format="word" @click=${() => void this.#copy()}>${i18n.term(ANNEX.word)}</button>
        <button type="button" data-format="csv" @click=${() => this.#csv()}>${i18n.term(ANNEX.csv)}</button>
      </div>
      <p class=${this.status?.error ? 'error' : 'status'} role=${this.status?.error ? 'alert' : 'status'}>${this.status ? this.status.text[i18n.lang] : ''}</p>
    </section>`;
  }

  static override styles = planningStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'annex-export': AnnexExport;
  }
}
