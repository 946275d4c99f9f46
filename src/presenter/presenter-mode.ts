/** `<presenter-mode>`: the plan as full-screen steps for a projector, driven by the keyboard or a slide clicker. */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ClassMethod } from '../classify/breaks';
import type { Dataset } from '../data/dataset';
import { loadDefaultDataset } from '../data/default-dataset';
import type { MetricId } from '../data/metrics';
import type { Lang } from '../data/types';
import { formatNumber, tr } from '../core/format';
import { DISTRICT_NAME, DISTRICT_TYPE, PRESENTER } from '../core/strings/presenter';
import { buildChoropleth } from '../classify/choropleth';
import { buildPanel, buildSpotlight, communeBounds, communeOptions, keepUnitsTogether } from './presenter-content';
import { presenterAction, stepAfter } from './presenter-keys';
import { buildPresenterSteps, clampStep, stepMetric, type PresenterStep } from './presenter-steps';
import { DEFAULT_VIEW } from '../state/view-state';
import { emit } from '../ui/events';
import { enlargeLabels, fitCommunes } from './presenter-camera';
import { deepActiveElement, enterFullscreen, exitFullscreen, holdsFullscreen, inertOutside } from './presenter-modal';
import { presenterStyles } from './presenter-mode-styles';
import type { PovertyMap } from '../map/poverty-map';
import type { PresenterStepList } from './presenter-step-list';
import '../map/poverty-map';
import '../legend/map-legend';
import './presenter-panel';
import './presenter-search';
import './presenter-spotlight';
import './presenter-step-list';

/** Keys the map handles itself while its keyboard area has focus (move between communes, choose, zoom). */
const MAP_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' ', 'Enter', '+', '-', '=', '_', '0']);
/** Commune labels on the presenter's map are this many times their normal size, to read from the back of a room. */
const LABEL_SCALE = 1.5;

/** Presenter mode: set `open` to show it; it leaves by itself on Escape and then emits presenter-close. */
@customElement('presenter-mode')
export class PresenterMode extends LitElement {
  /** Language of every text. */
  @property({ reflect: true }) override lang: Lang = DEFAULT_VIEW.lang;
  /** Whether the presentation is shown (full screen when the browser allows, else a full-window overlay). */
  @property({ type: Boolean, reflect: true }) open = false;
  /** Index of the step shown (0-based); kept between openings so a presenter can resume. */
  @property({ type: Number }) step = 0;
  /** GSO code of the commune in the spotlight, or null; cleared when the presentation closes. */
  @property() spotlight: string | null = null;
  /** Metric shown by steps that name none when no step before them does. */
  @property() metric: MetricId = DEFAULT_VIEW.metric;
  /** Classification method of the map ('manual' falls back to the default: one metric's breaks do not suit the others). */
  @property() method: ClassMethod = DEFAULT_VIEW.method;
  /** Number of classes of the map. */
  @property({ type: Number }) classes = DEFAULT_VIEW.classes;
  /** Palette id of the map. */
  @property() palette = DEFAULT_VIEW.palette;
  /** Element to focus on closing; by default the one focused when the presentation opened (the Present button). */
  @property({ attribute: false }) returnFocus: HTMLElement | null = null;
  /** The plan dataset presented; undefined presents the built-in Cam Lộ dataset. */
  @property({ attribute: false }) data: Dataset | undefined = undefined;

  @state() private listOpen = false;
  /** "Spotlight: Xã Cam Tuyền", announced with the step. */
  @state() private spotlightMessage = '';
  @query('.frame') private frame!: HTMLElement;
  @query('poverty-map') private innerMap!: PovertyMap | null;
  @query('presenter-step-list') private stepList!: PresenterStepList | null;

  #defaultDataset: Dataset | null = null;
  #steps: { dataset: Dataset; lang: Lang; steps: PresenterStep[] } | null = null;
  #opener: HTMLElement | null = null;
  #restoreOutside: (() => void) | null = null;
  #wasFullscreen = false;

  /** The dataset presented now. */
  get planDataset(): Dataset {
    return this.data ?? (this.#defaultDataset ??= loadDefaultDataset());
  }

  /** The steps of the dataset in the current language. */
  get steps(): PresenterStep[] {
    const dataset = this.planDataset;
    const lang = this.lang === 'en' ? 'en' : 'vi';
    if (this.#steps?.dataset !== dataset || this.#steps.lang !== lang) this.#steps = { dataset, lang, steps: buildPresenterSteps(dataset, lang) };
    return this.#steps.steps;
  }

  get #index(): number {
    return clampStep(this.step, this.steps.length);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) {
      const active = deepActiveElement();
      this.#opener = active && !this.shadowRoot?.contains(active) ? active : this.#opener;
    }
    if (changed.has('open') && !this.open && changed.get('open') === true) {
      this.listOpen = false;
      this.spotlight = null;
      this.spotlightMessage = '';
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.#onOpened();
    else if (changed.has('open') && changed.get('open') === true) this.#onClosed();
    if (!this.open) return;
    if (changed.has('step') || changed.has('spotlight') || changed.has('data')) void this.#zoom(!changed.has('open'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.open) this.#onClosed();
  }

  #onOpened(): void {
    this.#restoreOutside = inertOutside(this);
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    window.addEventListener('keydown', this.#onWindowKey);
    this.frame.focus({ preventScroll: true });
    void enterFullscreen(this);
  }

  #onClosed(): void {
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    window.removeEventListener('keydown', this.#onWindowKey);
    this.#wasFullscreen = false;
    this.#restoreOutside?.();
    this.#restoreOutside = null;
    const target = this.returnFocus ?? this.#opener;
    target?.focus();
    void exitFullscreen(this).then(() => target?.focus());
  }

  #onFullscreenChange = (): void => {
    const mine = holdsFullscreen(this);
    this.toggleAttribute('data-fullscreen', mine);
    if (mine) this.#wasFullscreen = true;
    else if (this.#wasFullscreen && this.open) this.#leave();
    this.innerMap?.map?.resize();
    void this.#zoom(false);
  };

  /** Fit the map to the spotlit commune, else the step's communes, else the district; marks `data-settled` when still. */
  async #zoom(animate: boolean): Promise<void> {
    this.removeAttribute('data-settled');
    await this.innerMap?.updateComplete;
    const map = this.innerMap?.map;
    const step = this.steps[this.#index];
    if (!map || !step) return;
    const key = () => `${this.steps[this.#index]?.id}|${this.spotlight ?? ''}`;
    const wanted = key();
    await fitCommunes(map, communeBounds(this.planDataset, this.spotlight ? [this.spotlight] : step.zoomTo), { tight: this.spotlight !== null, animate });
    if (key() === wanted) this.setAttribute('data-settled', wanted);
  }

  #onMapReady = (): void => {
    const map = this.innerMap?.map;
    if (map) enlargeLabels(map, LABEL_SCALE);
    void this.#zoom(false);
  };

  #go(index: number): void {
    const next = clampStep(index, this.steps.length);
    if (next === this.#index) return;
    this.step = next;
    emit(this, 'presenter-step', { index: next });
  }

  #setSpotlight(code: string | null): void {
    if (code === this.spotlight) return;
    this.spotlight = code;
    const card = buildSpotlight(this.planDataset, code, this.#metric, this.lang);
    this.spotlightMessage = card ? tr(PRESENTER.spotlit, this.lang, { name: card.name }) : '';
    emit(this, 'presenter-spotlight', { gsoCode: code });
  }

  #leave(): void {
    if (!this.open) return;
    this.open = false;
    emit(this, 'presenter-close', {});
  }

  #escape(): void {
    if (this.listOpen) {
      this.listOpen = false;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.list-toggle')?.focus());
    } else if (this.spotlight !== null) this.#setSpotlight(null);
    else this.#leave();
  }

  async #toggleList(): Promise<void> {
    this.listOpen = !this.listOpen;
    if (!this.listOpen) return;
    await this.updateComplete;
    await this.stepList?.updateComplete;
    this.stepList?.focusCurrent();
  }

  /** Keys anywhere in the presentation (capture phase, so Escape always reaches it first). */
  #onKey = (e: KeyboardEvent): void => {
    const action = presenterAction(e.key, { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey });
    if (!action) return;
    const origin = e.composedPath()[0];
    if (action.kind !== 'escape') {
      if (origin instanceof HTMLInputElement) return;
      if (origin instanceof HTMLButtonElement && e.key === ' ') return;
      if (origin instanceof Element && origin.getAttribute('role') === 'application' && MAP_KEYS.has(e.key)) return;
      if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && this.stepList && e.composedPath().includes(this.stepList)) return;
    }
    e.preventDefault();
    e.stopPropagation();
    if (action.kind === 'escape') this.#escape();
    else if (action.kind === 'list') void this.#toggleList();
    else if (action.kind === 'search') this.renderRoot.querySelector<HTMLElement>('presenter-search')?.focus();
    else this.#go(stepAfter(action, this.#index, this.steps.length));
  };

  /** Keys sent while focus has fallen outside the presentation (e.g. on the page body). */
  #onWindowKey = (e: KeyboardEvent): void => {
    if (!e.defaultPrevented && !e.composedPath().includes(this)) this.#onKey(e);
  };

  #onMapSelect = (e: CustomEvent<{ gsoCode: string | null }>): void => {
    e.stopPropagation();
    this.#setSpotlight(e.detail.gsoCode);
    if (this.innerMap?.shadowRoot?.activeElement?.getAttribute('role') !== 'application') this.frame.focus({ preventScroll: true });
  };

  /** Tab past the last control comes back to the start, Shift+Tab before the first goes to the last. */
  #wrap(toStart: boolean): void {
    if (toStart) return this.frame.focus({ preventScroll: true });
    const card = this.renderRoot.querySelector('presenter-spotlight')?.shadowRoot?.querySelector<HTMLElement>('button');
    (card ?? this.renderRoot.querySelector<HTMLElement>('.exit') ?? this.frame).focus();
  }

  #onStepChosen = (e: CustomEvent<{ index: number }>): void => {
    e.stopPropagation();
    this.#go(e.detail.index);
    this.listOpen = false;
    this.frame.focus({ preventScroll: true });
  };

  /** The search field or the card's × asked for a spotlight (null clears it). */
  #onSpotlightAsked = (e: CustomEvent<{ gsoCode: string | null }>): void => {
    e.stopPropagation();
    this.#setSpotlight(e.detail.gsoCode);
    this.frame.focus({ preventScroll: true });
  };

  get #metric(): MetricId {
    return stepMetric(this.steps, this.#index, this.metric);
  }

  override render() {
    if (!this.open) return nothing;
    const lang = this.lang === 'en' ? 'en' : 'vi';
    const dataset = this.planDataset;
    const steps = this.steps;
    const index = this.#index;
    const step = steps[index]!;
    const metric = this.#metric;
    const method = this.method === 'manual' ? DEFAULT_VIEW.method : this.method;
    const choropleth = buildChoropleth(dataset, { metric, method, classes: this.classes, palette: this.palette, lang });
    const { district, document: doc } = dataset.plan;
    const districtName = tr(DISTRICT_NAME, lang, { type: DISTRICT_TYPE[district.type][lang], name: district.name });
    const counter = { n: formatNumber(index + 1, lang), of: formatNumber(steps.length, lang) };
    const announcement = `${tr(PRESENTER.announce, lang, { ...counter, title: step.title })} ${this.spotlightMessage}`.trim();
    const card = buildSpotlight(dataset, this.spotlight, metric, lang);
    const panel = card ? null : buildPanel(dataset, step.panel, lang);
    return html`
      <div class="sentinel" tabindex="0" @focus=${() => this.#wrap(false)}></div>
      <div class="frame" role="dialog" aria-modal="true" aria-labelledby="title" aria-describedby="help" tabindex="-1"
        data-step=${step.id} @keydown=${{ handleEvent: this.#onKey, capture: true }}>
        <header class="bar">
          <div class="heading">
            <p class="kicker">${tr(PRESENTER.kicker, lang, { number: doc.number, district: districtName })}</p>
            <h2 id="title">${step.title}</h2>
          </div>
          <presenter-search class="search" .options=${communeOptions(dataset)} .lang=${lang} .value=${card?.name ?? ''}
            @presenter-spotlight=${this.#onSpotlightAsked}></presenter-search>
          <p class="counter" aria-label=${tr(PRESENTER.counter, lang, counter)}>${counter.n} / ${counter.of}</p>
        </header>
        <div class="stage" role="region" aria-label=${tr(PRESENTER.stageLabel, lang, { metric: choropleth.metric.label[lang] })}>
          <poverty-map .data=${dataset} metric=${metric} method=${method} classes=${this.classes} palette=${this.palette} lang=${lang}
            .selected=${this.spotlight} .highlighted=${step.highlighted}
            @commune-select=${this.#onMapSelect} @commune-hover=${(e: Event) => e.stopPropagation()} @map-ready=${this.#onMapReady}></poverty-map>
          ${this.listOpen
            ? html`<presenter-step-list id="steps" class="steps" .steps=${steps} .current=${index} .lang=${lang} @presenter-step=${this.#onStepChosen}></presenter-step-list>`
            : nothing}
        </div>
        <section class="caption" aria-label=${tr(PRESENTER.captionLabel, lang)}>
          ${step.caption.map((line, i) => html`<p class=${i === 0 ? 'lead' : ''}>${keepUnitsTogether(line)}</p>`)}
        </section>
        <aside class="side">
          <div class="tools">
            <button class="arrow" aria-label=${tr(PRESENTER.previous, lang)} title=${tr(PRESENTER.previous, lang)} ?disabled=${index === 0} @click=${() => this.#go(index - 1)}>‹</button>
            <button class="arrow" aria-label=${tr(PRESENTER.next, lang)} title=${tr(PRESENTER.next, lang)} ?disabled=${index === steps.length - 1} @click=${() => this.#go(index + 1)}>›</button>
            <button class="list-toggle" aria-expanded=${this.listOpen ? 'true' : 'false'} aria-controls="steps" @click=${() => void this.#toggleList()}>${tr(PRESENTER.list, lang)}</button>
            <button class="exit" @click=${() => this.#leave()}>${tr(PRESENTER.exit, lang)}</button>
          </div>
          ${card ? html`<presenter-spotlight .card=${card} .lang=${lang} @presenter-spotlight=${this.#onSpotlightAsked}></presenter-spotlight>` : nothing}
          <map-legend .legend=${choropleth.legend} .metric=${choropleth.metric} .lang=${lang} .decimals=${choropleth.metric.decimals}></map-legend>
          <presenter-panel .panel=${panel}></presenter-panel>
        </aside>
        <p class="sr-only announce" aria-live="polite">${announcement}</p>
        <p id="help" class="sr-only">${tr(PRESENTER.help, lang)}</p>
      </div>
      <div class="sentinel" tabindex="0" @focus=${() => this.#wrap(true)}></div>
    `;
  }

  static override styles = presenterStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'presenter-mode': PresenterMode;
  }
}
