/**
 * `<project-list>`: the projects kept in this browser — open, rename, delete, export each — and importing a
 * project file. Sends `project-open`, `project-rename`, `project-delete`, `project-export`, `project-import`.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { langProperty, LocalizeController } from '../ui/localize';
import { emitProject } from './project-events';
import type { ProjectSummary } from './project-file';
import { PROJECTS } from './project-strings';
import { token } from '../ui/tokens';

/** The project list. */
@customElement('project-list')
export class ProjectList extends LitElement {
  /** The projects, most recent first. */
  @property({ attribute: false }) projects: ProjectSummary[] = [];
  /** Id of the project open now, or null. */
  @property({ attribute: false }) current: string | null = null;
  /** Language override; by default the closest `[lang]` or `<html lang>`. */
  @property(langProperty) override lang = '';
  /** Id of the project being renamed. */
  @state() private renaming: string | null = null;
  @query('input[type=file]') private fileInput!: HTMLInputElement;
  readonly #i18n = new LocalizeController(this);

  #submitRename(e: Event, id: string): void {
    e.preventDefault();
    const name = new FormData(e.target as HTMLFormElement).get('name');
    this.renaming = null;
    if (typeof name === 'string' && name.trim()) emitProject(this, 'project-rename', { id, name: name.trim() });
  }

  #delete(project: ProjectSummary): void {
    if (confirm(this.#i18n.term(PROJECTS.confirmRemove, { name: project.name }))) emitProject(this, 'project-delete', { id: project.id });
  }

  #onFile = () => {
    const file = this.fileInput.files?.[0];
    this.fileInput.value = '';
    if (file) emitProject(this, 'project-import', { file });
  };

  #item(project: ProjectSummary) {
    const t = this.#i18n;
    if (this.renaming === project.id) {
      return html`<li><form @submit=${(e: Event) => this.#submitRename(e, project.id)}>
        <input name="name" aria-label=${t.term(PROJECTS.newName)} .value=${project.name} maxlength="200" required />
        <button type="submit">${t.term(PROJECTS.save)}</button>
        <button type="button" @click=${() => (this.renaming = null)}>${t.term(PROJECTS.cancel)}</button>
      </form></li>`;
    }
    return html`<li aria-current=${project.id === this.current ? 'true' : 'false'}>
      <span class="name">${project.name}</span>
      ${project.id === this.current ? html`<span class="tag">${t.term(PROJECTS.current)}</span>` : nothing}
      <span class="meta">${project.table ?? ''} · ${t.term(PROJECTS.updated, { date: t.date(project.updated) })}</span>
      <span class="buttons">
        <button type="button" @click=${() => emitProject(this, 'project-open', { id: project.id })}>${t.term(PROJECTS.reopen)}</button>
        <button type="button" @click=${() => (this.renaming = project.id)}>${t.term(PROJECTS.rename)}</button>
        <button type="button" @click=${() => emitProject(this, 'project-export', { id: project.id })}>${t.term(PROJECTS.export)}</button>
        <button type="button" class="danger" @click=${() => this.#delete(project)}>${t.term(PROJECTS.remove)}</button>
      </span>
    </li>`;
  }

  override render() {
    const t = this.#i18n;
    return html`
      <p class="privacy">${t.term(PROJECTS.privacy)}</p>
      ${this.projects.length ? html`<ul>${this.projects.map((p) => this.#item(p))}</ul>` : html`<p>${t.term(PROJECTS.none)}</p>`}
      <button type="button" @click=${() => this.fileInput.click()}>${t.term(PROJECTS.import)}</button>
      <input type="file" accept=".json,application/json" hidden @change=${this.#onFile} />
    `;
  }

  static override styles = css`
    :host { display: block; }
    ul { list-style: none; padding: 0; margin: 0 0 0.75rem; display: grid; gap: 0.4rem; }
    li { display: flex; flex-wrap: wrap; gap: 0.25rem 0.6rem; align-items: baseline; padding: 0.4rem 0.5rem; border: 1px solid ${token.border}; border-radius: ${token.radius}; }
    li[aria-current='true'] { border-color: ${token.accent}; }
    .name { font-weight: 600; }
    .tag { font-size: 0.8em; color: ${token.accent}; }
    .meta { color: ${token.muted}; font-size: 0.85em; flex: 1 1 12rem; }
    .buttons { display: flex; gap: 0.3rem; }
    .privacy { color: ${token.muted}; font-size: 0.9em; }
    button, input { font: inherit; }
    button { padding: 0.2rem 0.6rem; border-radius: 5px; border: 1px solid ${token['control-border']}; background: ${token.bg}; cursor: pointer; }
    button.danger { border-color: ${token.error}; color: ${token.error}; }
    button:focus-visible, input:focus-visible { outline: ${token['focus-width']} solid ${token.focus}; outline-offset: 2px; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'project-list': ProjectList;
  }
}
