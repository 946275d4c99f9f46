/**
 * What the app shows for a place that has no figures yet: a Dataset whose plan is a blank document titled with
 * the place, whose table is empty and whose every unit is unmatched (shown as "no data"), with no findings;
 * and the map context (outline, neighbours, label points) of a place or of a regrouped plan. Pure.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DistrictType } from '../core/place-names';
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-sources';
import type { CommuneFeature } from '../data/join';
import type { PlanDocument } from '../data/plan-document';
import { NO_PLAN_NUMBER } from '../data/plan-sources';
import type { Bilingual, UnitFigures } from '../data/types';
import { findDistrict, findProvince, placeBbox, placeTitle, type PlaceIndex } from '../data/places/catalogue';
import type { RegroupEntry } from '../data/places/crosswalk';
import { formatPlaceParam, NATIONAL, type PlaceRef } from '../data/places/place-id';
import { labelPoints, type NeighbourFeature, type PlaceUnitFeature } from '../data/places/topology';
import { asciiName, splitFullName } from '../data/places/unit-types';

/** What a place is called and where it lies. */
export interface PlaceLabel {
  ref: PlaceRef;
  /** "Tỉnh Quảng Trị (từ 1/7/2025)" / "Quảng Trị province (since 1 July 2025)". */
  title: Bilingual;
  /** The place's name without type ("Quảng Trị", "Cam Lộ"). */
  name: string;
  /** Its official name with type ("Tỉnh Quảng Trị", "Huyện Cam Lộ"). */
  fullName: string;
  /** The name of its province ("Quảng Trị"). */
  provinceName: string;
  /** [west, south, east, north] from the catalogue. */
  bbox: [number, number, number, number];
}

const DISTRICT_TYPES: readonly DistrictType[] = ['Huyện', 'Thị xã', 'Thành phố', 'Quận', 'Tỉnh'];

/** The type of a place as the plan format holds it: a district's own type, 'Tỉnh' for a province, 'Thành phố' for the five cities. */
function planDistrictType(fullName: string): DistrictType {
  const type = splitFullName(fullName).type;
  return DISTRICT_TYPES.find((t) => t === type) ?? 'Thành phố';
}

/** The label of a place from the catalogue, or null when the catalogue does not know it. */
export function placeLabel(ref: PlaceRef, index: PlaceIndex): PlaceLabel | null {
  if (ref.province === NATIONAL) {
    const bbox = placeBbox(ref, index);
    const title = { vi: placeTitle(ref, index, 'vi'), en: placeTitle(ref, index, 'en') };
    return bbox && ref.vintage === '2025' ? { ref, title, name: 'Việt Nam', fullName: 'Việt Nam', provinceName: 'Việt Nam', bbox } : null;
  }
  const province = findProvince(index, ref.vintage, ref.province);
  const bbox = placeBbox(ref, index);
  if (!province || !bbox) return null;
  const district = ref.district ? findDistrict(index, ref.province, ref.district) : null;
  if (ref.district && !district) return null;
  return {
    ref,
    title: { vi: placeTitle(ref, index, 'vi'), en: placeTitle(ref, index, 'en') },
    name: district?.name ?? province.name,
    fullName: district?.fullName ?? province.fullName,
    provinceName: province.name,
    bbox: [bbox[0], bbox[1], bbox[2], bbox[3]],
  };
}

const empty = (): Bilingual => ({ vi: '', en: '' });

/** A blank plan document for a place: its title says the place and that there are no figures yet; no sections. */
export function blankPlan(label: PlaceLabel): PlanDocument {
  const year = label.ref.vintage === '2025' ? 2025 : 2024;
  return {
    id: `place-${formatPlaceParam(label.ref)}${label.ref.level === 'district' ? '-district' : ''}`,
    year,
    document: {
      number: NO_PLAN_NUMBER,
      date: label.ref.vintage === '2025' ? '2025-07-01' : '2024-12-31',
      place: label.name,
      issuer: { vi: label.fullName, en: label.title.en },
      title: { vi: `Chưa có số liệu — ${label.title.vi}`, en: `No figures yet — ${label.title.en}` },
      basis: empty(),
      signatory: { name: '—', role: empty(), onBehalfOf: empty() },
      recipients: [],
    },
    district: { name: label.name, type: planDistrictType(label.fullName), province: label.provinceName },
    abbreviations: [],
    situation: { paragraphs: [] },
    aims: [],
    targets: { items: [] },
    tasks: [],
    bodies: [],
    stated: {},
  };
}

const NO_FIGURES: UnitFigures = {
  households: 0, ethnic_minority_households: null, poor: 0, poor_rate: null, ethnic_minority_poor: null, ethnic_minority_poor_rate: null,
  social_protection: null, social_protection_rate: null, able_to_escape: null, able_to_escape_rate: null, target_2022: null, poor_end_2022: null, poor_rate_end_2022: null,
};

/** The units of a place as the app's commune features (wider unit types and place fields travel along). */
export function asCommunes(features: readonly PlaceUnitFeature[]): CommuneFeature[] {
  return features as unknown as CommuneFeature[];
}

/** A dataset with no figures for a place: every unit drawn, none joined, no findings. */
export function placeDataset(features: readonly PlaceUnitFeature[], label: PlaceLabel): Dataset {
  const communes = asCommunes(features);
  return {
    plan: blankPlan(label),
    table: { file: `${formatPlaceParam(label.ref)}.csv`, units: [], total: null },
    communes: [...communes],
    join: { joined: [], unmatchedRows: [], unmatchedFeatures: [...communes], ambiguous: [] },
    findings: [],
    district: { ...NO_FIGURES },
  };
}

const collection = <F extends Feature>(features: F[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** The map context of a place: its outline, the neighbours drawn around it and a label point for every unit. */
export function placeContext(features: readonly PlaceUnitFeature[], outline: Feature<MultiPolygon, unknown> | null, neighbours: readonly NeighbourFeature[]): MapContext {
  return {
    outline: collection(outline ? [outline as Feature] : []),
    neighbours: collection([...neighbours]),
    labelPoints: labelPoints(features),
  };
}

type Box = [number, number, number, number];

function boxOf(geometry: Polygon | MultiPolygon): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const part of parts) for (const ring of part) for (const [x, y] of ring) {
    box[0] = Math.min(box[0], x!); box[1] = Math.min(box[1], y!); box[2] = Math.max(box[2], x!); box[3] = Math.max(box[3], y!);
  }
  return box;
}

const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Units of the same province file lying within `margin` (a fraction of the box) of the shown units, as neighbours. */
export function nearbyUnits(shown: readonly PlaceUnitFeature[], all: readonly PlaceUnitFeature[], margin = 0.5): NeighbourFeature[] {
  if (shown.length === 0) return [];
  const own = new Set(shown.map((f) => f.properties.key));
  const boxes = shown.map((f) => boxOf(f.geometry));
  const box: Box = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
  const dx = (box[2] - box[0]) * margin;
  const dy = (box[3] - box[1]) * margin;
  const near: Box = [box[0] - dx, box[1] - dy, box[2] + dx, box[3] + dy];
  return all
    .filter((f) => !own.has(f.properties.key) && overlaps(near, boxOf(f.geometry)))
    .map((f) => {
      const p = f.properties;
      return { type: 'Feature', id: p.gso_code, geometry: f.geometry, properties: { code: p.gso_code, name: p.name, type: p.type, full_name: p.full_name, name_ascii: p.name_ascii || asciiName(p.name), label: p.label } };
    });
}

/** GSO codes of the regrouped units whose figures are approximate (they take part of a split old unit, or lack some). */
export function approximateCodes(regroup: Readonly<Record<string, RegroupEntry>>): string[] {
  return Object.values(regroup).filter((e) => e.approximate).map((e) => e.code).sort();
}

/** The dataset with `approximate: true` on the listed units' features (copies, the join kept pointing at them), for the map to hatch. */
export function markApproximate(dataset: Dataset, codes: readonly string[]): Dataset {
  const set = new Set(codes);
  if (!dataset.communes.some((f) => set.has(f.properties.gso_code))) return dataset;
  const copies = new Map<CommuneFeature, CommuneFeature>();
  const communes = dataset.communes.map((f) => {
    if (!set.has(f.properties.gso_code)) return f;
    const copy = { ...f, properties: { ...f.properties, approximate: true } };
    copies.set(f, copy);
    return copy;
  });
  const swap = (f: CommuneFeature) => copies.get(f) ?? f;
  const join = { ...dataset.join, joined: dataset.join.joined.map((u) => ({ ...u, feature: swap(u.feature) })), unmatchedFeatures: dataset.join.unmatchedFeatures.map(swap) };
  return { ...dataset, communes, join };
}
