/** `<commune-search>`: an ARIA combobox that finds a commune by name, ignoring diacritics and case. */
import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { searchCommunes, type SearchOption } from '../core/name-search';
import { formatCount, tr } from '../core/format';
import { RESULT_COUNT, SEARCH } from '../core/strings/controls';
import { emit } from '../ui/events';
import { srOnly } from '../ui/shared-styles';
import { langProperty, LocalizeController } from '../ui/localize';
import { token } from '../ui/tokens';

/** A search box with a list of matching communes (combobox with listbox popup, list autocomplete). */
@customElement('commune-search')
export class CommuneSearch extends LitElement {
  /** The communes offered: official full name, other names (as printed, ASCII). */
  @property({ attribute: false }) options: SearchOption[] = [];
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);

  /** The text typed. */
  @state() private query = '';
  /** Whether the list is shown. */
  @state() private open = false;
  /** Index of the active option in the matches, or -1. */
  @state() private active = -1;
  /** Announcement for screen readers (result count, choice made). */
  @state() private status = '';

  get #matches(): SearchOption[] {
    return searchCommunes(this.options, this.query);
  }

  #announce(count: number) {
    this.status = count === 0 ? tr(SEARCH.noMatch, this.#i18n.lang) : formatCount(RESULT_COUNT, count, this.#i18n.lang);
  }

  #onInput(e: Event) {
    this.query = (e.target as HTMLInputElement).value;
    this.open = this.query.trim() !== '';
    this.active = -1;
    if (this.open) this.#announce(this.#matches.length);
  }

  #choose(option: SearchOption) {
    this.query = option.label;
    this.open = false;
    this.active = -1;
    this.status = tr(SEARCH.chosen, this.#i18n.lang, { name: option.label });
    emit(this, 'commune-select', { gsoCode: option.gsoCode });
  }

  #move(step: number) {
    const matches = this.#matches;
    if (!this.open) {
      this.open = true;
      this.#announce(matches.length);
    }
    if (matches.length === 0) return;
    this.active = this.active < 0 ? (step > 0 ? 0 : matches.length - 1) : (this.active + step + matches.length) % matches.length;
  }

  #onKeyDown(e: KeyboardEvent) {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (e.altKey) {
          this.open = true;
          this.#announce(this.#matches.length);
        } else this.#move(1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.#move(-1);
        break;
      case 'Enter': {
        const matches = this.open ? this.#matches : [];
        const option = matches[this.active] ?? matches[0];
        if (option) {
          e.preventDefault();
          this.#choose(option);
        }
        break;
      }
      case 'Escape':
        if (this.open) {
          this.open = false;
          this.active = -1;
        } else if (this.query !== '') {
          this.query = '';
        } else break;
        e.preventDefault();
        e.stopPropagation();
        break;
    }
  }

  #onFocusOut(e: FocusEvent) {
    const to = e.relatedTarget as Node | null;
    if (to && this.renderRoot.contains(to)) return;
    this.open = false;
    this.active = -1;
  }

  override updated(): void {
    if (this.active >= 0) this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }

  override render() {
    const lang = this.#i18n.lang;
    const matches = this.open ? this.#matches : [];
    const expanded = this.open && matches.length > 0;
    const activeId = expanded && this.active >= 0 ? `option-${this.active}` : '';
    return html`<div class="search" @focusout=${this.#onFocusOut}>
      <label for="input">${tr(SEARCH.label, lang)}</label>
      <div class="box">
        <input id="input" type="text" role="combobox" autocomplete="off" spellcheck="false"
          aria-autocomplete="list" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="listbox"
          aria-activedescendant=${activeId || nothing} placeholder=${tr(SEARCH.placeholder, lang)}
          .value=${this.query} @input=${this.#onInput} @keydown=${this.#onKeyDown} />
        <ul id="listbox" role="listbox" aria-label=${tr(SEARCH.listLabel, lang)} ?hidden=${!expanded}>
          ${matches.map(
            (o, i) => html`<li id="option-${i}" role="option" aria-selected=${i === this.active ? 'true' : 'false'}
              class=${i === this.active ? 'active' : ''}
              @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.#choose(o)}>${o.label}</li>`,
          )}
        </ul>
        ${this.open && matches.length === 0 ? html`<p class="none" aria-hidden="true">${tr(SEARCH.noMatch, lang)}</p>` : nothing}
      </div>
      <div class="sr-only" role="status" aria-live="polite">${this.status}</div>
    </div>`;
  }

  static override styles = css`
    :host {
      display: block;
      font-family: ${token.font};
      font-size: ${token['font-size']};
      min-width: 12em;
    }
    .search { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3em 0.5em; }
    label { font-weight: 600; font-size: 0.9em; }
    .box { position: relative; flex: 1 1 12em; }
    input {
      box-sizing: border-box;
      width: 100%;
      font: inherit;
      color: ${token.fg};
      background: ${token.bg};
      border: 1px solid ${token['control-border']};
      border-radius: ${token['radius-small']};
      padding: 0.35em 0.5em;
      min-height: 2.25em;
    }
    input::placeholder { color: ${token.muted}; opacity: 1; }
    input:focus-visible {
      outline: ${token['focus-width']} solid ${token.focus};
      outline-offset: 2px;
      }
    ul, .none {
      position: absolute;
      z-index: 10;
      top: calc(100% + 2px);
      left: 0;
      right: 0;
      margin: 0;
      background: ${token.bg};
      color: ${token.fg};
      border: 1px solid ${token['control-border']};
      border-radius: ${token['radius-small']};
      box-shadow: 0 4px 12px rgb(0 0 0 / 20%);
    }
    ul { list-style: none; padding: 0.2em 0; max-height: 16em; overflow-y: auto; }
    ul[hidden] { display: none; }
    li { padding: 0.4em 0.6em; cursor: pointer; }
    li:hover { background: ${token.hover}; }
    li.active {
      background: ${token.accent};
      color: ${token['on-accent']};
      outline: 2px solid ${token.fg};
      outline-offset: -2px;
    }
    .none { padding: 0.4em 0.6em; font-style: italic; }
    ${srOnly}
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'commune-search': CommuneSearch;
  }
}
