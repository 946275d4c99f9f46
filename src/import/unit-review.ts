/**
 * `<unit-review>`: each table row with the unit(s) it is matched to and how; doubtful rows marked, with their
 * suggestions (units merged after the boundaries first) and every unit of the place to choose from, or
 * several units to merge; then the rows without a unit and the units without a row. Sends `import-fixes`
 * (all fixes so far) on every change, `import-confirm` to show the map and `import-cancel`.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { langProperty, LocalizeController } from '../ui/localize';
import { emitImport } from './import-events';
import { IMPORT } from './import-strings';
import { codesValue, rowOptions, unitsLabel } from './review-model';
import type { PlaceUnit } from './unit-keys';
import { matchNote, type RowMatch, type UnitFixes, type UnitMatching } from './unit-match';
import { token } from '../ui/tokens';

const SEVERAL = '__several';

/** The unit review table. */
@customElement('unit-review')
export class UnitReview extends LitElement {
  /** The matching to review. */
  @property({ attribute: false }) matching: UnitMatching | null = null;
  /** The units of the place. */
  @property({ attribute: false }) units: PlaceUnit[] = [];
  /** The person's fixes so far. */
  @property({ attribute: false }) fixes: UnitFixes = {};
  /** The place, as a title ("Huyện Cam Lộ, Tỉnh Quảng Trị (trước 2025)"). */
  @property() place = '';
  /** The next best place, or ''. */
  @property() runnerUp = '';
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  /** Rows whose "several units" list is open. */
  @state() private several = new Set<number>();
  readonly #i18n = new LocalizeController(this);

  #fix(row: number, codes: string[]): void {
    emitImport(this, 'import-fixes', { fixes: { ...this.fixes, [String(row)]: codes } });
  }

  #onSelect(match: RowMatch, value: string): void {
    if (value === SEVERAL) {
      this.several = new Set(this.several).add(match.row.row);
      return;
    }
    const next = new Set(this.several);
    next.delete(match.row.row);
    this.several = next;
    this.#fix(match.row.row, value === '' ? [] : value.split('+'));
  }

  #onMulti(match: RowMatch, select: HTMLSelectElement): void {
    this.#fix(match.row.row, [...select.selectedOptions].map((o) => o.value));
  }

  #row(match: RowMatch, byCode: ReadonlyMap<string, PlaceUnit>) {
    const t = this.#i18n;
    const lang = t.lang;
    const { suggested, all } = rowOptions(match, this.units);
    const value = codesValue(match.codes);
    const open = this.several.has(match.row.row) || (match.codes.length > 1 && !suggested.some((s) => codesValue(s) === value));
    const id = `row-${match.row.row}`;
    const note = matchNote(match, (c) => byCode.get(c)?.fullName ?? c)[lang];
    return html`<tr class=${match.doubtful ? 'doubt' : ''} data-row=${match.row.row}>
      <th scope="row"><label for=${id}>${match.row.name}</label> <span class="line">(${match.row.row})</span></th>
      <td>
        <select id=${id} @change=${(e: Event) => this.#onSelect(match, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${value === '' && !open}>${t.term(IMPORT.unitsNone)}</option>
          ${suggested.length ? html`<optgroup label=${t.term(IMPORT.unitsSuggested)}>
            ${suggested.map((codes) => html`<option value=${codesValue(codes)} ?selected=${!open && codesValue(codes) === value}>${unitsLabel(codes, byCode)}</option>`)}
          </optgroup>` : nothing}
          <optgroup label=${t.term(IMPORT.unitsAll)}>
            ${all.map((u) => html`<option value=${u.code} ?selected=${!open && value === u.code && !suggested.some((s) => codesValue(s) === u.code)}>${u.fullName}</option>`)}
          </optgroup>
          <option value=${SEVERAL} ?selected=${open}>${t.term(IMPORT.unitsSeveral)}</option>
        </select>
        ${open ? html`<select multiple size="5" aria-label=${t.term(IMPORT.unitsSeveralLabel, { row: match.row.name })} @change=${(e: Event) => this.#onMulti(match, e.target as HTMLSelectElement)}>
          ${all.map((u) => html`<option value=${u.code} ?selected=${match.codes.includes(u.code)}>${u.fullName}</option>`)}
        </select>` : nothing}
      </td>
      <td class="how">${note}${match.doubtful ? html` <strong class="badge">${t.term(IMPORT.unitsDoubt)}</strong>` : nothing}</td>
    </tr>`;
  }

  override render() {
    const t = this.#i18n;
    const matching = this.matching;
    if (!matching) return nothing;
    const byCode = new Map(this.units.map((u) => [u.code, u]));
    return html`
      <p class="place">${t.term(IMPORT.unitsPlace, { place: this.place || t.term(IMPORT.unitsPlaceCurrent) })}
        ${this.runnerUp ? html`<br /><span class="runner">${t.term(IMPORT.unitsRunnerUp, { place: this.runnerUp })}</span>` : nothing}</p>
      <div class="scroll">
        <table>
          <thead><tr><th scope="col">${t.term(IMPORT.unitsRow)}</th><th scope="col">${t.term(IMPORT.unitsMatch)}</th><th scope="col">${t.term(IMPORT.unitsHow)}</th></tr></thead>
          <tbody>${matching.matches.map((m) => this.#row(m, byCode))}</tbody>
        </table>
      </div>
      <section aria-label=${t.term(IMPORT.rowsWithoutUnit, { count: matching.rowsWithoutUnit.length })}>
        <h3>${t.term(IMPORT.rowsWithoutUnit, { count: matching.rowsWithoutUnit.length })}</h3>
        <ul class="rows-without">${matching.rowsWithoutUnit.map((r) => html`<li>${r.name} (${r.row})</li>`)}</ul>
      </section>
      <section aria-label=${t.term(IMPORT.unitsWithoutRow, { count: matching.unitsWithoutRow.length })}>
        <h3>${t.term(IMPORT.unitsWithoutRow, { count: matching.unitsWithoutRow.length })}</h3>
        <ul class="units-without">${matching.unitsWithoutRow.map((u) => html`<li>${u.fullName}</li>`)}</ul>
      </section>
      <div class="actions">
        <button type="button" class="primary" @click=${() => emitImport(this, 'import-confirm', {})}>${t.term(IMPORT.showMap)}</button>
        <button type="button" @click=${() => emitImport(this, 'import-cancel', {})}>${t.term(IMPORT.cancel)}</button>
      </div>
    `;
  }

  static override styles = css`
    :host { display: block; }
    .scroll { max-height: 50vh; overflow: auto; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid ${token.border}; vertical-align: top; }
    thead th { position: sticky; top: 0; background: ${token['page-bg']}; }
    tr.doubt { background: ${token['warn-bg']}; }
    .line { color: ${token.muted}; font-weight: normal; font-size: 0.85em; }
    .how { color: ${token.muted}; font-size: 0.85em; }
    .badge { color: ${token.warn}; }
    .runner { color: ${token.muted}; font-size: 0.9em; }
    h3 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
    ul { margin: 0; padding-left: 1.2rem; columns: 2; font-size: 0.9rem; }
    select { font: inherit; max-width: 20rem; display: block; }
    select[multiple] { margin-top: 0.25rem; }
    .actions { display: flex; gap: 0.5rem; margin-top: 0.75rem; }
    button { font: inherit; padding: 0.35rem 0.9rem; border-radius: ${token.radius}; border: 1px solid ${token['control-border']}; background: ${token.bg}; cursor: pointer; }
    button.primary { background: ${token.accent}; border-color: ${token.accent}; color: ${token['on-accent']}; font-weight: 600; }
    button:focus-visible, select:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'unit-review': UnitReview;
  }
}
