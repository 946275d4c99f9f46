/**
 * Label placement helpers for the map: label texts, anchor preferences, label points (polylabel, or the ones the
 * boundary worker found). Pure apart from a bounded cache of those points; no spread arguments, so rings of any size are safe.
 * Light on purpose (no turf): the SVG map of the embed uses it; the context labels and bounds are in ./context-labels.
 */
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { geometryKey, labelPointOf, poleOf, type BoundaryLabelPoint } from '../data/label-geometry';
import type { CommuneProperties, Lang } from '../data/types';

/** A label position: id (GSO code) and longitude/latitude. */
export interface LabelPoint {
  id: string;
  lng: number;
  lat: number;
}

/** MapLibre text anchors, each with the direction (x east, y south, in text-box halves) the text lies from its point. */
const ANCHOR_DIRECTIONS: Record<string, readonly [number, number]> = {
  center: [0, 0],
  left: [1, 0],
  right: [-1, 0],
  top: [0, 1],
  bottom: [0, -1],
  'top-left': [1, 1],
  'top-right': [-1, 1],
  'bottom-left': [1, -1],
  'bottom-right': [-1, -1],
};

/** A text anchor MapLibre understands. */
export type TextAnchor = keyof typeof ANCHOR_DIRECTIONS;

/** Typical label box, in multiples of the median nearest-neighbour distance of the points (width, height). */
const BOX: readonly [number, number] = [0.9, 0.32];

/** Offset of a label from its point, in ems, for anchors other than center. */
const RADIAL_OFFSET_EM = 0.35;

/**
 * Short label of a commune in a language: "Cam Tuyền"; a town or ward gets its type ("TT Cam Lộ" /
 * "Cam Lộ town"), the name's own spaces made non-breaking so a wrapped label keeps the name whole.
 */
export function communeLabel(props: Pick<CommuneProperties, 'name' | 'type'>, lang: Lang): string {
  const whole = props.name.replace(/ /g, '\u00a0');
  if (props.type === 'Thị trấn') return lang === 'vi' ? `TT ${whole}` : `${whole} town`;
  if (props.type === 'Phường') return lang === 'vi' ? `P. ${whole}` : `${whole} ward`;
  return props.name;
}

/** Web-Mercator position in degrees-equivalent units (x east, y south), so distances match the screen. */
function project(p: LabelPoint): [number, number] {
  const phi = (p.lat * Math.PI) / 180;
  return [p.lng, (-Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI];
}

/** Box clearance beyond which a candidate counts as free; center then wins (box units, > 1 means no overlap). */
const FREE_CLEARANCE = 1.5;

/**
 * The anchors each label should try, best first, for MapLibre's `text-variable-anchor-offset`.
 * A candidate's clearance is the box distance max(|dx| / width, |dy| / height) from its text box to
 * the nearest other label point, with a typical label box (wider than tall) scaled to the points'
 * spacing; above 1 the two labels cannot overlap. Clearances are capped, so center wins whenever it
 * is free, and a label next to a close neighbour turns away from it.
 */
export function labelAnchorOrder(points: readonly LabelPoint[], indexPoints: PointIndexer = scanIndex): Record<string, TextAnchor[]> {
  const xy = points.map(project);
  const index = indexPoints(xy);
  const spacing = medianNearest(xy, index);
  const [bw, bh] = [BOX[0] * spacing, BOX[1] * spacing];
  const result: Record<string, TextAnchor[]> = {};
  points.forEach((point, i) => {
    const [x, y] = xy[i]!;
    const scored = (Object.keys(ANCHOR_DIRECTIONS) as TextAnchor[]).map((anchor, order) => {
      const [dx, dy] = ANCHOR_DIRECTIONS[anchor]!;
      const cx = x + (dx * bw) / 2;
      const cy = y + (dy * bh) / 2;
      // Points beyond FREE_CLEARANCE boxes cannot lower the capped score: only the index's hits in that box count.
      let clearance: number = FREE_CLEARANCE;
      const [rx, ry] = [FREE_CLEARANCE * bw, FREE_CLEARANCE * bh];
      for (const j of index.search(cx - rx, cy - ry, cx + rx, cy + ry)) {
        const [ox, oy] = xy[j]!;
        if (j !== i) clearance = Math.min(clearance, Math.max(Math.abs(ox - cx) / bw, Math.abs(oy - cy) / bh));
      }
      return { anchor, score: clearance, order };
    });
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    result[point.id] = scored.map((s) => s.anchor);
  });
  return result;
}

/** A `text-variable-anchor-offset` value for an anchor order: [anchor, [x, y] offset in ems, …]. */
export function anchorOffsets(order: readonly TextAnchor[]): (string | [number, number])[] {
  return order.flatMap((anchor) => {
    const [dx, dy] = ANCHOR_DIRECTIONS[anchor]!;
    const len = Math.hypot(dx, dy) || 1;
    const offset: [number, number] = [round2((dx / len) * RADIAL_OFFSET_EM), round2((dy / len) * RADIAL_OFFSET_EM)];
    return [anchor, offset];
  });
}

/** Label points found elsewhere (the boundary worker), by geometry key; bounded so it never grows without end. */
const KNOWN_POINTS = new Map<string, [number, number]>();
const MAX_KNOWN = 5000;

/** Keep label points computed off the main thread, so `communeLabelPoints` uses them instead of computing again. */
export function rememberLabelPoints(points: readonly BoundaryLabelPoint[]): void {
  for (const { key, point } of points) {
    if (KNOWN_POINTS.size >= MAX_KNOWN) KNOWN_POINTS.delete(KNOWN_POINTS.keys().next().value!);
    KNOWN_POINTS.set(key, point);
  }
}

/**
 * Label points of the communes: the context's point by GSO code, else the one the feature carries (units of the national
 * places files), else a remembered one, else polylabel of the largest part.
 */
export function communeLabelPoints(
  communes: readonly Feature<Geometry, CommuneProperties>[],
  context: FeatureCollection | null,
): Feature<Point, { gso_code: string; name: string; type: string }>[] {
  const given = new Map<string, Position>();
  for (const f of context?.features ?? []) {
    const code = (f.properties as { gso_code?: unknown } | null)?.gso_code;
    if (typeof code === 'string' && f.geometry?.type === 'Point') given.set(code, f.geometry.coordinates);
  }
  return communes.map((c) => {
    const { gso_code, name, type } = c.properties;
    const coordinates = given.get(gso_code) ?? c.properties.label ?? communePoint(gso_code, c.geometry);
    return { type: 'Feature', id: gso_code, properties: { gso_code, name, type }, geometry: { type: 'Point', coordinates } };
  });
}

function communePoint(code: string, geometry: Geometry): Position {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [0, 0];
  return KNOWN_POINTS.get(geometryKey(code, geometry)) ?? labelPointOf(geometry);
}

/** The point of a ring farthest from its edges (pole of inaccessibility, by polylabel), distances as on the map. */
export function interiorPoint(ring: readonly Position[]): Position {
  return poleOf([ring]);
}

/** Points found by position: those in a box (at least; more are harmless) and the nearest one to a point but itself. */
export interface PointIndex {
  search(minX: number, minY: number, maxX: number, maxY: number): Iterable<number>;
  nearest(i: number): number | undefined;
}

/** Makes a PointIndex of projected points (e.g. ./label-index's Flatbush one for thousands of points). */
export type PointIndexer = (xy: readonly [number, number][]) => PointIndex;

/** The index without an index: every point is a candidate (fine for the few hundred labels of a province). */
export const scanIndex: PointIndexer = (xy) => ({
  search: () => xy.keys(),
  nearest(i) {
    let best: number | undefined;
    let min = Infinity;
    xy.forEach(([x, y], j) => {
      const d = Math.hypot(x - xy[i]![0], y - xy[i]![1]);
      if (j !== i && d < min) [best, min] = [j, d];
    });
    return best;
  },
});

function medianNearest(xy: readonly [number, number][], index: PointIndex): number {
  const nearest: number[] = [];
  xy.forEach(([x, y], i) => {
    const j = index.nearest(i);
    if (j !== undefined) nearest.push(Math.hypot(xy[j]![0] - x, xy[j]![1] - y));
  });
  nearest.sort((a, b) => a - b);
  return nearest.length ? nearest[Math.floor(nearest.length / 2)]! || 1 : 1;
}

const round2 = (v: number) => Math.round(v * 100) / 100 + 0;
