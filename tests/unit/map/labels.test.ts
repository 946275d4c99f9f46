import type { Feature, FeatureCollection, Polygon } from 'geojson';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorOffsets, communeLabel, communeLabelPoints, interiorPoint, labelAnchorOrder } from '../../../src/map/labels';
import { bboxOf, clippedLabelPoints } from '../../../src/map/context-labels';
import { flatbushIndex } from '../../../src/map/label-index';
import type { CommuneProperties } from '../../../src/data/types';
import { readGeo } from './fixture';

const square = (x: number, y: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});

describe('labelAnchorOrder', () => {
  it('puts center first for a label far from the others, and lists every anchor once', () => {
    const order = labelAnchorOrder([
      { id: 'a', lng: 106.5, lat: 16.8 },
      { id: 'b', lng: 107.1, lat: 16.8 },
      { id: 'c', lng: 107.11, lat: 16.82 },
      { id: 'd', lng: 107.12, lat: 16.8 },
    ]);
    expect(order['a']![0]).toBe('center');
    expect(new Set(order['a'])).toHaveProperty('size', 9);
  });

  it('turns a label away from a close neighbour', () => {
    const order = labelAnchorOrder([
      { id: 'west', lng: 107.0, lat: 16.8 },
      { id: 'east', lng: 107.01, lat: 16.8 },
      { id: 'far1', lng: 106.8, lat: 16.6 },
      { id: 'far2', lng: 107.2, lat: 17.0 },
    ]);
    expect(order['west']!.indexOf('right')).toBeLessThan(order['west']!.indexOf('left'));
    expect(order['east']!.indexOf('left')).toBeLessThan(order['east']!.indexOf('right'));
  });

  it('places every built-in label point', () => {
    const points = readGeo('cam-lo-label-points.geojson').features.map((f) => ({
      id: String(f.properties!['gso_code']),
      lng: (f.geometry as { coordinates: number[] }).coordinates[0]!,
      lat: (f.geometry as { coordinates: number[] }).coordinates[1]!,
    }));
    const order = labelAnchorOrder(points);
    expect(Object.keys(order)).toHaveLength(8);
    expect(order['19597']![0]).not.toBe('left');
    expect(order['19615']![0]).not.toBe('right');
  });
});

describe('anchorOffsets', () => {
  it('flattens anchors with radial offsets in ems', () => {
    expect(anchorOffsets(['center', 'left', 'top-right'])).toEqual(['center', [0, 0], 'left', [0.35, 0], 'top-right', [-0.25, 0.25]]);
  });
});

describe('communeLabel', () => {
  it('keeps commune names and types towns and wards, never splitting the name', () => {
    expect(communeLabel({ name: 'Cam Tuyền', type: 'Xã' }, 'vi')).toBe('Cam Tuyền');
    expect(communeLabel({ name: 'Cam Lộ', type: 'Thị trấn' }, 'vi')).toBe('TT Cam\u00a0Lộ');
    expect(communeLabel({ name: 'Cam Lộ', type: 'Thị trấn' }, 'en')).toBe('Cam\u00a0Lộ town');
    expect(communeLabel({ name: 'Đông Lương', type: 'Phường' }, 'en')).toBe('Đông\u00a0Lương ward');
  });
});

describe('label points', () => {
  const props = (code: string): CommuneProperties => ({ gso_code: code, name: code, type: 'Xã', full_name: `Xã ${code}`, name_ascii: code, source_units: [] });
  const uShape: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] };

  it('uses the given point by GSO code and an inland point otherwise', () => {
    const communes: Feature<Polygon, CommuneProperties>[] = [
      { type: 'Feature', properties: props('1'), geometry: square(0, 0, 1) },
      { type: 'Feature', properties: props('2'), geometry: uShape },
    ];
    const context: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { gso_code: '1' }, geometry: { type: 'Point', coordinates: [0.2, 0.3] } }] };
    const [a, b] = communeLabelPoints(communes, context);
    expect(a!.geometry.coordinates).toEqual([0.2, 0.3]);
    const [x, y] = b!.geometry.coordinates as [number, number];
    expect(x < 1 || x > 2 || y < 1).toBe(true);
  });

  it('uses the point a unit of the places files carries, before working one out (the context’s still wins)', () => {
    const carried: Feature<Polygon, CommuneProperties>[] = [
      { type: 'Feature', properties: { ...props('1'), label: [0.7, 0.6] }, geometry: square(0, 0, 1) },
      { type: 'Feature', properties: { ...props('2'), label: [2.5, 2.5] }, geometry: uShape },
    ];
    const context: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { gso_code: '2' }, geometry: { type: 'Point', coordinates: [0.5, 0.5] } }] };
    const [a, b] = communeLabelPoints(carried, context);
    expect(a!.geometry.coordinates).toEqual([0.7, 0.6]);
    expect(b!.geometry.coordinates).toEqual([0.5, 0.5]);
    expect(communeLabelPoints(carried, null)[1]!.geometry.coordinates).toEqual([2.5, 2.5]);
  });

  it('finds the pole of a square at its centre', () => {
    const [x, y] = interiorPoint(square(10, 10, 0.1).coordinates[0]!) as [number, number];
    expect(x).toBeCloseTo(10.05, 2);
    expect(y).toBeCloseTo(10.05, 2);
  });

  it('labels a context polygon inside the box, skipping slivers', () => {
    const features: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { name: 'big' }, geometry: square(-5, -5, 10) },
        { type: 'Feature', properties: { name: 'sliver' }, geometry: square(0.99, 0, 0.5) },
      ],
    };
    const points = clippedLabelPoints(features, [0, 0, 1, 1]);
    expect(points.map((p) => p.properties['name'])).toEqual(['big']);
    const [x, y] = points[0]!.geometry.coordinates as [number, number];
    expect(x).toBeGreaterThan(0.3);
    expect(x).toBeLessThan(0.7);
    expect(y).toBeGreaterThan(0.3);
    expect(y).toBeLessThan(0.7);
  });

  it('measures the bounding box of the outline', () => {
    const [w, s, e, n] = bboxOf(readGeo('cam-lo-outline.geojson'));
    expect(w).toBeCloseTo(106.83, 2);
    expect(e).toBeCloseTo(107.104, 2);
    expect(s).toBeCloseTo(16.685, 2);
    expect(n).toBeCloseTo(16.884, 2);
  });
});

/** The anchor order by the definition, every pair compared (what the indexed version must equal). */
function bruteAnchorOrder(points: { id: string; lng: number; lat: number }[]): Record<string, string[]> {
  const dirs: [string, number, number][] = [['center', 0, 0], ['left', 1, 0], ['right', -1, 0], ['top', 0, 1], ['bottom', 0, -1], ['top-left', 1, 1], ['top-right', -1, 1], ['bottom-left', 1, -1], ['bottom-right', -1, -1]];
  const xy = points.map((p) => [p.lng, (-Math.log(Math.tan(Math.PI / 4 + (p.lat * Math.PI) / 360)) * 180) / Math.PI] as const);
  const nearest = xy.map(([x, y], i) => Math.min(...xy.filter((_, j) => j !== i).map(([ox, oy]) => Math.hypot(ox - x, oy - y)))).filter(Number.isFinite).sort((a, b) => a - b);
  const spacing = nearest.length ? nearest[Math.floor(nearest.length / 2)]! || 1 : 1;
  const [bw, bh] = [0.9 * spacing, 0.32 * spacing];
  return Object.fromEntries(points.map((p, i) => {
    const [x, y] = xy[i]!;
    const scored = dirs.map(([anchor, dx, dy], order) => {
      const [cx, cy] = [x + (dx * bw) / 2, y + (dy * bh) / 2];
      const clearance = Math.min(1.5, ...xy.filter((_, j) => j !== i).map(([ox, oy]) => Math.max(Math.abs(ox - cx) / bw, Math.abs(oy - cy) / bh)));
      return { anchor, score: clearance, order };
    });
    scored.sort((a, b) => b.score - a.score || a.order - b.order);
    return [p.id, scored.map((s) => s.anchor)];
  }));
}

describe('labelAnchorOrder on many points', () => {
  it('equals the pairwise definition on random point sets (spatial index only skips points that cannot matter)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 102, max: 110, noNaN: true }), fc.double({ min: 8, max: 23, noNaN: true })), { maxLength: 60 }), (coords) => {
        const points = coords.map(([lng, lat], i) => ({ id: String(i), lng, lat }));
        const expected = bruteAnchorOrder(points);
        expect(labelAnchorOrder(points)).toEqual(expected);
        expect(labelAnchorOrder(points, flatbushIndex)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
