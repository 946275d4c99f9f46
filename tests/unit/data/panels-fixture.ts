/** The built-in Cam Lộ plan and table read from disk, joined to synthetic square boundaries (real GSO codes and names). */
import { readFileSync } from 'node:fs';
import { buildDataset, type Dataset, type DatasetSources } from '../../../src/data/dataset';

const COMMUNES: readonly [string, 'Xã' | 'Thị trấn', string, string][] = [
  ['19597', 'Thị trấn', 'Cam Lộ', 'Cam Lo'],
  ['19600', 'Xã', 'Cam Tuyền', 'Cam Tuyen'],
  ['19603', 'Xã', 'Thanh An', 'Thanh An'],
  ['19606', 'Xã', 'Cam Thủy', 'Cam Thuy'],
  ['19612', 'Xã', 'Cam Thành', 'Cam Thanh'],
  ['19615', 'Xã', 'Cam Hiếu', 'Cam Hieu'],
  ['19618', 'Xã', 'Cam Chính', 'Cam Chinh'],
  ['19621', 'Xã', 'Cam Nghĩa', 'Cam Nghia'],
];

/** A boundary collection of unit squares, one per Cam Lộ commune. */
export function syntheticBoundaries(): unknown {
  return {
    type: 'FeatureCollection',
    features: COMMUNES.map(([gso, type, name, ascii], i) => ({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [[[106 + i, 16], [106.5 + i, 16], [106.5 + i, 16.5], [106 + i, 16.5], [106 + i, 16]]] },
      properties: { gso_code: gso, name, type, full_name: `${type} ${name}`, name_ascii: ascii, source_units: [] },
    })),
  };
}

/** The sources of the built-in dataset with synthetic boundaries; `table` replaces the CSV text when given. */
export function camLoSources(table?: string): DatasetSources {
  return {
    plan: { file: 'plan.json', json: JSON.parse(readFileSync('geo/plans/cam-lo-2022/plan.json', 'utf8')) },
    table: { file: 'table.csv', text: table ?? readFileSync('geo/plans/cam-lo-2022/table.csv', 'utf8') },
    boundaries: { file: 'communes.geojson', json: syntheticBoundaries() },
  };
}

/** The built-in dataset (throws when it does not build). */
export function camLoDataset(table?: string): Dataset {
  const result = buildDataset(camLoSources(table));
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}
