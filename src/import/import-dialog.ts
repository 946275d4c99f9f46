/**
 * `<import-dialog>`: the modal dialog of a table load that needs the person — the sheet chooser, the column
 * review or the unit review, with the load's problems above. Escape or Cancel sends `import-cancel`; the
 * figures on screen stay until the person confirms.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { langProperty, LocalizeController } from '../ui/localize';
import { emitImport } from './import-events';
import type { ImportIssue } from './import-issues';
import type { TableOutcome } from './import-session';
import { IMPORT } from './import-strings';
import type { LocatedTable } from './place-locate';
import { columnSamples } from './review-model';
import './column-review';
import './sheet-chooser';
import './unit-review';
import './import-notice';

/** Which review the dialog shows. */
export type ImportReview = 'sheet' | 'columns' | 'units';

/** The import dialog. */
@customElement('import-dialog')
export class ImportDialog extends LitElement {
  /** The review to show, or null when closed. */
  @property({ attribute: false }) review: ImportReview | null = null;
  /** The table load being reviewed. */
  @property({ attribute: false }) outcome: TableOutcome | null = null;
  /** The placed table, with the person's fixes applied (unit review). */
  @property({ attribute: false }) located: LocatedTable | null = null;
  /** Problems and notes of the load. */
  @property({ attribute: false }) issues: ImportIssue[] = [];
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  @query('dialog') private dialog!: HTMLDialogElement | null;
  readonly #i18n = new LocalizeController(this);

  override updated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.review && !dialog.open) dialog.showModal();
    if (!this.review && dialog.open) dialog.close();
  }

  #onCancel = (e: Event) => {
    e.preventDefault();
    emitImport(this, 'import-cancel', {});
  };

  #body() {
    const t = this.#i18n;
    const lang = t.lang;
    const outcome = this.outcome;
    if (this.review === 'sheet' && outcome && outcome.stage === 'sheet') {
      return html`<h2 id="title">${t.term(IMPORT.sheetTitle)}</h2><sheet-chooser .file=${outcome.reading.file} .sheets=${outcome.reading.sheets}></sheet-chooser>`;
    }
    if (this.review === 'columns' && outcome && (outcome.stage === 'columns' || outcome.stage === 'placed')) {
      const sheet = outcome.reading.sheets[outcome.sheet];
      return html`<h2 id="title">${t.term(IMPORT.columnsTitle)} — ${outcome.reading.file}</h2>
        <column-review .columns=${outcome.columns} .samples=${sheet ? columnSamples(sheet) : new Map()}></column-review>`;
    }
    if (this.review === 'units' && this.located) {
      const { titles, units, matching, fixes } = this.located;
      return html`<h2 id="title">${t.term(IMPORT.unitsTitle)} — ${this.located.table.table.file}</h2>
        <unit-review .matching=${matching} .units=${units} .fixes=${fixes} place=${titles.place?.[lang] ?? ''} runnerUp=${titles.runnerUp?.[lang] ?? ''}></unit-review>`;
    }
    return nothing;
  }

  override render() {
    return html`<dialog aria-labelledby="title" @cancel=${this.#onCancel}>
      ${this.issues.length ? html`<import-notice .issues=${this.issues}></import-notice>` : nothing}
      ${this.#body()}
    </dialog>`;
  }

  static override styles = css`
    dialog { width: min(64rem, 96vw); max-height: 92vh; border: none; border-radius: 10px; padding: 1rem 1.25rem; box-shadow: 0 10px 40px rgb(0 0 0 / 0.3); }
    dialog::backdrop { background: rgb(17 24 39 / 0.45); }
    h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'import-dialog': ImportDialog;
  }
}
