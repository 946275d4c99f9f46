/**
 * `<template-download>`: "Tải mẫu CSV" / "Tải mẫu Excel" — a blank figures table for the units shown (name,
 * code and the plan's column headers), to fill in with Excel and load back. The template module (and SheetJS
 * with it) is loaded only on click.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { TemplateUnit } from '../data/places/template';
import { langProperty, LocalizeController } from '../ui/localize';
import { TEMPLATE } from './place-strings';
import { templateFileName } from './template-file';
import { token } from '../ui/tokens';
import { downloadBlob } from '../ui/download';

/** The template buttons; see the module comment. */
@customElement('template-download')
export class TemplateDownload extends LitElement {
  /** The units the template lists. */
  @property({ attribute: false }) units: readonly TemplateUnit[] = [];
  /** What the file is named after (the place's name). */
  @property() name = '';
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';

  @state() private problem: string | null = null;
  @state() private busy = false;

  protected readonly i18n = new LocalizeController(this);

  async #download(kind: 'csv' | 'xlsx'): Promise<void> {
    this.busy = true;
    this.problem = null;
    try {
      const { templateCsv, templateXlsx } = await import('../data/places/template');
      const lang = this.i18n.lang;
      const blob =
        kind === 'csv'
          ? new Blob([templateCsv(this.units, lang)], { type: 'text/csv;charset=utf-8' })
          : new Blob([templateXlsx(this.units, lang) as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      downloadBlob(blob, templateFileName(this.name, kind));
    } catch (error) {
      this.problem = this.i18n.term(TEMPLATE.failed, { detail: error instanceof Error ? error.message : String(error) });
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const disabled = this.busy || this.units.length === 0;
    return html`<div class="template">
      <button type="button" id="template-csv" ?disabled=${disabled} aria-describedby="hint" @click=${() => void this.#download('csv')}>${this.i18n.term(TEMPLATE.csv)}</button>
      <button type="button" id="template-xlsx" ?disabled=${disabled} aria-describedby="hint" @click=${() => void this.#download('xlsx')}>${this.i18n.term(TEMPLATE.xlsx)}</button>
      <p id="hint" class="hint">${this.i18n.term(TEMPLATE.hint, { count: this.i18n.number(this.units.length) })}</p>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
    </div>`;
  }

  static override styles = css`
    :host { display: block; font-family: ${token.font}; font-size: ${token['font-size']}; }
    .template { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em 0.6em; }
    button {
      font: inherit; min-height: 2.25em; padding: 0.3em 0.8em; cursor: pointer;
      color: ${token.fg}; background: ${token.bg};
      border: 1px solid ${token['control-border']}; border-radius: 4px;
    }
    button:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
    button[disabled] { cursor: default; opacity: 0.6; }
    .hint { flex-basis: 100%; margin: 0; font-size: 0.85em; color: ${token.muted}; }
    .problem { flex-basis: 100%; margin: 0; color: ${token.error}; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'template-download': TemplateDownload;
  }
}
