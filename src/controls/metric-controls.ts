/** `<metric-controls>`: pick the metric, the classification (method, classes or manual breaks) and the palette. */
import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../classify/breaks';
import { PALETTES, getPalette, isPaletteId, paletteColors } from '../classify/palettes';
import { formatManualBreaks, manualBreaksErrorText, parseManualBreaks, type ManualBreaksError } from './manual-breaks';
import { CUSTOM_METRIC_GROUP, METRIC_GROUPS, METRICS, type CustomMetricDef, type MetricId } from '../data/metrics';
import { metricDefAmong } from '../data/custom-metrics';
import { paletteGroups } from './palette-menu';
import { formatMetricNumber, formatNumber, tr } from '../core/format';
import { CONTROLS } from '../core/strings/controls';
import { emit } from '../ui/events';
import { langProperty, LocalizeController } from '../ui/localize';
import { token } from '../ui/tokens';

const METHOD_LABELS: Record<ClassMethod, keyof typeof CONTROLS> = {
  quantile: 'methodQuantile',
  equal: 'methodEqual',
  natural: 'methodNatural',
  manual: 'methodManual',
};

const CLASS_COUNTS = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i);

/** The map's measure and classification controls; every change is an event, the host owns the state. */
@customElement('metric-controls')
export class MetricControls extends LitElement {
  /** The metric shown (a custom id the `customMetrics` do not have shows the default metric as picked). */
  @property() metric: MetricId = 'poverty_rate';
  /** The dataset's own measures (`dataset.custom?.metrics`), offered in a group of their own. */
  @property({ attribute: false }) customMetrics: readonly CustomMetricDef[] | undefined = undefined;
  /** The classification method. */
  @property() method: ClassMethod = 'natural';
  /** The number of classes asked for (2–7). */
  @property({ type: Number }) classes = 4;
  /** The palette id. */
  @property() palette = 'YlOrRd';
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);
  /** True when the metric changes sign, so diverging palettes are offered first. */
  @property({ type: Boolean }) diverging = false;
  /** The current manual breaks; null (default) when the host does not support manual breaks, which hides the option. */
  @property({ attribute: false }) manualBreaks: number[] | null = null;
  /** Smallest and largest value of the metric, to check manual breaks against (null: not checked). */
  @property({ attribute: false }) range: { min: number; max: number } | null = null;

  /** The manual-breaks text being edited. */
  @state() private draft: string | null = null;
  /** Problems of the last manual-breaks text applied. */
  @state() private errors: ManualBreaksError[] = [];

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('manualBreaks') || changed.has('lang') || changed.has('metric')) {
      this.draft = null;
      this.errors = [];
    }
  }

  /** The metric picked: `metric` when the picker offers it, else the default one (what the map then shows). */
  get #picked(): MetricId {
    return metricDefAmong(this.customMetrics, this.metric).id;
  }

  override updated(): void {
    const values: Record<string, string> = { metric: this.#picked, method: this.method, classes: String(this.classes), palette: this.palette };
    for (const [id, value] of Object.entries(values)) {
      const select = this.renderRoot.querySelector<HTMLSelectElement>(`#${id}`);
      if (select && select.value !== value) select.value = value;
    }
  }

  #onMetric(e: Event) {
    emit(this, 'metric-change', { metric: (e.target as HTMLSelectElement).value as MetricId });
  }

  #onMethod(e: Event) {
    emit(this, 'classification-change', { method: (e.target as HTMLSelectElement).value as ClassMethod, classes: this.classes });
  }

  #onClasses(e: Event) {
    emit(this, 'classification-change', { method: this.method, classes: Number((e.target as HTMLSelectElement).value) });
  }

  #onPalette(e: Event) {
    emit(this, 'palette-change', { palette: (e.target as HTMLSelectElement).value });
  }

  #applyBreaks() {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#breaks');
    if (!input) return;
    const result = parseManualBreaks(input.value, { unit: metricDefAmong(this.customMetrics, this.metric).unit, range: this.range });
    this.draft = input.value;
    if (!result.ok) {
      this.errors = result.errors;
      return;
    }
    this.errors = [];
    emit(this, 'manual-breaks-change', { breaks: result.breaks });
  }

  #onBreaksKey(e: KeyboardEvent) {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    this.#applyBreaks();
  }

  override render() {
    const lang = this.#i18n.lang;
    const methods = CLASS_METHODS.filter((m) => m !== 'manual' || this.manualBreaks !== null || this.method === 'manual');
    const picked = this.#picked;
    const custom = this.customMetrics ?? [];
    return html`<form class="controls" @submit=${(e: Event) => e.preventDefault()}>
      <div class="field">
        <label for="metric">${tr(CONTROLS.metric, lang)}</label>
        <select id="metric" @change=${this.#onMetric}>
          ${METRIC_GROUPS.map(
            (g) => html`<optgroup label=${tr(g.label, lang)}>
              ${METRICS.filter((m) => m.group === g.id).map((m) => html`<option value=${m.id} ?selected=${m.id === picked}>${tr(m.label, lang)}</option>`)}
            </optgroup>`,
          )}
          ${custom.length > 0
            ? html`<optgroup label=${tr(CUSTOM_METRIC_GROUP.label, lang)} data-group="custom">
                ${custom.map((m) => html`<option value=${m.id} ?selected=${m.id === picked}>${tr(m.label, lang)}</option>`)}
              </optgroup>`
            : nothing}
        </select>
      </div>
      <div class="row">
        <div class="field grow">
          <label for="method">${tr(CONTROLS.method, lang)}</label>
          <select id="method" @change=${this.#onMethod}>
            ${methods.map((m) => html`<option value=${m} ?selected=${m === this.method}>${tr(CONTROLS[METHOD_LABELS[m]], lang)}</option>`)}
          </select>
        </div>
        ${this.method === 'manual'
          ? nothing
          : html`<div class="field">
              <label for="classes">${tr(CONTROLS.classes, lang)}</label>
              <select id="classes" @change=${this.#onClasses}>
                ${CLASS_COUNTS.map((n) => html`<option value=${n} ?selected=${n === this.classes}>${formatNumber(n, lang)}</option>`)}
              </select>
            </div>`}
      </div>
      ${this.method === 'manual' && this.manualBreaks !== null ? this.#renderBreaks() : nothing}
      ${this.#renderPalette()}
    </form>`;
  }

  #renderBreaks() {
    const lang = this.#i18n.lang;
    const value = this.draft ?? formatManualBreaks(this.manualBreaks ?? [], lang);
    const invalid = this.errors.length > 0;
    const { decimals, unit } = metricDefAmong(this.customMetrics, this.metric);
    const range = this.range;
    return html`<div class="field">
      <label for="breaks">${tr(CONTROLS.manualBreaks, lang)}</label>
      <div class="inline">
        <input id="breaks" type="text" inputmode="decimal" autocomplete="off" spellcheck="false" .value=${value}
          aria-invalid=${invalid ? 'true' : 'false'} aria-describedby="breaks-hint ${invalid ? 'breaks-errors' : ''}"
          @keydown=${this.#onBreaksKey} />
        <button type="button" @click=${this.#applyBreaks}>${tr(CONTROLS.manualApply, lang)}</button>
      </div>
      <p id="breaks-hint" class="hint">
        ${tr(CONTROLS.manualHint, lang)} ${tr(CONTROLS.classesManual, lang)}
        ${range ? tr(CONTROLS.manualRange, lang, { min: formatMetricNumber(range.min, unit, lang, decimals), max: formatMetricNumber(range.max, unit, lang, decimals) }) : nothing}
      </p>
      <div id="breaks-errors" class="errors" role="alert">
        ${invalid ? html`<ul>${this.errors.map((err) => html`<li>${manualBreaksErrorText(err, lang, decimals)}</li>`)}</ul>` : nothing}
      </div>
    </div>`;
  }

  #renderPalette() {
    const lang = this.#i18n.lang;
    const groups = paletteGroups(PALETTES, this.diverging);
    const n = this.method === 'manual' && this.manualBreaks ? Math.max(2, this.manualBreaks.length + 1) : this.classes;
    const preview = isPaletteId(this.palette) && Number.isInteger(n) && n >= 1 ? paletteColors(this.palette, n) : [];
    const current = getPalette(this.palette);
    const optionLabel = (p: (typeof PALETTES)[number]) => `${tr(p.label, lang)}${p.colorBlindSafe ? ` ✓ ${tr(CONTROLS.colorBlindSafe, lang)}` : ''}`;
    return html`<div class="field">
      <label for="palette">${tr(CONTROLS.palette, lang)}</label>
      <select id="palette" @change=${this.#onPalette}>
        ${groups.map((g) => {
          const name = tr(g.kind === 'diverging' ? CONTROLS.diverging : CONTROLS.sequential, lang);
          return html`<optgroup label=${g.recommended ? tr(CONTROLS.recommended, lang, { group: name }) : name}>
            ${g.palettes.map((p) => html`<option value=${p.id} ?selected=${p.id === this.palette}>${optionLabel(p)}</option>`)}
          </optgroup>`;
        })}
      </select>
      <div class="ramp" role="img" data-colors=${preview.join(',')}
        aria-label=${tr(CONTROLS.preview, lang, { palette: current ? tr(current.label, lang) : this.palette, count: preview.length })}>
        ${preview.map((c) => html`<span data-color=${c} style="background-color: ${c}"></span>`)}
      </div>
    </div>`;
  }

  static override styles = css`
    :host {
      display: block;
      font-family: ${token.font};
      font-size: ${token['font-size']};
      color: ${token.fg};
    }
    .controls {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.6em;
      background: ${token.bg};
      border: 1px solid ${token.border};
      border-radius: ${token.radius};
      padding: 0.6em 0.8em;
    }
    .row { display: flex; flex-wrap: wrap; gap: 0.6em; }
    .grow { flex: 1 1 9em; }
    .field { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.2em; min-width: 0; }
    label { font-weight: 600; font-size: 0.9em; }
    select, input, button {
      font: inherit;
      color: ${token.fg};
      background: ${token.bg};
      border: 1px solid ${token['control-border']};
      border-radius: ${token['radius-small']};
      padding: 0.35em 0.45em;
      min-height: 2.25em;
      max-width: 100%;
    }
    select { width: 100%; }
    button { cursor: pointer; background: ${token.accent}; color: ${token['on-accent']}; border-color: ${token.accent}; }
    .inline { display: flex; gap: 0.4em; }
    .inline input { flex: 1 1 auto; width: 0; min-width: 0; }
    .inline button { white-space: nowrap; }
    input[aria-invalid='true'] { border-color: ${token.error}; border-width: 2px; }
    select:focus-visible, input:focus-visible, button:focus-visible {
      outline: ${token['focus-width']} solid ${token.focus};
      outline-offset: 2px;
      }
    .hint { margin: 0; font-size: 0.85em; color: ${token.muted}; }
    .errors { color: ${token.error}; font-size: 0.9em; }
    .errors ul { margin: 0; padding-left: 1.1em; }
    .ramp { display: flex; height: 0.9em; border: 1px solid ${token['swatch-border']}; border-radius: 2px; overflow: hidden; }
    .ramp span { flex: 1 1 0; forced-color-adjust: none; print-color-adjust: exact; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'metric-controls': MetricControls;
  }
}
