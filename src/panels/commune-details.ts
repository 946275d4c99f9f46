/** `<commune-details>`: everything about the selected commune: figures, metric and rank, target share, checks, tasks and bodies. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { buildCommuneProfile, type CommuneProfile, type FigureLine } from './commune-profile';
import type { Dataset } from '../data/dataset';
import { DEFAULT_METRIC, type MetricId } from '../data/metrics';
import { formatNumber, formatRatio, formatValue, tr } from '../core/format';
import { DETAILS, SCOPES, SEVERITY } from '../core/strings/panels';
import { severityIcon } from './severity-icon';
import { langProperty, LocalizeController } from '../ui/localize';
import { token } from '../ui/tokens';

/** The commune details panel. Emits no events: it only shows the selection. */
@customElement('commune-details')
export class CommuneDetails extends LitElement {
  /** The dataset shown (named `data` because `dataset` is HTMLElement's data-attribute map). */
  @property({ attribute: false }) data: Dataset | null = null;
  /** GSO code of the selected commune, or null for the empty state. */
  @property({ attribute: false }) gsoCode: string | null = null;
  /** The metric shown on the map. */
  @property() metric: MetricId = DEFAULT_METRIC;
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);

  #figureValue(line: FigureLine, value: number | null): string {
    if (value === null) return tr(DETAILS.blank, this.#i18n.lang);
    return line.kind === 'rate' ? formatValue(value, 'percent', this.#i18n.lang, line.decimals) : formatNumber(value, this.#i18n.lang);
  }

  #figures(p: CommuneProfile) {
    const lang = this.#i18n.lang;
    return html`<section aria-labelledby="figures-heading">
      <h3 id="figures-heading">${tr(DETAILS.figuresHeading, lang, { row: p.row ?? '–' })}</h3>
      <table>
        <thead>
          <tr><th scope="col">${tr(DETAILS.colFigure, lang)}</th><th scope="col">${tr(DETAILS.colPrinted, lang)}</th><th scope="col">${tr(DETAILS.colRecomputed, lang)}</th></tr>
        </thead>
        <tbody>
          ${p.figures.map((line) => {
            const printed = this.#figureValue(line, line.printed);
            const recomputed = line.recomputed === null ? '' : this.#figureValue(line, line.recomputed);
            return html`<tr class=${line.differs ? 'differs' : ''}>
              <th scope="row">${tr(line.label, lang)}</th>
              <td class=${line.printed === null ? 'blank' : ''}>${printed}</td>
              <td>${line.differs
                ? html`<span class="flag ${line.severity ?? 'error'}" role="img" aria-label=${tr(DETAILS.differsFull, lang, { printed, recomputed })}>${severityIcon(line.severity ?? 'error')}</span>
                    <span aria-hidden="true">${recomputed} <span class="differs-word">(${tr(DETAILS.differs, lang)})</span></span>`
                : nothing}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <p class="note">${tr(DETAILS.figuresNote, lang)}</p>
    </section>`;
  }

  #metric(p: CommuneProfile) {
    const lang = this.#i18n.lang;
    const { def, value, rank, district } = p.metric;
    const fmt = (v: number | null) => formatValue(v, def.unit, lang, def.decimals);
    const ratio = def.unit === 'percent' && value.numerator !== null && value.denominator !== null ? formatRatio(value.numerator, value.denominator, lang) : null;
    return html`<section aria-labelledby="metric-heading">
      <h3 id="metric-heading">${tr(DETAILS.metricHeading, lang)}</h3>
      <p class="metric-label">${tr(def.label, lang)}</p>
      <p class="big">${fmt(value.value)}${ratio ? html` <span class="ratio">(${ratio})</span>` : nothing}</p>
      <p>
        <strong>${rank ? tr(DETAILS.rank, lang, { rank: rank.rank, of: rank.of }) : tr(DETAILS.noRank, lang)}</strong>
        ${rank ? html`<span class="muted">(${tr(DETAILS.rankNote, lang)})</span>` : nothing}
        · ${tr(DETAILS.district, lang, { value: fmt(district.value) })}
      </p>
      ${def.printed !== null && value.printed !== null ? html`<p class="muted">${tr(DETAILS.printedValue, lang, { value: fmt(value.printed) })}</p>` : nothing}
    </section>`;
  }

  #target(p: CommuneProfile) {
    const lang = this.#i18n.lang;
    const { commune, district, percent } = p.target;
    if (commune === null || district === null) return nothing;
    return html`<section aria-labelledby="target-heading">
      <h3 id="target-heading">${tr(DETAILS.targetHeading, lang)}</h3>
      <p class="big">${tr(DETAILS.targetShare, lang, { ratio: formatRatio(commune, district, lang), percent: formatValue(percent, 'percent', lang, 1) })}</p>
    </section>`;
  }

  #findings(p: CommuneProfile) {
    const lang = this.#i18n.lang;
    return html`<section aria-labelledby="findings-heading">
      <h3 id="findings-heading">${tr(DETAILS.findingsHeading, lang)}</h3>
      ${p.findings.length === 0
        ? html`<p>${tr(DETAILS.noFindings, lang)}</p>`
        : html`<ul class="findings">
            ${p.findings.map((f) => html`<li class=${f.severity}><span class="severity">${severityIcon(f.severity)} ${tr(SEVERITY[f.severity], lang)}:</span> ${tr(f.message, lang)}</li>`)}
          </ul>`}
    </section>`;
  }

  #plan(p: CommuneProfile) {
    const lang = this.#i18n.lang;
    const ids = (list: string[]) => list.join(', ');
    return html`<section aria-labelledby="tasks-heading">
        <h3 id="tasks-heading">${tr(DETAILS.tasksHeading, lang)}</h3>
        ${p.tasks.length === 0
          ? html`<p>${tr(DETAILS.noTasks, lang)}</p>`
          : html`<ul>
              ${p.tasks.map(
                (t) => html`<li><strong>${t.task.id}.</strong> ${tr(t.task.title, lang)}
                  <span class="muted">— ${tr(DETAILS.because, lang, { reasons: t.scopes.map((s) => tr(SCOPES[s], lang)).join('; ') })}</span></li>`,
              )}
            </ul>`}
      </section>
      ${p.bodies.length > 0
        ? html`<section aria-labelledby="bodies-heading">
            <h3 id="bodies-heading">${tr(DETAILS.bodiesHeading, lang)}</h3>
            <ul>
              ${p.bodies.map((b) => {
                const roles = [
                  ...(b.body.communeLevel ? [tr(DETAILS.communeLevel, lang)] : []),
                  ...(b.leads.length ? [tr(DETAILS.leads, lang, { tasks: ids(b.leads) })] : []),
                  ...(b.joins.length ? [tr(DETAILS.joins, lang, { tasks: ids(b.joins) })] : []),
                ];
                return html`<li><strong>${b.body.id}.</strong> ${tr(b.body.name, lang)} <span class="muted">— ${roles.join('; ')}</span></li>`;
              })}
            </ul>
          </section>`
        : nothing}`;
  }

  override render() {
    const lang = this.#i18n.lang;
    const p = this.data ? buildCommuneProfile(this.data, this.gsoCode, this.metric) : null;
    if (!p) {
      return html`<section class="empty" aria-labelledby="details-heading">
        <h2 id="details-heading">${tr(DETAILS.heading, lang)}</h2>
        <p>${tr(DETAILS.empty, lang)}</p>
      </section>`;
    }
    return html`<article aria-labelledby="details-heading">
      <header>
        <h2 id="details-heading">${p.fullName}</h2>
        ${p.printedNameDiffers && p.printedName ? html`<p class="muted">${tr(DETAILS.printedAs, lang, { name: p.printedName })}</p>` : nothing}
        ${p.hasData ? nothing : html`<p class="no-row">${tr(DETAILS.noRow, lang)}</p>`}
      </header>
      ${this.#metric(p)} ${this.#target(p)} ${p.hasData ? this.#figures(p) : nothing} ${this.#findings(p)} ${this.#plan(p)}
    </article>`;
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
    h2 { font-size: 1.2em; margin: 0; }
    h3 { font-size: 1em; margin: 1rem 0 0.3rem; padding-top: 0.6rem; border-top: 1px solid ${token.border}; }
    p { margin: 0.2rem 0; }
    ul { margin: 0.2rem 0; padding-left: 1.2rem; }
    li { margin: 0.2rem 0; }
    .muted, .note { color: ${token.muted}; }
    .note { font-size: 0.88em; }
    .metric-label { font-weight: 600; }
    .big { font-size: 1.25em; font-weight: 700; font-variant-numeric: tabular-nums; }
    .ratio { font-size: 0.75em; font-weight: 400; color: ${token.muted}; }
    .no-row { font-weight: 600; }
    table { width: 100%; border-collapse: collapse; font-size: 0.92em; }
    th, td { text-align: left; padding: 0.25rem 0.35rem; border-bottom: 1px solid ${token.border}; vertical-align: top; }
    thead th { font-weight: 600; border-bottom-width: 2px; }
    tbody th { font-weight: 400; }
    td { font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.blank { color: ${token.muted}; font-style: italic; }
    tr.differs { background: color-mix(in srgb, ${token.error} 7%, ${token.bg}); }
    tr.differs td:nth-child(2) { font-weight: 700; }
    .flag { display: inline-flex; vertical-align: -0.1em; margin-right: 0.25em; }
    .flag.error, .findings .error .severity { color: ${token.error}; }
    .flag.warning, .findings .warning .severity { color: ${token.warn}; }
    .flag.info, .findings .info .severity { color: ${token.accent}; }
    .differs-word { font-size: 0.85em; color: ${token.muted}; }
    .findings { list-style: none; padding: 0; }
    .severity { font-weight: 700; display: inline-flex; align-items: center; gap: 0.25em; }
    @media (max-width: 380px) {
      td { white-space: normal; }
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'commune-details': CommuneDetails;
  }
}
