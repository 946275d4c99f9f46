/**
 * The keyboard on a map element's map area: arrows, Home and End walk through the communes (./map-view `stepFocus`),
 * Enter or Space selects the one focused, Escape clears, + / − zoom and 0 frames the place again. Holds the commune
 * focused by keyboard (its lit host re-renders when it changes) and sends `commune-hover` and `commune-select` from the host.
 */
import type { ReactiveControllerHost } from 'lit';
import { emit } from '../ui/events';
import type { ScreenPoint } from './map-controller';
import { FOCUS_KEYS, stepFocus, type FocusStep } from './map-view';

/** How the controller reaches the map its host draws. */
export interface KeyboardFocusOptions {
  /** The focusable map area; keys pressed on its children (buttons, controls) are left to them. */
  container: () => HTMLElement;
  /** False while there is no map to walk through (keys are then left alone). */
  active: () => boolean;
  /** GSO codes in keyboard order. */
  order: () => readonly string[];
  /** The selected commune, where a walk starts when none is focused. */
  selected: () => string | null;
  /** Mark `code` (null: none) as focused on the map drawn; returns where its label is (host pixels), or null. */
  show: (code: string | null) => ScreenPoint | null;
  /** Zoom the map in or out one step. */
  zoom: (direction: 'in' | 'out') => void;
  /** Frame the whole place again. */
  reset: () => void;
  /** The focus moved: point the tooltip at `code`'s label, or hide it (null). */
  onFocus: (code: string | null, point: ScreenPoint | null) => void;
}

/** Keyboard focus of one map element; see the module comment. */
export class KeyboardFocus {
  /** GSO code of the commune focused by keyboard, or null (the host re-renders when it changes). */
  code: string | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: KeyboardFocusOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: KeyboardFocusOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** The `keydown` listener of the map area. */
  readonly keydown = (e: KeyboardEvent): void => {
    const o = this.#options;
    if (e.target !== o.container() || !o.active()) return;
    const step = FOCUS_KEYS[e.key];
    if (step !== undefined) this.#move(step);
    else if ((e.key === 'Enter' || e.key === ' ') && this.code) emit(this.#host, 'commune-select', { gsoCode: this.code });
    else if (e.key === 'Escape') {
      this.#focus(null);
      emit(this.#host, 'commune-select', { gsoCode: null });
    } else if (e.key === '+' || e.key === '=') o.zoom('in');
    else if (e.key === '-' || e.key === '_') o.zoom('out');
    else if (e.key === '0') o.reset();
    else return;
    e.preventDefault();
  };

  /** The `focusout` listener of the map area: leaving it drops the keyboard focus. */
  readonly focusout = (e: FocusEvent): void => {
    if (e.relatedTarget instanceof Node && this.#options.container().contains(e.relatedTarget)) return;
    if (this.code) this.#focus(null);
  };

  #move(step: FocusStep): void {
    const code = stepFocus(this.#options.order(), this.code ?? this.#options.selected(), step);
    if (code !== null) this.#focus(code);
  }

  #focus(code: string | null): void {
    this.code = code;
    this.#host.requestUpdate();
    emit(this.#host, 'commune-hover', { gsoCode: code });
    this.#options.onFocus(code, this.#options.show(code));
  }
}
