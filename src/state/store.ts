/** One small store: the view state, named actions and subscribe. Only the app shell calls actions. */
import type { ClassMethod } from '../classify/breaks';
import type { MetricId } from '../data/metrics';
import type { Lang } from '../data/types';
import { DEFAULT_VIEW, type ViewState } from './view-state';

/** Called with the new and the previous state after each change. */
export type Listener = (state: ViewState, previous: ViewState) => void;

/** A store of the view state. */
export class Store {
  #state: ViewState;
  #listeners = new Set<Listener>();

  constructor(initial: ViewState = DEFAULT_VIEW) {
    this.#state = { ...initial };
  }

  /** The current state (read-only snapshot). */
  get state(): Readonly<ViewState> {
    return this.#state;
  }

  /** Register a listener; returns the function that removes it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(patch: Partial<ViewState>): void {
    const previous = this.#state;
    const next = { ...previous, ...patch };
    const same = (k: keyof ViewState) => previous[k] === next[k] || JSON.stringify(previous[k]) === JSON.stringify(next[k]);
    if ((Object.keys(patch) as (keyof ViewState)[]).every(same)) return;
    this.#state = next;
    this.#listeners.forEach((l) => l(next, previous));
  }

  /** Show another metric. */
  setMetric(metric: MetricId): void {
    this.#set({ metric });
  }

  /** Change the classification method and/or number of classes. */
  setClassification(method: ClassMethod, classes: number): void {
    this.#set({ method, classes: Math.min(7, Math.max(2, Math.round(classes))) });
  }

  /** Use manual class limits (switches the method to 'manual'). */
  setManualBreaks(manual: number[]): void {
    this.#set({ method: 'manual', manual: [...manual] });
  }

  /** Change the palette. */
  setPalette(palette: string): void {
    this.#set({ palette });
  }

  /** Select a commune by GSO code (null clears the selection). */
  select(gsoCode: string | null): void {
    this.#set({ selected: gsoCode });
  }

  /** Select a responsible body (null clears it). */
  selectBody(body: string | null): void {
    this.#set({ body });
  }

  /** Switch language. */
  setLang(lang: Lang): void {
    this.#set({ lang });
  }

  /** Show a place of the national files (null: the built-in or loaded plan); selection, units and draft are cleared. */
  setPlace(place: ViewState['place']): void {
    this.#set({ place, units: null, selected: null, draft: null });
  }

  /** Show the plan on the 2025 communes ('2025') or on its own units (null); the selection is cleared. */
  setUnits(units: ViewState['units']): void {
    this.#set({ units, selected: null, draft: null });
  }

  /** Keep a draft of the targets in its compact form ('' or null: none). */
  setDraft(draft: string | null): void {
    this.#set({ draft: draft === '' ? null : draft });
  }

  /** Replace the whole view (e.g. restoring a shared URL). */
  replace(view: ViewState): void {
    this.#set(view);
  }
}
