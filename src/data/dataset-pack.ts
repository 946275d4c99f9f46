/**
 * Bộ dữ liệu ở dạng JSON thuần / A dataset as plain JSON and back: the join's rows and features, which are the same
 * objects as the table's rows and the boundary features, travel as indexes so they are neither copied nor split. Pure.
 */
import type { Dataset } from './dataset';
import type { JoinResult, MatchMethod } from './join';
import type { MapContext } from './default-sources';

/** The join with every row as its index in `table.units` and every feature as its index in `communes`. */
export interface PackedJoin {
  joined: { row: number; feature: number; matchedBy: MatchMethod }[];
  unmatchedRows: number[];
  unmatchedFeatures: number[];
  ambiguous: { row: number; candidates: string[] }[];
}

/** A dataset that survives JSON.stringify / JSON.parse unchanged. */
export type PackedDataset = Omit<Dataset, 'join'> & { join: PackedJoin };

/** What the virtual module `virtual:builtin-dataset` holds: the built-in dataset, packed, and its map context. */
export interface BuiltinData {
  dataset: PackedDataset;
  context: MapContext;
}

function indexIn<T>(items: readonly T[], item: T, what: string): number {
  const index = items.indexOf(item);
  if (index < 0) throw new Error(`dataset pack: a ${what} of the join is not one of the dataset's own ${what}s`);
  return index;
}

/** Replace the join's shared rows and features by their indexes. */
export function packDataset(dataset: Dataset): PackedDataset {
  const { units } = dataset.table;
  const row = (r: Dataset['table']['units'][number]) => indexIn(units, r, 'row');
  const feature = (f: Dataset['communes'][number]) => indexIn(dataset.communes, f, 'feature');
  const { join } = dataset;
  return {
    ...dataset,
    join: {
      joined: join.joined.map((u) => ({ row: row(u.row), feature: feature(u.feature), matchedBy: u.matchedBy })),
      unmatchedRows: join.unmatchedRows.map(row),
      unmatchedFeatures: join.unmatchedFeatures.map(feature),
      ambiguous: join.ambiguous.map((a) => ({ row: row(a.row), candidates: a.candidates })),
    },
  };
}

/** Rebuild the dataset: the join points at the very rows and features of the table and the boundaries again. */
export function unpackDataset(packed: PackedDataset): Dataset {
  const { units } = packed.table;
  const { communes } = packed;
  const row = (i: number) => units[i]!;
  const feature = (i: number) => communes[i]!;
  const join: JoinResult = {
    joined: packed.join.joined.map((u) => ({ row: row(u.row), feature: feature(u.feature), matchedBy: u.matchedBy })),
    unmatchedRows: packed.join.unmatchedRows.map(row),
    unmatchedFeatures: packed.join.unmatchedFeatures.map(feature),
    ambiguous: packed.join.ambiguous.map((a) => ({ row: row(a.row), candidates: a.candidates })),
  };
  return { ...packed, join };
}
