/**
 * Bộ dữ liệu dựng sẵn cho bản đồ nhúng / The built-in dataset for the public map, straight from the build-time
 * module `virtual:builtin-dataset` (data/default-dataset also re-exports the raw source files, which the embed's
 * start chunk must not carry).
 */
import builtin from 'virtual:builtin-dataset';
import type { Dataset } from '../data/dataset';
import { unpackDataset } from '../data/dataset-pack';
import type { MapContext } from '../data/default-sources';

/** The built-in map context: district outline, neighbouring districts, label points. */
export const BUILTIN_CONTEXT: MapContext = builtin.context;

let dataset: Dataset | null = null;

/** The built-in dataset (the same object on every call). */
export function builtinDataset(): Dataset {
  return (dataset ??= unpackDataset(builtin.dataset));
}
