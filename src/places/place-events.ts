/** Typed events of the places feature, added to the app's typed event map (bubbling and composed, like src/ui/events). */
import type { PlaceRef } from '../data/places/place-id';

/** Detail of each places event, by event name. */
export interface PlaceEventDetails {
  /**
   * Another place was chosen: `ref` null is the built-in plan; `select` is the namespaced key of a unit to
   * select once the place is open ("2025:19603"), when the choice was a unit found by name.
   */
  'place-change': { ref: PlaceRef | null; select?: string };
  /** The plan is to be shown on the 2025 communes ('2025') or on its own units (null). */
  'units-change': { units: '2025' | null };
}

/** Names of the places events. */
export type PlaceEventName = keyof PlaceEventDetails;

/** A typed places event. */
export type PlaceEvent<K extends PlaceEventName> = CustomEvent<PlaceEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'place-change': PlaceEvent<'place-change'>;
    'units-change': PlaceEvent<'units-change'>;
  }
}

/** Dispatch a typed, bubbling, composed places event from `target`. */
export function emitPlaceEvent<K extends PlaceEventName>(target: EventTarget, name: K, detail: PlaceEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
