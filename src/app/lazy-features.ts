/**
 * Feature elements the first frame does not need, loaded after it (or at once when the person asks for one). The shell
 * renders their tags from the start; each element upgrades when its module arrives, keeping the properties it was given
 * (lit replays them), so the start chunk holds only the map, the legend and the controls.
 */

/** The elements that shape the page around the map (header, place bar, the map's own wrappers): the map waits for them. */
const LAYOUT_ELEMENTS: readonly (() => Promise<unknown>)[] = [
  () => import('../export/export-menu'),
  () => import('../presenter/presenter-mode'),
  () => import('../planning/compare-view'),
  () => import('../places/place-picker'),
  () => import('../places/template-download'),
];

/** The others: dialogs, hidden views, the side columns' panels (whose sizes never change the map's). */
const ELEMENTS: readonly (() => Promise<unknown>)[] = [
  ...LAYOUT_ELEMENTS,
  () => import('../export/print-view'),
  () => import('../embed/embed-dialog'),
  () => import('../import/import-drop'),
  () => import('../import/import-dialog'),
  () => import('../import/import-notice'),
  () => import('../projects/project-dialog'),
  () => import('../panels/commune-table'),
  () => import('../panels/ranking-chart'),
  () => import('../panels/plan-panel'),
  () => import('../panels/data-checks'),
  () => import('../planning/draft-table'),
  () => import('../planning/annex-export'),
  () => import('../planning/progress-view'),
];

let loading: Promise<void> | null = null;
let laying: Promise<void> | null = null;

/** Load the elements that shape the page around the map (once); resolves when they are defined. */
export function loadLayoutElements(): Promise<void> {
  return (laying ??= Promise.all(LAYOUT_ELEMENTS.map((load) => load())).then(() => undefined));
}

/** Load every feature element (once); resolves when all are defined. */
export function loadFeatureElements(): Promise<void> {
  return (loading ??= Promise.all(ELEMENTS.map((load) => load())).then(() => undefined));
}
