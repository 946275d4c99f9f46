/**
 * A localize controller in the manner of Shoelace's: an element's language is its own `lang`, else the
 * closest `[lang]` ancestor (across shadow roots), else `<html lang>`; a change of `<html lang>` makes
 * every connected host update. It also gives the element the one vocabulary of formatting.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PropertyDeclaration } from 'lit';
import {
  formatChange,
  formatCount,
  formatDate,
  formatNumber,
  formatValue,
  tr,
  type Counted,
  type NumberOptions,
  type TrParams,
} from '../core/format';
import type { Bilingual, Lang, MetricUnit } from '../data/types';
import { resolveLang, type LangNode } from './lang-resolve';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | null = null;

function watchDocumentLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const host of hosts) host.requestUpdate();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * The `lang` property an element declares so old `.lang=${…}` bindings keep working as an override:
 * reflected while set, removed when empty (an empty `lang` attribute would mean "unknown language").
 */
export const langProperty: PropertyDeclaration<string> = {
  reflect: true,
  converter: { fromAttribute: (value) => value ?? '', toAttribute: (value: string) => (value ? value : null) },
};

/** Gives a lit element its language and language-aware formatting; see the module comment. */
export class LocalizeController implements ReactiveController {
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    watchDocumentLang();
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
  }

  /** The language the host is shown in. */
  get lang(): Lang {
    const host = this.#host;
    const start = (host.parentNode ?? null) as LangNode | null;
    return resolveLang(host.lang, start, typeof document === 'undefined' ? null : document.documentElement.lang);
  }

  /** A UI string in the host's language with its `{name}` placeholders filled (checked at compile time). */
  term<T extends Bilingual>(text: T, ...params: TrParams<T>): string {
    return tr(text, this.lang, ...params);
  }

  /** A number in the host's language ("1.481", "−0,16"). */
  number(value: number | null | undefined, decimals = 0, options: NumberOptions = {}): string {
    return formatNumber(value, this.lang, decimals, options);
  }

  /** A change with its sign always shown ("+0,10"). */
  change(value: number | null | undefined, decimals = 0): string {
    return formatChange(value, this.lang, decimals);
  }

  /** A metric value with its unit ("3,04 %", "109 hộ"). */
  value(value: number | null | undefined, unit: MetricUnit, decimals: number): string {
    return formatValue(value, unit, this.lang, decimals);
  }

  /** A counted noun ("1 commune", "3 xã"). */
  count(noun: Counted, count: number): string {
    return formatCount(noun, count, this.lang);
  }

  /** A date as the day it is in Viet Nam ("22/02/2022", "22 February 2022"). */
  date(date: string | Date): string {
    return formatDate(date, this.lang);
  }
}
