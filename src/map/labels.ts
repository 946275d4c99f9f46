/** Label placement helpers for the map: label texts, anchor preferences, context label points. Pure. */
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
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
export function labelAnchorOrder(points: readonly LabelPoint[]): Record<string, TextAnchor[]> {
  const xy = points.map(project);
  const spacing = medianNearest(xy);
  const [bw, bh] = [BOX[0] * spacing, BOX[1] * spacing];
  const result: Record<string, TextAnchor[]> = {};
  points.forEach((point, i) => {
    const [x, y] = xy[i]!;
    const scored = (Object.keys(ANCHOR_DIRECTIONS) as TextAnchor[]).map((anchor, order) => {
      const [dx, dy] = ANCHOR_DIRECTIONS[anchor]!;
      const cx = x + (dx * bw) / 2;
      const cy = y + (dy * bh) / 2;
      let clearance = Infinity;
      xy.forEach(([ox, oy], j) => {
        if (j !== i) clearance = Math.min(clearance, Math.max(Math.abs(ox - cx) / bw, Math.abs(oy - cy) / bh));
      });
      return { anchor, score: Math.min(clearance, FREE_CLEARANCE), order };
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

/** Label points of the communes: the context's point by GSO code, else the centroid of the largest ring. */
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
    const coordinates = given.get(gso_code) ?? largestRingPoint(c.geometry);
    return { type: 'Feature', id: gso_code, properties: { gso_code, name, type }, geometry: { type: 'Point', coordinates } };
  });
}

/**
 * A label point for each context polygon (neighbouring districts): the most inland point of its largest
 * part inside `bbox`; polygons with less than 2 % of the box inside it get none.
 */
export function clippedLabelPoints(
  features: FeatureCollection,
  bbox: readonly [number, number, number, number],
): Feature<Point, Record<string, unknown>>[] {
  const out: Feature<Point, Record<string, unknown>>[] = [];
  const minArea = 0.02 * (bbox[2] - bbox[0]) * (bbox[3] - bbox[1]);
  for (const f of features.features) {
    const polygons = polygonsOf(f.geometry);
    const clipped = polygons.map((rings) => clipRing(rings[0] ?? [], bbox)).filter((r) => r.length >= 3);
    const best = clipped.map((ring) => ({ ring, area: Math.abs(ringArea(ring)) })).sort((a, b) => b.area - a.area)[0];
    if (!best || best.area < minArea) continue;
    out.push({ type: 'Feature', properties: { ...(f.properties ?? {}) }, geometry: { type: 'Point', coordinates: interiorPoint(best.ring) } });
  }
  return out;
}

/** Bounding box [west, south, east, north] of a set of features' coordinates. */
export function bboxOf(features: FeatureCollection): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features.features) {
    for (const rings of polygonsOf(f.geometry)) {
      for (const [x, y] of rings[0] ?? []) {
        box[0] = Math.min(box[0], x!);
        box[1] = Math.min(box[1], y!);
        box[2] = Math.max(box[2], x!);
        box[3] = Math.max(box[3], y!);
      }
    }
  }
  return box;
}

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function largestRingPoint(geometry: Geometry): Position {
  const rings = polygonsOf(geometry).map((p) => p[0] ?? []);
  const best = rings.sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)))[0];
  return best && best.length > 0 ? interiorPoint(best) : [0, 0];
}

/**
 * The point of a ring farthest from its edges (pole of inaccessibility), found on a 32 × 32 grid
 * refined twice around the best cell; x is scaled by cos(latitude) so distances match the map.
 */
export function interiorPoint(ring: readonly Position[]): Position {
  if (ring.length < 3) return ring[0] ?? [0, 0];
  const k = Math.cos(((ring.reduce((sum, p) => sum + p[1]!, 0) / ring.length) * Math.PI) / 180);
  const pts = ring.map((p) => [p[0]! * k, p[1]!] as const);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: { x: number; y: number; d: number } | null = null;
  for (let round = 0; round < 3; round++) {
    const n = 32;
    const [sx, sy] = [(x1 - x0) / n, (y1 - y0) / n];
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n; j++) {
        const x = x0 + i * sx;
        const y = y0 + j * sy;
        if (!inside(pts, x, y)) continue;
        const d = edgeDistance(pts, x, y);
        if (!best || d > best.d) best = { x, y, d };
      }
    }
    if (!best) break;
    [x0, x1, y0, y1] = [best.x - 2 * sx, best.x + 2 * sx, best.y - 2 * sy, best.y + 2 * sy];
  }
  return best ? [round6(best.x / k), round6(best.y)] : ringCentroid(ring);
}

function inside(pts: readonly (readonly [number, number])[], x: number, y: number): boolean {
  let result = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i]!;
    const [xj, yj] = pts[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

function edgeDistance(pts: readonly (readonly [number, number])[], x: number, y: number): number {
  let min = Infinity;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [ax, ay] = pts[j]!;
    const [bx, by] = pts[i]!;
    const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / len2));
    min = Math.min(min, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
  }
  return min;
}

function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return sum / 2;
}

function ringCentroid(ring: readonly Position[]): Position {
  const area = ringArea(ring);
  if (area === 0) return ring[0] ?? [0, 0];
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]! as [number, number];
    const [x1, y1] = ring[i]! as [number, number];
    const cross = x0 * y1 - x1 * y0;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return [round6(cx / (6 * area)), round6(cy / (6 * area))];
}

/** Sutherland–Hodgman clip of a ring to an axis-aligned box. */
function clipRing(ring: readonly Position[], [w, s, e, n]: readonly [number, number, number, number]): Position[] {
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0]! >= w, (a, b) => atX(a, b, w)],
    [(p) => p[0]! <= e, (a, b) => atX(a, b, e)],
    [(p) => p[1]! >= s, (a, b) => atY(a, b, s)],
    [(p) => p[1]! <= n, (a, b) => atY(a, b, n)],
  ];
  let output: Position[] = [...ring];
  for (const [inside, cut] of edges) {
    const input = output;
    output = [];
    input.forEach((current, i) => {
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) output.push(cut(previous, current));
        output.push(current);
      } else if (inside(previous)) output.push(cut(previous, current));
    });
  }
  return output;
}

function atX(a: Position, b: Position, x: number): Position {
  const t = (x - a[0]!) / (b[0]! - a[0]!);
  return [x, a[1]! + t * (b[1]! - a[1]!)];
}

function atY(a: Position, b: Position, y: number): Position {
  const t = (y - a[1]!) / (b[1]! - a[1]!);
  return [a[0]! + t * (b[0]! - a[0]!), y];
}

function medianNearest(xy: readonly [number, number][]): number {
  const nearest = xy
    .map(([x, y], i) => Math.min(...xy.filter((_, j) => j !== i).map(([ox, oy]) => Math.hypot(ox - x, oy - y))))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  return nearest.length ? nearest[Math.floor(nearest.length / 2)]! || 1 : 1;
}

const round2 = (v: number) => Math.round(v * 100) / 100 + 0;
const round6 = (v: number) => Math.round(v * 1e6) / 1e6 + 0;
