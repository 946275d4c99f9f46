/**
 * Vỏ ứng dụng sau khung hình đầu / The explorer's shell beyond its first frame (heading, map, legend): the commune
 * search, the actions, the language switch, the place bar, notices, imports and projects, the measure controls, the
 * side panels and the footer, with the derived state, planning and files behind them. `<poverty-app>` loads this
 * module when idle after the first frame, or at once when the first frame itself needs it (a draft, a view the first frame
 * cannot classify).
 */
import { html, type ReactiveControllerHost } from 'lit';
import type { Choropleth } from '../classify/choropleth';
import { tr } from '../core/format';
import { EMBED_DIALOG } from '../core/strings/embed-dialog';
import { PRESENTER } from '../core/strings/presenter';
import type { Dataset } from '../data/dataset';
import { loadDefaultDataset, type MapContext } from '../data/default-dataset';
import type { PlanSources } from '../data/plan-sources';
import type { Lang } from '../data/types';
import type { PovertyMap } from '../map/poverty-map';
import type { PlaceView } from '../places/place-session';
import { COMPARE } from '../planning/planning-strings';
import type { PresenterDerived } from '../presenter/presenter-derive';
import { createPipeline, type Derived } from '../state/derive';
import type { Store } from '../state/store';
import type { ViewState } from '../state/view-state';
import { renderFooter, renderPlaceBar, type PlaceBarActions } from './app-chrome';
import { FilesController, renderImportUi, type FilesHost } from './app-imports';
import { panelTabs, renderPanel } from './app-panels';
import { SHELL } from './app-strings';
import { loadFeatureElements, loadLayoutElements } from './lazy-features';
import { PlanningState, type CompareSide } from './planning-state';
import '../controls/metric-controls';
import '../controls/commune-search';
import '../panels/district-summary';
import './lang-switch';
import './app-tabs';
import './update-prompt';

/** What the shell's parts show: the app's state and the dataset on screen. */
export interface ShellInput {
  view: ViewState;
  /** The dataset on screen (a place, the plan on the 2025 communes, or the plan with its draft). */
  dataset: Dataset;
  /** The plan as loaded, without its draft. */
  plan: Dataset;
  place: PlaceView | null;
  /** The key of the place being loaded, or null. */
  loading: string | null;
  context: MapContext;
  tab: string;
  embedOpen: boolean;
  /** Where the figures and boundaries on screen come from (footer, exports, print). */
  sources: PlanSources;
  /** The file the plan held was loaded from, or null for the built-in plan (the place picker names it). */
  heldFile: string | null;
  /** The app's map (what print-view and compare-view find it by). */
  map: { readonly value?: PovertyMap | undefined };
  /** Whether the map has drawn, or found it cannot draw here (caching for offline use waits for it). */
  mapSettled: boolean;
}

/** What the parts do in the app: the store, and the app's own state they change. */
export interface ShellActions {
  store: Store;
  places: PlaceBarActions;
  setEmbedOpen(open: boolean): void;
  setTab(id: string): void;
  highlight(codes: string[]): void;
  present(): void;
  select(e: HTMLElementEventMap['commune-select']): void;
}

/** The shell's controllers, derived state and parts, made once for the app that loaded it. */
export class AppShell {
  readonly pipeline = createPipeline();
  readonly planning: PlanningState;
  readonly files: FilesController;
  #presenter: ReturnType<typeof import('../presenter/presenter-derive').createPresenterPipeline> | null = null;

  constructor(host: ReactiveControllerHost, files: FilesHost) {
    this.planning = new PlanningState(host);
    this.files = new FilesController(host, files);
  }

  /** The built-in plan with its texts and findings, for the first frame's plan `first` (same units and figures); any other plan as it is. */
  withPlanTexts(first: Dataset): Dataset {
    const full = loadDefaultDataset();
    return full === first || full.plan.id !== first.plan.id ? first : { ...first, plan: full.plan, findings: full.findings };
  }

  /** The dataset on screen for the plan `plan`: with the view's draft applied. */
  drafted(plan: Dataset, draft: string | null): Dataset {
    return this.planning.drafted(plan, draft);
  }

  /** Everything derived from the dataset on screen and the view. */
  derive(dataset: Dataset, view: ViewState): Derived {
    return this.pipeline.derive(dataset, view);
  }

  /** Load every feature element (export, print, embed, presenter, compare, imports, places, panels). */
  loadFeatures(): Promise<void> {
    return loadFeatureElements();
  }

  /** Load the feature elements that shape the page around the map (header, place bar, the map's wrappers). */
  loadLayout(): Promise<void> {
    return loadLayoutElements();
  }

  /** Load presenter mode (its pipeline and elements). */
  async loadPresenter(): Promise<void> {
    if (this.#presenter) return;
    const [{ createPresenterPipeline }] = await Promise.all([import('../presenter/presenter-derive'), loadFeatureElements()]);
    this.#presenter ??= createPresenterPipeline();
  }

  /** What presenter mode shows while open, or null. */
  presented(dataset: Dataset, view: ViewState, open: boolean, step: number, spotlight: string | null): PresenterDerived | null {
    return open && this.#presenter ? this.#presenter(dataset, view, step, spotlight) : null;
  }

  /** The right side of the compare view. */
  compareSide(left: Choropleth, input: ShellInput): CompareSide {
    return this.planning.compareSide(left, input.plan, input.dataset, input.view, input.view.lang);
  }

  /** The header's search, actions and language switch. */
  renderTop(input: ShellInput, actions: ShellActions) {
    const { view, dataset, context } = input;
    const lang = view.lang;
    const derived = this.derive(dataset, view);
    const open = (then: () => void) => () => void loadFeatureElements().then(then);
    return html`<commune-search .options=${derived.searchOptions} .lang=${lang} @commune-select=${actions.select}></commune-search>
      <div class="actions">
        <button type="button" id="present" aria-haspopup="dialog" @click=${() => actions.present()}>${tr(PRESENTER.open, lang)}</button>
        <button type="button" aria-haspopup="dialog" title=${tr(COMPARE.openLabel, lang)} @click=${open(() => this.planning.openCompare())}>${tr(COMPARE.open, lang)}</button>
        <export-menu .data=${dataset} .sources=${input.sources} .choropleth=${derived.choropleth} .view=${view} .context=${context} .lang=${lang}></export-menu>
        <button type="button" aria-haspopup="dialog" title=${tr(EMBED_DIALOG.openLabel, lang)} @click=${open(() => actions.setEmbedOpen(true))}>${tr(EMBED_DIALOG.open, lang)}</button>
        <button type="button" aria-haspopup="dialog" @click=${() => void this.files.showProjects(true)}>${tr(SHELL.projects, lang)}</button>
      </div>
      <lang-switch .lang=${lang} @lang-change=${(e: CustomEvent<{ lang: Lang }>) => actions.store.setLang(e.detail.lang)}></lang-switch>`;
  }

  /** The place bar, under the header. */
  renderPlaceBar(input: ShellInput, actions: ShellActions) {
    const { view, place } = input;
    return renderPlaceBar({ view, place, loading: input.loading, plan: input.plan, heldFile: input.heldFile, lang: view.lang, actions: actions.places });
  }

  /** Between the notice and the layout: imports and projects, update prompt, print, embed, district summary. */
  renderBanner(input: ShellInput, actions: ShellActions) {
    const { view, dataset } = input;
    const lang = view.lang;
    const { choropleth } = this.derive(dataset, view);
    const { imports, projects } = this.files;
    return html`${renderImportUi(imports, projects, lang, () => void this.files.showProjects(false))}
      <update-prompt .lang=${lang} .active=${input.mapSettled}></update-prompt>
      <print-view id="print-view" .data=${dataset} .sources=${input.sources} .choropleth=${choropleth} .view=${view} .liveMap=${input.map}></print-view>
      <embed-dialog .open=${input.embedOpen} .view=${view} .placeTitle=${input.place?.title ?? null} .baseUrl=${new URL('./', location.href).href} .lang=${lang}
        @dismiss=${() => actions.setEmbedOpen(false)}></embed-dialog>
      <district-summary .data=${dataset} .lang=${lang}></district-summary>`;
  }

  /** The measure and classification controls, above the legend. */
  renderControls(input: ShellInput, actions: ShellActions) {
    const { view, dataset } = input;
    const { store } = actions;
    const { choropleth } = this.derive(dataset, view);
    return html`<metric-controls .metric=${view.metric} .customMetrics=${dataset.custom?.metrics} .method=${view.method} .classes=${view.classes} .palette=${view.palette} .lang=${view.lang}
      .diverging=${choropleth.metric.diverging} .manualBreaks=${view.manual ?? []}
      .range=${Number.isFinite(choropleth.breaks.min) ? { min: choropleth.breaks.min, max: choropleth.breaks.max } : null}
      @manual-breaks-change=${(e: CustomEvent<{ breaks: number[] }>) => store.setManualBreaks(e.detail.breaks)}
      @metric-change=${(e: HTMLElementEventMap['metric-change']) => store.setMetric(e.detail.metric)}
      @classification-change=${(e: HTMLElementEventMap['classification-change']) => store.setClassification(e.detail.method, e.detail.classes)}
      @palette-change=${(e: HTMLElementEventMap['palette-change']) => store.setPalette(e.detail.palette)}></metric-controls>`;
  }

  /** The drop zone for the person's files, below the legend. */
  renderImportDrop(input: ShellInput) {
    const { imports } = this.files;
    return html`<import-drop ?busy=${imports?.busy ?? false} lang=${input.view.lang}
      @import-files=${(e: HTMLElementEventMap['import-files']) => void this.files.importer().then((i) => i.files(e.detail.files))}
      @import-paste=${(e: HTMLElementEventMap['import-paste']) => void this.files.importer().then((i) => i.paste(e.detail.input))}></import-drop>`;
  }

  /** The side panel's tabs and the open tab's panel. */
  renderPanels(input: ShellInput, actions: ShellActions) {
    const { view, dataset, plan, place } = input;
    const lang = view.lang;
    const derived = this.derive(dataset, view);
    const { store } = actions;
    return html`<app-tabs class="panels" .tabs=${panelTabs(derived, lang)} .active=${input.tab} @tab-change=${(e: CustomEvent<{ id: string }>) => actions.setTab(e.detail.id)}>
      ${renderPanel(input.tab, {
        view, derived, dataset, plan, lang, planning: this.planning, onSelect: actions.select,
        selectBody: (body) => store.selectBody(body), highlight: (codes) => actions.highlight(codes),
        setDraft: (draft) => store.setDraft(draft), formed: place?.regroup ?? null, sources: input.sources,
      })}
    </app-tabs>`;
  }

  /** The footer: where the figures and the boundaries come from. */
  renderFooter(input: ShellInput) {
    return renderFooter(input.sources, input.view.lang);
  }
}
