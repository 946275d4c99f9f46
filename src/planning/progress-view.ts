/**
 * `<progress-view>`: several years' tables of the same place — a year slider over the steps (year N → N+1),
 * the map of the step (target reached? with its three-state legend and counts, or the change of the poverty
 * rate or of the poor households), each unit's outcome, and small multiples (one small map per year, one
 * colour scale) for print. The maps are static SVG (d3-geo), so the app keeps its one MapLibre map.
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CommuneFeature } from '../data/join';
import { buildProgress, type YearFigures } from '../data/planning/progress';
import { NO_DATA_COLOR } from '../classify/palettes';
import { memo } from '../state/memo';
import { langProperty, LocalizeController } from '../ui/localize';
import { emitPlanning } from './planning-events';
import { PROGRESS } from './planning-strings';
import { planningStyles } from './planning-styles';
import { progressMap, progressMetricLabel, PROGRESS_METRICS, smallMultiples, type ProgressLegendRow, type ProgressMetric } from './progress-model';
import { smallMap, type SmallMap } from './small-map';
import { token } from '../ui/tokens';

/** Sizes of the step's map and of each small multiple, in CSS pixels. */
const MAIN = { width: 420, height: 320 };
const SMALL = { width: 180, height: 140 };

/** The progress of a place over the years its tables cover. */
@customElement('progress-view')
export class ProgressView extends LitElement {
  /** One table per year (any order; each year once). */
  @property({ attribute: false }) years: readonly YearFigures[] = [];
  /** The place's unit boundaries, for the maps. */
  @property({ attribute: false }) communes: readonly CommuneFeature[] = [];
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);

  /** Index of the step shown (0 = first year → second year). */
  @state() private step = 0;
  @state() private metric: ProgressMetric = 'target';
  @state() private yearError: string | null = null;

  #progress = memo((years: readonly YearFigures[]) => buildProgress(years));
  #main = memo((communes: readonly CommuneFeature[]) => smallMap(communes, MAIN.width, MAIN.height, 8));
  #small = memo((communes: readonly CommuneFeature[]) => smallMap(communes, SMALL.width, SMALL.height, 4));

  #svg(map: SmallMap, fills: Record<string, string>, label: string) {
    return html`<svg viewBox="0 0 ${map.width} ${map.height}" width=${map.width} height=${map.height} role="img" aria-label=${label}>
      ${map.paths.map((p) => svg`<path data-gso=${p.gsoCode} d=${p.d} fill=${fills[p.gsoCode] ?? NO_DATA_COLOR} stroke="#fff" stroke-width="1"><title>${p.name}</title></path>`)}
    </svg>`;
  }

  #legend(rows: readonly ProgressLegendRow[], label: string, withCounts = true) {
    return html`<ul class="legend" aria-label=${label}>
      ${rows.map((r) => html`<li><span class="swatch" style="background:${r.color}"></span>${r.label}${withCounts ? html` <span class="count">(${r.count})</span>` : nothing}</li>`)}
    </ul>`;
  }

  #onAdd(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const yearText = (form.elements.namedItem('year') as HTMLInputElement).value.trim();
    const input = form.elements.namedItem('file') as HTMLInputElement;
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100) {
      this.yearError = this.#i18n.term(PROGRESS.badYear, { text: yearText });
      return;
    }
    this.yearError = null;
    const file = input.files?.[0];
    if (!file) return;
    emitPlanning(this, 'progress-table-add', { file, year });
    form.reset();
  }

  override render() {
    const i18n = this.#i18n;
    const lang = i18n.lang;
    const years = [...this.years].map((y) => y.year).sort((a, b) => a - b);
    return html`<section aria-labelledby="progress-heading">
      <h2 id="progress-heading">${i18n.term(PROGRESS.heading)}</h2>
      ${years.length < 2 ? html`<p class="note">${i18n.term(PROGRESS.needTwo, { years: years.join(', ') || '–' })}</p>` : this.#steps(lang)}
      <form class="add" @submit=${this.#onAdd}>
        <div class="row">
          <label>${i18n.term(PROGRESS.yearInput)}<input type="text" inputmode="numeric" name="year" size="5" required aria-invalid=${this.yearError ? 'true' : 'false'} /></label>
          <label>${i18n.term(PROGRESS.fileInput)}<input type="file" name="file" accept=".csv,.tsv,.txt" required /></label>
          <button type="submit">${i18n.term(PROGRESS.addYear)}</button>
        </div>
        ${this.yearError ? html`<p class="error" role="alert">${this.yearError}</p>` : nothing}
      </form>
    </section>`;
  }

  #steps(lang: 'vi' | 'en') {
    const i18n = this.#i18n;
    const model = this.#progress(this.years);
    const count = model.years.length - 1;
    const index = Math.min(this.step, count - 1);
    const fromYear = model.years[index]!;
    const map = progressMap(model, fromYear, this.metric, lang);
    const multiples = smallMultiples(model, lang);
    const small = this.#small(this.communes);
    return html`
      <div class="row controls">
        <label>${i18n.term(PROGRESS.step)}: ${i18n.term(PROGRESS.stepValue, { from: map.fromYear, to: map.toYear })}
          <input type="range" min="0" max=${count - 1} step="1" .value=${String(index)} aria-valuetext=${`${map.fromYear} → ${map.toYear}`}
            @input=${(e: Event) => (this.step = Number((e.target as HTMLInputElement).value))} /></label>
        <label>${i18n.term(PROGRESS.metric)}<select @change=${(e: Event) => (this.metric = (e.target as HTMLSelectElement).value as ProgressMetric)}>
          ${PROGRESS_METRICS.map((m) => html`<option value=${m} ?selected=${m === this.metric}>${progressMetricLabel(m, fromYear, lang)}</option>`)}
        </select></label>
      </div>
      <figure class="step-map">
        <figcaption>${map.title}</figcaption>
        ${this.#svg(this.#main(this.communes), map.fills, map.title)}
        ${this.#legend(map.legend, map.title)}
      </figure>
      <table>
        <thead><tr><th scope="col">${i18n.term(PROGRESS.colUnit)}</th>
          ${this.metric === 'target' ? html`<th scope="col">${i18n.term(PROGRESS.colPlanned, { year: map.fromYear })}</th><th scope="col">${i18n.term(PROGRESS.colActual, { year: map.toYear })}</th>` : nothing}
          <th scope="col">${i18n.term(PROGRESS.colValue)}</th></tr></thead>
        <tbody>${map.rows.map((r) => html`<tr data-key=${r.key}><th scope="row"><span class="swatch" style="background:${r.color}"></span>${r.name}</th>
          ${this.metric === 'target' ? html`<td class="num">${i18n.number(r.step.plannedEnd)}</td><td class="num">${i18n.number(r.step.actualStart)}</td>` : nothing}
          <td class="num">${r.text}</td></tr>`)}</tbody>
      </table>
      <section class="multiples" aria-label=${i18n.term(PROGRESS.smallMultiples)}>
        <h3>${i18n.term(PROGRESS.smallMultiples)}</h3>
        <div class="grid">${multiples.panels.map((p) => {
          const label = i18n.term(PROGRESS.yearMap, { year: p.year });
          return html`<figure><figcaption>${label}</figcaption>${this.#svg(small, p.fills, label)}</figure>`;
        })}</div>
        ${this.#legend(multiples.legend, i18n.term(PROGRESS.smallMultiples), false)}
      </section>`;
  }

  static override styles = [
    ...planningStyles,
    css`
      figure { margin: 0.5rem 0; }
      figcaption { font-weight: 600; font-size: 0.9em; margin-bottom: 0.25rem; }
      svg { display: block; max-width: 100%; height: auto; background: ${token['page-bg']}; }
      .legend { list-style: none; padding: 0; margin: 0.4rem 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; font-size: 0.9em; }
      .count { color: ${token.muted}; }
      .multiples h3 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
      .multiples .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 0.5rem; }
      .add { margin-top: 0.75rem; }
      input[type='range'] { width: 12rem; }
      @media print {
        .controls, .add { display: none; }
        .multiples { break-inside: avoid; }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'progress-view': ProgressView;
  }
}
