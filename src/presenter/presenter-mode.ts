/**
 * `<presenter-mode>`: the plan as full-screen steps for a projector, driven by the keyboard or a slide clicker. It is a
 * layout around the app's own `<poverty-map>`, given as its child: closed, it shows just the map; open, it goes full
 * screen with the map in its stage and sends what the person asks (step, spotlight, close) up as events.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Choropleth } from '../classify/choropleth';
import type { Dataset } from '../data/dataset';
import { hasPlanDocument } from '../data/plan-sources';
import type { Lang } from '../data/types';
import { formatNumber, tr } from '../core/format';
import { districtName } from '../core/place-names';
import { PRESENTER } from '../core/strings/presenter';
import { buildPanel, buildSpotlight, communeOptions, keepUnitsTogether } from './presenter-content';
import { presenterAction, stepAfter } from './presenter-keys';
import { clampStep, type PresenterStep } from './presenter-steps';
import { DEFAULT_VIEW } from '../state/view-state';
import { emit } from '../ui/events';
import { deepActiveElement, enterFullscreen, exitFullscreen, holdsFullscreen, inertOutside } from './presenter-modal';
import { presenterStyles } from './presenter-mode-styles';
import type { PresenterStepList } from './presenter-step-list';
import '../legend/choropleth-legend';
import './presenter-panel';
import './presenter-search';
import './presenter-spotlight';
import './presenter-step-list';

/** Keys the map handles itself while its keyboard area has focus (move between communes, choose, zoom). */
const MAP_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' ', 'Enter', '+', '-', '=', '_', '0']);
export { PRESENTER_LABEL_SCALE } from './presenter-scale';

/** Presenter mode: set `open` to show it; it leaves by itself on Escape and then emits presenter-close. */
@customElement('presenter-mode')
export class PresenterMode extends LitElement {
  /** Language of every text. */
  @property({ reflect: true }) override lang: Lang = DEFAULT_VIEW.lang;
  /** Whether the presentation is shown (full screen when the browser allows, else a full-window overlay). */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The steps presented (from the app's derived state). */
  @property({ attribute: false }) steps: PresenterStep[] = [];
  /** Index of the step shown (0-based); kept between openings so a presenter can resume. */
  @property({ type: Number }) step = 0;
  /** GSO code of the commune in the spotlight, or null. */
  @property() spotlight: string | null = null;
  /** The choropleth the map shows at this step (the legend beside it reads it). */
  @property({ attribute: false }) choropleth: Choropleth | null = null;
  /** Element to focus on closing; by default the one focused when the presentation opened (the Present button). */
  @property({ attribute: false }) returnFocus: HTMLElement | null = null;
  /** The plan dataset presented. */
  @property({ attribute: false }) data: Dataset | null = null;

  @state() private listOpen = false;
  @query('.frame') private frame!: HTMLElement | null;
  @query('presenter-step-list') private stepList!: PresenterStepList | null;

  #opener: HTMLElement | null = null;
  #restoreOutside: (() => void) | null = null;
  #wasFullscreen = false;

  get #index(): number {
    return clampStep(this.step, this.steps.length);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) {
      const active = deepActiveElement();
      this.#opener = active && !this.shadowRoot?.contains(active) ? active : this.#opener;
    }
    if (changed.has('open') && !this.open) this.listOpen = false;
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.#onOpened();
    else if (changed.has('open') && changed.get('open') === true) this.#onClosed();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.open) this.#onClosed();
  }

  #onOpened(): void {
    this.#restoreOutside = inertOutside(this);
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    window.addEventListener('keydown', this.#onWindowKey);
    this.#focusFrame();
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

  #focusFrame(): void {
    this.frame?.focus({ preventScroll: true });
  }

  #onFullscreenChange = (): void => {
    const mine = holdsFullscreen(this);
    this.toggleAttribute('data-fullscreen', mine);
    if (mine) this.#wasFullscreen = true;
    else if (this.#wasFullscreen && this.open) this.#leave();
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

  /** A commune chosen on the map (the slotted `<poverty-map>`) goes in the spotlight instead of being selected. */
  #onMapSelect = (e: CustomEvent<{ gsoCode: string | null }>): void => {
    e.stopPropagation();
    this.#setSpotlight(e.detail.gsoCode);
    const origin = e.composedPath()[0];
    if (!(origin instanceof Element && origin.getAttribute('role') === 'application')) this.#focusFrame();
  };

  /** Tab past the last control comes back to the start, Shift+Tab before the first goes to the last. */
  #wrap(toStart: boolean): void {
    if (toStart) return this.#focusFrame();
    const card = this.renderRoot.querySelector('presenter-spotlight')?.shadowRoot?.querySelector<HTMLElement>('button');
    (card ?? this.renderRoot.querySelector<HTMLElement>('.exit') ?? this.frame)?.focus();
  }

  #onStepChosen = (e: CustomEvent<{ index: number }>): void => {
    e.stopPropagation();
    this.#go(e.detail.index);
    this.listOpen = false;
    this.#focusFrame();
  };

  /** The search field or the card's × asked for a spotlight (null clears it). */
  #onSpotlightAsked = (e: CustomEvent<{ gsoCode: string | null }>): void => {
    e.stopPropagation();
    this.#setSpotlight(e.detail.gsoCode);
    this.#focusFrame();
  };

  override render() {
    const dataset = this.data;
    const step = this.steps[this.#index];
    const choropleth = this.choropleth;
    if (!this.open || !dataset || !step || !choropleth) return html`<slot></slot>`;
    const lang = this.lang === 'en' ? 'en' : 'vi';
    const { steps } = this;
    const index = this.#index;
    const metric = choropleth.metric;
    const { district, document: doc } = dataset.plan;
    const place = districtName(district, lang);
    const counter = { n: formatNumber(index + 1, lang), of: formatNumber(steps.length, lang) };
    const card = buildSpotlight(dataset, this.spotlight, metric.id, lang);
    const spotlit = card ? tr(PRESENTER.spotlit, lang, { name: card.name }) : '';
    const announcement = `${tr(PRESENTER.announce, lang, { ...counter, title: step.title })} ${spotlit}`.trim();
    const panel = card ? null : buildPanel(dataset, step.panel, lang);
    return html`
      <div class="sentinel" tabindex="0" @focus=${() => this.#wrap(false)}></div>
      <div class="frame" role="dialog" aria-modal="true" aria-labelledby="title" aria-describedby="help" tabindex="-1"
        data-step=${step.id} @keydown=${{ handleEvent: this.#onKey, capture: true }}>
        <header class="bar">
          <div class="heading">
            <p class="kicker">${hasPlanDocument(dataset.plan) ? tr(PRESENTER.kicker, lang, { number: doc.number, district: place }) : place}</p>
            <h2 id="title">${step.title}</h2>
          </div>
          <presenter-search class="search" .options=${communeOptions(dataset)} .lang=${lang} .value=${card?.name ?? ''}
            @presenter-spotlight=${this.#onSpotlightAsked}></presenter-search>
          <p class="counter" aria-label=${tr(PRESENTER.counter, lang, counter)}>${counter.n} / ${counter.of}</p>
        </header>
        <div class="stage" role="region" aria-label=${tr(PRESENTER.stageLabel, lang, { metric: metric.label[lang] })} @commune-select=${this.#onMapSelect}>
          <slot></slot>
          ${this.listOpen
            ? html`<presenter-step-list id="steps" class="steps" .steps=${steps} .current=${index} .lang=${lang} @presenter-step=${this.#onStepChosen}></presenter-step-list>`
            : null}
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
          ${card ? html`<presenter-spotlight .card=${card} .lang=${lang} @presenter-spotlight=${this.#onSpotlightAsked}></presenter-spotlight>` : null}
          <choropleth-legend variant="full" .choropleth=${choropleth} .lang=${lang}></choropleth-legend>
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
