/**
 * Loading the national places files (`places/…` next to the app, same origin only): the catalogue, the names
 * list, a province's units, the provinces of a vintage and a crosswalk. Each file is fetched once and kept
 * (a failure is forgotten so a later try can succeed), validated with the src/data/places readers, and every
 * failure says which file and why — offline or never opened, missing, or damaged — in both languages.
 * File names are built only from validated codes, so nothing a URL holds reaches a fetch.
 */
import { tr } from '../core/format';
import type { Bilingual } from '../data/types';
import { parseCrosswalk, parseNames, parsePlaceIndex, type CatalogueResult, type CrosswalkRow, type NameRow, type PlaceIndex } from '../data/places/catalogue';
import { isProvinceCode, isVintage, NATIONAL, type Vintage } from '../data/places/place-id';
import { readProvincesTopology, readProvinceTopology, type ProvincesTopology, type ProvinceTopology } from '../data/places/topology-files';
import { PLACE_LOAD } from './place-strings';

/** Why a places file could not be used. */
export type PlaceLoadReason = 'offline' | 'missing' | 'invalid' | 'unknown-place';

/** A located, bilingual reason a place could not be opened. */
export interface PlaceLoadError {
  /** The file concerned, relative to the places folder ("2025/44.json"). */
  file: string;
  reason: PlaceLoadReason;
  message: Bilingual;
}

/** A loaded value, or the error that stopped it. */
export type PlaceLoadResult<T> = { ok: true; value: T } | { ok: false; error: PlaceLoadError };

/** What the loader needs from its surroundings (the browser's by default; tests give their own). */
export interface PlaceLoaderOptions {
  /** The places folder's URL (default: `places/` relative to `document.baseURI`). */
  base?: string | URL;
  fetch?: (url: string, init?: RequestInit) => Promise<Response>;
}

/** The places files, each loaded at most once. */
export interface PlaceLoader {
  index(): Promise<PlaceLoadResult<PlaceIndex>>;
  names(): Promise<PlaceLoadResult<NameRow[]>>;
  province(vintage: Vintage, province: string): Promise<PlaceLoadResult<ProvinceTopology>>;
  provinces(vintage: Vintage): Promise<PlaceLoadResult<ProvincesTopology>>;
  /** The crosswalk rows of a 2025 province (old units into its communes). */
  crosswalk(province: string): Promise<PlaceLoadResult<CrosswalkRow[]>>;
}

/** The error of a file that cannot be read for a reason, with its message. */
export function placeLoadError(file: string, reason: PlaceLoadReason, detail: { status?: number; detail?: string; code?: string; place?: string } = {}): PlaceLoadError {
  const message = (lang: 'vi' | 'en'): string => {
    switch (reason) {
      case 'offline':
        return tr(PLACE_LOAD.offline, lang, { file });
      case 'missing':
        return tr(PLACE_LOAD.missing, lang, { file, status: detail.status ?? 404 });
      case 'unknown-place':
        return tr(PLACE_LOAD.unknownPlace, lang, { file, code: detail.code ?? '?' });
      default:
        return tr(PLACE_LOAD.invalid, lang, { file, detail: detail.detail ?? '' });
    }
  };
  return { file, reason, message: { vi: message('vi'), en: message('en') } };
}

/** A failed catalogue reading as a load error (the reader's own bilingual message is kept). */
function invalid(file: string, result: Extract<CatalogueResult<unknown>, { ok: false }>): PlaceLoadError {
  return { file, reason: 'invalid', message: result.message };
}

function defaultBase(): URL {
  return new URL('places/', document.baseURI);
}

/** A loader of the places files; see the module comment. */
export function createPlaceLoader(options: PlaceLoaderOptions = {}): PlaceLoader {
  const doFetch = options.fetch ?? ((url: string, init?: RequestInit) => fetch(url, init));
  const cache = new Map<string, Promise<PlaceLoadResult<unknown>>>();

  async function fetchJson(file: string): Promise<PlaceLoadResult<unknown>> {
    const base = options.base ?? defaultBase();
    let response: Response;
    try {
      response = await doFetch(new URL(file, base).href, { credentials: 'same-origin', mode: 'same-origin' });
    } catch {
      return { ok: false, error: placeLoadError(file, 'offline') };
    }
    if (!response.ok) return { ok: false, error: placeLoadError(file, response.status >= 500 || response.status === 0 ? 'offline' : 'missing', { status: response.status }) };
    let text: string;
    try {
      text = await response.text();
    } catch {
      return { ok: false, error: placeLoadError(file, 'offline') };
    }
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (error) {
      return { ok: false, error: placeLoadError(file, 'invalid', { detail: error instanceof Error ? error.message.slice(0, 200) : 'not JSON' }) };
    }
  }

  function load<T>(file: string, read: (json: unknown) => CatalogueResult<T>): Promise<PlaceLoadResult<T>> {
    const known = cache.get(file);
    if (known) return known as Promise<PlaceLoadResult<T>>;
    const pending = fetchJson(file).then((json): PlaceLoadResult<T> => {
      if (!json.ok) return json;
      const result = read(json.value);
      return result.ok ? { ok: true, value: result.value } : { ok: false, error: invalid(file, result) };
    });
    cache.set(file, pending);
    void pending.then((r) => {
      if (!r.ok) cache.delete(file);
    });
    return pending;
  }

  const badCode = <T>(file: string, code: string): Promise<PlaceLoadResult<T>> => Promise.resolve({ ok: false, error: placeLoadError(file, 'unknown-place', { code }) });

  return {
    index: () => load('index.json', (json) => parsePlaceIndex(json, 'index.json')),
    names: () => load('names.json', (json) => parseNames(json, 'names.json')),
    province(vintage, province) {
      const file = province === NATIONAL && vintage === '2025' ? '2025/overview.json' : `${vintage}/${province}.json`;
      if (!isVintage(vintage) || !isProvinceCode(province)) return badCode(file.slice(0, 40), `${vintage}-${province}`.slice(0, 20));
      return load(file, (json) => readProvinceTopology(json, vintage, province, file));
    },
    provinces(vintage) {
      const file = `${vintage}/provinces.json`;
      if (!isVintage(vintage)) return badCode(file.slice(0, 40), String(vintage).slice(0, 20));
      return load(file, (json) => readProvincesTopology(json, vintage, file));
    },
    crosswalk(province) {
      const file = `crosswalk/${province}.json`;
      if (!isProvinceCode(province)) return badCode(file.slice(0, 40), String(province).slice(0, 20));
      return load(file, (json) => parseCrosswalk(json, file));
    },
  };
}

let shared: PlaceLoader | null = null;

/** The page's one loader (files relative to `document.baseURI`). */
export function placeLoader(): PlaceLoader {
  return (shared ??= createPlaceLoader());
}
