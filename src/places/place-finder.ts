/**
 * `<place-finder>`: an ARIA combobox that finds any place of either vintage by name (names.json, loaded on
 * first focus), ignoring diacritics: each result says which vintage and where ("Xã Cam Lộ (từ 1/7/2025) — gồm
 * TT Cam Lộ, Cam Thành…"). Choosing one sends `place-change` with the place and the unit to select.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { buildPlaceSearch, searchPlaces, type PlaceHit, type PlaceSearch } from '../data/places/place-search';
import type { Bilingual } from '../data/types';
import { langProperty, LocalizeController } from '../ui/localize';
import { srOnly } from '../ui/shared-styles';
import { emitPlaceEvent } from './place-events';
import { placeLoader, type PlaceLoader } from './place-loader';
import { PLACE_PICKER } from './place-strings';
import './place-events';
import { token } from '../ui/tokens';

/** Most results listed. */
const MAX_RESULTS = 12;

const searches = new WeakMap<PlaceLoader, Promise<PlaceSearch | Bilingual>>();

/** The prepared search of a loader's names list (built once), or the message of why it could not load. */
function searchOf(loader: PlaceLoader): Promise<PlaceSearch | Bilingual> {
  let pending = searches.get(loader);
  if (!pending) {
    pending = loader.names().then((r) => (r.ok ? buildPlaceSearch(r.value) : r.error.message));
    searches.set(loader, pending);
    void pending.then((r) => {
      if (!('entries' in r)) searches.delete(loader);
    });
  }
  return pending;
}

/** The place search box; see the module comment. */
@customElement('place-finder')
export class PlaceFinder extends LitElement {
  /** Where the names list comes from. */
  @property({ attribute: false }) loader: PlaceLoader = placeLoader();
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';

  @state() private search: PlaceSearch | null = null;
  @state() private problem: Bilingual | null = null;
  @state() private loading = false;
  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private status = '';

  protected readonly i18n = new LocalizeController(this);

  get #hits(): PlaceHit[] {
    return this.search ? searchPlaces(this.search, this.query, MAX_RESULTS) : [];
  }

  async #ensureNames(): Promise<void> {
    if (this.search || this.loading) return;
    this.loading = true;
    this.problem = null;
    const result = await searchOf(this.loader);
    this.loading = false;
    if ('entries' in result) this.search = result;
    else this.problem = result;
    if (this.query.trim()) this.#announce();
  }

  #announce(): void {
    const count = this.#hits.length;
    this.status = count === 0 ? this.i18n.term(PLACE_PICKER.noMatch) : this.i18n.term(PLACE_PICKER.resultCount, { count });
  }

  #onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.open = this.query.trim() !== '';
    this.active = -1;
    if (this.open && this.search) this.#announce();
  }

  #choose(hit: PlaceHit): void {
    const text = hit.description[this.i18n.lang];
    this.query = hit.fullName;
    this.open = false;
    this.active = -1;
    this.status = this.i18n.term(PLACE_PICKER.chosen, { name: text });
    emitPlaceEvent(this, 'place-change', hit.unitKey ? { ref: hit.ref, select: hit.unitKey } : { ref: hit.ref });
  }

  #move(step: number): void {
    const hits = this.#hits;
    this.open = true;
    if (hits.length === 0) return;
    this.active = this.active < 0 ? (step > 0 ? 0 : hits.length - 1) : (this.active + step + hits.length) % hits.length;
  }

  #onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      this.#move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      const hits = this.open ? this.#hits : [];
      const hit = hits[this.active] ?? hits[0];
      if (hit) {
        e.preventDefault();
        this.#choose(hit);
      }
    } else if (e.key === 'Escape' && (this.open || this.query !== '')) {
      e.preventDefault();
      e.stopPropagation();
      if (this.open) this.open = false;
      else this.query = '';
      this.active = -1;
    }
  }

  #onFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    if (to && this.renderRoot.contains(to)) return;
    this.open = false;
    this.active = -1;
  }

  override updated(): void {
    if (this.active >= 0) this.renderRoot.querySelector(`#hit-${this.active}`)?.scrollIntoView({ block: 'nearest' });
  }

  override render() {
    const lang = this.i18n.lang;
    const hits = this.open ? this.#hits : [];
    const expanded = this.open && hits.length > 0;
    const activeId = expanded && this.active >= 0 ? `hit-${this.active}` : '';
    const note = this.problem ? this.problem[lang] : this.loading && this.open ? this.i18n.term(PLACE_PICKER.loadingNames) : this.open && this.search && hits.length === 0 ? this.i18n.term(PLACE_PICKER.noMatch) : '';
    return html`<div class="finder" @focusout=${this.#onFocusOut}>
      <label for="find">${this.i18n.term(PLACE_PICKER.search)}</label>
      <div class="box">
        <input id="find" type="text" role="combobox" autocomplete="off" spellcheck="false" aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'} aria-controls="hits" aria-activedescendant=${activeId || nothing}
          placeholder=${this.i18n.term(PLACE_PICKER.searchPlaceholder)} .value=${this.query}
          @focus=${() => void this.#ensureNames()} @input=${this.#onInput} @keydown=${this.#onKeyDown} />
        <ul id="hits" role="listbox" aria-label=${this.i18n.term(PLACE_PICKER.results)} ?hidden=${!expanded}>
          ${hits.map(
            (hit, i) => html`<li id="hit-${i}" role="option" aria-selected=${i === this.active ? 'true' : 'false'} class=${i === this.active ? 'active' : ''}
              data-ref=${`${hit.vintage}:${hit.code}`} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.#choose(hit)}>
              <span class="name">${hit.description[lang]}</span>${hit.where && hit.kind === 'unit' && hit.vintage === '2025' ? html`<span class="where"> — ${hit.where[lang]}</span>` : nothing}
            </li>`,
          )}
        </ul>
        ${note ? html`<p class=${this.problem ? 'note problem' : 'note'} role=${this.problem ? 'alert' : nothing}>${note}</p>` : nothing}
      </div>
      <div class="sr-only" role="status" aria-live="polite">${this.status}</div>
    </div>`;
  }

  static override styles = css`
    :host { display: block; font-family: ${token.font}; font-size: ${token['font-size']}; min-width: 14em; }
    .finder { display: flex; flex-direction: column; gap: 0.2em; }
    label { font-weight: 600; font-size: 0.9em; }
    .box { position: relative; }
    input {
      box-sizing: border-box; width: 100%; font: inherit; min-height: 2.25em; padding: 0.35em 0.5em;
      color: ${token.fg}; background: ${token.bg};
      border: 1px solid ${token['control-border']}; border-radius: 4px;
    }
    input::placeholder { color: ${token.muted}; opacity: 1; }
    input:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
    ul, .note {
      position: absolute; z-index: 20; top: calc(100% + 2px); left: 0; min-width: 100%; width: max-content; max-width: min(36em, 90vw); margin: 0;
      background: ${token.bg}; color: ${token.fg};
      border: 1px solid ${token['control-border']}; border-radius: 4px; box-shadow: 0 4px 12px rgb(0 0 0 / 20%);
    }
    ul { list-style: none; padding: 0.2em 0; max-height: 20em; overflow-y: auto; }
    ul[hidden] { display: none; }
    li { padding: 0.4em 0.6em; cursor: pointer; display: flex; flex-direction: column; }
    li:hover { background: ${token.hover}; }
    li.active { background: ${token.accent}; color: ${token['on-accent']}; outline: 2px solid ${token.fg}; outline-offset: -2px; }
    .where { font-size: 0.85em; opacity: 0.85; }
    .note { padding: 0.4em 0.6em; font-style: italic; }
    .note.problem { font-style: normal; color: ${token.error}; }
    ${srOnly}
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'place-finder': PlaceFinder;
  }
}
