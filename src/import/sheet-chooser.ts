/** `<sheet-chooser>`: the sheets of a workbook, those with a table selectable, for the person to pick one. Sends `import-sheet` or `import-cancel`. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SheetReading } from '../data/table-read/read-table';
import { langProperty, LocalizeController } from '../ui/localize';
import { emitImport } from './import-events';
import { IMPORT } from './import-strings';
import { token } from '../ui/tokens';

/** The sheet list. */
@customElement('sheet-chooser')
export class SheetChooser extends LitElement {
  /** The workbook's file name. */
  @property() file = '';
  /** The sheets as read. */
  @property({ attribute: false }) sheets: SheetReading[] = [];
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);

  override render() {
    const t = this.#i18n;
    return html`
      <p>${t.term(IMPORT.sheetIntro, { file: this.file })}</p>
      <ul>
        ${this.sheets.map((sheet, index) => {
          const rows = sheet.layout?.rows.filter((r) => r.kind === 'unit').length ?? 0;
          return html`<li><button type="button" ?disabled=${!sheet.layout} @click=${() => emitImport(this, 'import-sheet', { sheet: index })}>
            <strong>${sheet.name}</strong> — ${sheet.layout ? t.term(IMPORT.sheetRows, { rows }) : t.term(IMPORT.sheetNoTable)}</button></li>`;
        })}
      </ul>
      <button type="button" @click=${() => emitImport(this, 'import-cancel', {})}>${t.term(IMPORT.cancel)}</button>
    `;
  }

  static override styles = css`
    ul { list-style: none; padding: 0; display: grid; gap: 0.4rem; }
    button { font: inherit; padding: 0.4rem 0.8rem; border-radius: ${token.radius}; border: 1px solid ${token['control-border']}; background: ${token.bg}; cursor: pointer; text-align: left; }
    li button { width: 100%; }
    button:disabled { color: ${token.muted}; cursor: not-allowed; }
    button:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'sheet-chooser': SheetChooser;
  }
}
