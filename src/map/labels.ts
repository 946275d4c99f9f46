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

/** Short label of a commune in a language: "Cam Tuyền"; a town gets its type ("TT Cam Lộ" / "Cam Lộ town"). */
export function communeLabel(props: Pick<CommuneProperties, 'name' | 'type'>, lang: Lang): string {
  if (props.type === 'Thị trấn') return lang === 'vi' ? `TT ${props.name}` : `${props.name} town`;
  if (props.type === 'Phường') return lang === 'vi' ? `P. ${props.name}` : `${props.name} ward`;
  return props.name;
}

/** Web-Mercator position in degrees-equivalent units (x east, y south), so distances match the screen. */
function project(p: LabelPoint): [number, number] {
  const phi = (p.lat * Math.PI) / 180;
  return [p.lng, (-Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI];
}

/**
 * The anchors each label should try, best first, for MapLibre's `text-variable-anchor-offset`.
 * A candidate's score is how far its text box would be from the other labels' points, measured in
 * box-sized units (a box is wider than tall), so a label next to a close neighbour turns away from
 * it. Centered placement wins ties, being the most natural reading of "this name is this area".
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
        if (j !== i) clearance = Math.min(clearance, Math.hypot((ox - cx) / bw, (oy - cy) / bh));
      });
      const bonus = anchor === 'center' ? 0.25 : 0;
      return { anchor, score: clearance + bonus, order };
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
    const coordinates = given.get(gso_code) ?? largestRingCentroid(c.geometry);
    return { type: 'Feature', id: gso_code, properties: { gso_code, name, type }, geometry: { type: 'Point', coordinates } };
  });
}

/** A label point for each context polygon (neighbouring districts): the centroid of its part inside `bbox`. */
export function clippedLabelPoints(
  features: FeatureCollection,
  bbox: readonly [number, number, number, number],
): Feature<Point, Record<string, unknown>>[] {
  const out: Feature<Point, Record<string, unknown>>[] = [];
  for (const f of features.features) {
    const polygons = polygonsOf(f.geometry);
    const clipped = polygons.map((rings) => clipRing(rings[0] ?? [], bbox)).filter((r) => r.length >= 3);
    const best = clipped.map((ring) => ({ ring, area: Math.abs(ringArea(ring)) })).sort((a, b) => b.area - a.area)[0];
    if (!best || best.area === 0) continue;
    out.push({ type: 'Feature', properties: { ...(f.properties ?? {}) }, geometry: { type: 'Point', coordinates: ringCentroid(best.ring) } });
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

function largestRingCentroid(geometry: Geometry): Position {
  const rings = polygonsOf(geometry).map((p) => p[0] ?? []);
  const best = rings.sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)))[0];
  return best && best.length > 0 ? ringCentroid(best) : [0, 0];
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
