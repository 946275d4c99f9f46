/** `<app-tabs>`: an accessible tab list whose single panel is the slotted content. */
import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { emit } from '../ui/events';

/** One tab: id, visible label and an optional count badge. */
export interface TabSpec {
  id: string;
  label: string;
  badge?: number;
}

/** Tabs over one panel; the host swaps the panel content when `tab-change` fires. */
@customElement('app-tabs')
export class AppTabs extends LitElement {
  /** The tabs, in order. */
  @property({ attribute: false }) tabs: TabSpec[] = [];
  /** Id of the active tab. */
  @property() active = '';

  #onKey(e: KeyboardEvent, index: number) {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const target = e.key === 'Home' ? 0 : e.key === 'End' ? this.tabs.length - 1 : index + step;
    if (step === 0 && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next = this.tabs[(target + this.tabs.length) % this.tabs.length];
    if (!next) return;
    emit(this, 'tab-change', { id: next.id });
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus());
  }

  override render() {
    return html`
      <div role="tablist">
        ${this.tabs.map(
          (t, i) => html`<button role="tab" id="tab-${t.id}" aria-selected=${t.id === this.active} aria-controls="panel"
            tabindex=${t.id === this.active ? 0 : -1} @click=${() => emit(this, 'tab-change', { id: t.id })} @keydown=${(e: KeyboardEvent) => this.#onKey(e, i)}>
            ${t.label}${t.badge ? html` <span class="badge" aria-label="(${t.badge})">${t.badge}</span>` : nothing}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel" aria-labelledby="tab-${this.active}" tabindex="0"><slot></slot></div>
    `;
  }

  static override styles = css`
    :host { display: block; }
    [role='tablist'] { display: flex; flex-wrap: wrap; gap: 2px; border-bottom: 1px solid var(--bdgn-border, #c8c8c8); position: sticky; top: 0; background: var(--bdgn-bg-panel, #fff); z-index: 1; }
    button { font: inherit; font-size: 0.9rem; padding: 0.55rem 0.7rem; border: 0; border-bottom: 3px solid transparent; background: none; color: var(--bdgn-fg, #1a1a1a); cursor: pointer; }
    button[aria-selected='true'] { border-bottom-color: var(--bdgn-accent, #12355b); font-weight: 600; }
    button:focus-visible { outline: 3px solid #f59e0b; outline-offset: -3px; }
    .badge { display: inline-block; min-width: 1.3em; padding: 0 0.35em; border-radius: 1em; background: #b3261e; color: #fff; font-size: 0.8em; text-align: center; }
    [role='tabpanel'] { padding: 0.75rem; }
    [role='tabpanel']:focus-visible { outline: 3px solid #f59e0b; outline-offset: -3px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'app-tabs': AppTabs;
  }
}
