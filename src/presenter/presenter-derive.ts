/** Presenter mode's part of the derived state: steps, the map's metric, colours, outlines and camera at a step. Pure. */
import type { Choropleth } from '../classify/choropleth';
import type { Dataset } from '../data/dataset';
import type { MetricId } from '../data/metrics';
import type { Lang } from '../data/types';
import type { MapCamera } from '../map/camera';
import { presenterCamera } from './presenter-content';
import { buildPresenterSteps, clampStep, stepMetric, type PresenterStep } from './presenter-steps';
import { choroplethMemo } from '../state/derive';
import { memo } from '../state/memo';
import { DEFAULT_VIEW, type ViewState } from '../state/view-state';

/** What presenter mode shows at one step: the step, the map's metric, colours, outlines and camera. */
export interface PresenterDerived {
  steps: PresenterStep[];
  /** The step index, kept inside the steps. */
  index: number;
  step: PresenterStep;
  metric: MetricId;
  choropleth: Choropleth;
  /** Outlined communes: the step's. */
  highlighted: string[];
  camera: MapCamera;
}

/** A memoised presenter pipeline: (dataset, view, step index, spotlight) → what presenter mode and its map show. */
export function createPresenterPipeline(): (dataset: Dataset, view: ViewState, step: number, spotlight: string | null) => PresenterDerived {
  const choropleth = choroplethMemo();
  const steps = memo((dataset: Dataset, lang: Lang) => buildPresenterSteps(dataset, lang));
  return memo((dataset: Dataset, view: ViewState, step: number, spotlight: string | null): PresenterDerived => {
    const all = steps(dataset, view.lang);
    const index = clampStep(step, all.length);
    const current = all[index]!;
    const metric = stepMetric(all, index, view.metric);
    const method = view.method === 'manual' ? DEFAULT_VIEW.method : view.method;
    return {
      steps: all,
      index,
      step: current,
      metric,
      choropleth: choropleth(dataset, metric, method, view.classes, view.palette, null),
      highlighted: current.highlighted,
      camera: presenterCamera(dataset, current, spotlight),
    };
  });
}
