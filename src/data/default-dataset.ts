/**
 * Bộ dữ liệu dựng sẵn (Cam Lộ 2022) / The built-in dataset (Cam Lộ, 2022 plan), bundled so the app works offline. It
 * was parsed and checked at build time (build/builtin-data-plugin.ts): this module carries no parser. The raw files
 * are in ./default-sources.
 */
import builtin from 'virtual:builtin-dataset';
import type { Dataset } from './dataset';
import { unpackDataset } from './dataset-pack';
import type { MapContext } from './default-sources';

export type { MapContext } from './default-sources';
/**
 * @deprecated The raw built-in files: import them from './default-sources' (lazily, with `import()`, in browser
 * code), so the start chunk stays free of them.
 */
export { DEFAULT_SOURCES } from './default-sources';

/** The built-in map context of Cam Lộ: district outline, neighbouring districts, label points. */
export const DEFAULT_CONTEXT: MapContext = builtin.context;

let dataset: Dataset | null = null;

/** The built-in dataset (the same object on every call). */
export function loadDefaultDataset(): Dataset {
  return (dataset ??= unpackDataset(builtin.dataset));
}
