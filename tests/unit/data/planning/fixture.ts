/** The built-in Cam Lộ plan, table and real commune boundaries read from disk, built with buildDataset. */
import { readFileSync } from 'node:fs';
import { buildDataset, type Dataset } from '../../../../src/data/dataset';

/** The built-in table's CSV text. */
export const CAM_LO_TABLE = readFileSync('geo/plans/cam-lo-2022/table.csv', 'utf8');

/** Build the built-in dataset, optionally with another table text (throws when it does not build). */
export function builtInDataset(tableText = CAM_LO_TABLE): Dataset {
  const result = buildDataset({
    plan: { file: 'plan.json', json: JSON.parse(readFileSync('geo/plans/cam-lo-2022/plan.json', 'utf8')) },
    table: { file: 'table.csv', text: tableText },
    boundaries: { file: 'cam-lo-communes.geojson', json: JSON.parse(readFileSync('geo/boundaries/cam-lo-communes.geojson', 'utf8')) },
  });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.file}:${i.row} ${i.message}`).join('; '));
  return result.value;
}
