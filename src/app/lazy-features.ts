/**
 * Feature elements the first frame does not need, loaded when idle after the first frame (or at once when the person asks for
 * one). The shell renders their tags from the start; each element upgrades when its module arrives, keeping the
 * properties it was given (lit replays them), so the start chunk holds only the map, the legend and the controls.
 */
const ELEMENTS: readonly (() => Promise<unknown>)[] = [
  () => import('../export/export-menu'),
  () => import('../export/print-view'),
  () => import('../embed/embed-dialog'),
  () => import('../presenter/presenter-mode'),
  () => import('../planning/compare-view'),
  () => import('../import/import-drop'),
  () => import('../import/import-dialog'),
  () => import('../import/import-notice'),
  () => import('../projects/project-dialog'),
  () => import('../places/place-picker'),
  () => import('../places/template-download'),
  () => import('../panels/commune-table'),
  () => import('../panels/ranking-chart'),
  () => import('../panels/plan-panel'),
  () => import('../panels/data-checks'),
  () => import('../planning/draft-table'),
  () => import('../planning/annex-export'),
  () => import('../planning/progress-view'),
];

let loading: Promise<void> | null = null;

/** Load every feature element (once); resolves when all are defined. */
export function loadFeatureElements(): Promise<void> {
  return (loading ??= Promise.all(ELEMENTS.map((load) => load())).then(() => undefined));
}
