/** The built-in Cam Lộ plan and table read from disk, joined to synthetic square boundaries with the real GSO codes and names. */
import { readFileSync } from 'node:fs';
import { buildDataset, type Dataset } from '../../../src/data/dataset';

/** GSO code, unit type, official name and ASCII name of the eight Cam Lộ communes. */
export const CAM_LO_COMMUNES: readonly [string, 'Xã' | 'Thị trấn', string, string][] = [
  ['19597', 'Thị trấn', 'Cam Lộ', 'Cam Lo'],
  ['19600', 'Xã', 'Cam Tuyền', 'Cam Tuyen'],
  ['19603', 'Xã', 'Thanh An', 'Thanh An'],
  ['19606', 'Xã', 'Cam Thủy', 'Cam Thuy'],
  ['19612', 'Xã', 'Cam Thành', 'Cam Thanh'],
  ['19615', 'Xã', 'Cam Hiếu', 'Cam Hieu'],
  ['19618', 'Xã', 'Cam Chính', 'Cam Chinh'],
  ['19621', 'Xã', 'Cam Nghĩa', 'Cam Nghia'],
];

function boundaries(): unknown {
  return {
    type: 'FeatureCollection',
    features: CAM_LO_COMMUNES.map(([gso, type, name, ascii], i) => ({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [[[106 + i, 16], [106.5 + i, 16], [106.5 + i, 16.5], [106 + i, 16.5], [106 + i, 16]]] },
      properties: { gso_code: gso, name, type, full_name: `${type} ${name}`, name_ascii: ascii, source_units: [] },
    })),
  };
}

/** The Cam Lộ dataset; `table` replaces the CSV text and `plan` edits the plan JSON when given. */
export function camLo(options: { table?: string; plan?: (json: Record<string, unknown>) => void } = {}): Dataset {
  const json = JSON.parse(readFileSync('geo/plans/cam-lo-2022/plan.json', 'utf8')) as Record<string, unknown>;
  options.plan?.(json);
  const result = buildDataset({
    plan: { file: 'plan.json', json },
    table: { file: 'table.csv', text: options.table ?? readFileSync('geo/plans/cam-lo-2022/table.csv', 'utf8') },
    boundaries: { file: 'communes.geojson', json: boundaries() },
  });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
}
