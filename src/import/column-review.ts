/**
 * `<column-review>`: the columns of a table with what the app proposes each is (a plan figure, the unit name
 * or code, an own measure, or nothing), why, and a few sample cells; the person confirms or changes each.
 * Sends `import-columns` with the confirmed proposal, or `import-cancel`. Cell text is always shown as text.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ColumnChoice, ColumnProposal } from '../data/table-read/columns';
import { langProperty, LocalizeController } from '../ui/localize';
import { emitImport } from './import-events';
import { IMPORT } from './import-strings';
import { choiceOf, COLUMN_OPTIONS, confirmColumns, optionValue } from './review-model';
import { token } from '../ui/tokens';

/** The column review table. */
@customElement('column-review')
export class ColumnReview extends LitElement {
  /** The proposal to review. */
  @property({ attribute: false }) columns: ColumnProposal = { columns: [] };
  /** Sample cells per column index. */
  @property({ attribute: false }) samples: ReadonlyMap<number, string[]> = new Map();
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  @state() private changed = new Map<number, ColumnChoice>();
  @state() private names = new Map<number, string>();
  readonly #i18n = new LocalizeController(this);

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('columns')) {
      this.changed = new Map();
      this.names = new Map();
    }
  }

  #set(index: number, value: string): void {
    const column = this.columns.columns.find((c) => c.column === index);
    if (!column) return;
    const name = this.names.get(index) ?? column.custom?.label ?? column.header;
    this.changed = new Map(this.changed).set(index, choiceOf(column, value, name));
  }

  #rename(index: number, name: string): void {
    this.names = new Map(this.names).set(index, name);
    const current = this.changed.get(index);
    const column = this.columns.columns.find((c) => c.column === index);
    if (column) this.#set(index, current ? (current.target === 'custom' ? `custom:${current.custom.kind}` : current.target) : optionValue(column));
  }

  #confirm = () => emitImport(this, 'import-columns', { columns: confirmColumns(this.columns, this.changed) });

  override render() {
    const t = this.#i18n;
    const lang = t.lang;
    return html`
      <p>${t.term(IMPORT.columnsIntro)}</p>
      <div class="scroll">
        <table>
          <thead><tr><th scope="col">${t.term(IMPORT.columnHeader)}</th><th scope="col">${t.term(IMPORT.columnSample)}</th><th scope="col">${t.term(IMPORT.columnMeaning)}</th><th scope="col">${t.term(IMPORT.columnWhy)}</th></tr></thead>
          <tbody>
            ${this.columns.columns.map((column) => {
              const choice = this.changed.get(column.column);
              const value = choice ? (choice.target === 'custom' ? `custom:${choice.custom.kind}` : choice.target) : optionValue(column);
              const id = `col-${column.column}`;
              const weak = !choice && column.confidence < 0.7 && column.target !== 'ignore';
              return html`<tr class=${weak ? 'weak' : ''}>
                <th scope="row"><label for=${id}><span class="letter">${column.letter}</span> ${column.header}</label></th>
                <td class="sample">${(this.samples.get(column.column) ?? []).join(' · ')}</td>
                <td>
                  <select id=${id} .value=${value} @change=${(e: Event) => this.#set(column.column, (e.target as HTMLSelectElement).value)}>
                    ${COLUMN_OPTIONS.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label[lang]}</option>`)}
                  </select>
                  ${value.startsWith('custom:')
                    ? html`<input type="text" aria-label=${t.term(IMPORT.customName)} .value=${this.names.get(column.column) ?? column.custom?.label ?? column.header}
                        @change=${(e: Event) => this.#rename(column.column, (e.target as HTMLInputElement).value)} />`
                    : null}
                </td>
                <td class="why">${choice ? '' : column.reason[lang]}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      <div class="actions">
        <button type="button" class="primary" @click=${this.#confirm}>${t.term(IMPORT.confirm)}</button>
        <button type="button" @click=${() => emitImport(this, 'import-cancel', {})}>${t.term(IMPORT.cancel)}</button>
      </div>
    `;
  }

  static override styles = css`
    :host { display: block; }
    .scroll { max-height: 60vh; overflow: auto; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid ${token.border}; vertical-align: top; }
    thead th { position: sticky; top: 0; background: ${token['page-bg']}; }
    .letter { display: inline-block; min-width: 1.6em; font-family: ui-monospace, monospace; color: ${token.muted}; }
    .sample { color: ${token.muted}; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .why { color: ${token.muted}; font-size: 0.85em; }
    tr.weak { background: ${token['warn-bg']}; }
    select, input { font: inherit; max-width: 16rem; }
    .actions { display: flex; gap: 0.5rem; margin-top: 0.75rem; }
    button { font: inherit; padding: 0.35rem 0.9rem; border-radius: ${token.radius}; border: 1px solid ${token['control-border']}; background: ${token.bg}; cursor: pointer; }
    button.primary { background: ${token.accent}; border-color: ${token.accent}; color: ${token['on-accent']}; font-weight: 600; }
    button:focus-visible, select:focus-visible, input:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'column-review': ColumnReview;
  }
}
