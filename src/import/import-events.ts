/** Typed events of the import elements (bubbling and composed), declared on HTMLElementEventMap. */
import type { ColumnProposal } from '../data/table-read/columns';
import type { TableInput } from '../data/table-read/read-table';
import type { UnitFixes } from './unit-match';

/** Detail of each import event, by name. */
export interface ImportEventDetails {
  /** Files were picked or dropped. */
  'import-files': { files: File[] };
  /** A table was pasted (clipboard HTML or text). */
  'import-paste': { input: TableInput };
  /** The person chose a sheet of a workbook (0-based). */
  'import-sheet': { sheet: number };
  /** The person confirmed the columns. */
  'import-columns': { columns: ColumnProposal };
  /** The person changed the unit matches (all fixes so far: row number → unit codes). */
  'import-fixes': { fixes: UnitFixes };
  /** The person accepted the matches: show the map. */
  'import-confirm': Record<string, never>;
  /** The person closed the review without loading. */
  'import-cancel': Record<string, never>;
  /** The person asked to see the unit review again. */
  'import-review': Record<string, never>;
}

/** Names of the import events. */
export type ImportEventName = keyof ImportEventDetails;

/** A typed import event. */
export type ImportEvent<K extends ImportEventName> = CustomEvent<ImportEventDetails[K]>;

declare global {
  interface HTMLElementEventMap {
    'import-files': ImportEvent<'import-files'>;
    'import-paste': ImportEvent<'import-paste'>;
    'import-sheet': ImportEvent<'import-sheet'>;
    'import-columns': ImportEvent<'import-columns'>;
    'import-fixes': ImportEvent<'import-fixes'>;
    'import-confirm': ImportEvent<'import-confirm'>;
    'import-cancel': ImportEvent<'import-cancel'>;
    'import-review': ImportEvent<'import-review'>;
  }
}

/** Dispatch a typed, bubbling, composed import event from `target`. */
export function emitImport<K extends ImportEventName>(target: EventTarget, name: K, detail: ImportEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
