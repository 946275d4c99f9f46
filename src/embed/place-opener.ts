/**
 * Nơi khác kế hoạch có sẵn / How the public map opens a place of the national files (`place=2025-44`) or shows the
 * built-in plan on the 2025 communes (`units=2025`). Opening one is the places feature's work (src/places), which a
 * feature may not import: the page's entry, which composes features as the app shell does, provides it here
 * (`providePlaces(() => import('./places/place-session'))`), so it loads only when a page asks for such a place.
 */
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-sources';
import type { Bilingual } from '../data/types';
import type { PlaceRef } from '../data/places/place-id';
import { tr } from '../core/format';
import { EMBED_PLACE } from './quick-map-strings';

/** What the map shows for a place: its units (no figures) or the regrouped plan, their context and what they are called. */
export interface EmbedPlaceView {
  /** The place opened, or null for the built-in plan regrouped onto the 2025 communes. */
  ref: PlaceRef | null;
  dataset: Dataset;
  context: MapContext;
  /** "Tỉnh Quảng Trị (từ 1/7/2025)" / "Quảng Trị province (since 1 July 2025)". */
  title: Bilingual;
  /** Boundary credit of the national files shown. */
  credit: Bilingual;
}

/** A place view, or why it could not be opened (a located message in both languages). */
export type EmbedPlaceResult = { ok: true; value: EmbedPlaceView } | { ok: false; error: { message: Bilingual } };

/** The two ways of opening a place (the places feature's `openPlace` and `regroupPlan`). */
export interface PlaceOpening {
  openPlace(ref: PlaceRef): Promise<EmbedPlaceResult>;
  regroupPlan(dataset: Dataset): Promise<EmbedPlaceResult>;
}

let provider: (() => Promise<PlaceOpening>) | null = null;
let loaded: Promise<PlaceOpening> | null = null;

/** Give the public map its way of opening places (called once by the page's entry, before the first update). */
export function providePlaces(load: () => Promise<PlaceOpening>): void {
  provider = load;
  loaded = null;
}

/** Open a place, or the built-in plan `base` on the 2025 communes when `place` is null; loads the places code on first use. */
export async function openEmbedPlace(place: PlaceRef | null, base: Dataset): Promise<EmbedPlaceResult> {
  if (!provider) return { ok: false, error: { message: { vi: tr(EMBED_PLACE.unavailable, 'vi'), en: tr(EMBED_PLACE.unavailable, 'en') } } };
  try {
    const opening = await (loaded ??= provider());
    return await (place ? opening.openPlace(place) : opening.regroupPlan(base));
  } catch (error) {
    loaded = null;
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    return { ok: false, error: { message: { vi: tr(EMBED_PLACE.failed, 'vi', { detail }), en: tr(EMBED_PLACE.failed, 'en', { detail }) } } };
  }
}
