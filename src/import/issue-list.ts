/** `<issue-list>`: the problems found in files a person loaded, each with file, row and column. */
import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ParseIssue } from '../data/types';
import { tr } from '../core/format';
import { APP } from '../core/strings/app';
import { emit } from '../ui/events';
import { langProperty, LocalizeController } from '../ui/localize';
import { token } from '../ui/tokens';

/** An alert listing input problems. */
@customElement('issue-list')
export class IssueList extends LitElement {
  /** The problems to list. */
  @property({ attribute: false }) issues: ParseIssue[] = [];
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);

  override render() {
    const lang = this.#i18n.lang;
    return html`<div role="alert">
      <strong>${tr(APP.issuesTitle, lang)}</strong>
      <ul>
        ${this.issues.map(
          (i) => html`<li><code>${tr(APP.issueWhere, lang, { file: i.file, row: i.row ?? '–', column: i.column ?? '–' })}</code>: ${i.message}</li>`,
        )}
      </ul>
      <button @click=${() => emit(this, 'dismiss', {})}>${tr(APP.dismiss, lang)}</button>
    </div>`;
  }

  static override styles = css`
    div { margin: 0.5rem 1rem; padding: 0.5rem 1rem; border-left: 4px solid ${token.error}; background: ${token['error-bg']}; color: ${token['on-error-bg']}; }
    ul { margin: 0.25rem 0; padding-left: 1.2rem; max-height: 12rem; overflow: auto; }
    button:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'issue-list': IssueList;
  }
}
