/** `<embed-legend>`: a compact legend for the embedded map — a horizontal strip when wide enough, else a short list. */
import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LegendModel } from '../classify/legend';
import { formatBound, legendRows, legendUnitText, type LegendRow } from '../classify/legend-rows';
import type { MetricDef } from '../data/metrics';
import type { Lang } from '../data/types';
import { tr } from '../core/format';
import { EMBED } from '../core/strings/embed';
import { srOnly } from '../ui/shared-styles';

/** The classes of the map with their colours (each swatch carries `data-color`), ranges (unit stated once, above) and commune counts. */
@customElement('embed-legend')
export class EmbedLegend extends LitElement {
  /** The legend model the map is drawn with. */
  @property({ attribute: false }) legend: LegendModel | null = null;
  /** The metric shown. */
  @property({ attribute: false }) metric: MetricDef | null = null;
  /** Display language. */
  @property({ reflect: true }) override lang: Lang = 'vi';

  override render() {
    const { legend, metric, lang } = this;
    if (!legend || !metric) return nothing;
    const rows = legendRows(legend, metric.unit, lang, metric.decimals);
    const bound = (v: number) => formatBound(v, metric.unit, lang, metric.decimals);
    const range = (r: LegendRow) => {
      const c = legend.classes.find((k) => k.index === r.index);
      if (!c) return r.range;
      return bound(c.lower) === bound(c.upper) ? bound(c.lower) : `${bound(c.lower)} – ${bound(c.upper)}`;
    };
    const label = tr(EMBED.legend, lang, { metric: tr(metric.label, lang) });
    return html`<section class="legend" aria-label=${label}>
      <p class="unit">${legendUnitText(metric.unit, lang)}</p>
      <ul class="rows" data-class-colors=${legend.classes.map((c) => c.color).join(',')}>
        ${rows.map(
          (r) => html`<li class="row ${r.kind}" data-class-index=${r.index ?? 'no-data'}>
            <span class="swatch" data-color=${r.color} style="background-color: ${r.color}" aria-hidden="true"></span>
            <span class="range" aria-hidden="true">${range(r)}</span>
            <span class="sr-only">${r.description}: ${r.countText}</span>
            <span class="count" aria-hidden="true">${r.countText}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  static override styles = css`
    :host {
      display: block;
      container-type: inline-size;
      font-family: var(--bdgn-font, 'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      font-size: var(--bdgn-font-size, 0.8rem);
      color: var(--bdgn-fg, #1a1a1a);
    }
    .legend { margin: 0; }
    .unit { margin: 0 0 0.25em; font-size: 0.9em; color: var(--bdgn-muted, #4a4a4a); }
    .rows { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.25em; }
    .row { display: grid; grid-template-columns: 1.5em minmax(0, 1fr) auto; align-items: center; gap: 0 0.4em; }
    .swatch {
      display: block;
      height: 1em;
      border: 1px solid var(--bdgn-swatch-border, rgb(0 0 0 / 35%));
      border-radius: 2px;
      box-sizing: border-box;
      forced-color-adjust: none;
      print-color-adjust: exact;
    }
    .range { font-variant-numeric: tabular-nums; }
    .count { color: var(--bdgn-muted, #4a4a4a); white-space: nowrap; }
    .no-data .range { font-style: italic; }
    @container (min-width: 17rem) {
      .rows { display: flex; gap: 6px; }
      .row { flex: 1 1 0; min-width: 0; display: flex; flex-direction: column; align-items: stretch; gap: 0.15em; }
      .swatch { height: 0.8em; }
      .range { text-align: center; line-height: 1.2; font-size: 0.9em; overflow-wrap: anywhere; }
      .count { display: none; }
    }
    ${srOnly}
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'embed-legend': EmbedLegend;
  }
}
