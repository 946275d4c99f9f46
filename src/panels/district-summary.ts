/** `<district-summary>`: a strip of the district's key figures as the plan states them, flagging those the table contradicts. */
import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Dataset } from '../data/dataset';
import { buildDistrictSummary, type SummaryFigure, type SummaryItem, type SummaryItemId } from './district-summary-model';
import type { Bilingual} from '../data/types';
import { formatNumber, tr } from '../core/format';
import { SUMMARY } from '../core/strings/controls';
import { srOnly } from '../ui/shared-styles';
import { langProperty, LocalizeController } from '../ui/localize';
import { token } from '../ui/tokens';

const LABELS: Record<SummaryItemId, Bilingual> = {
  households: SUMMARY.households,
  poor: SUMMARY.poor,
  near_poor: SUMMARY.nearPoor,
  poor_and_near_poor: SUMMARY.poorAndNearPoor,
  target_2022: SUMMARY.target,
};

/** Key district figures (sections I and III of the plan), each with a "≠" button explaining a disagreement with the table. */
@customElement('district-summary')
export class DistrictSummary extends LitElement {
  /** The dataset summarised (named `data`: `dataset` is HTMLElement's map of data-* attributes). */
  @property({ attribute: false }) data: Dataset | null = null;
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);

  /** Id of the figure whose explanation is open, or null. */
  @state() private open: string | null = null;

  #items: SummaryItem[] = [];

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) {
      this.#items = this.data ? buildDistrictSummary(this.data) : [];
      this.open = null;
    }
  }

  #format(value: number, f: SummaryFigure, decimals = f.decimals): string {
    const text = formatNumber(value, this.#i18n.lang, decimals);
    const key = f.unit === 'households' ? 'households_n' : f.unit === 'percent' ? 'percent' : 'points';
    return tr(SUMMARY[key], this.#i18n.lang, { value: text });
  }

  #onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.open !== null) {
      const id = this.open;
      this.open = null;
      e.stopPropagation();
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#toggle-${id}`)?.focus());
    }
  }

  override render() {
    if (this.#items.length === 0) return nothing;
    return html`<section aria-label=${tr(SUMMARY.label, this.#i18n.lang)} @keydown=${this.#onKeyDown}>
      <dl class="strip">
        ${this.#items.map(
          (item) => html`<div class="item">
            <dt>${tr(LABELS[item.id], this.#i18n.lang)}</dt>
            <dd>${item.figures.map((f, i) => html`${i > 0 ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}${this.#figure(f)}`)}</dd>
          </div>`,
        )}
      </dl>
    </section>`;
  }

  #figure(f: SummaryFigure) {
    const lang = this.#i18n.lang;
    const value = f.stated ?? f.recomputed;
    if (value === null) return nothing;
    const shown = this.#format(value, f);
    if (f.stated === null) {
      return html`<span class="fig computed">${shown}<span class="sr-only"> (${tr(SUMMARY.onlyTable, lang)})</span></span>`;
    }
    if (!f.differs || f.recomputed === null) return html`<span class="fig">${shown}</span>`;
    const recomputed = this.#format(f.recomputed, f);
    const open = this.open === f.id;
    return html`<span class="fig differs">
      ${shown}
      <button type="button" id="toggle-${f.id}" class="ne" aria-expanded=${open ? 'true' : 'false'} aria-controls="note-${f.id}"
        @click=${() => (this.open = open ? null : f.id)}>
        <span aria-hidden="true">≠</span> ${recomputed}<span class="sr-only">: ${tr(SUMMARY.differs, lang)}</span>
      </button>
      <span id="note-${f.id}" class="note" role="note" ?hidden=${!open}>
        ${tr(SUMMARY.statedIn, lang, { section: f.section ?? '–', value: shown })}
        ${tr(SUMMARY.recomputed, lang, { value: recomputed })}
        ${f.explanation ? html`<span class="why">${tr(f.explanation, lang)}</span>` : nothing}
      </span>
    </span>`;
  }

  static override styles = css`
    :host {
      display: block;
      font-family: ${token.font};
      font-size: ${token['font-size']};
      color: ${token.fg};
    }
    section { background: ${token.bg}; border-bottom: 1px solid ${token.border}; }
    .strip {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 10.5em), 1fr));
      gap: 0.4em 1em;
      margin: 0;
      padding: 0.5em 1em;
    }
    .item { border-left: 3px solid ${token.accent}; padding-left: 0.5em; min-width: 0; }
    dt { font-size: 0.8em; color: ${token.muted}; }
    dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.35em; }
    .sep { color: ${token.muted}; font-weight: 400; }
    .fig { position: relative; }
    .computed { font-style: italic; font-weight: 400; }
    .ne {
      font: inherit;
      font-size: 0.85em;
      font-weight: 600;
      color: ${token.warn};
      background: ${token['warn-bg']};
      border: 1px solid ${token.warn};
      border-radius: 3px;
      padding: 0 0.3em;
      margin-left: 0.2em;
      cursor: pointer;
    }
    .ne:focus-visible {
      outline: ${token['focus-width']} solid ${token.focus};
      outline-offset: 2px;
      }
    .note {
      position: absolute;
      z-index: 5;
      top: calc(100% + 4px);
      left: 0;
      width: min(24em, 80vw);
      padding: 0.5em 0.7em;
      font-weight: 400;
      font-size: 0.85em;
      background: ${token.bg};
      color: ${token.fg};
      border: 1px solid ${token.border};
      border-radius: ${token['radius-small']};
      box-shadow: 0 4px 12px rgb(0 0 0 / 20%);
    }
    .item:nth-last-child(-n + 2) .note { left: auto; right: 0; }
    .note[hidden] { display: none; }
    .why { display: block; margin-top: 0.3em; }
    ${srOnly}
    @media (max-width: 480px) {
      .strip { grid-template-columns: repeat(2, minmax(0, 1fr)); padding: 0.4em 0.6em; }
      .note:not([hidden]), .item:nth-last-child(-n + 2) .note:not([hidden]) { position: static; display: block; width: auto; margin-top: 0.3em; }
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'district-summary': DistrictSummary;
  }
}
