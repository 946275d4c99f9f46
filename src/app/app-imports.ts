/** The shell's own files: the import and projects controllers (created with their modules on first use) and their dialogs. */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/dataset';
import type { Lang } from '../data/types';
import type { ImportController, ImportHost, LoadedTable } from '../import/import-controller';
import type { PlaceLoader } from '../places/place-loader';
import type { ProjectsController } from '../projects/projects-controller';
import { loadFeatureElements } from './lazy-features';

/** What the shell gives: the dataset on screen, the places loader, how to show a loaded dataset and a kept view. */
export interface FilesHost {
  current(): Dataset;
  loader(): Promise<PlaceLoader>;
  apply: ImportHost['apply'];
  restoreView(search: string | null): void;
}

/** Imports and projects for a lit host, each created on first use. */
export class FilesController implements ReactiveController {
  imports: ImportController | null = null;
  projects: ProjectsController | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #app: FilesHost;

  constructor(host: ReactiveControllerHost, app: FilesHost) {
    this.#host = host;
    this.#app = app;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The import controller, created with its modules on first use. */
  async importer(): Promise<ImportController> {
    if (this.imports) return this.imports;
    const [{ ImportController }, loader] = await Promise.all([import('../import/import-controller'), this.#app.loader(), loadFeatureElements()]);
    return (this.imports ??= new ImportController(this.#host, { current: () => this.#app.current(), assets: () => loader, apply: this.#app.apply }));
  }

  /** The projects controller, created with its modules on first use. */
  async projectsOf(): Promise<ProjectsController> {
    if (this.projects) return this.projects;
    const [{ ProjectsController }, { reopenProject }] = await Promise.all([import('../projects/projects-controller'), import('./app-projects'), loadFeatureElements()]);
    return (this.projects ??= new ProjectsController(this.#host, (project) => {
      void this.importer().then((imports) => reopenProject(project, imports, (view) => this.#app.restoreView(view)));
    }));
  }

  /** Open or close the projects dialog (the list read again on opening). */
  async showProjects(open: boolean): Promise<void> {
    const projects = await this.projectsOf();
    projects.open = open;
    if (open) await projects.refresh();
    this.#host.requestUpdate();
  }

  /** Keep a loaded table as a project: a new one, or the open one updated when it is the same table. */
  async keep(table: LoadedTable, change: Parameters<ImportHost['apply']>[1]): Promise<void> {
    const [projects, { projectDraft }] = await Promise.all([this.projectsOf(), import('./app-projects')]);
    const open = projects.list.find((p) => p.id === projects.current);
    await projects.save(projectDraft(table, change), open !== undefined && table.input.name === open.table);
  }
}

/** The import and project elements for the shell; nothing until the person first loads a file or opens the projects. */
export function renderImportUi(imports: ImportController | null, projects: ProjectsController | null, lang: Lang, closeProjects: () => void) {
  return html`
      ${imports
        ? html`<import-notice .issues=${imports.issues} .summary=${imports.summary?.[lang] ?? ''} ?reviewable=${imports.located !== null} dismissible lang=${lang}
              @import-review=${() => imports.reviewUnits()} @dismiss=${() => imports.dismiss()}></import-notice>
            <import-dialog .review=${imports.review} .outcome=${imports.outcome} .located=${imports.located} .issues=${imports.issues} lang=${lang}
              @import-sheet=${(e: HTMLElementEventMap['import-sheet']) => void imports.sheet(e.detail.sheet)}
              @import-columns=${(e: HTMLElementEventMap['import-columns']) => void imports.columns(e.detail.columns)}
              @import-fixes=${(e: HTMLElementEventMap['import-fixes']) => imports.fixes(e.detail.fixes)}
              @import-confirm=${() => imports.confirm()} @import-cancel=${() => imports.cancel()}></import-dialog>`
        : nothing}
      ${projects
        ? html`<project-dialog ?open=${projects.open} .projects=${projects.list} .current=${projects.current} .message=${projects.message} lang=${lang}
            @project-close=${() => void closeProjects()} @project-open=${(e: HTMLElementEventMap['project-open']) => void projects.reopen(e.detail.id)}
            @project-rename=${(e: HTMLElementEventMap['project-rename']) => void projects.rename(e.detail.id, e.detail.name)}
            @project-delete=${(e: HTMLElementEventMap['project-delete']) => void projects.remove(e.detail.id)}
            @project-export=${(e: HTMLElementEventMap['project-export']) => void projects.export(e.detail.id)}
            @project-import=${(e: HTMLElementEventMap['project-import']) => void projects.import(e.detail.file)}></project-dialog>`
        : nothing}
  `;
}
