/** `<presenter-spotlight>`: the large card of the commune in the spotlight during a presentation. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Lang } from '../data/types';
import { tr } from '../core/format';
import { SPOTLIGHT } from '../core/strings/presenter';
import { keepUnitsTogether, type SpotlightCard } from './presenter-content';
import { emit } from '../ui/events';
import { token } from '../ui/tokens';

/** The spotlight card; its × button emits presenter-spotlight with a null code. */
@customElement('presenter-spotlight')
export class PresenterSpotlight extends LitElement {
  /** The card to show, or null for nothing. */
  @property({ attribute: false }) card: SpotlightCard | null = null;
  /** Display language. */
  @property({ reflect: true }) override lang: Lang = 'vi';

  override render() {
    const { card, lang } = this;
    if (!card) return nothing;
    return html`<section aria-labelledby="name" data-gso=${card.gsoCode}>
      <div class="top">
        <h3 id="name">${card.name}</h3>
        <button aria-label=${tr(SPOTLIGHT.close, lang)} title=${tr(SPOTLIGHT.close, lang)} @click=${() => emit(this, 'presenter-spotlight', { gsoCode: null })}>×</button>
      </div>
      ${card.hasData
        ? html`<dl>
            ${card.lines.map(
              (l) => html`<div class=${l.current ? 'current' : ''} data-metric=${l.metric}>
                <dt>${l.label}</dt>
                <dd>${keepUnitsTogether(l.value)}${l.note ? html`<span class="note">${keepUnitsTogether(l.note)}</span>` : nothing}</dd>
              </div>`,
            )}
          </dl>`
        : html`<p>${tr(SPOTLIGHT.noRow, lang)}</p>`}
    </section>`;
  }

  static override styles = css`
    :host { display: block; color: ${token.fg}; }
    section { border: 4px solid ${token.fg}; border-radius: 8px; padding: 0.5em 0.7em; background: ${token.bg}; }
    .top { display: flex; align-items: start; gap: 0.5em; }
    h3 { flex: 1; margin: 0 0 0.3em; font-size: 1.35em; line-height: 1.2; }
    button { font: inherit; min-width: 44px; min-height: 44px; color: ${token.fg}; background: ${token.bg}; border: 2px solid ${token.fg}; border-radius: 6px; cursor: pointer; }
    button:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
    dl { margin: 0; display: grid; gap: 0.35em; }
    dt { font-size: 0.8em; line-height: 1.25; }
    dd { margin: 0; font-size: 1.25em; font-weight: 700; font-variant-numeric: tabular-nums; }
    .current dd { font-size: 1.7em; }
    .note { font-size: 0.6em; font-weight: 400; margin-left: 0.4em; }
    p { margin: 0; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'presenter-spotlight': PresenterSpotlight;
  }
}
