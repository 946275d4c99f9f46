import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaceIndex } from '../../../../src/data/places/catalogue';
import { parsePlaceParam, type PlaceRef } from '../../../../src/data/places/place-id';
import {
  dissolveDistricts,
  districtBorders,
  labelPoints,
  neighbourFeatures,
  outlineOf,
  placeFeatures,
  placeOutline,
  unitFeatures,
} from '../../../../src/data/places/topology';
import { readProvincesTopology, readProvinceTopology, type ProvincesTopology, type ProvinceTopology } from '../../../../src/data/places/topology-files';
import { newProvinceTopology, oldProvinceTopology, OLD_DISTRICTS, provincesTopology } from './place-fixtures';

function province(json: unknown, vintage: '2013' | '2025', code: string): ProvinceTopology {
  const result = readProvinceTopology(json, vintage, code);
  if (!result.ok) throw new Error(result.message.en);
  return result.value;
}

function provinces(json: unknown, vintage: '2013' | '2025'): ProvincesTopology {
  const result = readProvincesTopology(json, vintage);
  if (!result.ok) throw new Error(result.message.en);
  return result.value;
}

const ref = (raw: string, level?: string): PlaceRef => parsePlaceParam(raw, level)!;

/** Area of a polygon's rings in square degrees (outer minus holes), for checking that merging keeps area. */
function area(coordinates: number[][][][]): number {
  const ring = (r: number[][]) => Math.abs(r.reduce((s, p, i) => s + (r[(i + 1) % r.length]![0]! - p[0]!) * (r[(i + 1) % r.length]![1]! + p[1]!), 0) / 2);
  return coordinates.reduce((s, poly) => s + ring(poly[0]!) - poly.slice(1).reduce((h, r) => h + ring(r), 0), 0);
}

describe('readProvinceTopology', () => {
  it('rejects malformed topologies with a bilingual message instead of throwing', () => {
    const good = oldProvinceTopology() as { arcs: unknown[]; objects: { units: { geometries: { id: unknown; arcs: unknown; properties: Record<string, unknown> }[] } } };
    const cases: unknown[] = [
      null,
      { type: 'Topology' },
      { ...good, arcs: [[[0, 0], ['x', 1]]] },
      { ...good, objects: { units: { type: 'GeometryCollection', geometries: [{ ...good.objects.units.geometries[0], arcs: [[0, 1, 999]] }] } } },
      { ...good, objects: { units: { type: 'GeometryCollection', geometries: [{ ...good.objects.units.geometries[0], id: '../etc' }] } } },
      { ...good, objects: { units: { type: 'GeometryCollection', geometries: [good.objects.units.geometries[0], good.objects.units.geometries[0]] } } },
      { ...good, objects: { units: { type: 'GeometryCollection', geometries: [{ ...good.objects.units.geometries[0], properties: { name: '' } }] } } },
    ];
    for (const json of cases) {
      const result = readProvinceTopology(json, '2013', '45');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message.vi).toContain('2013/45.json');
    }
  });

  it('gives numeric ids their leading zeros back', () => {
    const json = oldProvinceTopology() as { objects: { units: { geometries: { id: unknown }[] } } };
    json.objects.units.geometries[0]!.id = 4;
    expect(unitFeatures(province(json, '2013', '45'))[0]!.properties.gso_code).toBe('00004');
  });
});

describe('unitFeatures and placeFeatures', () => {
  const topo = province(oldProvinceTopology(), '2013', '45');

  it('decodes every unit with the app properties, namespaced keys and label points', () => {
    const features = unitFeatures(topo);
    expect(features).toHaveLength(8);
    const camLo = features.find((f) => f.properties.gso_code === '19597')!;
    expect(camLo.properties).toEqual({
      gso_code: '19597', name: 'Cam Lộ', type: 'Thị trấn', full_name: 'Thị trấn Cam Lộ', name_ascii: 'Cam Lo', source_units: [],
      vintage: '2013', key: '2013:19597', province: '45', district: '468', label: [106.925, 16.725], nocode: false,
    });
    expect(camLo.geometry).toEqual({ type: 'Polygon', coordinates: [[[106.9, 16.7], [106.95, 16.7], [106.95, 16.75], [106.9, 16.75], [106.9, 16.7]]] });
    const bai = features.find((f) => f.properties.gso_code === 'w4090999')!;
    expect(bai.properties).toMatchObject({ key: '2013:w4090999', nocode: true });
  });

  it('decodes quantized, delta-encoded arcs to the same features', () => {
    const quantized = province(oldProvinceTopology({ quantized: true }), '2013', '45');
    const a = unitFeatures(quantized).map((f) => f.geometry.coordinates.flat(2).map((x) => Math.round((x as number) * 1e9) / 1e9));
    const b = unitFeatures(topo).map((f) => f.geometry.coordinates.flat(2).map((x) => Math.round((x as number) * 1e9) / 1e9));
    expect(a).toEqual(b);
  });

  it('filters to a district, or dissolves districts at district level', () => {
    expect(placeFeatures(topo, ref('2013-45-468')).map((f) => f.properties.gso_code)).toEqual(['19597', '19600', '19612', '19615']);
    expect(placeFeatures(topo, ref('2013-45')).length).toBe(8);
    const districts = placeFeatures(topo, ref('2013-45', 'district'), OLD_DISTRICTS);
    expect(districts.map((d) => [d.properties.gso_code, d.properties.full_name, d.properties.type, d.properties.key])).toEqual([
      ['461', 'Thành phố Đông Hà', 'Thành phố', '2013:d461'],
      ['468', 'Huyện Cam Lộ', 'Huyện', '2013:d468'],
    ]);
    const camLo = districts[1]!;
    expect(camLo.geometry.type).toBe('MultiPolygon');
    expect(camLo.geometry.coordinates).toHaveLength(1);
    expect(area(camLo.geometry.coordinates as number[][][][])).toBeCloseTo(4 * 0.05 * 0.05, 10);
    expect(camLo.properties.source_units).toEqual(['19597', '19600', '19612', '19615']);
    const [x, y] = camLo.properties.label;
    expect(x).toBeGreaterThan(106.9);
    expect(x).toBeLessThan(107.0);
    expect(y).toBeGreaterThan(16.7);
    expect(y).toBeLessThan(16.8);
  });

  it('dissolves districts without index entries under their codes', () => {
    expect(dissolveDistricts(topo).map((d) => d.properties.full_name)).toEqual(['Huyện 461', 'Huyện 468']);
  });
});

describe('outlines, borders and neighbours', () => {
  const topo = province(oldProvinceTopology(), '2013', '45');

  it('merges the outline of a place', () => {
    const all = outlineOf(topo)!;
    expect(area(all.geometry.coordinates as number[][][][])).toBeCloseTo(8 * 0.0025, 10);
    const district = placeOutline(topo, ref('2013-45-461'))!;
    expect(area(district.geometry.coordinates as number[][][][])).toBeCloseTo(4 * 0.0025, 10);
    expect(outlineOf(topo, () => false)).toBeNull();
  });

  it('draws the border between districts only', () => {
    const border = districtBorders(topo).geometry;
    const length = border.coordinates.reduce((s, line) => s + line.slice(1).reduce((t, p, i) => t + Math.hypot(p[0]! - line[i]![0]!, p[1]! - line[i]![1]!), 0), 0);
    expect(length).toBeCloseTo(0.1, 10);
  });

  it('gives the other districts around a district, and touching or nearby provinces around a province', () => {
    const around = neighbourFeatures(ref('2013-45-468'), { province: topo, districts: OLD_DISTRICTS });
    expect(around.map((f) => [f.properties.code, f.properties.full_name])).toEqual([['461', 'Thành phố Đông Hà']]);
    const p = provinces(provincesTopology(), '2025');
    const near = neighbourFeatures(ref('2025-44'), { provinces: p });
    expect(near.map((f) => f.properties.code).sort()).toEqual(['40', '42', '46', '48', '49', '51', '52', '54']);
    expect(near.find((f) => f.properties.code === '40')!.properties).toMatchObject({ name: 'P40', type: 'Tỉnh', full_name: 'Tỉnh P40' });
    expect(neighbourFeatures(ref('2025-91'), { provinces: p })).toEqual([]);
    expect(neighbourFeatures(ref('2025-91'), { provinces: p, bbox: [101, 11, 112, 21] }).length).toBe(9);
    expect(neighbourFeatures(ref('2025-44'), {})).toEqual([]);
  });

  it('makes label points for the label layer', () => {
    const points = labelPoints(unitFeatures(province(newProvinceTopology(), '2025', '44')));
    expect(points.features.map((f) => [f.id, f.properties.full_name, f.geometry.coordinates])).toEqual([
      ['19597', 'Xã Cam Lộ', [106.925, 16.725]],
      ['19603', 'Xã Hiếu Giang', [106.975, 16.725]],
      ['19494', 'Phường Đông Hà', [107.025, 16.725]],
    ]);
  });
});

const PLACES = 'public/places';
const readJson = (path: string): unknown => JSON.parse(readFileSync(`${PLACES}/${path}`, 'utf8'));

describe.skipIf(!existsSync(`${PLACES}/index.json`))('the built places files', () => {
  it('decode for every province of both vintages, with as many units as the index says', () => {
    const index = parsePlaceIndex(readJson('index.json'));
    expect(index.ok).toBe(true);
    if (!index.ok) return;
    for (const vintage of ['2025', '2013'] as const) {
      for (const entry of index.value.vintages[vintage].provinces) {
        const result = readProvinceTopology(readJson(`${vintage}/${entry.code}.json`), vintage, entry.code);
        expect(result.ok, `${vintage}/${entry.code}`).toBe(true);
        if (!result.ok) continue;
        const features = unitFeatures(result.value);
        expect(features.length, `${vintage}/${entry.code}`).toBe(entry.units);
        expect(new Set(features.map((f) => f.properties.key)).size).toBe(features.length);
        if (vintage === '2013') expect(dissolveDistricts(result.value, entry.districts).length).toBe(entry.districts.length);
      }
    }
  }, 120_000);

  it('place Cam Lộ (2013) and its neighbours', () => {
    const index = parsePlaceIndex(readJson('index.json'));
    if (!index.ok) throw new Error(index.message.en);
    const topo = province(readJson('2013/45.json'), '2013', '45');
    const camLo = placeFeatures(topo, ref('2013-45-468'));
    // Units of about 2013: Cam An (no GSO code) and Cam Thanh were merged into Thanh An (19603) only in 2019.
    expect(camLo.map((f) => f.properties.gso_code).sort()).toEqual(['19597', '19600', '19606', '19609', '19612', '19615', '19618', '19621', 'w4090905']);
    const districts = index.value.vintages['2013'].provinces.find((p) => p.code === '45')!.districts;
    expect(neighbourFeatures(ref('2013-45-468'), { province: topo, districts }).map((f) => f.properties.full_name)).toContain('Thành phố Đông Hà');
    const all = provinces(readJson('2025/provinces.json'), '2025');
    const around = neighbourFeatures(ref('2025-44'), { provinces: all }).map((f) => f.properties.name);
    expect(around).toEqual(expect.arrayContaining(['Hà Tĩnh', 'Huế']));
    expect(around).not.toContain('Hà Nội');
  });
});
