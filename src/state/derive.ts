/**
 * The one derived state: dataset + view → choropleth (with its legend), ranking, summary, names, search options,
 * task communes; each part memoised on its own inputs, so it is computed once per change. Pure.
 */
import { buildChoropleth, type Choropleth } from '../classify/choropleth';
import type { ClassMethod } from '../classify/breaks';
import { summarizeFindings } from '../data/checks';
import type { Dataset } from '../data/dataset';
import type { MetricId } from '../data/metrics';
import { buildRanking, type RankingRow } from '../data/ranking';
import type { Lang } from '../data/types';
import type { SearchOption } from '../core/name-search';
import { buildTextSummary } from './text-summary';
import { taskCommunes } from '../data/task-communes';
import { DEFAULT_VIEW, type ViewState } from './view-state';
import { memo } from './memo';

/** What every view of the explorer and the embed shows, computed once per change of dataset or view. */
export interface Derived {
  dataset: Dataset;
  /** Classes, colours, legend and fills of the view's metric: the map, the legend, the exports and the ranking read it. */
  choropleth: Choropleth;
  /** Communes by the view's metric, highest first (ties share a rank; see data/ranking). */
  ranking: RankingRow[];
  /** The one-paragraph summary of the view's metric in the view's language. */
  summary: string;
  /** Number of findings by severity. */
  findingCounts: { error: number; warning: number; info: number };
  /** Official commune names by GSO code. */
  communeNames: Record<string, string>;
  /** GSO code of every table unit (as printed) that joined a commune. */
  unitToGso: Record<string, string>;
  /** The communes offered by the search fields. */
  searchOptions: SearchOption[];
  /** GSO codes each plan task concerns, by task id. */
  taskCommunes: Record<string, string[]>;
}

/** The pipeline of one app or embed; it keeps its own memo. */
export interface Pipeline {
  derive(dataset: Dataset, view: ViewState): Derived;
}

/** The communes the search fields offer: official name, ASCII spelling and the names printed in the table. */
export function communeSearchOptions(dataset: Dataset): SearchOption[] {
  return dataset.communes.map((f) => ({
    gsoCode: f.properties.gso_code,
    label: f.properties.full_name,
    alt: [f.properties.name_ascii, ...dataset.join.joined.filter((u) => u.feature === f).map((u) => u.row.name)],
  }));
}

/** The memoised choropleth builder the pipelines share the shape of. */
export function choroplethMemo(size = 2) {
  return memo(
    (dataset: Dataset, metric: MetricId, method: ClassMethod, classes: number, palette: string, manual: number[] | null) =>
      buildChoropleth(dataset, { metric, method, classes, palette, manual, lang: DEFAULT_VIEW.lang }),
    size,
  );
}

/** A new pipeline with empty memos. */
export function createPipeline(): Pipeline {
  const choropleth = choroplethMemo();
  const ranking = memo((c: Choropleth) => buildRanking(c.values), 2);
  const summary = memo((dataset: Dataset, c: Choropleth, metric: MetricId, lang: Lang) =>
    buildTextSummary(dataset, metric, lang, c.metric.id === metric ? ranking(c) : undefined),
  );
  const perDataset = memo((dataset: Dataset) => ({
    findingCounts: summarizeFindings(dataset.findings),
    communeNames: Object.fromEntries(dataset.communes.map((f) => [f.properties.gso_code, f.properties.full_name])),
    unitToGso: Object.fromEntries(dataset.join.joined.map((u) => [u.row.name, u.feature.properties.gso_code])),
    searchOptions: communeSearchOptions(dataset),
    taskCommunes: taskCommunes(dataset),
  }));
  const derived = memo(
    (dataset: Dataset, c: Choropleth, text: string): Derived => ({ dataset, choropleth: c, ranking: ranking(c), summary: text, ...perDataset(dataset) }),
  );
  return {
    derive: (dataset, view) => {
      const c = choropleth(dataset, view.metric, view.method, view.classes, view.palette, view.manual);
      return derived(dataset, c, summary(dataset, c, view.metric, view.lang));
    },
  };
}
