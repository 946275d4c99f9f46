/** The view a person sees, as plain data, and its URL form. Pure. */
import { isClassMethod, type ClassMethod } from '../classify/breaks';
import { isPaletteId } from '../classify/palettes';
import { DEFAULT_METRIC, isCustomMetricId, isMetricId, type MetricId } from '../data/metrics';
import type { Lang } from '../data/types';
import { formatLevelParam, formatPlaceParam, isUnitCode, parsePlaceParam, type PlaceRef } from '../data/places/place-id';
import { MAX_DRAFT_PARAM_CHARS, parseDraftParam } from '../data/planning/draft-param';

/** Everything that defines the current view; it all lives in the URL. */
export interface ViewState {
  metric: MetricId;
  method: ClassMethod;
  classes: number;
  palette: string;
  /** Class limits for the 'manual' method (ascending, at most 6), or null. */
  manual: number[] | null;
  /** GSO code of the selected commune, or null. */
  selected: string | null;
  /** Id of the selected responsible body (e.g. "V.1"), or null. */
  body: string | null;
  lang: Lang;
  /** A place of the national files shown instead of the built-in plan (`place=2025-44`, `level=district`), or null. */
  place: PlaceRef | null;
  /** '2025' when the plan is shown on the communes since 1 July 2025 (`units=2025`), or null. */
  units: '2025' | null;
  /** A draft of the plan's targets in its compact form (`draft=19600:15`), or null. */
  draft: string | null;
}

/** The view the app opens on. */
export const DEFAULT_VIEW: ViewState = {
  metric: DEFAULT_METRIC,
  method: 'natural',
  classes: 4,
  palette: 'YlOrRd',
  manual: null,
  selected: null,
  body: null,
  lang: 'vi',
  place: null,
  units: null,
  draft: null,
};

type SimpleKey = Exclude<keyof ViewState, 'place'>;
const PARAM: Record<SimpleKey, string> = {
  metric: 'metric',
  method: 'method',
  classes: 'classes',
  palette: 'palette',
  manual: 'breaks',
  selected: 'commune',
  body: 'body',
  lang: 'lang',
  units: 'units',
  draft: 'draft',
};

/** Names of the URL parameters that hold the view (other parameters of a page's URL are left alone). */
export const VIEW_PARAMS: readonly string[] = [...Object.values(PARAM), 'place', 'level'];

/** True when the view shows units other than the built-in plan's own (their codes are known only once loaded). */
export function showsOtherUnits(view: Pick<ViewState, 'place' | 'units'>): boolean {
  return view.place !== null || view.units !== null;
}

/** Result of reading a view from URL parameters: the view plus the names of parameters that were ignored. */
export interface ViewFromUrl {
  view: ViewState;
  rejected: string[];
}

/**
 * Read a view from URL search parameters; invalid or hostile values fall back to defaults and are listed. A custom
 * metric (`metric=custom:<slug>`) is taken only when the dataset has it (`knownMetrics`, its custom metric ids).
 */
export function viewFromSearch(search: string, knownCommunes: readonly string[], knownBodies: readonly string[], knownMetrics: readonly string[] = []): ViewFromUrl {
  const params = new URLSearchParams(search.length > 4000 ? '' : search);
  const rejected: string[] = search.length > 4000 ? ['url'] : [];
  const view: ViewState = { ...DEFAULT_VIEW };
  const read = <K extends SimpleKey>(key: K, accept: (raw: string) => ViewState[K] | undefined) => {
    const raw = params.get(PARAM[key]);
    if (raw === null) return;
    const value = accept(key === 'draft' ? raw : raw.slice(0, 100));
    if (value === undefined) rejected.push(PARAM[key]);
    else view[key] = value;
  };
  read('metric', (raw) => (isMetricId(raw) || (isCustomMetricId(raw) && knownMetrics.includes(raw)) ? raw : undefined));
  read('method', (raw) => (isClassMethod(raw) ? raw : undefined));
  read('classes', (raw) => (/^[2-7]$/.test(raw) ? Number(raw) : undefined));
  read('palette', (raw) => (isPaletteId(raw) ? raw : undefined));
  read('manual', (raw) => {
    const breaks = raw.split('_').map(Number);
    const valid = breaks.length <= 6 && breaks.every(Number.isFinite) && breaks.every((b, i) => i === 0 || b > breaks[i - 1]!);
    return valid && raw !== '' ? breaks : undefined;
  });
  const rawPlace = params.get('place');
  const rawLevel = params.get('level');
  if (rawPlace !== null) {
    view.place = parsePlaceParam(rawPlace, rawLevel);
    if (view.place === null) rejected.push('place');
  }
  if (rawLevel !== null && rawLevel !== 'commune' && rawLevel !== 'district') rejected.push('level');
  read('units', (raw) => (raw === '2025' && view.place === null ? raw : undefined));
  const other = showsOtherUnits(view);
  read('selected', (raw) => (other ? (isUnitCode(raw) ? raw : undefined) : knownCommunes.includes(raw) ? raw : undefined));
  read('draft', (raw) => {
    if (other || raw.length > MAX_DRAFT_PARAM_CHARS) return undefined;
    return parseDraftParam(raw, new Set(knownCommunes)).draft && raw !== '' ? raw : undefined;
  });
  read('body', (raw) => (knownBodies.includes(raw) ? raw : undefined));
  read('lang', (raw) => (raw === 'vi' || raw === 'en' ? raw : undefined));
  return { view, rejected };
}

/** Write a view as URL search parameters, leaving out values equal to the defaults. */
export function searchFromView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.place) {
    params.set('place', formatPlaceParam(view.place));
    const level = formatLevelParam(view.place);
    if (level) params.set('level', level);
  }
  (Object.keys(PARAM) as SimpleKey[]).forEach((key) => {
    const value = view[key];
    if (value === null || value === DEFAULT_VIEW[key]) return;
    params.set(PARAM[key], Array.isArray(value) ? value.join('_') : String(value));
  });
  const text = params.toString();
  return text ? `?${text}` : '';
}
