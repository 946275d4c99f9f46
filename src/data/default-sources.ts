/**
 * Tệp dữ liệu dựng sẵn (Cam Lộ 2022) ở dạng thô / The built-in files (Cam Lộ, 2022 plan) as raw sources. They are
 * parsed and checked at build time (build/builtin-data-plugin.ts); the app loads this module only when it needs the
 * raw files again, e.g. to fill in the files a person did not pick.
 */
import planJson from '../../geo/plans/cam-lo-2022/plan.json';
import tableText from '../../geo/plans/cam-lo-2022/table.csv?raw';
import communesText from '../../geo/boundaries/cam-lo-communes.geojson?raw';
import outlineText from '../../geo/boundaries/cam-lo-outline.geojson?raw';
import neighboursText from '../../geo/boundaries/neighbours.geojson?raw';
import labelPointsText from '../../geo/boundaries/cam-lo-label-points.geojson?raw';
import type { FeatureCollection } from 'geojson';
import type { DatasetSources } from './dataset';

/** Context layers drawn around the communes: district outline, neighbouring districts, label points. */
export interface MapContext {
  outline: FeatureCollection;
  neighbours: FeatureCollection;
  labelPoints: FeatureCollection;
}

/** The built-in files, as the same sources a user's files become. */
export const DEFAULT_SOURCES: DatasetSources = {
  plan: { file: 'plan.json', json: planJson },
  table: { file: 'table.csv', text: tableText },
  boundaries: { file: 'cam-lo-communes.geojson', json: JSON.parse(communesText) },
};

/** The built-in context files by layer, with their file names for messages. */
export const DEFAULT_CONTEXT_SOURCES: Record<keyof MapContext, { file: string; json: unknown }> = {
  outline: { file: 'cam-lo-outline.geojson', json: JSON.parse(outlineText) },
  neighbours: { file: 'neighbours.geojson', json: JSON.parse(neighboursText) },
  labelPoints: { file: 'cam-lo-label-points.geojson', json: JSON.parse(labelPointsText) },
};
