/** MapLibre UI texts in Vietnamese and the reset-view control of the map. */
import type { IControl } from 'maplibre-gl';
import type { Lang } from '../data/types';

/** MapLibre UI texts by language (English is MapLibre's default). */
export const MAP_LOCALES: Record<Lang, Record<string, string>> = {
  vi: {
    'NavigationControl.ZoomIn': 'Phóng to',
    'NavigationControl.ZoomOut': 'Thu nhỏ',
    'NavigationControl.ResetBearing': 'Xoay về hướng bắc',
    'AttributionControl.ToggleAttribution': 'Nguồn dữ liệu',
    'CooperativeGesturesHandler.WindowsHelpText': 'Giữ Ctrl và cuộn để phóng to, thu nhỏ bản đồ',
    'CooperativeGesturesHandler.MacHelpText': 'Giữ ⌘ và cuộn để phóng to, thu nhỏ bản đồ',
    'CooperativeGesturesHandler.MobileHelpText': 'Dùng hai ngón tay để di chuyển bản đồ',
    'Map.Title': 'Bản đồ',
  },
  en: {},
};

/** Titles of the zoom buttons by CSS selector, to retitle them when the language changes. */
export const ZOOM_TITLES: Record<Lang, Record<string, string>> = {
  vi: { '.maplibregl-ctrl-zoom-in': 'Phóng to', '.maplibregl-ctrl-zoom-out': 'Thu nhỏ' },
  en: { '.maplibregl-ctrl-zoom-in': 'Zoom in', '.maplibregl-ctrl-zoom-out': 'Zoom out' },
};

const RESET_TITLE: Record<Lang, string> = { vi: 'Xem toàn huyện', en: 'Show the whole district' };

/** A control button that fits the map back to the district. */
export class ResetViewControl implements IControl {
  #button: HTMLButtonElement | null = null;
  #onReset: () => void;
  #lang: Lang;

  constructor(onReset: () => void, lang: Lang) {
    this.#onReset = onReset;
    this.#lang = lang;
  }

  onAdd(): HTMLElement {
    const group = document.createElement('div');
    group.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'reset-view';
    button.innerHTML = '<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><path d="M3.5 9.5 10 4l6.5 5.5M5.5 8v7.5h3.5v-4h2v4h3.5V8" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linejoin="round"/></svg>';
    button.addEventListener('click', () => this.#onReset());
    this.#button = button;
    this.setLang(this.#lang);
    group.append(button);
    return group;
  }

  onRemove(): void {
    this.#button?.parentElement?.remove();
    this.#button = null;
  }

  /** Change the language of the button's title and accessible name. */
  setLang(lang: Lang): void {
    this.#lang = lang;
    this.#button?.setAttribute('title', RESET_TITLE[lang]);
    this.#button?.setAttribute('aria-label', RESET_TITLE[lang]);
  }
}

/** On a narrow map the credit starts folded behind its (i) button, as after a first interaction: the compact attribution in `container`. */
export function collapseAttribution(container: HTMLElement): void {
  const attribution = container.querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show');
  attribution?.setAttribute('open', '');
  attribution?.classList.remove('maplibregl-compact-show');
}
