/**
 * Khung hình đầu / What the explorer's first frame draws before the rest of the shell has loaded: the built-in plan
 * (compiled at build time) with its map context, and the choropleth of a view over a dataset. Everything else of the
 * shell (./app-shell) loads when idle after this frame.
 */
import { buildChoropleth, type Choropleth } from '../classify/choropleth';
import type { Dataset } from '../data/dataset';
import { DEFAULT_CONTEXT, loadDefaultDataset } from '../data/default-dataset';
import type { MapContext } from '../data/default-sources';
import { memo } from '../state/memo';
import { DEFAULT_VIEW, type ViewState } from '../state/view-state';

/**
 * The first frame as compiled at build time (JSON): the default view's choropleth over the built-in plan, its metric by
 * id and without the values it classified (the dataset gives them again).
 */
export interface FirstFrame {
  view: Pick<ViewState, 'metric' | 'method' | 'classes' | 'palette'>;
  choropleth: Omit<Choropleth, 'metric' | 'values' | 'district'> & { metric: ViewState['metric'] };
}

/** The built-in plan's map context: district outline, neighbouring districts, label points. */
export const FIRST_CONTEXT: MapContext = DEFAULT_CONTEXT;

/** The built-in plan the first frame draws (the same object on every call). */
export function firstDataset(): Dataset {
  return loadDefaultDataset();
}

const classify = memo(
  (dataset: Dataset, metric: ViewState['metric'], method: ViewState['method'], classes: number, palette: string, manual: number[] | null) =>
    buildChoropleth(dataset, { metric, method, classes, palette, manual, lang: DEFAULT_VIEW.lang }),
  2,
);

/**
 * The choropleth of `view` over `dataset` for the first frame, or null when only the shell's pipeline can make it
 * (the shell then loads at once).
 */
export function firstChoropleth(dataset: Dataset, view: ViewState): Choropleth | null {
  return classify(dataset, view.metric, view.method, view.classes, view.palette, view.manual);
}
