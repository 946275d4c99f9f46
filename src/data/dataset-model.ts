/** The shape of a dataset: a plan, its table, its boundaries joined to the table, the checks' findings. Types only. */
import type { DatasetCustom } from './custom-metrics';
import type { CommuneFeature, JoinResult } from './join';
import type { PlanDocument } from './plan-document';
import type { Finding, PlanTable, UnitFigures } from './types';

/** Everything the app shows for one plan. */
export interface Dataset {
  plan: PlanDocument;
  table: PlanTable;
  communes: CommuneFeature[];
  join: JoinResult;
  /** Findings of the data checks plus the join's (unmatched or renamed units). */
  findings: Finding[];
  /** District figures summed from the unit rows (the printed totals row is `table.total`). */
  district: UnitFigures;
  /** A loaded table's own measures (columns the plan does not have) and their values by GSO code; absent for the plan's table. */
  custom?: DatasetCustom;
}

/** The texts of a dataset's three files, with their names for messages. */
export interface DatasetSources {
  plan: { file: string; json: unknown };
  table: { file: string; text: string };
  boundaries: { file: string; json: unknown };
}

/** True when a dataset has no figures yet (a place of the national files opened without a table: every unit shows "no data"). */
export const hasNoFigures = (dataset: Dataset): boolean => dataset.table.units.length === 0;
