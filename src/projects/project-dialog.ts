/** `<project-dialog>`: the project list in a modal dialog, with any message about saving; Escape or Close sends `project-close`. */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Bilingual } from '../data/types';
import { langProperty, LocalizeController } from '../ui/localize';
import { emitProject } from './project-events';
import type { ProjectSummary } from './project-file';
import { PROJECTS } from './project-strings';
import './project-list';
import { token } from '../ui/tokens';

/** The projects dialog. */
@customElement('project-dialog')
export class ProjectDialog extends LitElement {
  @property({ type: Boolean }) open = false;
  @property({ attribute: false }) projects: ProjectSummary[] = [];
  @property({ attribute: false }) current: string | null = null;
  @property({ attribute: false }) message: Bilingual | null = null;
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  @query('dialog') private dialog!: HTMLDialogElement | null;
  readonly #i18n = new LocalizeController(this);

  override updated(): void {
    if (this.open && this.dialog && !this.dialog.open) this.dialog.showModal();
    if (!this.open && this.dialog?.open) this.dialog.close();
  }

  #close = (e: Event) => {
    e.preventDefault();
    emitProject(this, 'project-close', {});
  };

  override render() {
    const t = this.#i18n;
    return html`<dialog aria-labelledby="title" @cancel=${this.#close}>
      <h2 id="title">${t.term(PROJECTS.title)}</h2>
      ${this.message ? html`<p role="alert" class="message">${this.message[t.lang]}</p>` : nothing}
      <project-list .projects=${this.projects} .current=${this.current}></project-list>
      <button type="button" class="close" @click=${this.#close}>${t.term(PROJECTS.close)}</button>
    </dialog>`;
  }

  static override styles = css`
    dialog { width: min(44rem, 94vw); border: none; border-radius: 10px; padding: 1rem 1.25rem; box-shadow: 0 10px 40px rgb(0 0 0 / 0.3); }
    dialog::backdrop { background: rgb(17 24 39 / 0.45); }
    h2 { font-size: 1.15rem; margin: 0 0 0.5rem; }
    .message { border-left: 4px solid ${token.error}; background: ${token['error-bg']}; padding: 0.4rem 0.7rem; }
    .close { font: inherit; margin-top: 0.75rem; padding: 0.3rem 0.8rem; border-radius: ${token.radius}; border: 1px solid ${token['control-border']}; background: ${token.bg}; color: ${token.fg}; cursor: pointer; }
    .close:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'project-dialog': ProjectDialog;
  }
}
