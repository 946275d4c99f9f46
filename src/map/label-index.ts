/** A Flatbush spatial index of label points, for placing thousands of labels (the national overview) without comparing every pair. */
import Flatbush from 'flatbush';
import type { PointIndexer } from './labels';

/** A PointIndexer backed by Flatbush (range search and k-nearest neighbours). */
export const flatbushIndex: PointIndexer = (xy) => {
  if (xy.length === 0) return { search: () => [], nearest: () => undefined };
  const index = new Flatbush(xy.length);
  for (const [x, y] of xy) index.add(x, y);
  index.finish();
  return {
    search: (minX, minY, maxX, maxY) => index.search(minX, minY, maxX, maxY),
    nearest: (i) => index.neighbors(xy[i]![0], xy[i]![1], 1, Infinity, (k) => k !== i)[0],
  };
};
