import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlaceIndex } from '../../../src/data/places/catalogue';
import { parsePlaceParam } from '../../../src/data/places/place-id';
import { neighbourFeatures, placeFeatures, placeOutline } from '../../../src/data/places/topology';
import { readProvinceTopology } from '../../../src/data/places/topology-files';
import { markApproximate, nearbyUnits, placeContext, placeDataset, placeLabel } from '../../../src/places/place-dataset';
import { camLo } from './places-fixture';

const index = (() => {
  const r = parsePlaceIndex(JSON.parse(readFileSync('public/places/index.json', 'utf8')));
  if (!r.ok) throw new Error(r.message.en);
  return r.value;
})();

function province(vintage: '2013' | '2025', code: string) {
  const r = readProvinceTopology(JSON.parse(readFileSync(`public/places/${vintage}/${code}.json`, 'utf8')), vintage, code);
  if (!r.ok) throw new Error(r.message.en);
  return r.value;
}

describe('placeDataset on the real Quảng Trị 2025 file', () => {
  const ref = parsePlaceParam('2025-44')!;
  const topo = province('2025', '44');
  const features = placeFeatures(topo, ref);
  const label = placeLabel(ref, index)!;
  const dataset = placeDataset(features, label);

  it('draws all 78 communes, joins none and finds nothing', () => {
    expect(dataset.communes).toHaveLength(78);
    expect(dataset.join.joined).toEqual([]);
    expect(dataset.join.unmatchedFeatures).toHaveLength(78);
    expect(dataset.table.units).toEqual([]);
    expect(dataset.table.total).toBeNull();
    expect(dataset.findings).toEqual([]);
    expect(dataset.communes.map((f) => f.properties.full_name)).toContain('Xã Hiếu Giang');
    expect(new Set(dataset.communes.map((f) => f.properties.gso_code)).size).toBe(78);
  });

  it('titles the blank plan with the place, not with Cam Lộ', () => {
    expect(label.title).toEqual({ vi: 'Tỉnh Quảng Trị (từ 1/7/2025)', en: 'Quảng Trị province (since 1 July 2025)' });
    expect(dataset.plan.document.title.vi).toBe('Chưa có số liệu — Tỉnh Quảng Trị (từ 1/7/2025)');
    expect(dataset.plan.district).toMatchObject({ name: 'Quảng Trị', province: 'Quảng Trị' });
    expect(dataset.plan.tasks).toEqual([]);
    expect(JSON.stringify(dataset.plan)).not.toMatch(/Cam Lộ/);
  });

  it('gives a label point inside the frame for every unit, and the province outline', () => {
    const context = placeContext(features, placeOutline(topo, ref), []);
    expect(context.labelPoints.features).toHaveLength(78);
    const [w, s, e, n] = label.bbox;
    for (const p of context.labelPoints.features) {
      const [x, y] = (p.geometry as { coordinates: number[] }).coordinates as [number, number];
      expect(x >= w && x <= e && y >= s && y <= n).toBe(true);
    }
    expect(context.outline.features).toHaveLength(1);
  });
});

describe('placeDataset of a pre-2025 province by district (Phú Thọ)', () => {
  const ref = parsePlaceParam('2013-25', 'district')!;
  const entry = index.vintages['2013'].provinces.find((p) => p.code === '25')!;
  const features = placeFeatures(province('2013', '25'), ref, entry.districts);

  it('has one unit per district of the catalogue, named as the catalogue names them', () => {
    expect(features).toHaveLength(entry.districts.length);
    const dataset = placeDataset(features, placeLabel(ref, index)!);
    expect(dataset.communes.map((f) => f.properties.full_name).sort()).toEqual(entry.districts.map((d) => d.fullName).sort());
    expect(dataset.plan.id).toBe('place-2013-25-district');
  });
});

describe('placeDataset of a pre-2025 district (Cam Lộ, 2013-45-468)', () => {
  const ref = parsePlaceParam('2013-45-468')!;
  const topo = province('2013', '45');
  const entry = index.vintages['2013'].provinces.find((p) => p.code === '45')!;
  const features = placeFeatures(topo, ref, entry.districts);

  it('has the district’s communes, the other districts as neighbours, and the district’s title', () => {
    expect(features.map((f) => f.properties.name)).toEqual(expect.arrayContaining(['Cam Lộ', 'Cam Thanh', 'Cam An', 'Cam Nghĩa']));
    expect(features.every((f) => f.properties.district === '468')).toBe(true);
    const neighbours = neighbourFeatures(ref, { province: topo, districts: entry.districts });
    expect(neighbours.length).toBe(entry.districts.length - 1);
    const label = placeLabel(ref, index)!;
    expect(label.title.vi).toBe('Huyện Cam Lộ, Tỉnh Quảng Trị (trước 2025)');
    expect(placeDataset(features, label).plan.district).toEqual({ name: 'Cam Lộ', type: 'Huyện', province: 'Quảng Trị' });
  });

  it('lists as nearby units only units of the same file outside the shown ones', () => {
    const all = placeFeatures(topo, parsePlaceParam('2013-45')!);
    const near = nearbyUnits(features, all);
    const shown = new Set(features.map((f) => f.properties.gso_code));
    expect(near.length).toBeGreaterThan(0);
    expect(near.some((n) => shown.has(n.properties.code))).toBe(false);
  });
});

describe('placeLabel', () => {
  it('is null for a place the catalogue does not have', () => {
    expect(placeLabel(parsePlaceParam('2025-99')!, index)).toBeNull();
    expect(placeLabel(parsePlaceParam('2013-45-999')!, index)).toBeNull();
  });
});

describe('markApproximate', () => {
  it('flags the listed units and keeps the join pointing at the dataset’s own features', () => {
    const dataset = camLo();
    const marked = markApproximate(dataset, ['19603']);
    const feature = marked.communes.find((f) => f.properties.gso_code === '19603')!;
    expect((feature.properties as { approximate?: boolean }).approximate).toBe(true);
    expect(marked.join.joined.find((u) => u.feature.properties.gso_code === '19603')!.feature).toBe(feature);
    expect(marked.join.joined.every((u) => marked.communes.includes(u.feature))).toBe(true);
    expect(dataset.communes.some((f) => 'approximate' in f.properties)).toBe(false);
    expect(markApproximate(dataset, [])).toBe(dataset);
  });
});
