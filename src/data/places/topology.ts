/**
 * Decoding the places' TopoJSON into the app's features, with topojson-client (`feature`, `merge`, `mesh`,
 * `neighbors`): the units of a province or pre-2025 district, districts dissolved from their communes,
 * outlines, district borders, neighbouring districts or provinces, and label points. Pure.
 */
import type { BBox, Feature, FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { labelPointOf } from '../label-geometry';
import { feature, merge, mesh, neighbors } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import type { CommuneProperties } from '../types';
import type { DistrictEntry } from './catalogue';
import { unitKey, type PlaceRef, type Vintage } from './place-id';
import type { ProvinceGeometryProperties, ProvincesTopology, ProvinceTopology, UnitGeometryProperties } from './topology-files';
import { asciiName, isUnitType, splitFullName, type UnitType } from './unit-types';

/** Properties of a unit feature of a place: the app's commune properties plus where and when the unit is. */
export interface PlaceUnitProperties extends Omit<CommuneProperties, 'type'> {
  type: UnitType;
  vintage: Vintage;
  /** Namespaced key, unique across vintages ("2025:19603"; "2013:d468" for a dissolved district). */
  key: string;
  /** Province code of the unit's vintage. */
  province: string;
  /** District code (pre-2025 only), null otherwise. */
  district: string | null;
  /** Label point [lon, lat]. */
  label: [number, number];
  /** True for a pre-2025 unit without a GSO code (its code is a "w…" id). */
  nocode: boolean;
}

/** A unit of a place as a GeoJSON feature (the app's commune feature, with wider types). */
export type PlaceUnitFeature = Feature<Polygon | MultiPolygon, PlaceUnitProperties>;

/** Properties of a neighbouring district or province drawn around a place. */
export interface NeighbourProperties {
  code: string;
  name: string;
  type: string | null;
  full_name: string;
  name_ascii: string;
  label: [number, number];
}

/** A neighbouring district or province. */
export type NeighbourFeature = Feature<Polygon | MultiPolygon, NeighbourProperties>;

/** Properties of a label point. */
export interface LabelPointProperties {
  gso_code: string;
  key: string;
  name: string;
  full_name: string;
  type: UnitType;
}

/** What neighbourFeatures draws from: the province file (for a district view), the provinces file (for a province view). */
export interface NeighbourSources {
  province?: ProvinceTopology | null;
  districts?: readonly DistrictEntry[];
  provinces?: ProvincesTopology | null;
  /** The place's bounding box, to add provinces that are near it without touching it (islands). */
  bbox?: BBox | null;
}

type UnitGeometry = (TopoPolygon<UnitGeometryProperties> | TopoMultiPolygon<UnitGeometryProperties>) & { id: string; properties: UnitGeometryProperties };

function polygonal(g: { type: string | null }): g is UnitGeometry {
  return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

function unitGeometries(topo: ProvinceTopology): UnitGeometry[] {
  return (topo.topology.objects.units.geometries as { type: string | null }[]).filter(polygonal);
}

function unitProperties(topo: ProvinceTopology, id: string, p: UnitGeometryProperties, geometry: Polygon | MultiPolygon): PlaceUnitProperties {
  const split = splitFullName(p.fullName ?? '');
  const type: UnitType = isUnitType(p.type) ? p.type : isUnitType(split.type) ? split.type : 'Xã';
  return {
    gso_code: id,
    name: p.name,
    type,
    full_name: p.fullName ?? `${type} ${p.name}`,
    name_ascii: asciiName(p.name),
    source_units: [],
    vintage: topo.vintage,
    key: unitKey(topo.vintage, id),
    province: topo.province,
    district: p.district ?? null,
    label: p.label ? [p.label[0], p.label[1]] : labelPointOf(geometry),
    nocode: p.nocode === true || !/^\d{5}$/.test(id),
  };
}

/** The unit features of a province file, or of one of its districts when `district` is given; units without geometry are left out. */
export function unitFeatures(topo: ProvinceTopology, district?: string | null): PlaceUnitFeature[] {
  const geometries = unitGeometries(topo).filter((g) => !district || g.properties.district === district);
  return geometries.map((g) => {
    const decoded = feature(topo.topology, g) as Feature<Polygon | MultiPolygon>;
    return { type: 'Feature', id: g.id, geometry: decoded.geometry, properties: unitProperties(topo, g.id, g.properties, decoded.geometry) };
  });
}

/** Group the unit geometries of a pre-2025 province by district code, in code order. */
function byDistrict(topo: ProvinceTopology): [string, UnitGeometry[]][] {
  const groups = new Map<string, UnitGeometry[]>();
  for (const g of unitGeometries(topo)) {
    const code = g.properties.district;
    if (code) groups.set(code, [...(groups.get(code) ?? []), g]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** One feature per district of a pre-2025 province, merged from its communes (names from the index's district entries). */
export function dissolveDistricts(topo: ProvinceTopology, districts: readonly DistrictEntry[] = []): PlaceUnitFeature[] {
  return byDistrict(topo).map(([code, geometries]) => {
    const geometry = merge(topo.topology, geometries);
    const entry = districts.find((d) => d.code === code);
    const split = splitFullName(entry?.fullName ?? '');
    const type: UnitType = isUnitType(split.type) ? split.type : 'Huyện';
    const name = entry?.name ?? code;
    return {
      type: 'Feature',
      id: code,
      geometry,
      properties: {
        gso_code: code,
        name,
        type,
        full_name: entry?.fullName ?? `${type} ${name}`,
        name_ascii: asciiName(name),
        source_units: geometries.map((g) => g.id),
        vintage: topo.vintage,
        key: unitKey(topo.vintage, `d${code}`),
        province: topo.province,
        district: code,
        label: labelPointOf(geometry),
        nocode: false,
      },
    };
  });
}

/** The features a place shows: its communes (of the district when it has one), or its districts at district level. */
export function placeFeatures(topo: ProvinceTopology, ref: PlaceRef, districts: readonly DistrictEntry[] = []): PlaceUnitFeature[] {
  return ref.level === 'district' ? dissolveDistricts(topo, districts) : unitFeatures(topo, ref.district);
}

/** The merged outline of the units passing `filter` (all by default), or null when none does. */
export function outlineOf(topo: ProvinceTopology, filter: (properties: UnitGeometryProperties, code: string) => boolean = () => true): Feature<MultiPolygon, { province: string }> | null {
  const geometries = unitGeometries(topo).filter((g) => filter(g.properties, g.id));
  if (geometries.length === 0) return null;
  return { type: 'Feature', geometry: merge(topo.topology, geometries), properties: { province: topo.province } };
}

/** The outline of a place: its district's communes merged, or the whole province's. */
export function placeOutline(topo: ProvinceTopology, ref: PlaceRef): Feature<MultiPolygon, { province: string }> | null {
  return outlineOf(topo, (p) => !ref.district || p.district === ref.district);
}

/** Lines between the districts of a pre-2025 province (shared edges of communes of different districts). */
export function districtBorders(topo: ProvinceTopology): Feature<MultiLineString, Record<string, never>> {
  const units = topo.topology.objects.units;
  const border = (a: { properties?: UnitGeometryProperties }, b: { properties?: UnitGeometryProperties }) => a !== b && a.properties?.district !== b.properties?.district;
  return { type: 'Feature', geometry: mesh(topo.topology, units, border as (a: unknown, b: unknown) => boolean), properties: {} };
}

function neighbourOf(f: PlaceUnitFeature): NeighbourFeature {
  const p = f.properties;
  return { type: 'Feature', geometry: f.geometry, properties: { code: p.gso_code, name: p.name, type: p.type, full_name: p.full_name, name_ascii: p.name_ascii, label: p.label } };
}

function bboxOf(geometry: Polygon | MultiPolygon): BBox {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const part of parts) for (const ring of part) for (const [x, y] of ring) {
    box[0] = Math.min(box[0], x!); box[1] = Math.min(box[1], y!); box[2] = Math.max(box[2], x!); box[3] = Math.max(box[3], y!);
  }
  return box;
}

function intersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function grown(b: BBox, fraction: number): BBox {
  const dx = (b[2] - b[0]) * fraction;
  const dy = (b[3] - b[1]) * fraction;
  return [b[0] - dx, b[1] - dy, b[2] + dx, b[3] + dy];
}

/** The provinces other than `province` that touch it or lie within 10 % of its bounding box (`bbox` when given). */
export function neighbourProvinces(provinces: ProvincesTopology, province: string, bbox?: BBox | null): NeighbourFeature[] {
  const collection = provinces.topology.objects.provinces as GeometryCollection<ProvinceGeometryProperties>;
  const geometries = collection.geometries as ((TopoPolygon<ProvinceGeometryProperties> | TopoMultiPolygon<ProvinceGeometryProperties>) & { id: string; properties: ProvinceGeometryProperties })[];
  const self = geometries.findIndex((g) => g.id === province);
  const touching = new Set(self >= 0 ? neighbors(geometries)[self] : []);
  const decoded = geometries.map((g) => (polygonal(g) ? (feature(provinces.topology, g) as Feature<Polygon | MultiPolygon>) : null));
  const ownBox = bbox ?? (self >= 0 && decoded[self] ? bboxOf(decoded[self]!.geometry) : null);
  const near = ownBox ? grown(ownBox, 0.1) : null;
  const out: NeighbourFeature[] = [];
  geometries.forEach((g, i) => {
    const f = decoded[i];
    if (i === self || !f || !(touching.has(i) || (near && intersects(near, bboxOf(f.geometry))))) return;
    const { type, name } = splitFullName(g.properties.fullName ?? g.properties.name);
    const label: [number, number] = g.properties.label ? [g.properties.label[0], g.properties.label[1]] : labelPointOf(f.geometry);
    out.push({ type: 'Feature', id: g.id, geometry: f.geometry, properties: { code: g.id, name: g.properties.name || name, type, full_name: g.properties.fullName ?? g.properties.name, name_ascii: asciiName(g.properties.name), label } });
  });
  return out;
}

/** Context around a place: for a district, the province's other districts (dissolved); for a province, neighbouring provinces. */
export function neighbourFeatures(ref: PlaceRef, sources: NeighbourSources): NeighbourFeature[] {
  if (ref.district) {
    if (!sources.province) return [];
    return dissolveDistricts(sources.province, sources.districts).filter((d) => d.properties.district !== ref.district).map(neighbourOf);
  }
  return sources.provinces ? neighbourProvinces(sources.provinces, ref.province, sources.bbox) : [];
}

/** Label points of features, for the map's label layer (id and `gso_code` as the boundary features have them). */
export function labelPoints(features: readonly PlaceUnitFeature[]): FeatureCollection<Point, LabelPointProperties> {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => {
      const p = f.properties;
      return { type: 'Feature', id: p.gso_code, geometry: { type: 'Point', coordinates: [p.label[0], p.label[1]] }, properties: { gso_code: p.gso_code, key: p.key, name: p.name, full_name: p.full_name, type: p.type } };
    }),
  };
}
