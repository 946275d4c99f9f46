/** Opening the place a public map names: the provided opener, stale answers dropped, failures kept as bilingual notices. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../../src/data/dataset';
import { parsePlaceParam, type PlaceRef } from '../../../src/data/places/place-id';
import { openEmbedPlace, providePlaces, type EmbedPlaceResult, type EmbedPlaceView, type PlaceOpening } from '../../../src/embed/place-opener';
import { placeKey, placeRequest, PlaceSource } from '../../../src/embed/place-source';

const BASE = { plan: { id: 'builtin' } } as unknown as Dataset;
const ref = (raw: string, level?: string) => parsePlaceParam(raw, level)!;
const view = (title: string, place: PlaceRef | null): EmbedPlaceView => ({
  ref: place,
  dataset: { plan: { id: title } } as unknown as Dataset,
  context: { outline: { type: 'FeatureCollection', features: [] }, neighbours: { type: 'FeatureCollection', features: [] }, labelPoints: { type: 'FeatureCollection', features: [] } },
  title: { vi: `Tỉnh ${title}`, en: `${title} province` },
  credit: { vi: 'Ranh giới', en: 'Boundaries' },
});
const failure = (code: string): EmbedPlaceResult => ({ ok: false, error: { message: { vi: `Không có nơi mã ${code}.`, en: `No place with code ${code}.` } } });

/** A host that counts update requests, like a lit element. */
function fakeHost() {
  return { updates: 0, addController: vi.fn(), removeController: vi.fn(), requestUpdate() { this.updates += 1; }, updateComplete: Promise.resolve(true) };
}

/** Openings whose answers the test releases one by one. */
function deferredOpening() {
  const pending: { key: string; resolve: (r: EmbedPlaceResult) => void }[] = [];
  const opening: PlaceOpening = {
    openPlace: (place) => new Promise((resolve) => pending.push({ key: placeKey(place, null), resolve })),
    regroupPlan: () => new Promise((resolve) => pending.push({ key: 'builtin-2025', resolve })),
  };
  return { opening, pending };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

afterEach(() => providePlaces(() => Promise.reject(new Error('no opener in this test'))));

describe('placeKey', () => {
  it('names what a request shows', () => {
    expect(placeKey(null, null)).toBe('builtin');
    expect(placeKey(null, '2025')).toBe('builtin-2025');
    expect(placeKey(ref('2025-44'), '2025')).toBe('2025-44');
    expect(placeKey(ref('2013-25', 'district'), null)).toBe('2013-25-district');
    expect(placeKey(ref('2025'), null)).toBe('2025');
  });
});

describe('openEmbedPlace', () => {
  it('opens a place or regroups the plan through the provided opening, loaded once', async () => {
    const load = vi.fn(async (): Promise<PlaceOpening> => ({
      openPlace: async (place) => ({ ok: true, value: view(placeKey(place, null), place) }),
      regroupPlan: async (dataset) => ({ ok: true, value: view(`regrouped ${dataset.plan.id}`, null) }),
    }));
    providePlaces(load);
    const opened = await openEmbedPlace(ref('2025-44'), BASE);
    const regrouped = await openEmbedPlace(null, BASE);
    expect(opened.ok && opened.value.title.en).toBe('2025-44 province');
    expect(regrouped.ok && regrouped.value.dataset.plan.id).toBe('regrouped builtin');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says in both languages when the places code cannot be loaded, and tries again next time', async () => {
    let tries = 0;
    providePlaces(async () => {
      tries += 1;
      throw new Error('Failed to fetch dynamically imported module');
    });
    const result = await openEmbedPlace(ref('2025-44'), BASE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message.vi).toContain('Không mở được nơi này (Failed to fetch dynamically imported module)');
    expect(result.error.message.en).toContain('This place could not be opened (Failed to fetch dynamically imported module)');
    await openEmbedPlace(ref('2025-44'), BASE);
    expect(tries).toBe(2);
  });
});

describe('PlaceSource', () => {
  it('opens what is asked, shows it, and goes back to the built-in plan', async () => {
    const { opening, pending } = deferredOpening();
    providePlaces(async () => opening);
    const host = fakeHost();
    const source = new PlaceSource(host);
    expect(host.addController).toHaveBeenCalledWith(source);
    source.sync(ref('2025-44'), null, BASE);
    expect(source.loading).toBe('2025-44');
    source.sync(ref('2025-44'), null, BASE);
    await settle();
    expect(pending).toHaveLength(1);
    pending[0]!.resolve({ ok: true, value: view('Quảng Trị', ref('2025-44')) });
    await settle();
    expect([source.loading, source.shown?.title.vi, source.error, host.updates]).toEqual([null, 'Tỉnh Quảng Trị', null, 1]);
    source.sync(null, null, BASE);
    expect([source.shown, source.loading]).toEqual([null, null]);
  });

  it('drops an answer that comes after the request moved on', async () => {
    const { opening, pending } = deferredOpening();
    providePlaces(async () => opening);
    const source = new PlaceSource(fakeHost());
    source.sync(ref('2025-44'), null, BASE);
    await settle();
    source.sync(null, '2025', BASE);
    await settle();
    expect(pending.map((p) => p.key)).toEqual(['2025-44', 'builtin-2025']);
    pending[1]!.resolve({ ok: true, value: view('Cam Lộ 2025', null) });
    await settle();
    pending[0]!.resolve({ ok: true, value: view('Quảng Trị', ref('2025-44')) });
    await settle();
    expect(source.shown?.title.vi).toBe('Tỉnh Cam Lộ 2025');
  });

  it('keeps a failure’s message in both languages, falls back and tells the host once, until dismissed', async () => {
    const { opening, pending } = deferredOpening();
    providePlaces(async () => opening);
    const onFail = vi.fn();
    const host = fakeHost();
    const source = new PlaceSource(host, onFail);
    source.sync(ref('2025-99'), null, BASE);
    await settle();
    pending[0]!.resolve(failure('2025-99'));
    await settle();
    expect([source.shown, source.loading, source.error]).toEqual([null, null, { vi: 'Không có nơi mã 2025-99.', en: 'No place with code 2025-99.' }]);
    expect(onFail).toHaveBeenCalledTimes(1);
    source.sync(null, null, BASE);
    expect(source.error).not.toBeNull();
    source.dismiss();
    expect(source.error).toBeNull();
    expect(host.updates).toBe(2);
  });
});

describe('placeRequest', () => {
  it('reads the element’s attributes as the URL reads place, level and units', () => {
    expect(placeRequest('2025-44', null, null)).toEqual({ ref: ref('2025-44'), units: null, invalid: false });
    expect(placeRequest('2013-25', 'district', '2025')).toEqual({ ref: ref('2013-25', 'district'), units: null, invalid: false });
    expect(placeRequest(null, null, '2025')).toEqual({ ref: null, units: '2025', invalid: false });
    expect(placeRequest(null, null, '2024')).toEqual({ ref: null, units: null, invalid: false });
    expect(placeRequest('', null, null)).toEqual({ ref: null, units: null, invalid: false });
  });

  it('marks a place that is no place code, or a level that is not one, as invalid', () => {
    for (const [place, level] of [['../2025/44', null], ['2025-4', null], ['2013-25', 'province'], ['2025-44<script>', null]] as const) {
      expect(placeRequest(place, level, null), `${place} ${level}`).toEqual({ ref: null, units: null, invalid: true });
    }
  });
});

describe('PlaceSource of an element’s attributes', () => {
  it('opens the place the attributes name, and says in both languages when `place` is no place code, until closed', async () => {
    const { opening, pending } = deferredOpening();
    providePlaces(async () => opening);
    const source = new PlaceSource(fakeHost());
    source.syncAttributes('2013-25', 'district', null, BASE);
    await settle();
    expect(pending.map((p) => p.key)).toEqual(['2013-25-district']);
    source.syncAttributes('../2025/44', null, null, BASE);
    expect([source.loading, source.invalid]).toEqual([null, '../2025/44']);
    expect(source.notice('vi')).toContain('place="../2025/44" không phải mã nơi hợp lệ');
    expect(source.notice('en')).toContain('place="../2025/44" is not a valid place code');
    source.dismiss();
    source.syncAttributes('../2025/44', null, null, BASE);
    expect(source.notice('en')).toBeNull();
    source.syncAttributes(null, null, '2025', BASE);
    await settle();
    expect(pending.map((p) => p.key)).toEqual(['2013-25-district', 'builtin-2025']);
  });
});
