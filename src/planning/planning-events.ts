/** Typed events of the planning elements (bubbling and composed), declared on HTMLElementEventMap. */
import type { TargetDraft } from '../data/planning/draft-cells';
import type { CompareMode } from './compare-model';

/** Detail of each planning event, by event name. */
export interface PlanningEventDetails {
  /** The person changed the draft (a cell typed, a column pasted, an allocation, a reset). */
  'draft-change': { draft: TargetDraft };
  /** The person picked another year's table to add to the progress view (the app reads and checks it). */
  'progress-table-add': { file: File; year: number };
  /** The compare view's layout was switched. */
  'compare-layout-change': { layout: CompareLayout };
  /** What the right-hand view shows was switched. */
  'compare-mode-change': { mode: CompareMode };
  /** The person closed the compare view. */
  'compare-close': Record<string, never>;
}

/** How the compare view puts its two maps: side by side, or one over the other with a swipe. */
export type CompareLayout = 'side' | 'swipe';

/** Names of the planning events. */
export type PlanningEventName = keyof PlanningEventDetails;

/** A typed planning event. */
export type PlanningEvent<K extends PlanningEventName> = CustomEvent<PlanningEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'draft-change': PlanningEvent<'draft-change'>;
    'progress-table-add': PlanningEvent<'progress-table-add'>;
    'compare-layout-change': PlanningEvent<'compare-layout-change'>;
    'compare-mode-change': PlanningEvent<'compare-mode-change'>;
    'compare-close': PlanningEvent<'compare-close'>;
  }
}

/** Dispatch a typed, bubbling, composed planning event from `target`. */
export function emitPlanning<K extends PlanningEventName>(target: EventTarget, name: K, detail: PlanningEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
