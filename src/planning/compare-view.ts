/**
 * `<compare-view>`: two views of the plan side by side, or one over the other with a swipe divider, their
 * cameras kept in sync (e.g. start vs projected end of the year, or plan vs draft).
 *
 * The one-map rule's documented exception: the left side is the app's own `<poverty-map>`, slotted in (the
 * element wraps it, as presenter mode does, and is no box at all while closed); the right side is a second
 * `<poverty-map>` this element creates only while compare is open and that is destroyed (its WebGL context
 * released) on close. So at most two on-screen maps exist, and only while the person compares. The app passes
 * its map by reference (`primary`, as it does for the print view); the cameras follow each other through
 * `move` events with a `syncing` guard (camera-sync.ts).
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { createRef, ref, type Ref } from 'lit/directives/ref.js';
import type { Choropleth } from '../classify/choropleth';
import type { Dataset } from '../data/dataset';
import { DEFAULT_CONTEXT, type MapContext } from '../data/default-dataset';
import type { Lang } from '../data/types';
import type { PovertyMap } from '../map/poverty-map';
import '../map/poverty-map';
import { langProperty, LocalizeController } from '../ui/localize';
import { syncCameras } from './camera-sync';
import type { CompareMode } from './compare-model';
import { emitPlanning, type CompareLayout } from './planning-events';
import { COMPARE } from './planning-strings';
import { planningStyles } from './planning-styles';
import { token } from '../ui/tokens';

/** A layout around the app's map that adds a second, synced map while open. */
@customElement('compare-view')
export class CompareView extends LitElement {
  /** Whether the second map is shown. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** What the right view shows (the app derives its choropleth). */
  @property() mode: CompareMode = 'end';
  /** Side by side, or swipe. */
  @property({ reflect: true }) layout: CompareLayout = 'side';
  /** The app's map (the left view). */
  @property({ attribute: false }) primary: Ref<PovertyMap> | null = null;
  /** Dataset of the right view. */
  @property({ attribute: false }) data: Dataset | undefined = undefined;
  /** Choropleth of the right view (the app derives it). */
  @property({ attribute: false }) choropleth: Choropleth | null = null;
  /** Context layers of the right map. */
  @property({ attribute: false }) context: MapContext = DEFAULT_CONTEXT;
  /** Selected commune, shown on both maps. */
  @property() selected: string | null = null;
  /** Captions of the two views. */
  @property() startLabel = '';
  @property() endLabel = '';
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  readonly #i18n = new LocalizeController(this);

  /** Where the swipe divider stands, in percent of the width. */
  @state() private divider = 50;
  #second = createRef<PovertyMap>();
  #unsync: (() => void) | null = null;
  #linking = false;

  /** The second map while compare is open (null otherwise). */
  get secondMap(): PovertyMap | null {
    return this.open ? (this.#second.value ?? null) : null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && !this.open) this.#stop();
  }

  override updated(): void {
    if (this.open && !this.#unsync) void this.#link();
  }

  override disconnectedCallback(): void {
    this.#stop();
    super.disconnectedCallback();
  }

  #stop(): void {
    this.#unsync?.();
    this.#unsync = null;
  }

  /** Start the camera sync once both maps exist. */
  async #link(): Promise<void> {
    if (this.#linking) return;
    this.#linking = true;
    try {
      const second = this.#second.value;
      await second?.updateComplete;
      const a = this.primary?.value?.map;
      const b = second?.map;
      if (this.open && !this.#unsync && a && b) this.#unsync = syncCameras(a, b);
    } finally {
      this.#linking = false;
    }
  }

  #setLayout(layout: CompareLayout): void {
    if (layout !== this.layout) emitPlanning(this, 'compare-layout-change', { layout });
  }

  override render() {
    if (!this.open) return html`<slot></slot>`;
    const i18n = this.#i18n;
    const lang: Lang = i18n.lang;
    const c = this.choropleth;
    const swipe = this.layout === 'swipe';
    return html`
      <div class="bar" role="toolbar" aria-label=${i18n.term(COMPARE.heading)}>
        <strong>${i18n.term(COMPARE.heading)}</strong>
        <span role="group" aria-label=${i18n.term(COMPARE.layout)}>
          ${(['side', 'swipe'] as const).map((l) => html`<button type="button" aria-pressed=${this.layout === l ? 'true' : 'false'} data-layout=${l} @click=${() => this.#setLayout(l)}>${i18n.term(COMPARE[l])}</button>`)}
        </span>
        <label class="inline">${i18n.term(COMPARE.mode)}
          <select @change=${(e: Event) => emitPlanning(this, 'compare-mode-change', { mode: (e.target as HTMLSelectElement).value as CompareMode })}>
            ${(['end', 'plan'] as const).map((m) => html`<option value=${m} ?selected=${this.mode === m}>${i18n.term(COMPARE[m])}</option>`)}
          </select></label>
        ${swipe ? html`<label class="inline">${i18n.term(COMPARE.divider)}
          <input type="range" min="0" max="100" .value=${String(this.divider)} @input=${(e: Event) => (this.divider = Number((e.target as HTMLInputElement).value))} /></label>` : nothing}
        <button type="button" class="close" @click=${() => emitPlanning(this, 'compare-close', {})}>${i18n.term(COMPARE.close)}</button>
      </div>
      <div class="maps">
        <div class="pane start"><span class="caption">${this.startLabel}</span><slot></slot></div>
        <div class="pane end" style=${swipe ? `clip-path: inset(0 0 0 ${this.divider}%)` : ''}>
          <span class="caption">${this.endLabel}</span>
          <poverty-map ${ref(this.#second)} .data=${this.data} .choropleth=${c} .context=${this.context} metric=${c?.metric.id ?? 'poverty_rate'}
            lang=${lang} .selected=${this.selected}></poverty-map>
        </div>
        ${swipe ? html`<div class="rule" aria-hidden="true" style="left: ${this.divider}%"></div>` : nothing}
      </div>`;
  }

  static override styles = [
    ...planningStyles,
    css`
      :host { display: contents; }
      :host([open]) { position: absolute; inset: 0; display: grid; grid-template-rows: auto minmax(0, 1fr); }
      .bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; padding: 0.3rem 0.5rem; background: ${token.bg}; border-bottom: 1px solid ${token.border}; }
      .bar .close { margin-left: auto; }
      button[aria-pressed='true'] { background: ${token['selected-bg']}; font-weight: 600; }
      .inline { flex-direction: row; align-items: center; gap: 0.35em; }
      .maps { position: relative; display: grid; grid-template-columns: 1fr 1fr; gap: 2px; min-height: 0; }
      :host([layout='swipe']) .maps { grid-template-columns: 1fr; gap: 0; }
      .pane { position: relative; min-width: 0; min-height: 0; }
      :host([layout='swipe']) .pane { grid-area: 1 / 1; }
      :host([layout='swipe']) .end { z-index: 1; }
      .pane poverty-map { position: absolute; inset: 0; min-height: 0; }
      .caption { position: absolute; z-index: 2; left: 50%; transform: translateX(-50%); top: 6px; padding: 2px 8px; border-radius: 4px;
        background: rgb(255 255 255 / 92%); font-size: 0.85rem; font-weight: 600; pointer-events: none; white-space: nowrap; }
      :host([layout='swipe']) .start .caption { left: 8px; transform: none; }
      :host([layout='swipe']) .end .caption { left: auto; right: 56px; transform: none; }
      .rule { position: absolute; z-index: 2; top: 0; bottom: 0; width: 3px; margin-left: -1px; background: ${token.fg}; pointer-events: none; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-view': CompareView;
  }
}
