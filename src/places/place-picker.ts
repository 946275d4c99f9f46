/**
 * `<place-picker>`: chooses what the map shows — the built-in plan, or a place: vintage (communes since
 * 1 July 2025 / before 2025), province, district (before 2025) and level (communes, or districts merged from
 * communes for a whole pre-2025 province) — plus `<place-finder>` to find any unit by name. The catalogue is
 * loaded when the picker is first used (or when a place is already shown). Sends `place-change`.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { findProvince, provincesOf, type PlaceIndex } from '../data/places/catalogue';
import { placeRef, samePlace, type Level, type PlaceRef, type Vintage } from '../data/places/place-id';
import type { Bilingual } from '../data/types';
import { langProperty, LocalizeController } from '../ui/localize';
import { emitPlaceEvent } from './place-events';
import { placeLoader, type PlaceLoader } from './place-loader';
import { PLACE_PICKER } from './place-strings';
import './place-finder';
import { token } from '../ui/tokens';

/** What the first select offers: the plan held (built-in or loaded) or a vintage. */
type Choice = 'builtin' | Vintage;

/** The place picker; see the module comment. */
@customElement('place-picker')
export class PlacePicker extends LitElement {
  /** The place shown, or null for the plan the explorer holds. */
  @property({ attribute: false }) value: PlaceRef | null = null;
  /** The file the plan the explorer holds was loaded from (its first choice says so), or null for the built-in example. */
  @property({ attribute: false }) heldFile: string | null = null;
  /** Where the catalogue and names come from. */
  @property({ attribute: false }) loader: PlaceLoader = placeLoader();
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';

  @state() private index: PlaceIndex | null = null;
  @state() private problem: Bilingual | null = null;
  /** The choices being made (a vintage without a province yet is not a place). */
  @state() private choice: Choice = 'builtin';
  @state() private province = '';
  @state() private district = '';
  @state() private level: Level = 'commune';

  protected readonly i18n = new LocalizeController(this);
  #loading: Promise<void> | null = null;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value')) {
      const v = this.value;
      this.choice = v ? v.vintage : 'builtin';
      this.province = v?.province ?? '';
      this.district = v?.district ?? '';
      this.level = v?.level ?? 'commune';
      if (v) void this.#ensureIndex();
    }
  }

  /** The selects show the choices once their options are rendered (a `.value` binding would run before them). */
  override updated(): void {
    const values: Record<string, string> = { vintage: this.choice, province: this.province, district: this.district, level: this.level };
    for (const [id, value] of Object.entries(values)) {
      const select = this.renderRoot.querySelector<HTMLSelectElement>(`#${id}`);
      if (select && select.value !== value) select.value = value;
    }
  }

  #ensureIndex(): Promise<void> {
    if (this.index) return Promise.resolve();
    return (this.#loading ??= this.loader.index().then((r) => {
      this.#loading = null;
      if (r.ok) {
        this.index = r.value;
        this.problem = null;
      } else this.problem = r.error.message;
    }));
  }

  #emit(): void {
    const ref = this.choice === 'builtin' ? null : this.province ? placeRef(this.choice, this.province, this.district || null, this.level) : undefined;
    if (ref === undefined || (ref !== null && samePlace(ref, this.value)) || (ref === null && this.value === null)) return;
    emitPlaceEvent(this, 'place-change', { ref });
  }

  #onChoice(e: Event): void {
    const choice = (e.target as HTMLSelectElement).value as Choice;
    this.choice = choice;
    this.province = '';
    this.district = '';
    this.level = 'commune';
    if (choice !== 'builtin') void this.#ensureIndex();
    this.#emit();
  }

  #onProvince(e: Event): void {
    this.province = (e.target as HTMLSelectElement).value;
    this.district = '';
    this.#emit();
  }

  #onDistrict(e: Event): void {
    this.district = (e.target as HTMLSelectElement).value;
    if (this.district) this.level = 'commune';
    this.#emit();
  }

  #onLevel(e: Event): void {
    this.level = (e.target as HTMLSelectElement).value === 'district' ? 'district' : 'commune';
    this.#emit();
  }

  override render() {
    const t = (text: Parameters<LocalizeController['term']>[0]) => this.i18n.term(text);
    const vintage = this.choice === 'builtin' ? null : this.choice;
    const provinces = vintage && this.index ? provincesOf(this.index, vintage) : [];
    const districts = vintage === '2013' && this.index && this.province ? (findProvince(this.index, '2013', this.province)?.districts ?? []) : [];
    const collator = new Intl.Collator('vi');
    return html`<fieldset @focusin=${() => void this.#ensureIndex()}>
      <legend>${t(PLACE_PICKER.legend)}</legend>
      <div class="row">
        <label>${t(PLACE_PICKER.vintage)}
          <select id="vintage" @change=${this.#onChoice}>
            <option value="builtin" ?selected=${this.choice === 'builtin'}>${this.heldFile === null ? t(PLACE_PICKER.builtIn) : this.i18n.term(PLACE_PICKER.heldFile, { file: this.heldFile })}</option>
            <option value="2025" ?selected=${this.choice === '2025'}>${t(PLACE_PICKER.vintage2025)}</option>
            <option value="2013" ?selected=${this.choice === '2013'}>${t(PLACE_PICKER.vintage2013)}</option>
          </select></label>
        ${vintage
          ? html`<label>${t(PLACE_PICKER.province)}
              <select id="province" @change=${this.#onProvince} ?disabled=${!this.index}>
                <option value="" ?selected=${!this.province}>${this.index ? t(PLACE_PICKER.chooseProvince) : t(PLACE_PICKER.loadingIndex)}</option>
                ${provinces.map((p) => html`<option value=${p.code} ?selected=${p.code === this.province}>${p.fullName}</option>`)}
              </select></label>`
          : nothing}
        ${vintage === '2013' && this.province
          ? html`<label>${t(PLACE_PICKER.district)}
              <select id="district" @change=${this.#onDistrict}>
                <option value="" ?selected=${!this.district}>${t(PLACE_PICKER.wholeProvince)}</option>
                ${[...districts].sort((a, b) => collator.compare(a.name, b.name)).map((d) => html`<option value=${d.code} ?selected=${d.code === this.district}>${d.fullName}</option>`)}
              </select></label>`
          : nothing}
        ${vintage === '2013' && this.province && !this.district
          ? html`<label>${t(PLACE_PICKER.level)}
              <select id="level" @change=${this.#onLevel}>
                <option value="commune" ?selected=${this.level === 'commune'}>${t(PLACE_PICKER.levelCommune)}</option>
                <option value="district" ?selected=${this.level === 'district'}>${t(PLACE_PICKER.levelDistrict)}</option>
              </select></label>`
          : nothing}
      </div>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem[this.i18n.lang]}</p>` : nothing}
      <place-finder .loader=${this.loader} lang=${this.lang || nothing}></place-finder>
    </fieldset>`;
  }

  static override styles = css`
    :host { display: block; font-family: ${token.font}; font-size: ${token['font-size']}; }
    /* One row where it fits (the map below keeps the height), the search wrapping under the choices where not. */
    fieldset { border: 1px solid ${token.border}; border-radius: 6px; margin: 0; padding: 0.3em 0.7em 0.5em; display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.5em 0.8em; }
    place-finder { flex: 1 1 16em; }
    legend { font-weight: 700; padding: 0 0.3em; }
    .row { display: flex; flex-wrap: wrap; gap: 0.5em 0.8em; }
    label { display: flex; flex-direction: column; gap: 0.2em; font-weight: 600; font-size: 0.9em; }
    select {
      font: inherit; font-weight: 400; min-height: 2.25em; max-width: 18em; padding: 0.25em 0.4em;
      color: ${token.fg}; background: ${token.bg};
      border: 1px solid ${token['control-border']}; border-radius: 4px;
    }
    select:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
    .problem { flex-basis: 100%; margin: 0; color: ${token.error}; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'place-picker': PlacePicker;
  }
}
