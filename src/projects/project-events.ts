/** Typed events of the project list (bubbling and composed), declared on HTMLElementEventMap. */

/** Detail of each project event, by name. */
export interface ProjectEventDetails {
  'project-open': { id: string };
  'project-rename': { id: string; name: string };
  'project-delete': { id: string };
  'project-export': { id: string };
  'project-import': { file: File };
  'project-close': Record<string, never>;
}

/** Names of the project events. */
export type ProjectEventName = keyof ProjectEventDetails;

/** A typed project event. */
export type ProjectEvent<K extends ProjectEventName> = CustomEvent<ProjectEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'project-open': ProjectEvent<'project-open'>;
    'project-rename': ProjectEvent<'project-rename'>;
    'project-delete': ProjectEvent<'project-delete'>;
    'project-export': ProjectEvent<'project-export'>;
    'project-import': ProjectEvent<'project-import'>;
    'project-close': ProjectEvent<'project-close'>;
  }
}

/** Dispatch a typed, bubbling, composed project event from `target`. */
export function emitProject<K extends ProjectEventName>(target: EventTarget, name: K, detail: ProjectEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
