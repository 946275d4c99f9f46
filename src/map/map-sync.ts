/**
 * Keeps a MapLibre map in step with its element's properties, the same way for <poverty-map> (./poverty-map, through
 * its MapController) and the public embed's zoomable layer (embed/zoomable-gl, through its GlLayer): remembers which
 * dataset and context the map draws, and after each update replaces the data, then language, basemap, label scale, model.
 */
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-sources';
import type { Lang } from '../data/types';
import type { MapModel } from './map-model';

/** What a map offers the sync: the steps it runs, in this order. */
export interface MapSyncTarget {
  /** Draw another dataset or context (the next `sync` shows the whole model again). */
  replaceData(dataset: Dataset, context: MapContext, lang: Lang): void;
  /** Change the language of the map's controls. */
  setLang(lang: Lang): void;
  /** Show or hide the online basemap. */
  setBasemap(on: boolean): void;
  /** Draw the commune labels this many times their normal size. */
  setLabelScale(factor: number): void;
  /** Show `model` (only what changed since the last one shown). */
  sync(model: MapModel): unknown;
}

/** The element's properties the map shows, read at each update. */
export interface MapSyncState {
  dataset: Dataset;
  context: MapContext;
  lang: Lang;
  basemap: boolean;
  labelScale: number;
  /** The model of the current properties, or null when there is none yet. */
  model: MapModel | null;
}

/** How a sync reads its element's changes. */
export interface MapSyncOptions {
  /** The changed properties that set the language (default ['lang']; add 'credit' when the attribution follows it). */
  langKeys?: readonly PropertyKey[];
}

/** The sync of one created map: what it draws, and the steps that bring it in step after an element's update. */
export class MapSync {
  readonly #target: MapSyncTarget;
  readonly #langKeys: readonly PropertyKey[];
  #drawn: { dataset: Dataset; context: MapContext };

  /** `target`: the map just created to draw `state`'s dataset and context; call `start` before any update. */
  constructor(target: MapSyncTarget, state: MapSyncState, options: MapSyncOptions = {}) {
    this.#target = target;
    this.#langKeys = options.langKeys ?? ['lang'];
    this.#drawn = { dataset: state.dataset, context: state.context };
  }

  /** Give the just-created map the state's basemap, label scale and model. */
  start(state: MapSyncState): void {
    this.#target.setBasemap(state.basemap);
    this.#target.setLabelScale(state.labelScale);
    if (state.model) this.#target.sync(state.model);
  }

  /** Bring the map in step with `state` after an update whose changed properties are `changed`. */
  update(state: MapSyncState, changed: ReadonlyMap<PropertyKey, unknown>): void {
    const target = this.#target;
    if (this.#drawn.dataset !== state.dataset || this.#drawn.context !== state.context) {
      this.#drawn = { dataset: state.dataset, context: state.context };
      target.replaceData(state.dataset, state.context, state.lang);
    }
    if (this.#langKeys.some((key) => changed.has(key))) target.setLang(state.lang);
    if (changed.has('basemap')) target.setBasemap(state.basemap);
    if (changed.has('labelScale')) target.setLabelScale(state.labelScale);
    if (state.model) target.sync(state.model);
  }
}
