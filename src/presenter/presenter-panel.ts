/** `<presenter-panel>`: a presentation step's side panel (key figures, tasks, bodies or findings). */
import { LitElement, css, html, nothing, unsafeCSS } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { keepUnitsTogether, type PanelModel } from './presenter-content';
import { MAP_COLORS } from '../map/style';
import { token } from '../ui/tokens';

/** The bar of a marked line: the colour of the map's highlight outline, so a line and its communes match. */
const mark = unsafeCSS(MAP_COLORS.highlight);

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
    :host { display: block; color: ${token.fg}; }
    h3 { margin: 0 0 0.3em; font-size: 1.05em; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.35em; }
    li { padding-left: 0.45em; border-left: 6px solid transparent; line-height: 1.25; }
    li.mark { border-left-color: ${mark}; }
    p { margin: 0.3em 0 0; font-style: italic; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'presenter-panel': PresenterPanel;
  }
}
