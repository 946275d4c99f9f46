/** `<presenter-search>`: the small field that puts a commune in the presentation's spotlight by name. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { searchCommunes, type SearchOption } from '../core/name-search';
import type { Lang } from '../data/types';
import { tr } from '../core/format';
import { PRESENTER } from '../core/strings/presenter';
import { emit } from '../ui/events';
import { token } from '../ui/tokens';

/** A search field with the communes as suggestions; Enter (or picking a suggestion) emits presenter-spotlight. */
@customElement('presenter-search')
export class PresenterSearch extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /** The communes offered (official name, other spellings). */
  @property({ attribute: false }) options: SearchOption[] = [];
  /** Display language. */
  @property({ reflect: true }) override lang: Lang = 'vi';
  /** The text shown (the spotlit commune's name, or empty). */
  @property() value = '';
  /** The "no commune matches" message, or empty. */
  @state() private message = '';

  #onInput = (e: Event): void => {
    this.value = (e.target as HTMLInputElement).value;
    this.message = '';
    const exact = this.options.find((o) => o.label === this.value);
    if (exact) emit(this, 'presenter-spotlight', { gsoCode: exact.gsoCode });
  };

  #onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const match = searchCommunes(this.options, this.value)[0];
    if (match) emit(this, 'presenter-spotlight', { gsoCode: match.gsoCode });
    else this.message = tr(PRESENTER.noMatch, this.lang, { query: this.value });
  };

  override render() {
    const label = tr(PRESENTER.search, this.lang);
    return html`<input type="search" list="communes" autocomplete="off" .value=${this.value} aria-label=${label} placeholder=${label}
        aria-describedby="message" @input=${this.#onInput} @keydown=${this.#onKey} />
      <datalist id="communes">${this.options.map((o) => html`<option value=${o.label}></option>`)}</datalist>
      <p id="message" role="status">${this.message || nothing}</p>`;
  }

  static override styles = css`
    :host { display: block; position: relative; }
    input { box-sizing: border-box; width: 100%; min-height: 44px; padding: 0.2em 0.6em; font: inherit; color: ${token.fg}; background: ${token.bg}; border: 2px solid ${token.bg}; border-radius: 6px; }
    input::placeholder { color: ${token.muted}; opacity: 1; }
    input:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
    p { position: absolute; z-index: 6; top: 100%; right: 0; margin: 0.4em 0 0; width: max-content; max-width: 24em; }
    p:not(:empty) { padding: 0.3em 0.6em; color: ${token.fg}; background: ${token.bg}; border: 3px solid ${token.fg}; border-radius: 6px; font-weight: 600; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'presenter-search': PresenterSearch;
  }
}
