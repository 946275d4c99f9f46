/**
 * What the shell shows for the view's place: the plan it holds (built-in or loaded), a place of the national
 * files (`place=`), or the plan regrouped onto the 2025 communes (`units=2025`). Loads on demand, keeps the
 * current view until the next one is ready, drops results that arrive after the view moved on, and reports a
 * failure once so the shell can fall back with a notice.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/dataset';
import { formatPlaceParam } from '../data/places/place-id';
import type { ViewState } from '../state/view-state';
import type { PlaceView } from '../places/place-session';
import type { PlaceLoadError, PlaceLoader } from '../places/place-loader';

/** The key of what a view shows: "builtin", "builtin-2025", or the place parameter ("2025-44", "2013-25-district"). */
export function shownKey(view: Pick<ViewState, 'place' | 'units'>): string {
  if (view.place) return `${formatPlaceParam(view.place)}${view.place.level === 'district' ? '-district' : ''}`;
  return view.units === '2025' ? 'builtin-2025' : 'builtin';
}

/** What the shell gives the controller. */
export interface PlaceHost {
  /** A place or regrouping could not be opened: the shell says so and moves the view back. */
  failed(error: PlaceLoadError, view: ViewState): void;
}

/** Loads and holds the place view for a lit host. */
export class PlaceController implements ReactiveController {
  /** The place or regrouped plan shown, or null while the plan's own units are shown. */
  shown: PlaceView | null = null;
  /** The key of what is on screen (see shownKey). */
  key = 'builtin';
  /** The key being loaded, or null. */
  loading: string | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #app: PlaceHost;
  #loader: PlaceLoader | null = null;
  /** The plan a regrouping being loaded was made from (null for a place of the national files). */
  #from: Dataset | null = null;
  #regrouped = new WeakMap<Dataset, PlaceView>();

  constructor(host: ReactiveControllerHost, app: PlaceHost) {
    this.#host = host;
    this.#app = app;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The page's loader of the national files (the one the picker and the template buttons share), loaded on first use. */
  async loader(): Promise<PlaceLoader> {
    return (this.#loader ??= (await import('../places/place-loader')).placeLoader());
  }

  /** Bring what is shown in line with `view` over the plan dataset `base`. */
  sync(view: ViewState, base: Dataset): void {
    const wanted = shownKey(view);
    if (wanted === 'builtin') {
      this.loading = null;
      if (this.key !== 'builtin' || this.shown) this.#show(null, 'builtin');
      return;
    }
    const current = wanted === 'builtin-2025' ? this.#regrouped.get(base) : this.shown;
    if (wanted === this.key && current === this.shown && this.shown) return;
    const from = view.place ? null : base;
    if (wanted === this.loading && from === this.#from) return;
    if (wanted === 'builtin-2025' && current) {
      this.loading = null;
      this.#show(current, wanted);
      return;
    }
    this.loading = wanted;
    this.#from = from;
    this.#host.requestUpdate();
    const pending = Promise.all([import('../places/place-session'), this.loader()]).then(([session, loader]) =>
      view.place ? session.openPlace(view.place, loader) : session.regroupPlan(base, loader),
    );
    void pending.then((result) => {
      if (this.loading !== wanted || this.#from !== from) return;
      this.loading = null;
      if (!result.ok) {
        this.#host.requestUpdate();
        this.#app.failed(result.error, view);
        return;
      }
      if (!view.place) this.#regrouped.set(base, result.value);
      this.#show(result.value, wanted);
    });
  }

  #show(value: PlaceView | null, key: string): void {
    this.shown = value;
    this.key = key;
    this.#host.requestUpdate();
  }
}
