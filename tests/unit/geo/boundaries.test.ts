import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import {
  area,
  booleanClockwise,
  booleanPointInPolygon,
  booleanValid,
  difference,
  featureCollection,
  intersect,
  union,
} from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { CommuneProperties } from '../../../src/data/types';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BOUNDARIES = path.join(REPO_ROOT, 'geo/boundaries');
const SOURCE_DIR = process.env.GEO_SOURCE_DIR ?? path.resolve(REPO_ROOT, '../shared/geo-sources/censusvn2009');
const SOURCE_COMMUNES = path.join(SOURCE_DIR, 'cam_lo_communes.geojson');

type Area = Polygon | MultiPolygon;

function read<G extends Polygon | MultiPolygon | Point, P>(file: string): FeatureCollection<G, P> {
  return JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<G, P>;
}

const km2 = (feature: Feature<Area>): number => area(feature) / 1e6;

/** Area in km² shared by two polygons (0 when they only touch). */
function sharedArea(a: Feature<Area>, b: Feature<Area>): number {
  const shared = intersect(featureCollection([a, b]));
  return shared ? km2(shared) : 0;
}

function ringsOf(feature: Feature<Area>): Position[][][] {
  const g = feature.geometry;
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

const communes = read<Area, CommuneProperties>(path.join(BOUNDARIES, 'cam-lo-communes.geojson')).features;
const outline = read<Area, Record<string, string>>(path.join(BOUNDARIES, 'cam-lo-outline.geojson')).features;
const neighbours = read<Area, Record<string, string>>(path.join(BOUNDARIES, 'neighbours.geojson')).features;
const labels = read<Point, Pick<CommuneProperties, 'gso_code' | 'name' | 'full_name'>>(
  path.join(BOUNDARIES, 'cam-lo-label-points.geojson'),
).features;

const EXPECTED_COMMUNES: CommuneProperties[] = [
  { gso_code: '19597', name: 'Cam Lộ', type: 'Thị trấn', full_name: 'Thị trấn Cam Lộ', name_ascii: 'Cam Lo', source_units: ['4090901'] },
  { gso_code: '19600', name: 'Cam Tuyền', type: 'Xã', full_name: 'Xã Cam Tuyền', name_ascii: 'Cam Tuyen', source_units: ['4090911'] },
  { gso_code: '19603', name: 'Thanh An', type: 'Xã', full_name: 'Xã Thanh An', name_ascii: 'Thanh An', source_units: ['4090905', '4090907'] },
  { gso_code: '19606', name: 'Cam Thủy', type: 'Xã', full_name: 'Xã Cam Thủy', name_ascii: 'Cam Thuy', source_units: ['4090909'] },
  { gso_code: '19612', name: 'Cam Thành', type: 'Xã', full_name: 'Xã Cam Thành', name_ascii: 'Cam Thanh', source_units: ['4090903'] },
  { gso_code: '19615', name: 'Cam Hiếu', type: 'Xã', full_name: 'Xã Cam Hiếu', name_ascii: 'Cam Hieu', source_units: ['4090913'] },
  { gso_code: '19618', name: 'Cam Chính', type: 'Xã', full_name: 'Xã Cam Chính', name_ascii: 'Cam Chinh', source_units: ['4090915'] },
  { gso_code: '19621', name: 'Cam Nghĩa', type: 'Xã', full_name: 'Xã Cam Nghĩa', name_ascii: 'Cam Nghia', source_units: ['4090917'] },
];

describe('commune boundaries', () => {
  it('holds exactly the eight communes of 2022, sorted by GSO code, with the contract properties', () => {
    expect(communes.map((c) => c.properties)).toEqual(EXPECTED_COMMUNES);
  });

  it('gives every commune a unique numeric id equal to its GSO code', () => {
    expect(communes.map((c) => c.id)).toEqual(EXPECTED_COMMUNES.map((c) => Number(c.gso_code)));
    expect(new Set(communes.map((c) => c.properties.gso_code)).size).toBe(communes.length);
  });

  it('writes names NFC-normalised, with diacritics and without escape text', () => {
    for (const { properties: p } of [...communes, ...neighbours, ...outline]) {
      for (const text of [p.name, p.full_name]) {
        expect(text).toBe(text?.normalize('NFC'));
        expect(text).not.toMatch(/\\u[0-9a-f]{4}/i);
      }
    }
    expect(communes.find((c) => c.properties.gso_code === '19600')?.properties.full_name).toBe('Xã Cam Tuy\u1ec1n');
    for (const { properties: p } of communes) expect(p.name_ascii).toMatch(/^[A-Za-z ]+$/);
  });

  it('stores each commune as one valid polygon without holes', () => {
    for (const c of communes) {
      expect(c.geometry.type, c.properties.name).toBe('Polygon');
      expect(booleanValid(c), c.properties.name).toBe(true);
      expect(ringsOf(c)[0], c.properties.name).toHaveLength(1);
    }
  });

  it('leaves no overlap between any two communes', () => {
    for (let i = 0; i < communes.length; i++) {
      for (let j = i + 1; j < communes.length; j++) {
        const a = communes[i]!;
        const b = communes[j]!;
        expect(sharedArea(a, b), `${a.properties.name} × ${b.properties.name}`).toBeLessThan(0.001);
      }
    }
  });

  it('leaves no gap: the communes add up to their union, a single polygon without holes', () => {
    const merged = union(featureCollection(communes));
    if (!merged) throw new Error('union is empty');
    expect(merged.geometry.type).toBe('Polygon');
    expect(ringsOf(merged)[0]).toHaveLength(1);
    const sum = communes.reduce((s, c) => s + km2(c), 0);
    expect(Math.abs(sum - km2(merged))).toBeLessThan(0.01);
  });

  it("covers the district's 342.6 km² within 1%", () => {
    const total = communes.reduce((s, c) => s + km2(c), 0);
    expect(Math.abs(total - 342.6) / 342.6).toBeLessThan(0.01);
  });
});

describe('ring winding', () => {
  it('winds exterior rings counter-clockwise and holes clockwise (RFC 7946)', () => {
    for (const f of [...communes, ...outline, ...neighbours]) {
      for (const polygon of ringsOf(f)) {
        polygon.forEach((ring, k) => expect(booleanClockwise(ring), `${f.properties.name} ring ${k}`).toBe(k > 0));
      }
    }
  });
});

describe('district outline', () => {
  it('is one Huyện Cam Lộ polygon', () => {
    expect(outline).toHaveLength(1);
    expect(outline[0]!.geometry.type).toBe('Polygon');
    expect(booleanValid(outline[0]!)).toBe(true);
    expect(outline[0]!.properties).toEqual({ name: 'Cam Lộ', type: 'Huyện', full_name: 'Huyện Cam Lộ', province: 'Quảng Trị' });
  });

  it('matches the union of the communes', () => {
    const merged = union(featureCollection(communes))!;
    const shape = outline[0]!;
    expect(Math.abs(km2(shape) - km2(merged))).toBeLessThan(0.05);
    const outside = [difference(featureCollection([shape, merged])), difference(featureCollection([merged, shape]))];
    expect(outside.reduce((s, d) => s + (d ? km2(d) : 0), 0)).toBeLessThan(0.05);
  });
});

describe('neighbouring districts', () => {
  it('are the six districts around Cam Lộ, with decoded names and types', () => {
    expect(neighbours.map((n) => n.properties)).toEqual([
      { name: 'Đa Krông', type: 'Huyện', full_name: 'Huyện Đa Krông', name_ascii: 'Da Krong' },
      { name: 'Đông Hà', type: 'Thành phố', full_name: 'Thành phố Đông Hà', name_ascii: 'Dong Ha' },
      { name: 'Gio Linh', type: 'Huyện', full_name: 'Huyện Gio Linh', name_ascii: 'Gio Linh' },
      { name: 'Hướng Hóa', type: 'Huyện', full_name: 'Huyện Hướng Hóa', name_ascii: 'Huong Hoa' },
      { name: 'Triệu Phong', type: 'Huyện', full_name: 'Huyện Triệu Phong', name_ascii: 'Trieu Phong' },
      { name: 'Vĩnh Linh', type: 'Huyện', full_name: 'Huyện Vĩnh Linh', name_ascii: 'Vinh Linh' },
    ]);
    for (const n of neighbours) expect(booleanValid(n), n.properties.name).toBe(true);
  });

  it('do not overlap the Cam Lộ outline', () => {
    const overlap = neighbours.reduce((s, n) => s + sharedArea(n, outline[0]!), 0);
    expect(overlap).toBeLessThan(0.05);
  });

  it('touch the Cam Lộ outline without a visible gap', () => {
    const merged = union(featureCollection([outline[0]!, ...neighbours]))!;
    const holes = ringsOf(merged).flatMap((polygon) => polygon.slice(1));
    const holeArea = holes.reduce((s, ring) => s + area({ type: 'Polygon', coordinates: [ring] }) / 1e6, 0);
    expect(holeArea).toBeLessThan(0.01);
  });
});

describe('label points', () => {
  it('has one point per commune, carrying its code and names', () => {
    expect(labels.map((l) => l.properties)).toEqual(
      EXPECTED_COMMUNES.map(({ gso_code, name, full_name }) => ({ gso_code, name, full_name })),
    );
  });

  it('places each point inside its commune', () => {
    for (const label of labels) {
      const commune = communes.find((c) => c.properties.gso_code === label.properties.gso_code)!;
      expect(booleanPointInPolygon(label, commune), label.properties.name).toBe(true);
    }
  });
});

describe('against the censusVN2009 source', () => {
  it.skipIf(!existsSync(SOURCE_COMMUNES))('uses every source unit once and keeps each commune within 1% of its area', () => {
    const source = read<Polygon, { commune_id: number }>(SOURCE_COMMUNES).features;
    const used = communes.flatMap((c) => c.properties.source_units).sort();
    expect(used).toEqual(source.map((f) => String(f.properties.commune_id)).sort());
    for (const c of communes) {
      const parts = source.filter((f) => c.properties.source_units.includes(String(f.properties.commune_id)));
      const sourceArea = parts.reduce((s, f) => s + km2(f), 0);
      expect(Math.abs(km2(c) - sourceArea) / sourceArea, c.properties.name).toBeLessThan(0.01);
    }
  });
});
