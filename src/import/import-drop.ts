/**
 * `<import-drop>`: the way in for a person's figures — a styled "Open a figures file…" button (with the file
 * picker behind it), a drop zone over the whole page while files are dragged over it, and pasting a table
 * (Ctrl+V) anywhere focus is not in a text field. Sends `import-files` and `import-paste`.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { langProperty, LocalizeController } from '../ui/localize';
import { emitImport } from './import-events';
import { IMPORT } from './import-strings';
import { clipboardTable, isTypingTarget } from './paste-input';
import { token } from '../ui/tokens';

/** File types the picker offers. */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.xlsx,.xls,.docx,.htm,.html,.json,.geojson,text/csv,text/plain,application/vnd.ms-excel,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function hasFiles(e: DragEvent): boolean {
  return [...(e.dataTransfer?.types ?? [])].includes('Files');
}

/** The picker button, page-wide drop zone and paste listener. */
@customElement('import-drop')
export class ImportDrop extends LitElement {
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  /** Whether a load is in progress (the button shows it and is disabled). */
  @property({ type: Boolean }) busy = false;
  @state() private dragging = false;
  @query('input[type=file]') private input!: HTMLInputElement;
  readonly #i18n = new LocalizeController(this);
  #depth = 0;

  #onDragEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    this.#depth++;
    this.dragging = true;
  };

  #onDragOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };

  #onDragLeave = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    this.#depth = Math.max(0, this.#depth - 1);
    if (this.#depth === 0) this.dragging = false;
  };

  #onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    this.#depth = 0;
    this.dragging = false;
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length > 0) emitImport(this, 'import-files', { files });
  };

  #onPaste = (e: ClipboardEvent) => {
    if (!e.clipboardData || isTypingTarget(e.composedPath())) return;
    const input = clipboardTable(e.clipboardData, this.#i18n.term(IMPORT.pasted));
    if (!input) return;
    e.preventDefault();
    emitImport(this, 'import-paste', { input });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('dragenter', this.#onDragEnter);
    window.addEventListener('dragover', this.#onDragOver);
    window.addEventListener('dragleave', this.#onDragLeave);
    window.addEventListener('drop', this.#onDrop);
    document.addEventListener('paste', this.#onPaste);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('dragenter', this.#onDragEnter);
    window.removeEventListener('dragover', this.#onDragOver);
    window.removeEventListener('dragleave', this.#onDragLeave);
    window.removeEventListener('drop', this.#onDrop);
    document.removeEventListener('paste', this.#onPaste);
    super.disconnectedCallback();
  }

  #onPicked = () => {
    const files = [...(this.input.files ?? [])];
    this.input.value = '';
    if (files.length > 0) emitImport(this, 'import-files', { files });
  };

  override render() {
    const t = this.#i18n;
    return html`
      <button type="button" class="open" ?disabled=${this.busy} aria-describedby="hint" @click=${() => this.input.click()}>
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M10 13V4M6 8l4-4 4 4M4 15h12" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>
        ${t.term(IMPORT.open)}
      </button>
      <input type="file" multiple accept=${ACCEPTED_FILES} tabindex="-1" aria-hidden="true" @change=${this.#onPicked} />
      <span id="hint" class="hint">${t.term(IMPORT.openHint)}</span>
      ${this.dragging ? html`<div class="overlay" role="status"><p>${t.term(IMPORT.dropHere)}</p></div>` : nothing}
    `;
  }

  static override styles = css`
    :host { display: inline-flex; align-items: center; gap: 0.5rem; flex-wrap: wrap; }
    .open { display: inline-flex; align-items: center; gap: 0.4rem; font: inherit; font-weight: 600; padding: 0.45rem 0.9rem; border-radius: ${token.radius}; border: 1px solid ${token.accent}; background: ${token.accent}; color: ${token['on-accent']}; cursor: pointer; }
    .open:hover { background: color-mix(in srgb, ${token.accent} 80%, ${token.fg}); }
    .open:disabled { opacity: 0.6; cursor: progress; }
    .open:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
    input[type='file'] { display: none; }
    .hint { font-size: 0.85em; color: ${token.muted}; max-width: 42rem; }
    .overlay { position: fixed; inset: 0; z-index: 1000; display: grid; place-items: center; background: color-mix(in srgb, ${token.accent} 18%, transparent); border: 4px dashed ${token.accent}; pointer-events: none; }
    .overlay p { background: ${token.bg}; color: ${token.accent}; padding: 1rem 1.5rem; border-radius: 8px; font-size: 1.25rem; font-weight: 600; box-shadow: 0 4px 16px rgb(0 0 0 / 0.2); }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'import-drop': ImportDrop;
  }
}
