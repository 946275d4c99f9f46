/** Small hand-made TopoJSON topologies for the places tests: square cells on a grid, sharing their edges. */

/** Round to 6 decimals, as the pipeline writes label points. */
const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** One square cell of a grid topology: column, row, geometry id and properties. */
export interface GridCell {
  col: number;
  row: number;
  id: string;
  properties: Record<string, unknown>;
}

/** Options of a grid topology: where the grid starts, the cell size, the object name, delta-encoded arcs with a transform. */
export interface GridOptions {
  origin?: [number, number];
  step?: number;
  object?: string;
  quantized?: boolean;
}

/**
 * A topology of unit squares: each cell's ring runs counter-clockwise over four one-edge arcs, and two
 * cells with a common side use the same arc in opposite directions, as a real TopoJSON file does.
 * Cells given as arrays of several squares make a MultiPolygon (not needed here: one cell, one polygon).
 */
export function gridTopology(cells: readonly GridCell[], options: GridOptions = {}): Record<string, unknown> {
  const [x0, y0] = options.origin ?? [106.9, 16.7];
  const step = options.step ?? 0.05;
  const arcs: number[][][] = [];
  const index = new Map<string, number>();
  const edge = (kind: 'h' | 'v', i: number, j: number): number => {
    const k = `${kind}:${i}:${j}`;
    const found = index.get(k);
    if (found !== undefined) return found;
    const [di, dj] = kind === 'h' ? [1, 0] : [0, 1];
    arcs.push(options.quantized ? [[i, j], [di, dj]] : [[x0 + i * step, y0 + j * step], [x0 + (i + di) * step, y0 + (j + dj) * step]]);
    index.set(k, arcs.length - 1);
    return arcs.length - 1;
  };
  const geometries = cells.map((c) => ({
    type: 'Polygon',
    id: c.id,
    arcs: [[edge('h', c.col, c.row), edge('v', c.col + 1, c.row), ~edge('h', c.col, c.row + 1), ~edge('v', c.col, c.row)]],
    properties: c.properties,
  }));
  const topology: Record<string, unknown> = { type: 'Topology', arcs, objects: { [options.object ?? 'units']: { type: 'GeometryCollection', geometries } } };
  if (options.quantized) topology['transform'] = { scale: [step, step], translate: [x0, y0] };
  return topology;
}

/** A pre-2025 province "45" with two districts: Cam Lộ (468: four communes) and Đông Hà (461: three communes and a unit without a code). */
export function oldProvinceTopology(options: GridOptions = {}): Record<string, unknown> {
  const unit = (col: number, row: number, id: string, type: string, name: string, district: string, extra: Record<string, unknown> = {}): GridCell => ({
    col, row, id, properties: { name, type, fullName: `${type} ${name}`, label: [round(106.9 + col * 0.05 + 0.025), round(16.7 + row * 0.05 + 0.025)], district, ...extra },
  });
  return gridTopology(
    [
      unit(0, 0, '19597', 'Thị trấn', 'Cam Lộ', '468'),
      unit(1, 0, '19600', 'Xã', 'Cam Tuyền', '468'),
      unit(0, 1, '19612', 'Xã', 'Cam Thành', '468'),
      unit(1, 1, '19615', 'Xã', 'Cam Hiếu', '468'),
      unit(2, 0, '19507', 'Phường', '1', '461'),
      unit(3, 0, '19510', 'Phường', 'Đông Lễ', '461'),
      unit(2, 1, '19513', 'Xã', 'Đông Thanh', '461'),
      unit(3, 1, 'w4090999', 'Xã', 'Bãi bồi', '461', { nocode: true }),
    ],
    options,
  );
}

/** A 2025 province "44" with three communes on a row: Cam Lộ (19597), Hiếu Giang (19603) and Đông Hà (19494). */
export function newProvinceTopology(): Record<string, unknown> {
  const unit = (col: number, id: string, type: string, name: string): GridCell => ({ col, row: 0, id, properties: { name, type, fullName: `${type} ${name}`, label: [round(106.9 + col * 0.05 + 0.025), 16.725] } });
  return gridTopology([unit(0, '19597', 'Xã', 'Cam Lộ'), unit(1, '19603', 'Xã', 'Hiếu Giang'), unit(2, '19494', 'Phường', 'Đông Hà')]);
}

/** A provinces file: "44" in the middle of a 3 × 3 block of provinces, and "91" far away. */
export function provincesTopology(): Record<string, unknown> {
  const codes = ['40', '42', '46', '48', '44', '49', '51', '52', '54'];
  const cells: GridCell[] = codes.map((code, k) => ({ col: k % 3, row: Math.floor(k / 3), id: code, properties: { name: `P${code}`, fullName: `Tỉnh P${code}` } }));
  cells.push({ col: 9, row: 9, id: '91', properties: { name: 'Far', fullName: 'Tỉnh Far', label: [0, 0] } });
  return gridTopology(cells, { object: 'provinces', step: 1, origin: [100, 10] });
}

/** The index entries of the two districts of oldProvinceTopology. */
export const OLD_DISTRICTS = [
  { code: '461', name: 'Đông Hà', fullName: 'Thành phố Đông Hà', units: 4, bbox: [107, 16.7, 107.1, 16.8] as [number, number, number, number] },
  { code: '468', name: 'Cam Lộ', fullName: 'Huyện Cam Lộ', units: 4, bbox: [106.9, 16.7, 107, 16.8] as [number, number, number, number] },
];
