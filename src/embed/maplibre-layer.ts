/**
 * Lớp bản đồ MapLibre tải khi cần / The zoomable MapLibre map of the SVG-first `<poverty-map>`, loaded (with MapLibre)
 * only when the person zooms or pans: the map's own MapController, style and model diffs, over the SVG, with
 * MapLibre's stylesheet added to the element's shadow root.
 */
import mapCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-sources';
import type { Lang } from '../data/types';
import { MapController, type ScreenPoint } from '../map/map-controller';
import { boundaryAttribution } from '../map/map-assets';
import { mapStyleOf } from '../map/map-style-input';
import { diffMapModel, type MapModel } from '../map/map-model';
import type { MapSyncTarget } from '../map/map-sync';

/** What the layer needs from its element. */
export interface GlLayerOptions {
  /** An empty element filling the map, to draw into. */
  container: HTMLElement;
  /** The element's shadow root, which gets MapLibre's stylesheet. */
  root: ShadowRoot;
  dataset: Dataset;
  context: MapContext;
  lang: Lang;
  cooperative: boolean;
  onHover: (gsoCode: string | null, point: ScreenPoint | null) => void;
  onClick: (gsoCode: string | null, point: ScreenPoint) => void;
  onBasemapError: () => void;
}

let sheet: CSSStyleSheet | null = null;

/** MapLibre's stylesheet and the reset button's, shared by every map of the page. */
function mapSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${mapCss}
      .maplibregl-ctrl button.reset-view { display: grid; place-items: center; color: #333; }
      .maplibregl-ctrl-attrib { font-size: 11px; }`);
  }
  return sheet;
}

/** The MapLibre map of one element, driven by the same map model as the SVG (kept in step by ../map/map-sync). */
export class GlLayer implements MapSyncTarget {
  readonly #controller: MapController;
  #applied: MapModel | null = null;

  constructor(options: GlLayerOptions) {
    const { root } = options;
    if (!root.adoptedStyleSheets.includes(mapSheet())) root.adoptedStyleSheets = [...root.adoptedStyleSheets, mapSheet()];
    this.#controller = new MapController({
      container: options.container,
      ...mapStyleOf(options.dataset, options.context, options.lang),
      lang: options.lang,
      cooperative: options.cooperative,
      attribution: boundaryAttribution,
      onHover: options.onHover,
      onClick: options.onClick,
      onBasemapError: options.onBasemapError,
    });
  }

  /** The MapLibre map. */
  get map() {
    return this.#controller.map;
  }

  /** Resolves once the map has drawn everything it was given (its next `idle`). */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      const map = this.#controller.map;
      const wait = () => map.once('idle', () => resolve());
      if (this.#controller.loaded) {
        wait();
        map.triggerRepaint();
      } else map.once('load', wait);
    });
  }

  /** Show `model` (only what changed since the last one); true when something changed. */
  sync(model: MapModel): boolean {
    const ops = diffMapModel(this.#applied, model);
    this.#applied = model;
    if (ops.length === 0) return false;
    this.#controller.apply(ops);
    return true;
  }

  /** Show another dataset or context (the next sync applies the whole model again). */
  replaceData(dataset: Dataset, context: MapContext, lang: Lang): void {
    const { style, bounds } = mapStyleOf(dataset, context, lang);
    this.#controller.replaceData(style, bounds);
    this.#applied = null;
  }

  /** Change the language of the map's controls. */
  setLang(lang: Lang): void {
    this.#controller.setLang(lang);
  }

  /** Show or hide the online basemap. */
  setBasemap(on: boolean): void {
    this.#controller.setBasemap(on);
  }

  /** Draw the commune labels `factor` times their normal size. */
  setLabelScale(factor: number): void {
    this.#controller.setLabelScale(factor);
  }

  /** Draw the keyboard-focus outline on a commune (null removes it). */
  setFocus(gsoCode: string | null): void {
    this.#controller.setFocus(gsoCode);
  }

  /** The screen position of a commune's label point, or null for an unknown code. */
  labelPoint(gsoCode: string): ScreenPoint | null {
    return this.#controller.labelPoint(gsoCode);
  }

  /** Zoom one step in or out. */
  zoom(direction: 'in' | 'out'): void {
    if (direction === 'in') this.#controller.map.zoomIn();
    else this.#controller.map.zoomOut();
  }

  /** Fit the map to the district again. */
  resetView(): void {
    this.#controller.resetView();
  }

  /** Remove the map and every listener. */
  destroy(): void {
    this.#controller.destroy();
  }
}
