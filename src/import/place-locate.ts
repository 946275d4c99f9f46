/**
 * Placing a read table: match its rows to the boundaries on screen; when that leaves rows unmatched or in
 * doubt, find its place among the national boundaries (names.json → vintage, province, district, level, or
 * the whole country in 2025), load that place's units and match against them, keeping whichever explains
 * more rows; only the one kept becomes a dataset. The person's fixes are applied by matching again
 * (`rematch`). Browser-free; the places files come through `assets` (the whole country: province `NATIONAL`).
 */
import { neighbors } from 'topojson-client';
import { customFromRead } from '../data/custom-metrics';
import type { Dataset } from '../data/dataset';
import type { CommuneFeature } from '../data/join';
import { findDistrict, placeTitle, type NameRow, type PlaceIndex } from '../data/places/catalogue';
import type { PlaceRef, Vintage } from '../data/places/place-id';
import { placeFeatures } from '../data/places/topology';
import type { ProvinceTopology } from '../data/places/topology-files';
import type { ReadPlanTable } from '../data/table-read/to-plan-table';
import type { Bilingual } from '../data/types';
import { fileIssue, type ImportIssue } from './import-issues';
import { placeDataset, topologyDissolve, unionDissolve, type Dissolve } from './place-dataset';
import { buildPlaceNames, findPlace, type PlaceGuess, type PlaceNames } from './place-finder';
import { foldedKey, prepareRowKeys, type PlaceUnit, type TableUnitRow } from './unit-keys';
import { matchUnits, type UnitFixes, type UnitMatching } from './unit-match';

/** A loaded places file, or why not (the shape of the places loader's results). */
export type AssetResult<T> = { ok: true; value: T } | { ok: false; error: { message: Bilingual } };

/** The national places files a load may need. */
export interface ImportPlaceAssets {
  index(): Promise<AssetResult<PlaceIndex>>;
  names(): Promise<AssetResult<NameRow[]>>;
  province(vintage: Vintage, province: string): Promise<AssetResult<ProvinceTopology>>;
}

/** A table placed on boundaries, with everything needed to apply the person's fixes. */
export interface LocatedTable {
  /** 'current': the boundaries on screen; 'national': the units of `ref`. */
  source: 'current' | 'national';
  ref: PlaceRef | null;
  /** The national guess (null when the boundaries on screen were enough). */
  guess: PlaceGuess | null;
  /** Titles of the place and of the next best one (null for the boundaries on screen, or when unknown). */
  titles: { place: Bilingual | null; runnerUp: Bilingual | null };
  table: ReadPlanTable;
  units: PlaceUnit[];
  features: CommuneFeature[];
  matching: UnitMatching;
  fixes: UnitFixes;
  dataset: Dataset;
  planOfPlace: boolean;
  adjacent: ((a: string, b: string) => boolean) | null;
  dissolve: Dissolve;
}

const rowsOfTable = new WeakMap<ReadPlanTable, TableUnitRow[]>();

/** Rows of a table as matching needs them, made once per table with the keys of their names (see prepareRowKeys). */
export function tableRows(table: ReadPlanTable): TableUnitRow[] {
  let rows = rowsOfTable.get(table);
  if (!rows) {
    rows = table.table.units.map((u) => ({ row: u.row, name: u.name, code: u.gsoCode }));
    prepareRowKeys(rows);
    rowsOfTable.set(table, rows);
  }
  return rows;
}

/** Units of features, for matching. */
export function unitsOf(features: readonly CommuneFeature[]): PlaceUnit[] {
  return features.map((f) => ({ code: f.properties.gso_code, name: f.properties.name, fullName: f.properties.full_name, type: f.properties.type }));
}

function score(m: UnitMatching): number {
  return m.matches.filter((x) => x.codes.length > 0 && !x.doubtful).length * 2 + m.matches.filter((x) => x.codes.length > 0).length;
}

type Base = Omit<LocatedTable, 'matching' | 'dataset'>;

/** Match a table's rows to the units of a place (the dataset is built only for the place kept, by `withDataset`). */
function matched(base: Base): Base & { matching: UnitMatching } {
  return { ...base, matching: matchUnits(tableRows(base.table), base.units, { fixes: base.fixes, ...(base.adjacent ? { adjacent: base.adjacent } : {}) }) };
}

function withDataset(located: Base & { matching: UnitMatching }, current: Dataset): LocatedTable {
  const { matching } = located;
  const custom = customFromRead(located.table);
  const dataset = placeDataset({ table: located.table.table, matching, features: located.features, plan: current.plan, planOfPlace: located.planOfPlace, dissolve: located.dissolve, custom });
  return { ...located, matching, dataset };
}

/** Apply the person's fixes (row → unit codes) to a placed table. */
export function rematch(located: LocatedTable, fixes: UnitFixes, current: Dataset): LocatedTable {
  return withDataset(matched({ ...located, fixes }), current);
}

/** Whether two units of a province file touch; the neighbours are worked out on the first question. */
function adjacency(topo: ProvinceTopology): (a: string, b: string) => boolean {
  let pairs: Set<string> | null = null;
  return (a, b) => {
    if (!pairs) {
      const geometries = topo.topology.objects.units.geometries;
      const lists = neighbors(geometries as Parameters<typeof neighbors>[0]);
      const found = new Set<string>();
      lists.forEach((list, i) => list.forEach((j) => found.add(`${geometries[i]?.id}|${geometries[j]?.id}`)));
      pairs = found;
    }
    return pairs.has(`${a}|${b}`);
  };
}

let preparedNames: { rows: readonly NameRow[]; names: PlaceNames } | null = null;

function namesFor(rows: readonly NameRow[]): PlaceNames {
  if (preparedNames?.rows !== rows) preparedNames = { rows, names: buildPlaceNames(rows) };
  return preparedNames.names;
}

async function national(table: ReadPlanTable, fixes: UnitFixes, context: { current: Dataset; assets: ImportPlaceAssets }): Promise<{ ok: true; value: Base & { matching: UnitMatching } } | { ok: false; issues: ImportIssue[] }> {
  const { assets, current } = context;
  const [names, index] = await Promise.all([assets.names(), assets.index()]);
  if (!names.ok) return { ok: false, issues: [fileIssue(table.table.file, names.error.message)] };
  const guess = findPlace(tableRows(table), namesFor(names.value));
  const ref = guess.best?.ref;
  if (!ref) return { ok: false, issues: [] };
  const topo = await assets.province(ref.vintage, ref.province);
  if (!topo.ok) return { ok: false, issues: [fileIssue(table.table.file, topo.error.message)] };
  const districts = index.ok ? index.value.vintages[ref.vintage].provinces.find((p) => p.code === ref.province)?.districts ?? [] : [];
  const features = placeFeatures(topo.value, ref, districts) as unknown as CommuneFeature[];
  const district = ref.district && index.ok ? findDistrict(index.value, ref.province, ref.district) : null;
  const planOfPlace = district !== null && foldedKey(district.name) === foldedKey(current.plan.district.name);
  const title = (r: PlaceRef | undefined): Bilingual | null => (r && index.ok ? { vi: placeTitle(r, index.value, 'vi'), en: placeTitle(r, index.value, 'en') } : null);
  const titles = { place: title(ref), runnerUp: title(guess.runnerUp?.ref) };
  const base = { source: 'national' as const, ref, guess, titles, table, units: unitsOf(features), features, fixes, planOfPlace, adjacent: adjacency(topo.value), dissolve: topologyDissolve(topo.value) };
  return { ok: true, value: matched(base) };
}

/** Place a read table (see the module comment); fails with a bilingual message when no place has its units. */
export async function locatePlace(table: ReadPlanTable, fixes: UnitFixes, context: { current: Dataset; assets: ImportPlaceAssets | null }): Promise<{ ok: true; value: LocatedTable } | { ok: false; issues: ImportIssue[] }> {
  const { current } = context;
  const onScreen = matched({ source: 'current', ref: null, guess: null, titles: { place: null, runnerUp: null }, table, units: unitsOf(current.communes), features: current.communes, fixes, planOfPlace: true, adjacent: null, dissolve: unionDissolve });
  if (onScreen.matching.complete || !context.assets) return finish(onScreen);
  const found = await national(table, fixes, { current, assets: context.assets });
  if (!found.ok) return found.issues.length > 0 && score(onScreen.matching) === 0 ? found : finish(onScreen);
  return finish(score(found.value.matching) > score(onScreen.matching) ? found.value : onScreen);

  function finish(located: Base & { matching: UnitMatching }): { ok: true; value: LocatedTable } | { ok: false; issues: ImportIssue[] } {
    if (located.matching.matches.some((m) => m.codes.length > 0) || Object.keys(fixes).length > 0) return { ok: true, value: withDataset(located, current) };
    const n = table.table.units.length;
    return { ok: false, issues: [fileIssue(table.table.file, { vi: `không tìm thấy nơi nào có các đơn vị của bảng (${n} dòng): hãy kiểm tra cột tên đơn vị, hoặc thêm cột mã đơn vị (mã TCTK)`, en: `no place has the units of this table (${n} rows): check the unit-name column, or add a unit-code (GSO code) column` })] };
  }
}
