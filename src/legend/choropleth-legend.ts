/**
 * `<choropleth-legend>`: the one legend, built from the choropleth itself (as Observable Plot builds a
 * legend from its scale): give it `.choropleth` and it derives its rows with classify/legend-rows, so
 * its swatches are exactly the map's fills (each carries `data-color`). Variants:
 * - `full`: title, unit, one row per class (range with unit, commune count), the no-data row and, when some unit is
 *   approximate, a hatched row (classify/approximate-row), method line;
 * - `compact`: unit stated once, short ranges; a short list, turning into a strip when 17rem wide or more;
 * - `strip`: one wrapping line of swatches with "range (count)".
 */
import { LitElement, html, css, nothing, unsafeCSS } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { approximateRow, hatchBackground, type ApproximateRow } from '../classify/approximate-row';
import type { Choropleth } from '../classify/choropleth';
import type { LegendModel } from '../classify/legend';
import { legendMethodText, legendRows, legendUnitText, type LegendRow } from '../classify/legend-rows';
import { LEGEND } from '../core/strings/legend';
import type { MetricDef } from '../data/metrics';
import { langProperty, LocalizeController } from '../ui/localize';
import { srOnly } from '../ui/shared-styles';
import { token, tokens } from '../ui/tokens';

/** The looks of the legend. */
export type LegendVariant = 'full' | 'compact' | 'strip';

/** What a legend draws: the legend model, the metric it classifies and the approximate (hatched) units. */
export interface LegendSource {
  legend: LegendModel;
  metric: MetricDef;
  approximate?: readonly string[];
}

/** The choropleth's legend; see the module comment. */
@customElement('choropleth-legend')
export class ChoroplethLegend extends LitElement {
  /** The choropleth the map is drawn with. */
  @property({ attribute: false }) choropleth: Choropleth | null = null;
  /** How much the legend shows. */
  @property({ reflect: true }) variant: LegendVariant = 'full';
  /** Decimals of the class bounds (the metric's own when not set). */
  @property({ type: Number }) decimals: number | null = null;
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';

  protected readonly i18n = new LocalizeController(this);

  /** The legend model and metric drawn (the choropleth's). */
  protected source(): LegendSource | null {
    const c = this.choropleth;
    return c ? { legend: c.legend, metric: c.metric, ...(c.approximate ? { approximate: c.approximate } : {}) } : null;
  }

  override render() {
    const source = this.source();
    if (!source) return nothing;
    const { legend, metric } = source;
    const lang = this.i18n.lang;
    const rows = legendRows(legend, metric.unit, lang, this.decimals ?? metric.decimals);
    const approximate = approximateRow(source.approximate, lang);
    const title = this.i18n.term(metric.label);
    const label = this.i18n.term(LEGEND.listLabel, { metric: title });
    const colors = legend.classes.map((c) => c.color).join(',');
    const full = this.variant === 'full';
    const list = html`${rows.length === 0 ? html`<p class="empty">${this.i18n.term(LEGEND.empty)}</p>` : nothing}${
      rows.length > 0 || approximate
        ? html`<ul class="rows" aria-label=${full ? label : nothing} data-class-colors=${colors}>
            ${rows.map((r) => this.#row(r))}${approximate ? this.#approximateRow(approximate) : nothing}
          </ul>`
        : nothing
    }`;
    return html`<section class="legend" aria-labelledby=${full ? 'title' : nothing} aria-label=${full ? nothing : label}>
      ${full ? html`<h2 id="title" class="title">${title}</h2>` : nothing}
      ${this.variant === 'strip' ? nothing : html`<p class="unit">${legendUnitText(metric.unit, lang)}</p>`}
      ${list}
      ${full && legend.classes.length > 0 ? html`<p class="method">${legendMethodText(legend.method, legend.classes.length, lang)}</p>` : nothing}
    </section>`;
  }

  #row(r: LegendRow) {
    const range = this.variant === 'compact' ? r.shortRange : r.range;
    const count = this.variant === 'strip' ? `(${r.countText})` : r.countText;
    return html`<li class="row ${r.kind}" data-class-index=${r.index ?? 'no-data'}>
      <span class="swatch" data-color=${r.color} style="background-color: ${r.color}" aria-hidden="true"></span>
      <span class="range" aria-hidden="true">${range}</span>
      <span class="sr-only">${r.description}: ${r.countText}</span>
      <span class="count" aria-hidden="true">${count}</span>
    </li>`;
  }

  #approximateRow(r: ApproximateRow) {
    const count = this.variant === 'strip' ? `(${r.countText})` : r.countText;
    return html`<li class="row approximate" data-class-index="approximate">
      <span class="swatch hatch" aria-hidden="true"></span>
      <span class="range" aria-hidden="true">${r.label}</span>
      <span class="sr-only">${r.description}: ${r.countText}</span>
      <span class="count" aria-hidden="true">${count}</span>
    </li>`;
  }

  static override styles = [
    tokens,
    srOnly,
    css`
      :host {
        display: block;
        container-type: inline-size;
        font-size: ${token['font-size']};
      }
      :host([variant='compact']) { font-size: var(--bdgn-font-size, 0.8rem); }
      :host([variant='strip']) { font-size: var(--bdgn-font-size, 0.85rem); }
      .legend { margin: 0; }
      :host([variant='full']) .legend {
        background: ${token.bg};
        border: 1px solid ${token.border};
        border-radius: ${token.radius};
        padding: 0.6em 0.8em;
      }
      .title { font-size: 1em; font-weight: 600; margin: 0; line-height: 1.3; }
      .unit, .method, .empty { margin: 0.2em 0 0; font-size: 0.85em; color: ${token.muted}; }
      :host([variant='compact']) .unit { margin: 0 0 0.25em; font-size: 0.9em; }
      .rows { list-style: none; margin: 0.5em 0 0; padding: 0; display: grid; gap: 0.25em; }
      :host(:not([variant='full'])) .rows { margin: 0; }
      .row { display: grid; grid-template-columns: 1.6em minmax(0, 1fr) auto; align-items: center; gap: 0 0.5em; }
      .swatch {
        display: block;
        height: 1.1em;
        border: 1px solid ${token['swatch-border']};
        border-radius: 2px;
        box-sizing: border-box;
        forced-color-adjust: none;
        print-color-adjust: exact;
      }
      .range { font-variant-numeric: tabular-nums; }
      .count { font-size: 0.9em; color: ${token.muted}; white-space: nowrap; }
      .no-data .range, .approximate .range { font-style: italic; }
      .swatch.hatch { background: ${unsafeCSS(hatchBackground())}, ${token.bg}; }
      :host([variant='compact']) .row { grid-template-columns: 1.5em minmax(0, 1fr) auto; gap: 0 0.4em; }
      :host([variant='compact']) .swatch { height: 1em; }
      :host([variant='compact']) .count { font-size: 1em; }
      @container (min-width: 17rem) {
        :host([variant='compact']) .rows { display: flex; gap: 6px; }
        :host([variant='compact']) .row { flex: 1 1 0; min-width: 0; display: flex; flex-direction: column; align-items: stretch; gap: 0.15em; }
        :host([variant='compact']) .swatch { height: 0.8em; }
        :host([variant='compact']) .range { text-align: center; line-height: 1.2; font-size: 0.9em; overflow-wrap: anywhere; }
        :host([variant='compact']) .count { display: none; }
        :host([variant='compact']) .rows { flex-wrap: wrap; }
        :host([variant='compact']) .row.approximate { flex: 1 0 100%; flex-direction: row; align-items: center; gap: 0.4em; }
        :host([variant='compact']) .approximate .swatch { width: 1.5em; flex: none; }
        :host([variant='compact']) .approximate .range { text-align: start; }
      }
      :host([variant='strip']) .rows { display: flex; flex-wrap: wrap; gap: 0.3em 1em; }
      :host([variant='strip']) .row { display: flex; gap: 0.35em; }
      :host([variant='strip']) .swatch { width: 0.9rem; height: 0.9rem; }
      :host([variant='strip']) .count { font-size: 1em; color: inherit; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'choropleth-legend': ChoroplethLegend;
  }
}
