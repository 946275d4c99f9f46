/** What ./zoomable-layer (in the embed's start) and ./zoomable-gl (loaded on the first zoom or pan) share: types only. */
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-sources';
import type { Lang } from '../data/types';
import type { MapModel } from '../map/map-model';

/** Where the zoomable map stands: not asked for (the SVG is shown), loading, shown, or impossible in this browser. */
export type ZoomableState = 'svg' | 'loading' | 'shown' | 'unavailable';

/** Where one element's zoomable map stands; setting `state` re-renders the element. */
export interface ZoomableStatus {
  state: ZoomableState;
}

/** What the layer draws, read from the element when needed. */
export interface ZoomableInput {
  dataset: Dataset;
  context: MapContext;
  lang: Lang;
  cooperative: boolean;
  basemap: boolean;
  labelScale: number;
  model: MapModel | null;
}

/** How the layer reaches its element (which renders, in its shadow root, an empty `.gl` box for the MapLibre map). */
export interface ZoomableOptions {
  input: () => ZoomableInput;
  onHover: (gsoCode: string | null, point: { x: number; y: number } | null) => void;
  onClick: (gsoCode: string | null, point: { x: number; y: number }) => void;
  /** A notice to show the person (the map cannot load, the basemap failed). */
  onNotice: (text: string) => void;
  /** The zoomable map has just replaced the SVG. */
  onShown: () => void;
}
