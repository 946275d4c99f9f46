/** `<presenter-panel>`: a presentation step's side panel (key figures, tasks, bodies or findings). */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { keepUnitsTogether, type PanelModel } from './presenter-content';

/** A heading and a list of "label: value" lines; marked lines carry a bar and a visually hidden note. */
@customElement('presenter-panel')
export class PresenterPanel extends LitElement {
  /** The panel's content, or null for nothing. */
  @property({ attribute: false }) panel: PanelModel | null = null;

  override render() {
    const panel = this.panel;
    if (!panel) return nothing;
    return html`<section aria-labelledby="title">
      <h3 id="title">${panel.heading}</h3>
      <ul>${panel.items.map((i) => html`<li class=${i.mark ? 'mark' : ''} data-key=${i.key}><b>${i.label}:</b> ${keepUnitsTogether(i.value)}</li>`)}</ul>
      ${panel.more ? html`<p>${panel.more}</p>` : nothing}
    </section>`;
  }

  static override styles = css`
    :host { display: block; color: var(--ink, #111); }
    h3 { margin: 0 0 0.3em; font-size: 1.05em; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.35em; }
    li { padding-left: 0.45em; border-left: 6px solid transparent; line-height: 1.25; }
    li.mark { border-left-color: var(--mark, #6a1b9a); }
    p { margin: 0.3em 0 0; font-style: italic; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'presenter-panel': PresenterPanel;
  }
}
