/** The built-in Cam Lộ dataset and map context read from disk, for the export unit tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { buildDataset, type Dataset, type DatasetSources } from '../../../src/data/dataset';
import type { MapContext } from '../../../src/data/default-dataset';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(root + path, 'utf8');

/** The files of the built-in dataset. */
export function camLoSources(): DatasetSources {
  return {
    plan: { file: 'plan.json', json: JSON.parse(read('geo/plans/cam-lo-2022/plan.json')) },
    table: { file: 'table.csv', text: read('geo/plans/cam-lo-2022/table.csv') },
    boundaries: { file: 'cam-lo-communes.geojson', json: JSON.parse(read('geo/boundaries/cam-lo-communes.geojson')) },
  };
}

/** The built-in dataset, or one built from edited sources. */
export function camLo(edit: (s: DatasetSources) => DatasetSources = (s) => s): Dataset {
  const result = buildDataset(edit(camLoSources()));
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

/** The built-in map context (outline, neighbours, label points). */
export function camLoContext(): MapContext {
  const geo = (name: string) => JSON.parse(read(`geo/boundaries/${name}`)) as FeatureCollection;
  return { outline: geo('cam-lo-outline.geojson'), neighbours: geo('neighbours.geojson'), labelPoints: geo('cam-lo-label-points.geojson') };
}
