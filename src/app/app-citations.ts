/**
 * What the explorer cites: the file its figures came from and the boundaries on screen when not the built-in ones,
 * kept across loads, and the sources of a dataset (../data/plan-sources, one object while nothing changes). A lit
 * controller: a load re-renders its host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/dataset';
import { planSources, tableBoundaries, type BoundarySource, type PlanSources } from '../data/plan-sources';
import type { Bilingual } from '../data/types';
import type { ImportHost } from '../import/import-controller';
import { memo } from '../state/memo';

/** The citations of one explorer. */
export class AppCitations implements ReactiveController {
  /** Where the figures on screen came from (a file name), or null for the plan's own document. */
  figuresFile: string | null = null;
  /** The boundaries of the plan dataset when not the built-in ones (the person's file, or national files), or null. */
  boundaries: BoundarySource | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #placeCredit: () => Bilingual | null;
  readonly #sources = memo(planSources);

  /** `placeCredit`: the credit of the place shown now (null: none). */
  constructor(host: ReactiveControllerHost, placeCredit: () => Bilingual | null) {
    this.#host = host;
    this.#placeCredit = placeCredit;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The file the plan held was loaded from (its figures', else its boundaries'), or null for the built-in plan. */
  get heldFile(): string | null {
    return this.figuresFile ?? (this.boundaries && 'file' in this.boundaries ? this.boundaries.file : null);
  }

  /** What `dataset` cites now. */
  of(dataset: Dataset): PlanSources {
    return this.#sources(dataset, this.#placeCredit(), this.figuresFile, this.boundaries);
  }

  /** A load was applied (`change` as the import controller gives it): its figures file and boundaries are cited from now on. */
  loaded(change: Parameters<ImportHost['apply']>[1]): void {
    if (change.table) this.figuresFile = change.label;
    if (change.boundaries) this.boundaries = { file: change.boundaries.file };
    else if (change.table) this.boundaries = tableBoundaries(change.table.located.ref, this.#placeCredit(), this.boundaries);
    this.#host.requestUpdate();
  }
}
