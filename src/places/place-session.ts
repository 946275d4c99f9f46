/**
 * Opening a place: loads what a place needs (catalogue, its province file, the provinces around it) and
 * assembles what the app shows — a dataset with no figures and its map context — or, for a plan in pre-2025
 * units, the plan regrouped onto the 2025 communes through the crosswalk. Every failure is a located,
 * bilingual PlaceLoadError and nothing is shown half-built.
 */
import { districtName } from '../core/place-names';
import { foldDiacritics, stripUnitPrefix } from '../core/name-keys';
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-sources';
import type { Bilingual } from '../data/types';
import { PLACE_CREDITS } from '../data/places/attribution';
import { findProvince, type PlaceIndex, type ProvinceEntry } from '../data/places/catalogue';
import { crosswalkProvincesFor, regroupTo2025, type RegroupEntry } from '../data/places/crosswalk';
import { formatPlaceParam, NATIONAL, type PlaceRef } from '../data/places/place-id';
import type { TemplateUnit } from '../data/places/template';
import { labelPoints, neighbourFeatures, outlineOf, placeFeatures, placeOutline, unitFeatures, type NeighbourFeature, type PlaceUnitFeature } from '../data/places/topology';
import type { ProvinceTopology } from '../data/places/topology-files';
import { approximateCodes, markApproximate, nearbyUnits, placeContext, placeDataset, placeLabel } from './place-dataset';
import { placeLoader, placeLoadError, type PlaceLoader, type PlaceLoadResult } from './place-loader';
import { PLACE_LOAD } from './place-strings';
import { tr } from '../core/format';

/** Everything the app shows for a place or a regrouped plan. */
export interface PlaceView {
  /** The place opened, or null for a plan regrouped onto the 2025 communes. */
  ref: PlaceRef | null;
  /** '2025' when a pre-2025 plan is shown on the 2025 communes. */
  units: '2025' | null;
  dataset: Dataset;
  context: MapContext;
  /** The heading of the view ("Tỉnh Quảng Trị (từ 1/7/2025)"). */
  title: Bilingual;
  /** The boundary credit of the national files shown. */
  credit: Bilingual;
  /** What the map frames: [west, south, east, north]. */
  bbox: [number, number, number, number];
  /** The units a blank template lists. */
  templateUnits: TemplateUnit[];
  /** For a regrouped plan: how each 2025 commune was formed, by GSO code; null otherwise. */
  regroup: Record<string, RegroupEntry> | null;
  /** GSO codes of the regrouped units whose figures are approximate (hatched on the map). */
  approximate: string[];
}

function bboxOfFeatures(features: readonly { geometry: PlaceUnitFeature['geometry'] }[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const part of parts) for (const ring of part) for (const [x, y] of ring) {
      box[0] = Math.min(box[0], x!); box[1] = Math.min(box[1], y!); box[2] = Math.max(box[2], x!); box[3] = Math.max(box[3], y!);
    }
  }
  return box;
}

/** Open a place: its units with no figures, outline, neighbours and label points. */
export async function openPlace(ref: PlaceRef, loader: PlaceLoader = placeLoader()): Promise<PlaceLoadResult<PlaceView>> {
  // The vintage's provinces (for the neighbours) load beside the index and the province's own file.
  const provincesLoad = ref.province !== NATIONAL && !ref.district ? loader.provinces(ref.vintage) : null;
  const index = await loader.index();
  if (!index.ok) return index;
  const label = placeLabel(ref, index.value);
  if (!label) return { ok: false, error: placeLoadError('index.json', 'unknown-place', { code: formatPlaceParam(ref) }) };
  const topo = await loader.province(ref.vintage, ref.province);
  if (!topo.ok) return topo;
  const districts = findProvince(index.value, ref.vintage, ref.province)?.districts ?? [];
  const features = placeFeatures(topo.value, ref, districts);
  if (features.length === 0) {
    const file = `${ref.vintage}/${ref.province}.json`;
    const message = { vi: tr(PLACE_LOAD.noUnits, 'vi', { file, place: label.title.vi }), en: tr(PLACE_LOAD.noUnits, 'en', { file, place: label.title.en }) };
    return { ok: false, error: { file, reason: 'invalid', message } };
  }
  let neighbours: NeighbourFeature[];
  if (ref.province === NATIONAL) neighbours = [];
  else if (ref.district) neighbours = neighbourFeatures(ref, { province: topo.value, districts });
  else {
    const provinces = await (provincesLoad ?? loader.provinces(ref.vintage));
    neighbours = provinces.ok ? neighbourFeatures(ref, { provinces: provinces.value, bbox: label.bbox }) : [];
  }
  return {
    ok: true,
    value: {
      ref,
      units: null,
      dataset: placeDataset(features, label),
      context: placeContext(features, ref.province === NATIONAL ? null : placeOutline(topo.value, ref), neighbours),
      title: label.title,
      credit: PLACE_CREDITS[ref.vintage],
      bbox: label.bbox,
      templateUnits: features,
      regroup: null,
      approximate: [],
    },
  };
}

/** The pre-2025 province a plan's district belongs to, found by the province name the plan gives. */
export function oldProvinceOf(dataset: Dataset, index: PlaceIndex): ProvinceEntry | null {
  const key = (name: string) => foldDiacritics(stripUnitPrefix(name.replace(/^(tỉnh|thành phố)\s+/iu, '')));
  const wanted = key(dataset.plan.district.province);
  return index.vintages['2013'].provinces.find((p) => key(p.name) === wanted || key(p.fullName) === wanted) ?? null;
}

/** Whether a dataset's units can be regrouped onto the 2025 communes (its old province is known and has a crosswalk). */
export function canRegroup(dataset: Dataset, index: PlaceIndex): boolean {
  const province = oldProvinceOf(dataset, index);
  return province !== null && crosswalkProvincesFor(province.code).length > 0 && !dataset.plan.id.startsWith('place-');
}

/** Show a pre-2025 plan on the 2025 communes: counts of whole merges summed, rates recomputed, splits marked approximate. */
export async function regroupPlan(dataset: Dataset, loader: PlaceLoader = placeLoader()): Promise<PlaceLoadResult<PlaceView>> {
  const index = await loader.index();
  if (!index.ok) return index;
  const old = oldProvinceOf(dataset, index.value);
  const provinces = old ? crosswalkProvincesFor(old.code) : [];
  if (!old || provinces.length === 0) {
    const province = dataset.plan.district.province;
    return { ok: false, error: { file: 'index.json', reason: 'unknown-place', message: { vi: tr(PLACE_LOAD.noCrosswalk, 'vi', { province }), en: tr(PLACE_LOAD.noCrosswalk, 'en', { province }) } } };
  }
  const loaded = await Promise.all(provinces.map(async (code) => ({ rows: await loader.crosswalk(code), topo: await loader.province('2025', code) })));
  const topologies: ProvinceTopology[] = [];
  const rows = [];
  for (const l of loaded) {
    if (!l.rows.ok) return l.rows;
    if (!l.topo.ok) return l.topo;
    rows.push(...l.rows.value);
    topologies.push(l.topo.value);
  }
  const all = topologies.flatMap((t) => unitFeatures(t));
  const result = regroupTo2025(dataset, rows, all);
  if (!result.ok) return { ok: false, error: { file: `crosswalk/${provinces[0]}.json`, reason: 'invalid', message: result.message } };
  const approximate = approximateCodes(result.regroup);
  const codes = new Set(result.dataset.communes.map((f) => f.properties.gso_code));
  const shown = all.filter((f) => codes.has(f.properties.gso_code));
  const outlines = topologies.map((t) => outlineOf(t, (_p, code) => codes.has(code))).filter((o) => o !== null);
  const district = dataset.plan.district;
  const title = {
    vi: `${districtName(district, 'vi')}, ${district.province} — trên xã/phường từ 1/7/2025`,
    en: `${districtName(district, 'en')}, ${district.province} — on the communes since 1 July 2025`,
  };
  return {
    ok: true,
    value: {
      ref: null,
      units: '2025',
      dataset: markApproximate(result.dataset, approximate),
      context: { outline: { type: 'FeatureCollection', features: outlines }, neighbours: { type: 'FeatureCollection', features: nearbyUnits(shown, all) }, labelPoints: labelPoints(shown) },
      title,
      credit: PLACE_CREDITS['2025'],
      bbox: bboxOfFeatures(shown),
      templateUnits: shown,
      regroup: result.regroup,
      approximate,
    },
  };
}
