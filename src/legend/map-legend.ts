/** `<map-legend>`: the choropleth's legend — metric, unit, one row per class with its colour, range and commune count. */
import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LegendModel } from '../classify/legend';
import { legendMethodText, legendRows, legendUnitText } from '../classify/legend-rows';
import type { MetricDef } from '../data/metrics';
import type { Lang } from '../data/types';
import { tr } from '../core/format';
import { LEGEND } from '../core/strings/controls';
import { srOnly } from '../ui/shared-styles';

/** A legend whose swatches are exactly the legend model's colours (each swatch carries `data-color`). */
@customElement('map-legend')
export class MapLegend extends LitElement {
  /** The legend model the map is drawn with. */
  @property({ attribute: false }) legend: LegendModel | null = null;
  /** The metric shown. */
  @property({ attribute: false }) metric: MetricDef | null = null;
  /** Display language. */
  @property({ reflect: true }) override lang: Lang = 'vi';
  /** Decimals of the class bounds (the metric's own when not set). */
  @property({ type: Number }) decimals: number | null = null;

  override render() {
    const { legend, metric, lang } = this;
    if (!legend || !metric) return nothing;
    const decimals = this.decimals ?? metric.decimals;
    const rows = legendRows(legend, metric.unit, lang, decimals);
    const title = tr(metric.label, lang);
    const colors = legend.classes.map((c) => c.color).join(',');
    return html`<section class="legend" aria-labelledby="title">
      <h2 id="title" class="title">${title}</h2>
      <p class="unit">${legendUnitText(metric.unit, lang)}</p>
      ${rows.length === 0
        ? html`<p class="empty">${tr(LEGEND.empty, lang)}</p>`
        : html`<ul class="rows" aria-label=${tr(LEGEND.listLabel, lang, { metric: title })} data-class-colors=${colors}>
            ${rows.map(
              (r) => html`<li class="row ${r.kind}" data-class-index=${r.index ?? 'no-data'}>
                <span class="swatch" data-color=${r.color} style="background-color: ${r.color}" aria-hidden="true"></span>
                <span class="range" aria-hidden="true">${r.range}</span>
                <span class="sr-only">${r.description}:</span>
                <span class="count">${r.countText}</span>
              </li>`,
            )}
          </ul>`}
      ${legend.classes.length > 0 ? html`<p class="method">${legendMethodText(legend.method, legend.classes.length, lang)}</p>` : nothing}
    </section>`;
  }

  static override styles = css`
    :host {
      display: block;
      font-family: var(--bdgn-font, 'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      font-size: var(--bdgn-font-size, 0.95rem);
      color: var(--bdgn-fg, #1a1a1a);
    }
    .legend {
      background: var(--bdgn-bg, #fff);
      border: 1px solid var(--bdgn-border, #c4c4c4);
      border-radius: 6px;
      padding: 0.6em 0.8em;
    }
    .title { font-size: 1em; font-weight: 600; margin: 0; line-height: 1.3; }
    .unit, .method, .empty { margin: 0.2em 0 0; font-size: 0.85em; color: var(--bdgn-muted, #4a4a4a); }
    .rows { list-style: none; margin: 0.5em 0 0; padding: 0; display: grid; gap: 0.25em; }
    .row { display: grid; grid-template-columns: 1.6em minmax(0, 1fr) auto; align-items: center; gap: 0.5em; }
    .swatch {
      width: 1.6em;
      height: 1.1em;
      border: 1px solid var(--bdgn-swatch-border, rgb(0 0 0 / 35%));
      border-radius: 2px;
      box-sizing: border-box;
      forced-color-adjust: none;
      print-color-adjust: exact;
    }
    .range { font-variant-numeric: tabular-nums; }
    .count { font-size: 0.9em; color: var(--bdgn-muted, #4a4a4a); white-space: nowrap; }
    .no-data .range { font-style: italic; }
    ${srOnly}
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'map-legend': MapLegend;
  }
}
