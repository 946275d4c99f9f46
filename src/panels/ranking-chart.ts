/** `<ranking-chart>`: communes ranked by the current metric as horizontal bars in the map's colours. */
import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { UnitMetricValue } from '../data/dataset';
import type { MetricDef } from '../data/metrics';
import { buildRanking, type RankingRow } from '../data/ranking';
import { layoutRanking, tickDecimals, type BarLayout } from './ranking-layout';
import { formatNumber, formatValue, tr } from '../core/format';
import { CHART } from '../core/strings/panels';
import { NO_DATA_COLOR } from '../classify/palettes';
import { emit } from '../ui/events';
import { langProperty, LocalizeController } from '../ui/localize';
import { token } from '../ui/tokens';

/** Rough width of one character of the value labels, for the room kept beside the bars. */
const CHAR_WIDTH = 7.2;

/** The ranking chart. Emits `commune-select` (click, Enter or Space on a bar) and `commune-hover`. */
@customElement('ranking-chart')
export class RankingChart extends LitElement {
  /** The metric's value for every commune on the map. */
  @property({ attribute: false }) values: UnitMetricValue[] = [];
  /** Fill of each commune by GSO code: exactly the map's class colours. */
  @property({ attribute: false }) fills: Record<string, string> = {};
  /** The metric shown. */
  @property({ attribute: false }) metric: MetricDef | null = null;
  /** GSO code of the selected commune, or null. */
  @property({ attribute: false }) selected: string | null = null;
  /** The district's value, drawn as a dashed reference line for rates (stated in text for counts), or null. */
  @property({ attribute: false }) district: number | null = null;
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);
  /** Measured width of the chart area in CSS pixels. */
  @state() private width = 360;
  /** GSO code of the bar that takes the Tab stop (roving tabindex). */
  @state() private focusCode: string | null = null;

  #observer: ResizeObserver | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0 && Math.abs(w - this.width) >= 2) this.width = w;
    });
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    super.disconnectedCallback();
  }

  #format(value: number | null): string {
    const m = this.metric!;
    return formatValue(value, m.unit, this.#i18n.lang, m.decimals);
  }

  #select(gsoCode: string): void {
    this.focusCode = gsoCode;
    emit(this, 'commune-select', { gsoCode });
  }

  #onKey(e: KeyboardEvent, rows: RankingRow[], index: number): void {
    const row = rows[index]!;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#select(row.gsoCode);
      return;
    }
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const target = rows[Math.max(0, Math.min(rows.length - 1, moves[e.key]!))]!;
    this.focusCode = target.gsoCode;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>(`[data-code="${CSS.escape(target.gsoCode)}"]`)?.focus());
  }

  #bar(row: RankingRow, bar: BarLayout, of: number, tabStop: string | null, rows: RankingRow[], index: number) {
    const lang = this.#i18n.lang;
    const selected = row.gsoCode === this.selected;
    const value = this.#format(row.value);
    const label = tr(CHART.bar, lang, { name: row.fullName, value, rank: row.rank ?? '–', of }) + (selected ? ` (${tr(CHART.selected, lang)})` : '');
    const fill = this.fills[row.gsoCode] ?? NO_DATA_COLOR;
    return svg`<g role="listitem">
      <g class="bar ${selected ? 'selected' : ''}" role="button" data-code=${row.gsoCode} tabindex=${row.gsoCode === tabStop ? 0 : -1}
        aria-label=${label} aria-pressed=${selected ? 'true' : 'false'}
        @click=${() => this.#select(row.gsoCode)} @keydown=${(e: KeyboardEvent) => this.#onKey(e, rows, index)}
        @pointerenter=${() => emit(this, 'commune-hover', { gsoCode: row.gsoCode })} @pointerleave=${() => emit(this, 'commune-hover', { gsoCode: null })}
        @focus=${() => emit(this, 'commune-hover', { gsoCode: row.gsoCode })} @blur=${() => emit(this, 'commune-hover', { gsoCode: null })}>
        <rect class="hit" x="2" y=${bar.rowY + 1} width=${Math.max(0, this.width - 4)} height=${bar.rowHeight - 2} rx="4"></rect>
        <text class="name" x=${bar.nameX} y=${bar.nameY}>${row.fullName}</text>
        <rect class="fill" x=${bar.barX} y=${bar.barY} width=${Math.max(bar.barWidth, 1)} height=${bar.barHeight} fill=${fill}></rect>
        <text class="value" x=${bar.valueX} y=${bar.valueY} text-anchor=${bar.valueAnchor}>${value}</text>
      </g>
    </g>`;
  }

  override render() {
    const metric = this.metric;
    if (!metric) return nothing;
    const lang = this.#i18n.lang;
    const rows = buildRanking(this.values);
    const drawn = rows.filter((r) => r.value !== null);
    const missing = rows.filter((r) => r.value === null);
    const isCount = metric.unit === 'households';
    const reference = !isCount && this.district !== null && Number.isFinite(this.district) ? this.district : null;
    const longest = Math.max(4, ...drawn.map((r) => this.#format(r.value).length));
    const layout = layoutRanking(drawn, { width: this.width, district: reference, valueWidth: Math.ceil(longest * CHAR_WIDTH) + 10 });
    const decimals = tickDecimals(layout.ticks, metric.decimals);
    const tabStop = drawn.some((r) => r.gsoCode === this.focusCode) ? this.focusCode : (drawn.find((r) => r.gsoCode === this.selected) ?? drawn[0])?.gsoCode ?? null;
    const districtText = this.district !== null ? this.#format(this.district) : null;
    return html`<figure>
      <figcaption id="chart-caption">
        <h2>${tr(CHART.heading, lang)}</h2>
        <p>${tr(CHART.caption, lang, { metric: tr(metric.label, lang) })}</p>
      </figcaption>
      ${drawn.length === 0
        ? html`<p class="empty">${tr(CHART.empty, lang)}</p>`
        : html`<p class="hint">${tr(CHART.hint, lang)}</p>
            <svg class="chart" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" role="list" aria-labelledby="chart-caption">
              <g class="axis" aria-hidden="true">
                ${layout.ticks.map((t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1=${layout.plotTop} y2=${layout.plotBottom}></line>
                  <text class="tick" x=${t.x} y=${layout.plotBottom + 16} text-anchor="middle">${formatNumber(t.value, lang, decimals)}</text>`)}
              </g>
              ${drawn.map((row, i) => this.#bar(row, layout.bars[i]!, drawn.length, tabStop, drawn, i))}
              <line class="zero" aria-hidden="true" x1=${layout.zeroX} x2=${layout.zeroX} y1=${layout.plotTop - 4} y2=${layout.plotBottom}></line>
              ${layout.districtX !== null && districtText !== null
                ? svg`<g class="district" aria-hidden="true">
                    <line x1=${layout.districtX} x2=${layout.districtX} y1=${layout.plotTop - 6} y2=${layout.plotBottom}></line>
                    <text x=${layout.districtX} y=${layout.plotTop - 9} text-anchor=${layout.districtAnchor}>${tr(CHART.district, lang, { value: districtText })}</text>
                  </g>`
                : nothing}
            </svg>`}
      ${districtText !== null
        ? html`<p class="note">${tr(reference !== null ? CHART.districtLine : CHART.districtText, lang, { value: districtText })}</p>`
        : nothing}
      ${missing.length > 0
        ? html`<h3 class="missing-heading">${tr(CHART.missingHeading, lang)}</h3>
            <ul class="missing">
              ${missing.map(
                (r) => html`<li><button type="button" aria-pressed=${r.gsoCode === this.selected ? 'true' : 'false'} @click=${() => this.#select(r.gsoCode)}>
                  ${r.fullName}: ${tr(CHART.noData, lang)}</button></li>`,
              )}
            </ul>`
        : nothing}
    </figure>`;
  }

  static override styles = css`
    :host {
      display: block;
      font-size: ${token['font-size']};
      color: ${token.fg};
      background: ${token.bg};
      min-width: 0;
    }
    figure { margin: 0; padding: 0.75rem 0; }
    figcaption, .hint, .note, .empty, .missing-heading, .missing { padding: 0 0.75rem; }
    h2 { font-size: 1.15em; margin: 0; }
    h3 { font-size: 1em; margin: 0.75rem 0 0.25rem; }
    p { margin: 0.25rem 0; }
    .hint, .note { color: ${token.muted}; font-size: 0.88em; }
    .chart { display: block; overflow: visible; font-size: 13px; }
    .chart text { fill: ${token.fg}; }
    .tick { font-size: 11px; fill: ${token.muted} !important; }
    .grid { stroke: ${token.border}; stroke-width: 1; }
    .zero { stroke: ${token.fg}; stroke-width: 1.5; }
    .district line { stroke: ${token.fg}; stroke-width: 1.5; stroke-dasharray: 5 3; }
    .district text { font-size: 11.5px; font-weight: 600; paint-order: stroke; stroke: ${token.bg}; stroke-width: 3px; }
    .bar { cursor: pointer; outline: none; }
    .hit { fill: transparent; stroke: none; }
    .bar:hover .hit { fill: color-mix(in srgb, ${token.accent} 7%, transparent); }
    .bar:focus-visible .hit { stroke: ${token.focus}; stroke-width: ${token['focus-width']}; }
    .fill { stroke: ${token.fg}; stroke-opacity: 0.55; stroke-width: 1; }
    .selected .fill { stroke: ${token.fg}; stroke-opacity: 1; stroke-width: 3; }
    .selected .name, .selected .value { font-weight: 700; }
    .value, .name { paint-order: stroke; stroke: ${token.bg}; stroke-width: 3px; stroke-linejoin: round; }
    .value { font-variant-numeric: tabular-nums; }
    .missing { list-style: none; margin: 0; display: flex; flex-direction: column; gap: 0.25rem; }
    .missing button {
      font: inherit;
      text-align: left;
      min-height: 2.25rem;
      padding: 0.25rem 0.6rem;
      border: 1px solid ${token['control-border']};
      border-radius: ${token['radius-small']};
      background: ${token.bg};
      color: ${token.fg};
      cursor: pointer;
    }
    .missing button[aria-pressed='true'] { border: 3px solid ${token.fg}; font-weight: 700; }
    .missing button:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'ranking-chart': RankingChart;
  }
}
