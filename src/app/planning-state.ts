/**
 * The shell's planning state: the drafted dataset derived from the view's `draft` (memoised), the compare view
 * (open, layout, what the right side shows) and the other years' tables of the progress view.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Choropleth } from '../classify/choropleth';
import { tr } from '../core/format';
import type { Dataset } from '../data/dataset';
import { applyDraft } from '../data/planning/draft';
import { EMPTY_DRAFT, type TargetDraft } from '../data/planning/draft-cells';
import { parseDraftParam } from '../data/planning/draft-param';
import { yearFiguresFromDataset, yearFiguresFromTable, type YearFigures } from '../data/planning/progress';
import type { Lang } from '../data/types';
import { memo } from '../state/memo';
import type { ViewState } from '../state/view-state';
import { compareChoropleth, compareMetric, type CompareMode } from '../planning/compare-model';
import type { CompareLayout } from '../planning/planning-events';
import { COMPARE } from '../planning/planning-strings';
import { SHELL } from './app-strings';

/** What the compare view's right side shows, and both captions. */
export interface CompareSide {
  dataset: Dataset;
  choropleth: Choropleth;
  startLabel: string;
  endLabel: string;
}

/** Planning state for a lit host. */
export class PlanningState implements ReactiveController {
  compareOpen = false;
  compareMode: CompareMode = 'end';
  compareLayout: CompareLayout = 'side';
  /** Tables of other years added in the progress view. */
  years: YearFigures[] = [];
  /** The last progress table that could not be read, or null. */
  yearProblem: string | null = null;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The draft the view holds for `data` (empty when none or when it does not fit the units). */
  readonly draft = memo((data: Dataset, raw: string | null): TargetDraft => {
    if (!raw) return EMPTY_DRAFT;
    return parseDraftParam(raw, new Set(data.communes.map((f) => f.properties.gso_code))).draft ?? EMPTY_DRAFT;
  });

  /** `data` with the view's draft applied (the same object when there is no draft). */
  readonly drafted = memo((data: Dataset, raw: string | null): Dataset => {
    const draft = this.draft(data, raw);
    return draft.size === 0 ? data : applyDraft(data, draft);
  });

  /** The right side of the compare view: the projected end on the left's scale, or the plan as printed beside the draft. */
  readonly #side = memo((left: Choropleth, plan: Dataset, shown: Dataset, metric: ViewState['metric'], drafted: boolean, lang: Lang, mode: CompareMode): CompareSide => {
    const year = plan.plan.year;
    if (mode === 'end') {
      const metric = compareMetric('end', left.metric.id);
      return {
        dataset: shown,
        choropleth: compareChoropleth(left, shown, metric),
        startLabel: `${tr(COMPARE.startCaption, lang, { year })} — ${left.metric.label[lang]}`,
        endLabel: tr(COMPARE.endCaption, lang, { year }),
      };
    }
    return {
      dataset: plan,
      choropleth: compareChoropleth(left, plan, compareMetric('plan', metric)),
      startLabel: tr(drafted ? COMPARE.draftCaption : COMPARE.planCaption, lang),
      endLabel: tr(COMPARE.planCaption, lang),
    };
  });

  /** The right side of the compare view for the current mode. */
  compareSide(left: Choropleth, plan: Dataset, shown: Dataset, view: ViewState, lang: Lang): CompareSide {
    return this.#side(left, plan, shown, view.metric, view.draft !== null, lang, this.compareMode);
  }

  /** Every year of the progress view: the plan's own year first, then the tables added. */
  readonly progressYears = memo((plan: Dataset, years: readonly YearFigures[]): YearFigures[] => [
    yearFiguresFromDataset(plan.plan.year, plan),
    ...years.filter((y) => y.year !== plan.plan.year),
  ]);

  #changed(): void {
    this.#host.requestUpdate();
  }

  openCompare(): void {
    this.compareOpen = true;
    this.#changed();
  }

  closeCompare(): void {
    this.compareOpen = false;
    this.#changed();
  }

  setCompareLayout(layout: CompareLayout): void {
    this.compareLayout = layout;
    this.#changed();
  }

  setCompareMode(mode: CompareMode): void {
    this.compareMode = mode;
    this.#changed();
  }

  /** Read another year's table (the first sheet holding a table) and add it, or say why it cannot be read. */
  async addYear(file: File, year: number, lang: Lang): Promise<void> {
    const { readTableFile, sheetToPlanTable } = await import('../data/table-read/read-table');
    const reading = await readTableFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    const sheet = reading.chosen ?? reading.sheets.findIndex((s) => s.layout !== null);
    const errors = reading.issues.filter((i) => i.severity === 'error');
    const result = sheet >= 0 && errors.length === 0 ? sheetToPlanTable(reading, sheet) : null;
    if (!result?.ok) {
      const first = result && !result.ok ? result.issues[0] : errors[0];
      const detail = first?.message[lang] ?? (lang === 'vi' ? 'không thấy bảng số liệu nào' : 'no table of figures was found');
      this.yearProblem = tr(SHELL.progressRead, lang, { year, file: file.name, detail });
    } else {
      this.yearProblem = null;
      this.years = [...this.years.filter((y) => y.year !== year), yearFiguresFromTable(year, result.value.table)];
    }
    this.#changed();
  }

  /** Forget the other years and close compare (a new plan was loaded). */
  reset(): void {
    this.years = [];
    this.yearProblem = null;
    this.compareOpen = false;
    this.#changed();
  }
}
