/** `<presenter-step-list>`: the list of a presentation's steps, to jump to one. */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Lang } from '../data/types';
import { formatNumber, tr } from '../core/format';
import { PRESENTER } from '../core/strings/presenter';
import type { PresenterStep } from './presenter-steps';
import { emit } from '../ui/events';
import { token } from '../ui/tokens';

/** A numbered list of step buttons; choosing one emits presenter-step. Up and Down move between them. */
@customElement('presenter-step-list')
export class PresenterStepList extends LitElement {
  /** The steps. */
  @property({ attribute: false }) steps: PresenterStep[] = [];
  /** Index of the step shown (marked aria-current). */
  @property({ type: Number }) current = 0;
  /** Display language. */
  @property({ reflect: true }) override lang: Lang = 'vi';

  /** Focus the button of the current step. */
  focusCurrent(): void {
    this.renderRoot.querySelector<HTMLElement>('[aria-current="step"]')?.focus();
  }

  #onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    e.stopPropagation();
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('button')];
    const at = items.indexOf(e.composedPath()[0] as HTMLElement);
    items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  };

  override render() {
    const lang = this.lang;
    return html`<nav aria-labelledby="title" @keydown=${this.#onKey}>
      <h3 id="title">${tr(PRESENTER.listLabel, lang)}</h3>
      <ol>
        ${this.steps.map(
          (s, i) => html`<li><button aria-current=${i === this.current ? 'step' : 'false'} data-step=${s.id}
            @click=${() => emit(this, 'presenter-step', { index: i })}>${formatNumber(i + 1, lang)}. ${s.title}</button></li>`,
        )}
      </ol>
    </nav>`;
  }

  static override styles = css`
    :host { display: block; color: ${token.fg}; }
    nav { max-height: 100%; overflow: auto; background: ${token.bg}; border: 4px solid ${token.fg}; border-radius: 8px; box-shadow: 0 6px 24px rgb(0 0 0 / 35%); padding: 0.5rem; }
    h3 { margin: 0.1em 0.3em 0.3em; font-size: 1em; }
    ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.25rem; }
    button { width: 100%; min-height: 44px; padding: 0.2em 0.6em; text-align: left; font: inherit; font-weight: 600; color: ${token.fg}; background: ${token.bg}; border: 2px solid transparent; border-radius: 6px; cursor: pointer; }
    button:hover { border-color: ${token.fg}; }
    button[aria-current='step'] { background: ${token.fg}; color: ${token.bg}; }
    button:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'presenter-step-list': PresenterStepList;
  }
}
