/**
 * `<import-notice>`: what a load found — errors (the figures on screen unchanged), notes, and after a table is
 * placed, the one-line summary "Đã ghép 8/8 đơn vị — xem lại" whose link sends `import-review`. Each problem
 * is located and in the page's language; cell text is shown as text.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from '../ui/events';
import { langProperty, LocalizeController } from '../ui/localize';
import { emitImport } from './import-events';
import type { ImportIssue } from './import-issues';
import { IMPORT } from './import-strings';
import { token } from '../ui/tokens';

/** The load notice. */
@customElement('import-notice')
export class ImportNotice extends LitElement {
  /** Problems and notes to list. */
  @property({ attribute: false }) issues: ImportIssue[] = [];
  /** The one-line summary of the last placed table ("Đã ghép 8/8 đơn vị"), or ''. */
  @property() summary = '';
  /** Whether the summary links to the unit review. */
  @property({ type: Boolean }) reviewable = false;
  /** Whether the notice can be closed (sends `dismiss`). */
  @property({ type: Boolean }) dismissible = false;
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);

  override render() {
    const t = this.#i18n;
    const lang = t.lang;
    const errors = this.issues.filter((i) => i.severity === 'error');
    const notes = this.issues.filter((i) => i.severity === 'warning');
    const close = this.dismissible ? html`<button type="button" class="close" @click=${() => emit(this, 'dismiss', {})}>×<span class="sr">${lang === 'vi' ? 'Đóng' : 'Close'}</span></button>` : nothing;
    return html`
      ${this.summary ? html`<p class="summary" role="status">${this.summary}${this.reviewable ? html` — <a href="#review" @click=${(e: Event) => { e.preventDefault(); emitImport(this, 'import-review', {}); }}>${t.term(IMPORT.review)}</a>` : nothing}${errors.length || notes.length ? nothing : close}</p>` : nothing}
      ${errors.length ? html`<div class="errors" role="alert"><strong>${t.term(IMPORT.issuesTitle)}</strong>${close}<ul>${errors.map((i) => html`<li>${i.message[lang]}</li>`)}</ul></div>` : nothing}
      ${notes.length ? html`<div class="notes" role="status"><strong>${t.term(IMPORT.warningsTitle)}</strong>${errors.length ? nothing : close}<ul>${notes.map((i) => html`<li>${i.message[lang]}</li>`)}</ul></div>` : nothing}
    `;
  }

  static override styles = css`
    :host { display: block; }
    .errors, .notes, .summary { margin: 0.4rem 0; padding: 0.45rem 0.8rem; border-radius: 4px; position: relative; }
    .errors { border-left: 4px solid ${token.error}; background: ${token['error-bg']}; color: ${token['on-error-bg']}; }
    .notes { border-left: 4px solid ${token.warn}; background: ${token['warn-bg']}; color: ${token.fg}; }
    .summary { border-left: 4px solid ${token.ok}; background: color-mix(in srgb, ${token.ok} 7%, ${token.bg}); color: ${token.fg}; }
    ul { margin: 0.25rem 0 0; padding-left: 1.2rem; max-height: 10rem; overflow: auto; }
    .close { position: absolute; top: 0.2rem; right: 0.4rem; font: inherit; border: none; background: none; cursor: pointer; font-size: 1.1rem; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
    a:focus-visible, button:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'import-notice': ImportNotice;
  }
}
