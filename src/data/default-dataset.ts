/** The built-in dataset (Cam Lộ, 2022 plan) bundled into the app so it works offline. */
import planJson from '../../geo/plans/cam-lo-2022/plan.json';
import tableText from '../../geo/plans/cam-lo-2022/table.csv?raw';
import communesText from '../../geo/boundaries/cam-lo-communes.geojson?raw';
import outlineText from '../../geo/boundaries/cam-lo-outline.geojson?raw';
import neighboursText from '../../geo/boundaries/neighbours.geojson?raw';
import labelPointsText from '../../geo/boundaries/cam-lo-label-points.geojson?raw';
import type { FeatureCollection } from 'geojson';
import { buildDataset, type Dataset, type DatasetSources } from './dataset';

/** The built-in files, as the same sources a user's files become. */
export const DEFAULT_SOURCES: DatasetSources = {
  plan: { file: 'plan.json', json: planJson },
  table: { file: 'table.csv', text: tableText },
  boundaries: { file: 'cam-lo-communes.geojson', json: JSON.parse(communesText) },
};

/** Context layers drawn around the communes: district outline, neighbouring districts, label points. */
export interface MapContext {
  outline: FeatureCollection;
  neighbours: FeatureCollection;
  labelPoints: FeatureCollection;
}

/** The built-in map context of Cam Lộ. */
export const DEFAULT_CONTEXT: MapContext = {
  outline: JSON.parse(outlineText),
  neighbours: JSON.parse(neighboursText),
  labelPoints: JSON.parse(labelPointsText),
};

/** Build the built-in dataset; it is checked by the tests, so a failure here is a bug. */
export function loadDefaultDataset(): Dataset {
  const result = buildDataset(DEFAULT_SOURCES);
  if (!result.ok) throw new Error(`built-in dataset is invalid: ${result.issues.map((i) => `${i.file}:${i.row ?? ''} ${i.column ?? ''} ${i.message}`).join('; ')}`);
  return result.value;
}
