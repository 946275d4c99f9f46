/** The built-in dataset and map context read from disk, for the map's unit tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { buildDataset, type Dataset, type DatasetSources } from '../../../src/data/dataset';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(root + path, 'utf8');

/** The files of the built-in dataset. */
export function defaultSources(): DatasetSources {
  return {
    plan: { file: 'plan.json', json: JSON.parse(read('geo/plans/cam-lo-2022/plan.json')) },
    table: { file: 'table.csv', text: read('geo/plans/cam-lo-2022/table.csv') },
    boundaries: { file: 'cam-lo-communes.geojson', json: JSON.parse(read('geo/boundaries/cam-lo-communes.geojson')) },
  };
}

/** The built-in dataset, or a variant built from edited sources. */
export function loadDataset(edit: (s: DatasetSources) => DatasetSources = (s) => s): Dataset {
  const result = buildDataset(edit(defaultSources()));
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}

/** A boundary-context file of geo/boundaries. */
export function readGeo(name: string): FeatureCollection {
  return JSON.parse(read(`geo/boundaries/${name}`)) as FeatureCollection;
}
