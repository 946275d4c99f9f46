/** Which language an element is shown in: its own `lang`, else the closest `[lang]` ancestor across shadow roots, else `<html lang>`. No lit. */
import { langOf } from '../core/locale';
import type { Lang } from '../data/types';

/** The little of a DOM node the lookup reads (an Element, a ShadowRoot or a Document). */
export interface LangNode {
  getAttribute?(name: string): string | null;
  parentNode: LangNode | null;
  /** Set on shadow roots: the element they belong to. */
  host?: LangNode;
}

/** The language of the closest node from `start` upwards (crossing shadow roots to their host) whose `lang` names vi or en; null when none does. */
export function closestLang(start: LangNode | null): Lang | null {
  for (let node = start; node; node = node.parentNode ?? node.host ?? null) {
    const lang = langOf(node.getAttribute?.('lang'));
    if (lang) return lang;
  }
  return null;
}

/** The language to show: the override (an element's `lang` property) when it names one, else the closest `[lang]`, else the document's, else Vietnamese. */
export function resolveLang(override: string | null | undefined, start: LangNode | null, documentLang: string | null | undefined): Lang {
  return langOf(override) ?? closestLang(start) ?? langOf(documentLang) ?? 'vi';
}
