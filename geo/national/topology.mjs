// TopoJSON building for the national places: mapshaper runs, ids and properties, label points, bboxes and
// deterministic serialisation.
import mapshaper from 'mapshaper';
import polylabel from 'polylabel';
import * as turf from '@turf/turf';
import { feature as decode } from 'topojson-client';

/** Largest polylabel precision in degrees (~55 m); smaller for small parts. */
const LABEL_PRECISION = 0.0005;
const LABEL_DECIMALS = 5;
const BBOX_DECIMALS = 4;

/** Rounds to the given number of decimals. */
export const round = (x, decimals) => Math.round(x * 10 ** decimals) / 10 ** decimals;

/**
 * Runs mapshaper on features `{ key, geometry, ...fields }` imported as layer `layer` and returns the parsed
 * outputs by file name. `commands` follow the import; mapshaper gets text because it rewinds input objects.
 */
export async function runMapshaper(layer, features, commands) {
  const input = {
    type: 'FeatureCollection',
    features: features.map(({ geometry, ...properties }) => ({ type: 'Feature', properties, geometry })),
  };
  const out = await mapshaper.applyCommands(`-i in.json name=${layer} ${commands}`, { 'in.json': JSON.stringify(input) });
  return Object.fromEntries(Object.entries(out).map(([name, text]) => [name, JSON.parse(text)]));
}

/** mapshaper output options for TopoJSON with the given quantization. */
export const topoOut = (file, quantization, target) =>
  `-o ${file} format=topojson quantization=${quantization}${target ? ` target=${target}` : ''}`;

/** Coordinates of the outer ring polygons of a Polygon or MultiPolygon, as polygon coordinate lists. */
const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

/** Bounding box [w, s, e, n] of a polygonal geometry, or of several boxes joined. */
export function bboxOf(geometry) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygonsOf(geometry)) {
    for (const [x, y] of polygon[0]) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

/** Union of bounding boxes. */
export const joinBoxes = (boxes) => [
  Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])),
  Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3])),
];

/** A bbox rounded outwards to BBOX_DECIMALS, so it still contains the shape. */
export function roundBox([w, s, e, n]) {
  const f = 10 ** BBOX_DECIMALS;
  return [Math.floor(w * f) / f, Math.floor(s * f) / f, Math.ceil(e * f) / f, Math.ceil(n * f) / f].map((x) => round(x, BBOX_DECIMALS));
}

/** True when [lon, lat] lies inside or on the polygonal geometry. */
export const isInside = (point, geometry) => turf.booleanPointInPolygon(turf.point(point), turf.feature(geometry));

/**
 * Label point of a polygonal geometry: `preferred` when it lies inside, else the polylabel pole of inaccessibility
 * of the largest part, rounded to LABEL_DECIMALS (the nearest rounded point that stays inside).
 */
export function labelPoint(geometry, preferred) {
  if (preferred && isInside(preferred, geometry)) return preferred;
  const parts = polygonsOf(geometry).map((coords) => ({ coords, area: turf.area(turf.polygon(coords)) }));
  const largest = parts.reduce((best, p) => (p.area > best.area ? p : best)).coords;
  const [w, s, e, n] = bboxOf({ type: 'Polygon', coordinates: largest });
  const precision = Math.min(LABEL_PRECISION, Math.max(1e-6, Math.min(e - w, n - s) / 100));
  const [x, y] = polylabel(largest, precision);
  const step = 10 ** -LABEL_DECIMALS;
  const polygon = { type: 'Polygon', coordinates: largest };
  for (const [dx, dy] of [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, -1], [1, -1], [-1, 1]]) {
    const candidate = [round(x + dx * step, LABEL_DECIMALS), round(y + dy * step, LABEL_DECIMALS)];
    if (isInside(candidate, polygon)) return candidate;
  }
  throw new Error(`No label point inside the polygon near ${x}, ${y}`);
}

/**
 * Rebuilds a mapshaper TopoJSON with fixed key order. `objects` maps each output object name to
 * `{ from, id(mapshaperProperties), properties(id, decodedGeometry) }`; geometries are sorted by id.
 */
export function finishTopology(topo, objects) {
  const result = { type: 'Topology', transform: topo.transform, objects: {}, arcs: topo.arcs };
  for (const [name, spec] of Object.entries(objects)) {
    const source = topo.objects[spec.from];
    if (!source) throw new Error(`mapshaper output has no layer "${spec.from}"`);
    const geometries = source.geometries.map((g) => {
      const id = spec.id(g.properties ?? {});
      if (!g.type || !g.arcs) throw new Error(`${name} ${id}: no geometry left`);
      const shape = decode(topo, g).geometry;
      return { type: g.type, id, properties: spec.properties(id, shape), arcs: g.arcs };
    });
    geometries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    result.objects[name] = { type: 'GeometryCollection', geometries };
  }
  return result;
}
