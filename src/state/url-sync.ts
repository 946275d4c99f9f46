/**
 * URL ⇄ store: the view is read from the page's URL, every change of the store is written back with replaceState,
 * the browser's back and forward restore it, and values the URL gave that were not valid are reported. Browser only.
 */
import { customMetricIds, hasMetric } from '../data/custom-metrics';
import type { Dataset } from '../data/dataset';
import { tr } from '../core/format';
import { APP } from '../core/strings/app';
import type { Lang } from '../data/types';
import { Store } from './store';
import { DEFAULT_VIEW, searchFromView, viewFromSearch, VIEW_PARAMS, type ViewFromUrl, type ViewState } from './view-state';
import { isCustomMetricId, type MetricId } from '../data/metrics';

/** Read the view from a URL's search part, knowing the dataset's communes, bodies and custom metrics. */
export function readView(dataset: Dataset, search: string = location.search): ViewFromUrl {
  const codes = dataset.communes.map((f) => f.properties.gso_code);
  const bodies = dataset.plan.bodies.map((b) => b.id);
  return viewFromSearch(search, codes, bodies, customMetricIds(dataset));
}

/** The metric a view keeps when `dataset` replaces its dataset: its own, unless it is a custom measure `dataset` does not define (then the default). */
export function metricKept(metric: MetricId, dataset: Dataset): MetricId {
  return isCustomMetricId(metric) && !hasMetric(dataset, metric) ? DEFAULT_VIEW.metric : metric;
}

/** The search part of the page's URL for a view: the view's parameters, the page's other parameters (e.g. an embed's `id`) kept. */
export function searchWithView(view: ViewState, search: string = location.search): string {
  const kept = new URLSearchParams(search.length > 4000 ? '' : search);
  for (const name of VIEW_PARAMS) kept.delete(name);
  const own = new URLSearchParams(searchFromView(view));
  kept.forEach((value, name) => own.append(name, value));
  const text = own.toString();
  return text ? `?${text}` : '';
}

/** The notice for URL values that were ignored, in the view's language, or null when there were none. */
export function rejectedNotice(rejected: readonly string[], lang: Lang): string | null {
  return rejected.length === 0 ? null : tr(APP.urlRejected, lang, { names: rejected.join(', ') });
}

/** A store tied to the page's URL, started from it. */
export interface UrlStore {
  store: Store;
  /** Names of URL parameters whose values were ignored when the page opened. */
  rejected: string[];
  /** Start following the store and the browser history (call on connect). */
  connect(): void;
  /** Stop (call on disconnect). */
  disconnect(): void;
}

/**
 * A store whose view starts from the URL (invalid values replaced by defaults and cleaned from the address), writes
 * every change back with replaceState, follows back/forward (popstate) and sets `<html lang>`. `dataset` gives the
 * dataset whose communes and bodies the URL may name.
 */
export function createUrlStore(dataset: () => Dataset): UrlStore {
  const { view, rejected } = readView(dataset());
  const store = new Store(view);
  const write = (next: ViewState) => {
    const search = searchWithView(next);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    document.documentElement.lang = next.lang;
  };
  const onPopState = () => store.replace(readView(dataset()).view);
  let unsubscribe: (() => void) | null = null;
  if (rejected.length > 0) write(view);
  else document.documentElement.lang = view.lang;
  return {
    store,
    rejected,
    connect() {
      if (unsubscribe) return;
      unsubscribe = store.subscribe((next) => write(next));
      window.addEventListener('popstate', onPopState);
    },
    disconnect() {
      unsubscribe?.();
      unsubscribe = null;
      window.removeEventListener('popstate', onPopState);
    },
  };
}
