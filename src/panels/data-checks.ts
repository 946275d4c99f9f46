/** `<data-checks>`: the findings of the data checks, readable by non-specialists, filterable by severity. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { countBySeverity, findingItems, SEVERITIES, type FindingItem, type Severity } from './findings-model';
import type { Finding} from '../data/types';
import { formatNumber, formatValue, tr } from '../core/format';
import { CHECKS, countPhrase, SEVERITY, SEVERITY_COUNT } from '../core/strings/panels';
import { emit } from '../ui/events';
import { severityIcon } from './severity-icon';
import { langProperty, LocalizeController } from '../ui/localize';
import { token } from '../ui/tokens';

/** The data-checks panel. Emits `commune-select` from each finding's "Show this commune" button. */
@customElement('data-checks')
export class DataChecks extends LitElement {
  /** The findings to list (any order; shown errors first). */
  @property({ attribute: false }) findings: Finding[] = [];
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);
  /** GSO code of each unit name as printed in the table, for the "Show this commune" buttons. */
  @property({ attribute: false }) unitToGso: Record<string, string> = {};
  /** Severities currently shown (toggled by the filter buttons). */
  @state() private shown: Severity[] = [...SEVERITIES];

  #toggle(severity: Severity): void {
    this.shown = this.shown.includes(severity) ? this.shown.filter((s) => s !== severity) : SEVERITIES.filter((s) => s === severity || this.shown.includes(s));
  }

  #summary(counts: Record<Severity, number>): string {
    const lang = this.#i18n.lang;
    if (SEVERITIES.every((s) => counts[s] === 0)) return tr(CHECKS.none, lang);
    return SEVERITIES.filter((s) => counts[s] > 0)
      .map((s) => countPhrase(SEVERITY_COUNT[s], counts[s], formatNumber(counts[s], lang), lang))
      .join(', ');
  }

  #where(item: FindingItem) {
    const lang = this.#i18n.lang;
    const f = item.finding;
    const parts: string[] = [f.unit !== null ? tr(CHECKS.commune, lang, { name: f.unit }) : tr(CHECKS.districtLevel, lang)];
    if (item.columnLabel) parts.push(tr(f.section === 'table' ? CHECKS.column : CHECKS.figure, lang, { label: tr(item.columnLabel, lang) }));
    const place = f.section === 'table' ? tr(CHECKS.sectionTable, lang) : tr(CHECKS.section, lang, { section: f.section });
    parts.push(f.row !== null ? `${place}, ${tr(CHECKS.row, lang, { row: f.row })}` : place);
    return parts.join(' · ');
  }

  #item(item: FindingItem) {
    const lang = this.#i18n.lang;
    const f = item.finding;
    const value = (v: number) => formatValue(v, item.format.unit, lang, item.format.decimals);
    const name = f.unit ?? '';
    return html`<li class="finding ${f.severity}">
      <p class="head">
        <span class="severity">${severityIcon(f.severity)} ${tr(SEVERITY[f.severity], lang)}</span>
        <span class="where">${this.#where(item)}</span>
      </p>
      <p class="message">${tr(f.message, lang)}</p>
      ${f.printed !== null || f.recomputed !== null
        ? html`<dl class="values">
            ${f.printed !== null ? html`<div><dt>${tr(CHECKS.printed, lang)}</dt><dd>${value(f.printed)}</dd></div>` : nothing}
            ${f.recomputed !== null ? html`<div><dt>${tr(CHECKS.recomputed, lang)}</dt><dd>${value(f.recomputed)}</dd></div>` : nothing}
          </dl>`
        : nothing}
      ${item.gsoCode !== null
        ? html`<button class="show" type="button" aria-label=${tr(CHECKS.showCommuneLabel, lang, { name })}
            @click=${() => emit(this, 'commune-select', { gsoCode: item.gsoCode })}>${tr(CHECKS.showCommune, lang)}</button>`
        : nothing}
    </li>`;
  }

  override render() {
    const lang = this.#i18n.lang;
    const counts = countBySeverity(this.findings);
    const items = findingItems(this.findings, this.unitToGso, this.shown);
    return html`<section aria-labelledby="checks-heading">
      <h2 id="checks-heading">${tr(CHECKS.heading, lang)}</h2>
      <p class="summary">${this.#summary(counts)}</p>
      <p class="explanation">${tr(CHECKS.explanation, lang)}</p>
      ${this.findings.length > 0
        ? html`<div class="filters" role="group" aria-label=${tr(CHECKS.filterLabel, lang)}>
            ${SEVERITIES.map(
              (s) => html`<button type="button" class="filter ${s}" aria-pressed=${this.shown.includes(s) ? 'true' : 'false'} @click=${() => this.#toggle(s)}>
                ${severityIcon(s)} ${tr(SEVERITY[s], lang)} (${formatNumber(counts[s], lang)})
              </button>`,
            )}
          </div>
          ${items.length > 0
            ? html`<ol class="list" aria-label=${tr(CHECKS.listLabel, lang)}>${items.map((i) => this.#item(i))}</ol>`
            : html`<p class="none-shown" role="status">${tr(CHECKS.noneShown, lang)}</p>`}`
        : nothing}
    </section>`;
  }

  static override styles = css`
    :host {
      display: block;
      font-size: ${token['font-size']};
      color: ${token.fg};
      background: ${token.bg};
      padding: 0.75rem;
      line-height: 1.45;
    }
    h2 { font-size: 1.15em; margin: 0 0 0.25rem; }
    p { margin: 0.25rem 0; }
    .summary { font-weight: 600; }
    .explanation { color: ${token.muted}; font-size: 0.92em; }
    .filters { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.6rem 0; }
    button {
      font: inherit;
      font-size: 0.92em;
      min-height: 2.25rem;
      padding: 0.3rem 0.7rem;
      border: 1px solid ${token['control-border']};
      border-radius: ${token['radius-small']};
      background: ${token.bg};
      color: ${token.fg};
      cursor: pointer;
    }
    button:hover { background: color-mix(in srgb, ${token.accent} 8%, ${token.bg}); }
    button:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
    .filter[aria-pressed='true'] { border-width: 2px; border-color: ${token.fg}; font-weight: 600; }
    .filter[aria-pressed='false'] { color: ${token.muted}; text-decoration: line-through; }
    .list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.6rem; }
    .finding { border: 1px solid ${token.border}; border-left-width: 5px; border-radius: ${token['radius-small']}; padding: 0.5rem 0.7rem; }
    .finding.error { border-left-color: ${token.error}; }
    .finding.warning { border-left-color: ${token.warn}; border-left-style: dashed; }
    .finding.info { border-left-color: ${token.accent}; border-left-style: dotted; }
    .head { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: baseline; }
    .severity { font-weight: 700; display: inline-flex; align-items: center; gap: 0.3em; }
    .error .severity, .filter.error .severity-icon { color: ${token.error}; }
    .warning .severity, .filter.warning .severity-icon { color: ${token.warn}; }
    .info .severity, .filter.info .severity-icon { color: ${token.accent}; }
    .severity-icon { vertical-align: -0.125em; flex: none; }
    .where { color: ${token.muted}; font-size: 0.9em; }
    .values { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0.3rem 0; }
    .values div { display: flex; gap: 0.4em; }
    .values dt { color: ${token.muted}; }
    .values dt::after { content: ':'; }
    .values dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
    .show { margin-top: 0.25rem; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'data-checks': DataChecks;
  }
}
