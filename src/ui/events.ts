/** Typed events the elements send up to the app shell (bubbling and composed). */
import type { ClassMethod } from '../classify/breaks';
import type { MetricId } from '../data/metrics';
import type { Lang } from '../data/types';

/** Detail of each event, by event name. */
export interface AppEventDetails {
  /** A commune was chosen (map click, table row, search, chart bar, finding link); null clears. */
  'commune-select': { gsoCode: string | null };
  /** The pointer or keyboard focus is on a commune (null when it leaves). */
  'commune-hover': { gsoCode: string | null };
  /** Another metric was picked. */
  'metric-change': { metric: MetricId };
  /** Classification method or class count changed. */
  'classification-change': { method: ClassMethod; classes: number };
  /** Valid manual class breaks were entered (sorted ascending; at most 6). */
  'manual-breaks-change': { breaks: number[] };
  /** Another palette was picked. */
  'palette-change': { palette: string };
  /** A responsible body was chosen in the plan panel (null clears). */
  'body-select': { body: string | null };
  /** The language was switched. */
  'lang-change': { lang: Lang };
  /** Show these communes highlighted on the map (e.g. the communes a task concerns); empty clears. */
  'communes-highlight': { gsoCodes: string[] };
  /** Another tab was chosen in a tab list. */
  'tab-change': { id: string };
  /** A dismissible message was closed. */
  'dismiss': Record<string, never>;
  /** Presenter mode moved to another step (0-based index). */
  'presenter-step': { index: number };
  /** Presenter mode spotlit a commune (null clears); the explorer's selection is left as it was. */
  'presenter-spotlight': { gsoCode: string | null };
  /** The person left presenter mode (Escape or the Exit button); the element has already set `open` to false. */
  'presenter-close': Record<string, never>;
}

/** Names of the app's events. */
export type AppEventName = keyof AppEventDetails;

/** A typed app event. */
export type AppEvent<K extends AppEventName> = CustomEvent<AppEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'commune-select': AppEvent<'commune-select'>;
    'commune-hover': AppEvent<'commune-hover'>;
    'metric-change': AppEvent<'metric-change'>;
    'classification-change': AppEvent<'classification-change'>;
    'manual-breaks-change': AppEvent<'manual-breaks-change'>;
    'palette-change': AppEvent<'palette-change'>;
    'body-select': AppEvent<'body-select'>;
    'lang-change': AppEvent<'lang-change'>;
    'communes-highlight': AppEvent<'communes-highlight'>;
    'tab-change': AppEvent<'tab-change'>;
    'dismiss': AppEvent<'dismiss'>;
    'presenter-step': AppEvent<'presenter-step'>;
    'presenter-spotlight': AppEvent<'presenter-spotlight'>;
    'presenter-close': AppEvent<'presenter-close'>;
  }
}

/** Dispatch a typed, bubbling, composed event from `target`. */
export function emit<K extends AppEventName>(target: EventTarget, name: K, detail: AppEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
