/**
 * The state of loading a person's files for the app shell: it runs the import session on picked, dropped or
 * pasted input, holds what the dialogs and the notice show, and hands each finished dataset to the shell's
 * `apply` (only the shell touches the store). One load at a time; a load that fails leaves the screen as it was.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tr } from '../core/format';
import type { Dataset } from '../data/dataset';
import type { ColumnProposal } from '../data/table-read/columns';
import { MAX_TABLE_BYTES, type TableInput } from '../data/table-read/read-table';
import type { Bilingual } from '../data/types';
import { capImportIssues, fileIssue, tooLargeIssue, type ImportIssue } from './import-issues';
import { continueTable, loadTable, readBoundaries, sortFiles, withPlan, type ImportChoices, type ImportPlaceAssets, type TableOutcome } from './import-session';
import { IMPORT } from './import-strings';
import type { ImportReview } from './import-dialog';
import { placeDataset } from './place-dataset';
import { rematch, unitsOf, type LocatedTable } from './place-locate';
import { matchSummary } from './review-model';
import { matchUnits, type UnitFixes } from './unit-match';

/** A table as loaded, with the person's choices: what a project keeps to load it again. */
export interface LoadedTable {
  input: TableInput & { name: string };
  sheet: number;
  columns: ColumnProposal;
  fixes: UnitFixes;
  located: LocatedTable;
}

/** What the shell gives the controller. */
export interface ImportHost {
  /** The dataset on screen. */
  current(): Dataset;
  /** The national places files, or null. */
  assets(): ImportPlaceAssets | null;
  /** Show a dataset; `table` is set when it came from a table (for saving as a project), `kinds` what was loaded. */
  apply(dataset: Dataset, change: { table: LoadedTable | null; plan: { file: string; json: unknown } | null; boundaries: { file: string; json: unknown } | null; label: string }): void;
}

/** Plan and boundary files (sortFiles checks their own size limit); every other file is a table. */
const JSON_FILE = /\.(geo)?json$/i;

/** Controller of imports for a lit host. */
export class ImportController implements ReactiveController {
  busy = false;
  review: ImportReview | null = null;
  outcome: TableOutcome | null = null;
  located: LocatedTable | null = null;
  issues: ImportIssue[] = [];
  /** The one-line summary of the last placed table, or null. */
  summary: Bilingual | null = null;
  #input: (TableInput & { name: string }) | null = null;
  #choices: ImportChoices = {};
  readonly #host: ReactiveControllerHost;
  readonly #app: ImportHost;

  constructor(host: ReactiveControllerHost, app: ImportHost) {
    this.#host = host;
    this.#app = app;
    host.addController(this);
  }

  hostConnected(): void {}

  #update(): void {
    this.#host.requestUpdate();
  }

  /** Load picked or dropped files: boundaries, then the plan, then one table. */
  async files(files: readonly File[]): Promise<void> {
    if (this.busy || files.length === 0) return;
    this.busy = true;
    this.#update();
    try {
      const tooLarge = files.filter((f) => !JSON_FILE.test(f.name) && f.size > MAX_TABLE_BYTES);
      const sorted = await sortFiles(files.filter((f) => !tooLarge.includes(f)));
      const issues = [...tooLarge.map((f) => tooLargeIssue(f.name, f.size, MAX_TABLE_BYTES)), ...sorted.issues];
      for (const f of sorted.files) {
        if (f.kind === 'boundaries') issues.push(...this.#boundaries(f.file, f.json));
        else if (f.kind === 'plan') {
          const next = withPlan(this.#app.current(), f.file, f.json);
          if (next.ok) this.#app.apply(next.dataset, { table: null, plan: { file: f.file, json: f.json }, boundaries: null, label: f.file });
          else issues.push(...next.issues);
        }
      }
      const table = sorted.files.find((f) => f.kind === 'table');
      this.issues = capImportIssues(issues);
      if (table?.kind === 'table') await this.#start(table.input, {});
    } finally {
      this.busy = false;
      this.#update();
    }
  }

  /** Load a pasted table. */
  async paste(input: TableInput): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.issues = [];
    this.#update();
    try {
      await this.#start({ ...input, name: input.name ?? tr(IMPORT.pasted, 'vi') } as TableInput & { name: string }, {});
    } finally {
      this.busy = false;
      this.#update();
    }
  }

  /** Load a table again with choices kept (reopening a project). */
  async reopen(input: TableInput & { name: string }, choices: ImportChoices): Promise<void> {
    this.issues = [];
    await this.#start(input, choices);
    this.#update();
  }

  /** Put back a project's own plan text and boundaries (before its table is loaded again). */
  restore(plan: { file: string; json: unknown } | null, boundaries: { file: string; json: unknown } | null): void {
    const issues = boundaries ? this.#boundaries(boundaries.file, boundaries.json) : [];
    if (plan) {
      const next = withPlan(this.#app.current(), plan.file, plan.json);
      if (next.ok) this.#app.apply(next.dataset, { table: null, plan, boundaries: null, label: plan.file });
      else issues.push(...next.issues);
    }
    this.issues = capImportIssues(issues);
  }

  #boundaries(file: string, json: unknown): ImportIssue[] {
    const read = readBoundaries(file, json);
    if (!read.ok) return read.issues;
    const current = this.#app.current();
    const rows = current.table.units.map((u) => ({ row: u.row, name: u.name, code: u.gsoCode }));
    const matching = matchUnits(rows, unitsOf(read.features));
    if (!matching.matches.some((m) => m.codes.length > 0)) {
      return [fileIssue(file, { vi: `không xã nào trong tệp ranh giới khớp với ${current.table.units.length} dòng của bảng đang hiển thị; hãy nạp ranh giới của cùng huyện`, en: `no commune of the boundary file matches the ${current.table.units.length} rows of the table shown; load the boundaries of the same district` })];
    }
    const dataset = placeDataset({ table: current.table, matching, features: read.features, plan: current.plan, planOfPlace: true, custom: current.custom ?? null });
    this.#app.apply(dataset, { table: null, plan: null, boundaries: { file, json }, label: file });
    return [];
  }

  async #start(input: TableInput & { name: string }, choices: ImportChoices): Promise<void> {
    this.#input = input;
    this.#choices = choices;
    this.#show(await loadTable(input, choices, { current: this.#app.current(), assets: this.#app.assets() }));
  }

  #show(outcome: TableOutcome): void {
    this.outcome = outcome;
    const keep = this.issues.filter((i) => i.file !== this.#input?.name);
    this.issues = capImportIssues([...keep, ...outcome.issues]);
    if (outcome.stage === 'failed') {
      this.review = null;
      return;
    }
    if (outcome.stage === 'sheet' || outcome.stage === 'columns') {
      this.review = outcome.stage;
      return;
    }
    this.located = outcome.located;
    if (outcome.located.matching.complete) this.#apply();
    else this.review = 'units';
  }

  #apply(): void {
    const located = this.located;
    const outcome = this.outcome;
    if (!located || !this.#input || !outcome || outcome.stage !== 'placed') return;
    this.review = null;
    this.summary = { vi: matchSummary(located.matching, 'vi'), en: matchSummary(located.matching, 'en') };
    const table: LoadedTable = { input: this.#input, sheet: outcome.sheet, columns: outcome.columns, fixes: located.fixes, located };
    this.#app.apply(located.dataset, { table, plan: null, boundaries: null, label: this.#input.name });
  }

  /** The person chose a sheet. */
  async sheet(index: number): Promise<void> {
    if (this.outcome?.stage !== 'sheet') return;
    this.#choices = { ...this.#choices, sheet: index };
    this.#show(await continueTable(this.outcome.reading, this.#choices, { current: this.#app.current(), assets: this.#app.assets() }));
    this.#update();
  }

  /** The person confirmed the columns. */
  async columns(columns: ColumnProposal): Promise<void> {
    const outcome = this.outcome;
    if (!outcome || (outcome.stage !== 'columns' && outcome.stage !== 'placed')) return;
    this.#choices = { ...this.#choices, sheet: outcome.sheet, columns };
    this.#show(await continueTable(outcome.reading, this.#choices, { current: this.#app.current(), assets: this.#app.assets() }));
    this.#update();
  }

  /** The person changed the unit matches. */
  fixes(fixes: UnitFixes): void {
    if (!this.located) return;
    this.located = rematch(this.located, fixes, this.#app.current());
    this.#choices = { ...this.#choices, fixes };
    this.#update();
  }

  /** The person accepted the matches. */
  confirm(): void {
    this.#apply();
    this.#update();
  }

  /** The person closed a review: nothing changes on screen. */
  cancel(): void {
    this.review = null;
    this.#update();
  }

  /** Open the unit review of the last placed table. */
  reviewUnits(): void {
    if (!this.located) return;
    this.review = 'units';
    this.#update();
  }

  /** Close the notice. */
  dismiss(): void {
    this.issues = [];
    this.summary = null;
    this.#update();
  }
}

/** How a table was given, as a project keeps it. */
export type TableSource = { kind: 'bytes'; name: string; bytes: Uint8Array } | { kind: 'text'; name: string; text: string } | { kind: 'html'; name: string; html: string };

/** A loaded table as a project keeps it: the input, the choices and the place. */
export function tableSourceOf(loaded: LoadedTable): { table: TableSource; sheet: number; columns: ColumnProposal; fixes: UnitFixes; place: LocatedTable['ref'] } {
  const { input } = loaded;
  const table: TableSource = 'bytes' in input ? { kind: 'bytes', name: input.name, bytes: input.bytes } : 'html' in input ? { kind: 'html', name: input.name, html: input.html } : { kind: 'text', name: input.name, text: input.text };
  return { table, sheet: loaded.sheet, columns: loaded.columns, fixes: loaded.fixes, place: loaded.located.ref };
}

/** The table input and choices a kept table loads again with. */
export function inputOfSource(source: TableSource, choices: { sheet: number | null; columns: ColumnProposal | null; fixes: UnitFixes }): { input: TableInput & { name: string }; choices: ImportChoices } {
  const input = source.kind === 'bytes' ? { name: source.name, bytes: source.bytes } : source.kind === 'html' ? { name: source.name, html: source.html } : { name: source.name, text: source.text };
  return { input, choices: { ...(choices.sheet === null ? {} : { sheet: choices.sheet }), ...(choices.columns ? { columns: choices.columns } : {}), fixes: choices.fixes } };
}
