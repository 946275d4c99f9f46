/**
 * Nơi đang hiển thị / Which units the public map shows: the built-in plan's own, a place of the national files or the
 * plan regrouped onto the 2025 communes. A lit controller: given the place asked for at each update, it opens it on
 * demand (./place-opener), keeps the last answer, drops answers that come after the request moved on, and keeps the
 * failure's bilingual message for the host to show while it falls back to the built-in plan.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/dataset';
import type { Bilingual, Lang } from '../data/types';
import { tr } from '../core/format';
import { formatPlaceParam, parsePlaceParam, type PlaceRef } from '../data/places/place-id';
import { openEmbedPlace, type EmbedPlaceView } from './place-opener';
import { EMBED_PLACE } from './quick-map-strings';

/** The key of what a request shows: "builtin", "builtin-2025", or the place parameter ("2025-44", "2013-25-district"). */
export function placeKey(place: PlaceRef | null, units: '2025' | null): string {
  if (place) return `${formatPlaceParam(place)}${place.level === 'district' ? '-district' : ''}`;
  return units === '2025' ? 'builtin-2025' : 'builtin';
}

/** What an element's `place`, `level` and `units` attributes ask for; `invalid` when `place` holds no place code. */
export function placeRequest(place: string | null, level: string | null, units: string | null): { ref: PlaceRef | null; units: '2025' | null; invalid: boolean } {
  const ref = place ? parsePlaceParam(place, level) : null;
  return { ref, units: units === '2025' && !place ? '2025' : null, invalid: !!place && ref === null };
}

/** Loads and holds the place a lit host shows; call `sync` from the host's `willUpdate`. */
export class PlaceSource implements ReactiveController {
  /** The place or regrouped plan shown, or null while the built-in plan is. */
  shown: EmbedPlaceView | null = null;
  /** The key being opened, or null. */
  loading: string | null = null;
  /** Why the last place asked for could not be opened, until another opens or `dismiss` is called. */
  error: Bilingual | null = null;
  /** A `place` attribute that is no place code, until `dismiss` is called. */
  invalid: string | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #onFail: () => void;
  #asked = 'builtin';
  #attribute: string | null = null;

  /** `onFail` runs once for each request that could not be opened (e.g. to drop the place from the URL). */
  constructor(host: ReactiveControllerHost, onFail: () => void = () => undefined) {
    this.#host = host;
    this.#onFail = onFail;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Bring what is shown in line with the request; `base` is the plan that `units: '2025'` regroups. */
  sync(place: PlaceRef | null, units: '2025' | null, base: Dataset): void {
    const wanted = placeKey(place, units);
    if (wanted === this.#asked) return;
    this.#asked = wanted;
    if (wanted === 'builtin') {
      this.shown = null;
      this.loading = null;
      return;
    }
    this.loading = wanted;
    void openEmbedPlace(place, base).then((result) => {
      if (this.#asked !== wanted) return;
      this.loading = null;
      if (result.ok) {
        this.shown = result.value;
        this.error = null;
      } else {
        this.shown = null;
        this.error = result.error.message;
        this.#onFail();
      }
      this.#host.requestUpdate();
    });
  }

  /** For an element: open what its `place`, `level` and `units` attributes ask for (see placeRequest). */
  syncAttributes(place: string | null, level: string | null, units: string | null, base: Dataset): void {
    const request = placeRequest(place, level, units);
    if (place !== this.#attribute) {
      this.#attribute = place;
      this.invalid = request.invalid ? place : null;
    }
    this.sync(request.ref, request.units, base);
  }

  /** The notice in a language: why the place could not be opened, or that the `place` attribute is no place code. */
  notice(lang: Lang): string | null {
    if (this.error) return this.error[lang];
    return this.invalid === null ? null : tr(EMBED_PLACE.badPlace, lang, { place: this.invalid.slice(0, 40) });
  }

  /** Forget the notice (the person closed it). */
  dismiss(): void {
    this.error = null;
    this.invalid = null;
    this.#host.requestUpdate();
  }
}
