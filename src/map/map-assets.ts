/** Bundled assets of the map: the label font files (as absolute URLs), MapLibre's stylesheet for a shadow root, and the attribution HTML. */
import latin400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-400-normal.woff2?url';
import vietnamese400 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2?url';
import latin600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-600-normal.woff2?url';
import latinExt600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-ext-600-normal.woff2?url';
import vietnamese600 from '@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-600-normal.woff2?url';
import { BOUNDARY_CREDIT, BOUNDARY_SOURCE_URL } from '../data/attribution';
import type { Bilingual, Lang } from '../data/types';
import type { MapFontUrls } from './style';

/** The label fonts' URLs made absolute against `base` (MapLibre loads them from its own context). */
export function mapFontUrls(base: string): MapFontUrls {
  const abs = (u: string) => new URL(u, base).href;
  return {
    regular: { latin: abs(latin400), latinExt: abs(latinExt400), vietnamese: abs(vietnamese400) },
    semibold: { latin: abs(latin600), latinExt: abs(latinExt600), vietnamese: abs(vietnamese600) },
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The boundary credit as attribution HTML: the built-in boundaries' credit linked to its source, or a given credit as text. */
export function boundaryAttribution(lang: Lang, credit: Bilingual | null = null): string {
  if (credit) return escapeHtml(credit[lang]);
  return `<a href="${escapeHtml(BOUNDARY_SOURCE_URL)}" target="_blank" rel="noopener">${escapeHtml(BOUNDARY_CREDIT[lang])}</a>`;
}

let mapSheet: CSSStyleSheet | null | undefined;

/**
 * MapLibre's own rules (`maplibregl-*`), copied from the page's stylesheets (the page links maplibre-gl.css, as MapLibre
 * asks) into one constructed sheet that shadow roots can adopt; null when the page has none of them. Made once.
 */
function pageMapSheet(): CSSStyleSheet | null {
  if (mapSheet !== undefined) return mapSheet;
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(list)) if (rule.cssText.includes('maplibregl')) rules.push(rule.cssText);
  }
  if (rules.length === 0) return (mapSheet = null);
  mapSheet = new CSSStyleSheet();
  mapSheet.replaceSync(rules.join('\n'));
  return mapSheet;
}

/**
 * Give the shadow root holding `container` MapLibre's rules from the page, before its own sheets (which restyle MapLibre's
 * controls); nothing in a document, or when the root already has them or the page does not link maplibre-gl.css.
 */
export function adoptMapStyles(container: HTMLElement): void {
  const root = container.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  const sheet = pageMapSheet();
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}
