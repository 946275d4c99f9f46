/** Between the shell's imports and its projects: what a loaded table is kept as, and how a kept project is loaded again. */
import type { ImportController, LoadedTable } from '../import/import-controller';
import { inputOfSource, tableSourceOf } from '../import/import-controller';
import type { ColumnProposal } from '../data/table-read/columns';
import type { Project } from '../projects/project-file';
import type { ProjectDraft } from '../projects/projects-controller';

/** The project a loaded table makes: named after its file, with the page's view parameters. */
export function projectDraft(
  loaded: LoadedTable,
  change: { plan: { file: string; json: unknown } | null; boundaries: { file: string; json: unknown } | null },
): ProjectDraft {
  const { table, sheet, columns, fixes, place } = tableSourceOf(loaded);
  const name = table.name.replace(/\.[a-z0-9]{1,5}$/i, '').slice(0, 200) || table.name;
  return {
    name,
    place,
    view: location.search.replace(/^\?/, '').slice(0, 4000) || null,
    sources: { table, sheet, columns, fixes, plan: change.plan, boundaries: change.boundaries },
  };
}

/** Load a kept project again: its plan text and boundaries, then its table with the choices kept, then its view. */
export async function reopenProject(project: Project, imports: ImportController, restoreView: (search: string | null) => void): Promise<void> {
  const { sources } = project;
  imports.restore(sources.plan, sources.boundaries);
  if (sources.table) {
    const { input, choices } = inputOfSource(sources.table, { sheet: sources.sheet, columns: sources.columns as ColumnProposal | null, fixes: sources.fixes });
    await imports.reopen(input, choices);
  }
  restoreView(project.view);
}
