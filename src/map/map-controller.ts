/** Owns the one MapLibre map of a <poverty-map>: created once, then changed only by diffs (feature state, layout, paint). */
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  ScaleControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Lang } from '../data/types';
import type { MapOperation } from './map-model';
import { MAP_LOCALES, ResetViewControl, ZOOM_TITLES, collapseAttribution } from './map-controls';
import { HATCH_IMAGE, MAP_IDS, labelTextExpression, scaleSizeExpression } from './style';
import { addHatchImage } from './hatch-pattern';
import { framePadding } from './svg-geometry';
import { MapFraming } from './map-framing';
import { adoptMapStyles } from './map-assets';
import { MapMarks, type MarkKind } from './map-marks';
import { applyStyleData, styleCommunes, styleLabelPoints } from './style-data';

setWorkerUrl(workerUrl);
// MapLibre's workers start as this module loads, while the page around the map is still being laid out (where workers exist).
if (typeof Worker !== 'undefined') prewarm();

/** A point in CSS pixels relative to the map container. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** Options of a MapController. */
export interface MapControllerOptions {
  container: HTMLElement;
  style: StyleSpecification;
  /** [west, south, east, north] the map fits on creation and on reset. */
  bounds: [number, number, number, number];
  lang: Lang;
  /** Cooperative gestures (Ctrl + scroll to zoom, two fingers to pan) for maps embedded in a scrolling page. */
  cooperative: boolean;
  /** Attribution HTML of the boundaries, by language. */
  attribution: (lang: Lang) => string;
  /** The pointer moved onto a commune (or off all of them: null). */
  onHover: (gsoCode: string | null, point: ScreenPoint | null) => void;
  /** A click or tap on a commune, or outside all communes (null). */
  onClick: (gsoCode: string | null, point: ScreenPoint) => void;
  /** The online basemap failed to load; it has been hidden. Called once per failure episode. */
  onBasemapError: () => void;
}

/** The map of one element: creation, diffs, interaction callbacks and teardown. */
export class MapController {
  /** The MapLibre map (created once). */
  readonly map: MapLibreMap;
  #options: MapControllerOptions;
  #loaded = false;
  /** Work waiting for the style to load, in call order. */
  #pending: (() => void)[] = [];
  #hover: string | null = null;
  #focus: string | null = null;
  #basemap = false;
  #basemapFailed = false;
  readonly #framing: MapFraming;
  #reset: ResetViewControl;
  #attribution: AttributionControl;
  #labelPoints = new Map<string, [number, number]>();
  #labelSize: unknown;
  #labelScale = 1;
  #marks = new MapMarks();
  #marksQueued = false;

  constructor(options: MapControllerOptions) {
    this.#options = options;
    const { container, style, bounds, lang, cooperative } = options;
    adoptMapStyles(container);
    this.map = new MapLibreMap({
      container,
      style,
      bounds,
      fitBoundsOptions: { padding: framePadding(container.clientWidth, container.clientHeight) },
      attributionControl: false,
      cooperativeGestures: cooperative,
      keyboard: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxZoom: 15,
      minZoom: 4,
      locale: MAP_LOCALES[lang],
      // Labels appear at once instead of fading in for a person who asks for reduced motion.
      fadeDuration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 300,
    });
    this.map.touchZoomRotate.disableRotation();
    this.#framing = new MapFraming(this.map, container, () => this.#options.bounds);
    this.#reset = new ResetViewControl(() => this.resetView(), lang);
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(this.#reset, 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 100 }), 'bottom-left');
    this.#attribution = new AttributionControl({ compact: true, customAttribution: options.attribution(lang) });
    this.map.addControl(this.#attribution, 'bottom-right');
    this.#readStyle(style);
    this.#labelSize = style.layers.find((l) => l.id === MAP_IDS.communeLabels && l.type === 'symbol')?.layout?.['text-size' as never];
    this.map.getCanvas().setAttribute('tabindex', '-1');
    this.map.on('error', (event) => this.#onError(event));
    this.map.on('styleimagemissing', (event: { id: string }) => addHatchImage(this.map, event.id));
    this.map.once('load', () => {
      this.#loaded = true;
      addHatchImage(this.map, HATCH_IMAGE);
      if (container.clientWidth < 480) collapseAttribution(container);
      this.#pending.splice(0).forEach((work) => work());
    });
    this.map.on('mousemove', (e) => this.#pointer(e, 'hover'));
    this.map.on('mouseout', () => this.#setHover(null, null));
    this.map.on('click', (e) => this.#pointer(e, 'click'));
  }

  /** True once the style has loaded and operations apply directly. */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** Apply model operations (queued until the style has loaded). */
  apply(ops: readonly MapOperation[]): void {
    this.#whenLoaded(() => ops.forEach((op) => this.#apply(op)));
  }

  /** Draw the keyboard-focus outline on a commune (null removes it). */
  setFocus(gsoCode: string | null): void {
    if (this.#focus === gsoCode) return;
    if (this.#focus !== null) this.#mark(this.#focus, 'focus', false);
    this.#focus = gsoCode;
    if (gsoCode !== null) this.#mark(gsoCode, 'focus', true);
  }

  /** Show or hide the online basemap; communes turn slightly transparent over it. */
  setBasemap(on: boolean): void {
    if (on === this.#basemap) return;
    this.#basemap = on;
    if (on) this.#basemapFailed = false;
    this.#whenLoaded(() => {
      this.map.setLayoutProperty(MAP_IDS.basemap, 'visibility', on ? 'visible' : 'none');
      this.map.setPaintProperty(MAP_IDS.communeFill, 'fill-opacity', on ? 0.72 : 1);
      this.map.setPaintProperty(MAP_IDS.neighbourFill, 'fill-opacity', on ? 0.25 : 0.8);
    });
  }

  /** Change the language of the controls (labels change through the model's 'labels' operation). */
  setLang(lang: Lang): void {
    this.#reset.setLang(lang);
    this.map.removeControl(this.#attribution);
    this.#attribution = new AttributionControl({ compact: true, customAttribution: this.#options.attribution(lang) });
    this.map.addControl(this.#attribution, 'bottom-right');
    for (const [selector, title] of Object.entries(ZOOM_TITLES[lang])) {
      const button = this.map.getContainer().querySelector(selector);
      button?.setAttribute('title', title);
      button?.setAttribute('aria-label', title);
    }
  }

  /** Fit the map to the district again, with padding for the current size. */
  resetView(): void {
    this.#framing.resetView();
  }

  /**
   * Fit [west, south, east, north] (null: the district) with padding for the current size (more when `tight`),
   * animated when asked and the person allows motion. Resolves once the camera is still.
   */
  fit(bounds: [number, number, number, number] | null, options: { tight: boolean; animate: boolean }): Promise<void> {
    return this.#framing.fit(bounds, options);
  }

  /** Draw the commune labels `factor` times their normal size (e.g. 1.5 for a projector). */
  setLabelScale(factor: number): void {
    if (factor === this.#labelScale) return;
    this.#labelScale = factor;
    this.#whenLoaded(() => this.map.setLayoutProperty(MAP_IDS.communeLabels, 'text-size', scaleSizeExpression(this.#labelSize, this.#labelScale) as never));
  }

  /** Copy what the map shows now, redrawn synchronously, into `target` (resized to the map's canvas); false before the map has loaded. */
  snapshot(target: HTMLCanvasElement): boolean {
    if (!this.#loaded) return false;
    this.map.redraw();
    const source = this.map.getCanvas();
    target.width = source.width;
    target.height = source.height;
    target.getContext('2d')?.drawImage(source, 0, 0);
    return true;
  }

  /** The screen position (container pixels) of a commune's label point, or null for an unknown code. */
  labelPoint(gsoCode: string): ScreenPoint | null {
    const lngLat = this.#labelPoints.get(gsoCode);
    if (!lngLat) return null;
    const p = this.map.project(lngLat);
    return { x: p.x, y: p.y };
  }

  /**
   * Show other data without touching the style: new GeoJSON for every source of `style`, the label
   * placement of its commune-label layer, cleared feature states, and a fit to `bounds`.
   * Follow with apply() of a full diff (from a null model).
   */
  replaceData(style: StyleSpecification, bounds: [number, number, number, number]): void {
    this.#options = { ...this.#options, style, bounds };
    this.#readStyle(style);
    const run = () => {
      applyStyleData(this.map, style);
      this.#hover = null;
      this.#focus = null;
      this.resetView();
    };
    this.#whenLoaded(run);
  }

  /** Remove the map and every listener. */
  destroy(): void {
    this.map.remove();
  }

  /** Take the label points and the communes' geometries (for their outlines) from the style's sources. */
  #readStyle(style: StyleSpecification): void {
    this.#marks.reset(styleCommunes(style));
    this.#labelPoints = styleLabelPoints(style);
  }

  #whenLoaded(work: () => void): void {
    if (this.#loaded) work();
    else this.#pending.push(work);
  }

  #apply(op: MapOperation): void {
    if (op.kind === 'labels') this.map.setLayoutProperty(MAP_IDS.communeLabels, 'text-field', labelTextExpression(op.labels));
    else if (op.kind === 'fill') this.map.setFeatureState({ source: MAP_IDS.communes, id: op.id }, { fill: op.value });
    else this.#mark(op.id, op.kind, op.value);
  }

  /** Outline a commune or stop; the outlines' source is given its new data once per task, after the style has loaded. */
  #mark(id: string, kind: MarkKind, on: boolean): void {
    if (!this.#marks.set(id, kind, on) || this.#marksQueued) return;
    this.#marksQueued = true;
    queueMicrotask(() => {
      this.#marksQueued = false;
      this.#whenLoaded(() => (this.map.getSource(MAP_IDS.marks) as GeoJSONSource | undefined)?.setData(this.#marks.collection()));
    });
  }

  #pointer(e: MapMouseEvent, kind: 'hover' | 'click'): void {
    if (!this.#loaded) return;
    const hit = this.map.queryRenderedFeatures(e.point, { layers: [MAP_IDS.communeFill] })[0];
    const code = hit ? String(hit.properties['gso_code'] ?? hit.id) : null;
    const point = { x: e.point.x, y: e.point.y };
    if (kind === 'click') this.#options.onClick(code, point);
    else this.#setHover(code, point);
  }

  #setHover(code: string | null, point: ScreenPoint | null): void {
    if (code !== this.#hover) {
      if (this.#hover !== null) this.#mark(this.#hover, 'hover', false);
      if (code !== null) this.#mark(code, 'hover', true);
      this.#hover = code;
      this.map.getCanvas().style.cursor = code ? 'pointer' : '';
    }
    this.#options.onHover(code, point);
  }

  #onError(event: { error?: unknown; sourceId?: string }): void {
    if (event.sourceId === 'basemap') {
      if (this.#basemap && !this.#basemapFailed) {
        this.#basemapFailed = true;
        this.setBasemap(false);
        this.#options.onBasemapError();
      }
      return;
    }
    console.error(event.error ?? event);
  }
}
