/**
 * The projects for the app shell: the list (refreshed after every change), the project open now, saving a
 * loaded table as a project (a new table makes a new project, a change to the open one updates it), rename,
 * delete, export as a file and import from one. Failures become a bilingual message; nothing leaves the device.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Bilingual } from '../data/types';
import { exportProject, importProject, projectFileName, type Project, type ProjectSummary } from './project-file';
import { newProjectId, openProjectStore, type ProjectStore } from './project-store';
import { downloadBlob } from '../ui/download';

/** What a project is made from (the shell passes the import's kept table and its own view). */
export type ProjectDraft = Pick<Project, 'name' | 'place' | 'view'> & { sources: Project['sources'] };

/** Controller of the projects for a lit host. */
export class ProjectsController implements ReactiveController {
  list: ProjectSummary[] = [];
  /** Id of the project open now. */
  current: string | null = null;
  /** Whether the project panel is open. */
  open = false;
  message: Bilingual | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #onOpen: (project: Project) => void;
  #store: Promise<ProjectStore | null> | null = null;

  constructor(host: ReactiveControllerHost, onOpen: (project: Project) => void) {
    this.#host = host;
    this.#onOpen = onOpen;
    host.addController(this);
  }

  hostConnected(): void {
    void this.refresh();
  }

  hostDisconnected(): void {
    void this.#store?.then((s) => s?.close());
    this.#store = null;
  }

  #db(): Promise<ProjectStore | null> {
    this.#store ??= openProjectStore().catch(() => {
      this.message = { vi: 'Trình duyệt này không cho lưu dự án (IndexedDB bị tắt, có thể do chế độ riêng tư).', en: 'This browser does not allow saving projects (IndexedDB is off, perhaps in private mode).' };
      return null;
    });
    return this.#store;
  }

  async #run<T>(work: (store: ProjectStore) => Promise<T>): Promise<T | null> {
    const store = await this.#db();
    if (!store) return null;
    try {
      const value = await work(store);
      this.list = await store.list();
      return value;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.message = { vi: `Không lưu được dự án: ${detail}`, en: `The project could not be saved: ${detail}` };
      return null;
    } finally {
      this.#host.requestUpdate();
    }
  }

  /** Read the list again. */
  async refresh(): Promise<void> {
    await this.#run(async () => undefined);
  }

  /** Save a loaded table: a new project, or the open one updated when `sameProject`. */
  async save(draft: ProjectDraft, sameProject: boolean): Promise<void> {
    await this.#run(async (store) => {
      const existing = sameProject && this.current ? await store.get(this.current) : null;
      const now = new Date().toISOString();
      const project: Project = existing ? { ...existing, ...draft, name: existing.name } : { id: newProjectId(), created: now, updated: now, ...draft };
      const saved = await store.put(project);
      this.current = saved.id;
    });
  }

  /** Update the view kept with the open project. */
  async saveView(view: string): Promise<void> {
    const id = this.current;
    if (!id) return;
    await this.#run(async (store) => {
      const project = await store.get(id);
      if (project && project.view !== view) await store.put({ ...project, view });
    });
  }

  async reopen(id: string): Promise<void> {
    const project = await this.#run((store) => store.get(id));
    if (!project) return;
    this.current = project.id;
    this.open = false;
    this.#onOpen(project);
  }

  async rename(id: string, name: string): Promise<void> {
    await this.#run((store) => store.rename(id, name));
  }

  async remove(id: string): Promise<void> {
    await this.#run((store) => store.delete(id));
    if (this.current === id) this.current = null;
  }

  /** Download a project as a file. */
  async export(id: string): Promise<void> {
    const project = await this.#run((store) => store.get(id));
    if (!project) return;
    downloadBlob(new Blob([exportProject(project)], { type: 'application/json' }), projectFileName(project));
  }

  /** Import a project file (a copy with a new id when one with its id is already here) and open it. */
  async import(file: File): Promise<void> {
    const read = importProject(await file.text(), file.name);
    if (!read.ok) {
      this.message = read.message;
      this.#host.requestUpdate();
      return;
    }
    this.message = null;
    const saved = await this.#run(async (store) => {
      const clash = await store.get(read.project.id);
      return store.put(clash ? { ...read.project, id: newProjectId() } : read.project);
    });
    if (saved) await this.reopen(saved.id);
  }
}
