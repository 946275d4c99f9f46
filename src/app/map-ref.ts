/** How the shell refers to its one map: a ref to the element, and the dataset it gives it. */
import type { Dataset } from '../data/dataset';
import type { PovertyMap } from '../map/poverty-map';

/** A ref to the app's map element (what lit's `ref` directive gives, without the directive in the first frame's code). */
export class MapRef {
  readonly #find: () => PovertyMap | null;

  constructor(find: () => PovertyMap | null) {
    this.#find = find;
  }

  /** The map element, or undefined before it is rendered. */
  get value(): PovertyMap | undefined {
    return this.#find() ?? undefined;
  }
}

/**
 * The dataset given to the map: the one it already has while its units, figures and custom measures are the same
 * objects (the plan's texts and findings arriving with the rest of the shell do not redraw it), else the new one.
 */
export class MapData {
  #given: Dataset | null = null;

  /** The dataset to give the map for `dataset` on screen. */
  for(dataset: Dataset): Dataset {
    const m = this.#given;
    const same = m !== null && m.communes === dataset.communes && m.table === dataset.table && m.join === dataset.join && m.custom === dataset.custom && m.district === dataset.district;
    if (!same) this.#given = dataset;
    return this.#given ?? dataset;
  }
}
