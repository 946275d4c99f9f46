/** `<lang-switch>`: two toggle buttons, "Tiếng Việt" and "English"; each names its language in that language. */
import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Lang } from '../data/types';
import { tr } from '../core/format';
import { LANG_SWITCH } from '../core/strings/controls';
import { emit } from '../ui/events';

const LANGS: readonly Lang[] = ['vi', 'en'];

/** The language switch; pressing the other language emits `lang-change`. */
@customElement('lang-switch')
export class LangSwitch extends LitElement {
  /** The current language. */
  @property({ reflect: true }) override lang: Lang = 'vi';

  #choose(lang: Lang) {
    if (lang !== this.lang) emit(this, 'lang-change', { lang });
  }

  override render() {
    return html`<div class="switch" role="group" aria-label=${tr(LANG_SWITCH.label, this.lang)}>
      ${LANGS.map(
        (l) => html`<button type="button" lang=${l} aria-pressed=${l === this.lang ? 'true' : 'false'} @click=${() => this.#choose(l)}>
          ${tr(LANG_SWITCH[l], l)}
        </button>`,
      )}
    </div>`;
  }

  static override styles = css`
    :host {
      display: inline-block;
      font-family: var(--bdgn-font, 'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      font-size: var(--bdgn-font-size, 0.95rem);
    }
    .switch {
      display: inline-flex;
      border: 1px solid var(--bdgn-control-border, #767676);
      border-radius: 6px;
      background: var(--bdgn-bg, #fff);
      padding: 2px;
      gap: 2px;
    }
    button {
      font: inherit;
      min-height: 2.25em;
      padding: 0.3em 0.75em;
      border: 0;
      border-radius: 4px;
      background: transparent;
      color: var(--bdgn-fg, #1a1a1a);
      cursor: pointer;
      white-space: nowrap;
    }
    button[aria-pressed='true'] {
      background: var(--bdgn-accent, #0b5394);
      color: var(--bdgn-on-accent, #fff);
      font-weight: 600;
    }
    button[aria-pressed='false']:hover { text-decoration: underline; }
    button:focus-visible {
      outline: 3px solid var(--bdgn-focus, #b45309);
      outline-offset: 2px;
      box-shadow: 0 0 0 2px var(--bdgn-focus-inner, #fff);
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'lang-switch': LangSwitch;
  }
}
