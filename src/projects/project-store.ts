/**
 * The person's projects, kept in this browser only (IndexedDB through `idb`, one object store 'projects'
 * keyed by id): list, get, put, rename, delete. Records are validated when read back, so a damaged record is
 * skipped, never shown. Nothing leaves the device.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { summarise, validateProject, type Project, type ProjectSummary } from './project-file';

/** Name of the database. */
export const PROJECT_DB = 'ban-do-giam-ngheo';
const VERSION = 1;

interface ProjectDb extends DBSchema {
  projects: { key: string; value: Project };
}

/** The projects of this browser. */
export interface ProjectStore {
  /** Every valid project, most recently updated first. */
  list(): Promise<ProjectSummary[]>;
  get(id: string): Promise<Project | null>;
  /** Save (create or replace) a project; `updated` is set to now. */
  put(project: Project): Promise<Project>;
  rename(id: string, name: string): Promise<Project | null>;
  delete(id: string): Promise<void>;
  close(): void;
}

/** A new project id. */
export function newProjectId(): string {
  return crypto.randomUUID();
}

/** Open (creating if needed) the projects database. */
export async function openProjectStore(name = PROJECT_DB): Promise<ProjectStore> {
  const db: IDBPDatabase<ProjectDb> = await openDB<ProjectDb>(name, VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('projects')) database.createObjectStore('projects', { keyPath: 'id' });
    },
  });
  const valid = (value: unknown): Project | null => {
    const checked = validateProject(value);
    return checked.ok ? checked.project : null;
  };
  const store: ProjectStore = {
    async list() {
      const all = await db.getAll('projects');
      return all.map(valid).filter((p): p is Project => p !== null).map(summarise).sort((a, b) => b.updated.localeCompare(a.updated));
    },
    async get(id) {
      return valid(await db.get('projects', id));
    },
    async put(project) {
      const saved = { ...project, updated: new Date().toISOString() };
      const checked = validateProject(saved);
      if (!checked.ok) throw new Error(checked.message.en);
      await db.put('projects', checked.project);
      return checked.project;
    },
    async rename(id, newName) {
      const project = valid(await db.get('projects', id));
      const trimmed = newName.trim().slice(0, 200);
      if (!project || trimmed === '') return null;
      return store.put({ ...project, name: trimmed });
    },
    async delete(id) {
      await db.delete('projects', id);
    },
    close() {
      db.close();
    },
  };
  return store;
}
