/** The embed protocol and the HTML snippets the embed dialog offers: iframe, height listener, web component. Pure. */
import type { Bilingual, Lang } from '../data/types';
import { formatLevelParam, formatPlaceParam } from '../data/places/place-id';
import type { DistrictName } from '../core/place-names';
import { DEFAULT_VIEW, searchFromView, type ViewState } from '../state/view-state';
import { embedPlaceTitle, embedTitle, HEIGHT_MESSAGE_TYPE } from './embed-frame';

export { embedIdFromSearch, embedTitle, HEIGHT_MESSAGE_TYPE, heightMessage, type HeightMessage } from './embed-frame';

/** The frame id the dialog proposes. */
export const DEFAULT_EMBED_ID = 'ban-do-giam-ngheo';

/** Height of the iframe before the listener resizes it, in CSS pixels. */
export const DEFAULT_FRAME_HEIGHT = 520;

/** A typed frame id made safe: diacritics folded, spaces to "-", other characters dropped, a letter first, at most 64 characters; the default when nothing is left. */
export function cleanEmbedId(raw: string): string {
  const folded = raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const kept = folded.trim().replace(/\s+/g, '-').replace(/[^A-Za-z0-9_-]/g, '').replace(/^[^A-Za-z]+/, '').slice(0, 64);
  return kept || DEFAULT_EMBED_ID;
}

/** Escape text for a double- or single-quoted HTML attribute value (and for element content). */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The base URL with exactly one trailing "/". */
function directory(baseUrl: string): string {
  return baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
}

/** The embed page's URL for a view and frame id: `{base}embed.html?metric=…&id=…`. */
export function embedUrl(baseUrl: string, view: ViewState, id: string): string {
  const params = new URLSearchParams(searchFromView(view));
  params.set('id', id);
  return `${directory(baseUrl)}embed.html?${params.toString()}`;
}

/** The iframe's title in both languages, the view's first: the plan's, or the place's when `place` is given. */
export function bilingualTitle(district: DistrictName, year: number, lang: Lang, place: Bilingual | null = null): string {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const title = (l: Lang) => (place ? embedPlaceTitle(place, l) : embedTitle(district, year, l));
  return `${title(lang)} / ${title(other)}`;
}

/** What the view shows instead of the built-in plan's units, named for a title: the place's title, else its code. */
function shownPlace(view: ViewState, placeTitle: Bilingual | null | undefined): Bilingual | null {
  if (!view.place && !view.units) return null;
  if (placeTitle) return placeTitle;
  const code = view.place ? `place=${formatPlaceParam(view.place)}${view.place.level === 'district' ? '&level=district' : ''}` : 'units=2025';
  return { vi: code, en: code };
}

/** What the snippets are built from. */
export interface SnippetInput {
  /** Absolute URL of the app's folder (where index.html, embed.html and poverty-map.js are). */
  baseUrl: string;
  view: ViewState;
  /** Frame id (see cleanEmbedId). */
  id: string;
  district: DistrictName;
  year: number;
  /** The title of the place the view shows (`place=` or `units=2025`), as the explorer heads it; null for the built-in plan. */
  placeTitle?: Bilingual | null;
}

/** The iframe to paste into a page. */
export function iframeSnippet(input: SnippetInput): string {
  const attrs: [string, string][] = [
    ['id', input.id],
    ['src', embedUrl(input.baseUrl, input.view, input.id)],
    ['title', bilingualTitle(input.district, input.year, input.view.lang, shownPlace(input.view, input.placeTitle))],
    ['width', '100%'],
    ['height', String(DEFAULT_FRAME_HEIGHT)],
    ['style', 'border:0;display:block;max-width:100%'],
    ['loading', 'lazy'],
    ['referrerpolicy', 'strict-origin-when-cross-origin'],
  ];
  return `<iframe ${attrs.map(([k, v]) => `${k}="${escapeAttribute(v)}"`).join(' ')}></iframe>`;
}

/** The script a host page adds once: it sets each embed frame's height from the frame's own height messages. */
export function listenerSnippet(): string {
  return `<script>
window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.type !== '${HEIGHT_MESSAGE_TYPE}' || typeof data.height !== 'number' || !data.id) return;
  var frame = document.getElementById(data.id);
  if (!frame || frame.contentWindow !== event.source) return;
  frame.style.height = Math.max(150, Math.min(5000, Math.ceil(data.height))) + 'px';
});
</script>`;
}

/**
 * The `<poverty-map>` web component with its script, for the view's place (or 2025 units), measure, classification
 * and language. The element takes no manual breaks, so a 'manual' view falls back to the default method.
 */
export function elementSnippet(input: Pick<SnippetInput, 'baseUrl' | 'view'>): string {
  const { view } = input;
  const attrs: [string, string | null][] = [
    ['place', view.place ? formatPlaceParam(view.place) : null],
    ['level', view.place ? formatLevelParam(view.place) : null],
    ['units', view.place ? null : view.units],
    ['metric', view.metric],
    ['method', view.method === DEFAULT_VIEW.method || view.method === 'manual' ? null : view.method],
    ['classes', view.classes === DEFAULT_VIEW.classes ? null : String(view.classes)],
    ['palette', view.palette === DEFAULT_VIEW.palette ? null : view.palette],
    ['selected', view.selected],
    ['lang', view.lang],
  ];
  const attributes = attrs.filter((a): a is [string, string] => a[1] !== null).map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
  const src = escapeAttribute(`${directory(input.baseUrl)}poverty-map.js`);
  return `<script type="module" src="${src}"></script>
<poverty-map${attributes} cooperative style="display:block;height:480px"></poverty-map>`;
}
