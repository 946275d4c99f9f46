/** `<embed-dialog>`: the modal that gives the HTML to embed the current view in another page (iframe, height listener, web component). */
import { LitElement, html, css, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { DistrictName } from '../core/place-names';
import type { Bilingual } from '../data/types';
import { cleanEmbedId, DEFAULT_EMBED_ID, elementSnippet, iframeSnippet, listenerSnippet } from './embed-snippets';
import { tr } from '../core/format';
import { EMBED_DIALOG } from '../core/strings/embed-dialog';
import { DEFAULT_VIEW, type ViewState } from '../state/view-state';
import { emit } from '../ui/events';
import { token } from '../ui/tokens';

type SnippetId = 'iframe' | 'listener' | 'element';

/** A modal `<dialog>` shown while `open`; closing it (button, Escape) sets `open` to false and emits `dismiss` (the host must then set its own state to false). */
@customElement('embed-dialog')
export class EmbedDialog extends LitElement {
  /** Whether the dialog is shown (as a modal). */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The view the snippets embed. */
  @property({ attribute: false }) view: ViewState = DEFAULT_VIEW;
  /** Absolute URL of the app's folder, ending in "/" (e.g. `new URL('./', location.href).href`). */
  @property() baseUrl = '';
  /** The plan's district, for the iframe's title (the embed shows the built-in plan: Cam Lộ). */
  @property({ attribute: false }) district: DistrictName = { name: 'Cam Lộ', type: 'Huyện' };
  /** The plan's year, for the iframe's title. */
  @property({ type: Number }) year = 2022;
  /** The title of the place the view shows (`place=`, `units=2025`), for the iframe's title; null for the plan's own units. */
  @property({ attribute: false }) placeTitle: Bilingual | null = null;

  /** The frame id typed by the person embedding. */
  @state() private frameId = DEFAULT_EMBED_ID;
  /** The snippet just copied (or selected for a manual copy), and how. */
  @state() private copied: { id: SnippetId; how: 'copied' | 'selected' } | null = null;
  @query('dialog') private dialog!: HTMLDialogElement;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.copied = null;
  }

  override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) this.dialog.showModal();
    else if (!this.open && this.dialog.open) this.dialog.close();
  }

  #onClose = (): void => {
    if (!this.open) return;
    this.open = false;
    emit(this, 'dismiss', {});
  };

  #onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') e.stopPropagation();
  };

  async #copy(id: SnippetId): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${id}-code`);
    if (!area) return;
    try {
      await navigator.clipboard.writeText(area.value);
      this.copied = { id, how: 'copied' };
    } catch {
      area.focus();
      area.select();
      this.copied = { id, how: 'selected' };
    }
  }

  #snippet(id: SnippetId, title: string, hint: string, code: string, rows: number) {
    const lang = this.view.lang;
    const status = this.copied?.id === id ? tr(this.copied.how === 'copied' ? EMBED_DIALOG.copied : EMBED_DIALOG.copyManually, lang) : '';
    return html`<section class="snippet" aria-labelledby="${id}-title">
      <h3 id="${id}-title">${title}</h3>
      <p id="${id}-hint" class="hint">${hint}</p>
      <textarea id="${id}-code" readonly rows=${rows} spellcheck="false" aria-labelledby="${id}-title" aria-describedby="${id}-hint"
        @focus=${(e: FocusEvent) => (e.target as HTMLTextAreaElement).select()} .value=${code}></textarea>
      <div class="actions">
        <button type="button" class="copy" data-snippet=${id} @click=${() => this.#copy(id)}>${tr(EMBED_DIALOG.copy, lang)}</button>
        <span class="status" role="status">${status}</span>
      </div>
    </section>`;
  }

  override render() {
    const lang = this.view.lang;
    const input = { baseUrl: this.baseUrl, view: this.view, id: this.frameId, district: this.district, year: this.year, placeTitle: this.placeTitle };
    return html`<dialog aria-labelledby="heading" @close=${this.#onClose} @keydown=${this.#onKeyDown}>
      <div class="head">
        <h2 id="heading">${tr(EMBED_DIALOG.heading, lang)}</h2>
        <button type="button" class="close" @click=${() => this.dialog.close()}>${tr(EMBED_DIALOG.close, lang)}</button>
      </div>
      <p class="intro">${tr(EMBED_DIALOG.intro, lang)}</p>
      <label class="id-field">${tr(EMBED_DIALOG.frameId, lang)}
        <input type="text" autocomplete="off" spellcheck="false" .value=${this.frameId}
          @change=${(e: Event) => (this.frameId = cleanEmbedId((e.target as HTMLInputElement).value))} />
      </label>
      ${this.#snippet('iframe', tr(EMBED_DIALOG.iframe, lang), tr(EMBED_DIALOG.iframeHint, lang), iframeSnippet(input), 5)}
      ${this.#snippet('listener', tr(EMBED_DIALOG.listener, lang), tr(EMBED_DIALOG.listenerHint, lang), listenerSnippet(), 10)}
      ${this.#snippet('element', tr(EMBED_DIALOG.element, lang), tr(EMBED_DIALOG.elementHint, lang), elementSnippet(input), 3)}
    </dialog>`;
  }

  static override styles = css`
    :host { font-family: ${token.font}; color: ${token.fg}; }
    dialog { width: min(44rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem); padding: 1rem 1.25rem; border: 0; border-radius: ${token.radius};
      box-shadow: 0 8px 32px rgb(0 0 0 / 30%); color: inherit; background: ${token.bg}; box-sizing: border-box; }
    dialog::backdrop { background: rgb(0 0 0 / 45%); }
    .head { display: flex; justify-content: space-between; align-items: start; gap: 1rem; }
    h2 { margin: 0; font-size: 1.15rem; }
    h3 { margin: 0 0 0.2rem; font-size: 0.95rem; }
    .intro, .hint { margin: 0.4rem 0; font-size: 0.9rem; color: ${token.muted}; }
    .snippet { margin-top: 1rem; }
    .id-field { display: grid; gap: 0.2rem; margin-top: 0.5rem; font-size: 0.9rem; font-weight: 600; }
    input, textarea { font: inherit; color: inherit; border: 1px solid ${token['control-border']}; border-radius: ${token['radius-small']}; padding: 0.35rem 0.45rem; box-sizing: border-box; }
    textarea { display: block; width: 100%; resize: vertical; font: 12px/1.45 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; background: ${token['page-bg']}; }
    .actions { display: flex; align-items: center; gap: 0.75rem; margin-top: 0.35rem; }
    button { font: inherit; cursor: pointer; border-radius: ${token['radius-small']}; padding: 0.35rem 0.8rem; border: 1px solid ${token.accent}; }
    .copy { background: ${token.accent}; color: ${token['on-accent']}; }
    .close { background: ${token.bg}; color: ${token.accent}; }
    .status { font-size: 0.85rem; color: ${token.ok}; }
    button:focus-visible, input:focus-visible, textarea:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'embed-dialog': EmbedDialog;
  }
}
