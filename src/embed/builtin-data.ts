/**
 * Bộ dữ liệu dựng sẵn cho bản đồ nhúng / The built-in dataset for the public map, from the build-time module
 * `virtual:builtin-dataset/slim`: the full table, boundaries and map context, but not the plan's text sections nor
 * the findings, which the embed never shows (build/slim-builtin.ts); data/default-dataset carries those for the app.
 */
import builtin from 'virtual:builtin-dataset/slim';
import type { Dataset } from '../data/dataset';
import { unpackDataset } from '../data/dataset-pack';
import type { MapContext } from '../data/default-sources';

/** The built-in map context: district outline, neighbouring districts, label points. */
export const BUILTIN_CONTEXT: MapContext = builtin.context;

let dataset: Dataset | null = null;

/** The built-in dataset without the plan's text sections and findings (the same object on every call). */
export function builtinDataset(): Dataset {
  return (dataset ??= unpackDataset(builtin.dataset));
}
