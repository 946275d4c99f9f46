/**
 * `<update-prompt>`: registers the service worker once `active` (after the map has drawn, so that caching the app for
 * offline use never competes with the first map) and offers to reload when a new version is deployed.
 */
import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Lang } from '../data/types';
import { tr } from '../core/format';

const TEXT = {
  update: { vi: 'Đã có phiên bản mới của bản đồ.', en: 'A new version of the map is available.' },
  reload: { vi: 'Tải lại', en: 'Reload' },
  later: { vi: 'Để sau', en: 'Later' },
  offline: { vi: 'Bản đồ đã sẵn sàng dùng ngoại tuyến.', en: 'The map is ready to work offline.' },
};

/** Service-worker registration with an update prompt; renders nothing until there is something to say. */
@customElement('update-prompt')
export class UpdatePrompt extends LitElement {
  /** Display language. */
  @property() override lang: Lang = 'vi';
  /** Register the service worker once true (the app sets it when its map has drawn or cannot draw). */
  @property({ type: Boolean }) active = false;
  /** Whether a new version waits to be activated. */
  @state() private needRefresh = false;
  /** Whether the app was just cached for offline use. */
  @state() private offlineReady = false;
  #update: ((reload?: boolean) => Promise<void>) | null = null;
  #registered = false;

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('active') || !this.active || this.#registered) return;
    this.#registered = true;
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      this.#update = registerSW({
        onNeedRefresh: () => (this.needRefresh = true),
        onOfflineReady: () => (this.offlineReady = true),
      });
    });
  }

  override render() {
    const lang = this.lang;
    if (this.needRefresh) {
      return html`<div role="alert">${tr(TEXT.update, lang)}
        <button @click=${() => this.#update?.(true)}>${tr(TEXT.reload, lang)}</button>
        <button @click=${() => (this.needRefresh = false)}>${tr(TEXT.later, lang)}</button></div>`;
    }
    if (this.offlineReady) {
      return html`<div role="status">${tr(TEXT.offline, lang)} <button @click=${() => (this.offlineReady = false)}>OK</button></div>`;
    }
    return nothing;
  }

  static override styles = css`
    div { position: fixed; right: 1rem; bottom: 1rem; z-index: 10; max-width: 22rem; padding: 0.75rem 1rem; border-radius: 6px; background: #12355b; color: #fff; box-shadow: 0 2px 8px rgb(0 0 0 / 30%); }
    button { margin-left: 0.5rem; font: inherit; padding: 0.2rem 0.6rem; border-radius: 4px; border: 1px solid #fff; background: #fff; color: #12355b; cursor: pointer; }
    button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'update-prompt': UpdatePrompt;
  }
}
