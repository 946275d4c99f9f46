/** The shared sync of <poverty-map>'s and the embed's MapLibre maps: which target calls each update makes, and in what order. */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/dataset';
import type { MapContext } from '../../../src/data/default-sources';
import type { MapModel } from '../../../src/map/map-model';
import { MapSync, type MapSyncState, type MapSyncTarget } from '../../../src/map/map-sync';

/** Stand-ins compared by identity only (the sync never looks inside them). */
const datasetA = { name: 'A' } as unknown as Dataset;
const datasetB = { name: 'B' } as unknown as Dataset;
const contextA = { name: 'context A' } as unknown as MapContext;
const contextB = { name: 'context B' } as unknown as MapContext;
const model1 = { name: 'model 1' } as unknown as MapModel;
const model2 = { name: 'model 2' } as unknown as MapModel;

/** A target that records every call, with its arguments. */
function fakeTarget(): { target: MapSyncTarget; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const target: MapSyncTarget = {
    replaceData: (dataset, context, lang) => calls.push(['replaceData', dataset, context, lang]),
    setLang: (lang) => calls.push(['setLang', lang]),
    setBasemap: (on) => calls.push(['setBasemap', on]),
    setLabelScale: (factor) => calls.push(['setLabelScale', factor]),
    sync: (model) => calls.push(['sync', model]),
  };
  return { target, calls };
}

const base: MapSyncState = { dataset: datasetA, context: contextA, lang: 'vi', basemap: false, labelScale: 1, model: model1 };

/** A sync of a map created for `base`, and the calls made after creation. */
function created(options?: ConstructorParameters<typeof MapSync>[2]) {
  const { target, calls } = fakeTarget();
  const sync = new MapSync(target, base, options);
  return { sync, calls };
}

const changes = (...keys: string[]) => new Map<PropertyKey, unknown>(keys.map((key) => [key, undefined]));

describe('MapSync', () => {
  it('gives a created map its basemap, label scale and model, in that order', () => {
    const { sync, calls } = created();
    expect(calls).toEqual([]);
    sync.start({ ...base, basemap: true, labelScale: 1.5 });
    expect(calls).toEqual([['setBasemap', true], ['setLabelScale', 1.5], ['sync', model1]]);
  });

  it('starts without a model by setting only the basemap and label scale', () => {
    const { sync, calls } = created();
    sync.start({ ...base, model: null });
    expect(calls).toEqual([['setBasemap', false], ['setLabelScale', 1]]);
  });

  it('only syncs the model when nothing it watches changed', () => {
    const { sync, calls } = created();
    sync.update(base, changes());
    sync.update({ ...base, model: model2 }, changes('selected', 'tip'));
    expect(calls).toEqual([['sync', model1], ['sync', model2]]);
  });

  it('makes no call at all without a model and without changes', () => {
    const { sync, calls } = created();
    sync.update({ ...base, model: null }, changes());
    expect(calls).toEqual([]);
  });

  it('replaces the data once when the dataset changes, before the model is synced', () => {
    const { sync, calls } = created();
    sync.update({ ...base, dataset: datasetB, lang: 'en' }, changes('data'));
    expect(calls).toEqual([['replaceData', datasetB, contextA, 'en'], ['sync', model1]]);
    calls.length = 0;
    sync.update({ ...base, dataset: datasetB }, changes());
    expect(calls).toEqual([['sync', model1]]);
  });

  it('replaces the data when only the context changes, and again when the first data comes back', () => {
    const { sync, calls } = created();
    sync.update({ ...base, context: contextB, model: null }, changes('context'));
    sync.update({ ...base, model: null }, changes('context'));
    expect(calls).toEqual([
      ['replaceData', datasetA, contextB, 'vi'],
      ['replaceData', datasetA, contextA, 'vi'],
    ]);
  });

  it('sets the language when lang changed, and only then by default', () => {
    const { sync, calls } = created();
    sync.update({ ...base, lang: 'en' }, changes('lang'));
    sync.update({ ...base, lang: 'en' }, changes('credit'));
    expect(calls).toEqual([['setLang', 'en'], ['sync', model1], ['sync', model1]]);
  });

  it('sets the language for each of the given keys (credit for <poverty-map>)', () => {
    const { sync, calls } = created({ langKeys: ['lang', 'credit'] });
    sync.update(base, changes('credit'));
    expect(calls).toEqual([['setLang', 'vi'], ['sync', model1]]);
  });

  it('runs every step in order: data, language, basemap, label scale, model', () => {
    const { sync, calls } = created();
    const state: MapSyncState = { dataset: datasetB, context: contextB, lang: 'en', basemap: true, labelScale: 2, model: model2 };
    sync.update(state, changes('labelScale', 'basemap', 'lang', 'data'));
    expect(calls).toEqual([
      ['replaceData', datasetB, contextB, 'en'],
      ['setLang', 'en'],
      ['setBasemap', true],
      ['setLabelScale', 2],
      ['sync', model2],
    ]);
  });

  it('leaves the basemap and label scale alone unless they changed', () => {
    const { sync, calls } = created();
    sync.update({ ...base, basemap: true, labelScale: 3, model: null }, changes('basemap'));
    sync.update({ ...base, basemap: true, labelScale: 3, model: null }, changes('labelScale'));
    expect(calls).toEqual([['setBasemap', true], ['setLabelScale', 3]]);
  });
});
