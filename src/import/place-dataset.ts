/**
 * A table matched to the units of its place → the app's Dataset: the place's features (units matched to
 * several rows' worth of boundaries dissolved on the fly into one, with topojson-client's `merge` when the
 * topology is at hand, else turf's `union`), the join, the matching's findings and the data checks. The
 * plan text's stated figures are checked only when the plan is of the same district. Pure.
 */
import { featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { merge } from 'topojson-client';
import { checkPlan, sortFindings } from '../data/checks';
import { joinCustom, type DatasetCustom } from '../data/custom-metrics';
import type { Dataset } from '../data/dataset';
import type { CommuneFeature, JoinedUnit, JoinResult, MatchMethod } from '../data/join';
import { sumFigures } from '../data/metrics';
import type { PlanDocument } from '../data/plan-document';
import type { ProvinceTopology } from '../data/places/topology-files';
import { splitFullName } from '../data/places/unit-types';
import type { CommuneProperties, Finding, PlanTable } from '../data/types';
import { matchNote, type RowMatch, type UnitMatching } from './unit-match';

/** Joins the codes of units dissolved into one ("19609_w4090905"). */
export const MERGED_CODE_SEPARATOR = '_';

/** Dissolves the boundaries of several units into one geometry (null when it cannot). */
export type Dissolve = (parts: readonly CommuneFeature[]) => Polygon | MultiPolygon | null;

/** Dissolve with turf's union (any features). */
export const unionDissolve: Dissolve = (parts) => union(featureCollection(parts.map((p) => p as Feature<Polygon | MultiPolygon>)))?.geometry ?? null;

/** Dissolve with topojson-client's merge over the province's topology (exact along shared edges); turf when a part is not in it. */
export function topologyDissolve(topo: ProvinceTopology): Dissolve {
  return (parts) => {
    const wanted = new Set(parts.map((p) => p.properties.gso_code));
    const geometries = topo.topology.objects.units.geometries.filter((g) => wanted.has(String(g.id)));
    if (geometries.length !== wanted.size) return unionDissolve(parts);
    return merge(topo.topology, geometries as Parameters<typeof merge>[1]);
  };
}

/** What the dataset is made of. */
export interface PlaceDatasetInput {
  table: PlanTable;
  matching: UnitMatching;
  /** The features of the place (national units, or the boundaries already loaded). */
  features: readonly CommuneFeature[];
  plan: PlanDocument;
  /** Whether the plan text is of this place, so its stated figures are checked against the table. */
  planOfPlace: boolean;
  dissolve?: Dissolve;
  /** The table's own measures with their values by row line (`customFromRead` of the read table, or a dataset's `custom`). */
  custom?: Pick<DatasetCustom, 'metrics' | 'rows'> | null;
}

function methodOf(match: RowMatch): MatchMethod {
  if (match.how === 'code') return 'gso-code';
  if (match.how === 'folded-name' || match.how === 'variant' || match.how === 'similar') return 'folded-name';
  return 'exact-name';
}

function mergedFeature(match: RowMatch, parts: CommuneFeature[], dissolve: Dissolve): CommuneFeature | null {
  const geometry = dissolve(parts);
  if (!geometry) return null;
  const name = splitFullName(match.row.name).name.replace(/^(TT|TX|TP|P)\.?\s+/i, '');
  const type: CommuneProperties['type'] = parts[0]!.properties.type;
  const properties: CommuneProperties = {
    gso_code: parts.map((p) => p.properties.gso_code).join(MERGED_CODE_SEPARATOR),
    name,
    type,
    full_name: `${type} ${name}`,
    name_ascii: name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'),
    source_units: parts.flatMap((p) => (p.properties.source_units.length ? p.properties.source_units : [p.properties.gso_code])),
  };
  return { type: 'Feature', id: properties.gso_code, geometry, properties };
}

function finding(id: string, severity: Finding['severity'], unit: string, row: number | null, message: Finding['message']): Finding {
  return { id, kind: 'name', severity, unit, column: 'unit', section: 'table', row, printed: null, recomputed: null, message };
}

/** Build the Dataset of a matched table; see the module comment. */
export function placeDataset(input: PlaceDatasetInput): Dataset {
  const { table, matching, plan } = input;
  const dissolve = input.dissolve ?? unionDissolve;
  const byCode = new Map(input.features.map((f) => [f.properties.gso_code, f]));
  const unitName = (code: string) => byCode.get(code)?.properties.full_name ?? code;
  const rowsByLine = new Map(table.units.map((r) => [r.row, r]));
  const featureOfMatch = new Map<RowMatch, CommuneFeature>();
  const mergedInto = new Map<string, CommuneFeature>();
  const findings: Finding[] = [];
  for (const match of matching.matches) {
    const parts = match.codes.map((c) => byCode.get(c)).filter((f): f is CommuneFeature => f !== undefined);
    if (parts.length === 0) continue;
    const feature = parts.length === 1 ? parts[0]! : mergedFeature(match, parts, dissolve);
    if (!feature) continue;
    featureOfMatch.set(match, feature);
    if (parts.length > 1) for (const p of parts) mergedInto.set(p.properties.gso_code, feature);
    if (parts.length > 1 || match.how === 'folded-name' || match.how === 'variant' || match.how === 'similar') {
      const note = matchNote(match, unitName);
      findings.push(finding(`match:${match.row.row}`, 'info', match.row.name, match.row.row, { vi: `"${match.row.name}": ${note.vi}`, en: `"${match.row.name}": ${note.en}` }));
    }
  }
  const communes: CommuneFeature[] = [];
  const placed = new Set<CommuneFeature>();
  for (const f of input.features) {
    const shown = mergedInto.get(f.properties.gso_code) ?? f;
    if (!placed.has(shown)) communes.push(shown);
    placed.add(shown);
  }
  const joined: JoinedUnit[] = [];
  for (const [match, feature] of featureOfMatch) {
    const row = rowsByLine.get(match.row.row);
    if (row) joined.push({ row, feature, matchedBy: methodOf(match) });
  }
  joined.sort((a, b) => a.row.row - b.row.row);
  const joinedFeatures = new Set(joined.map((j) => j.feature));
  const joinedRows = new Set(joined.map((j) => j.row));
  const unmatchedRows = table.units.filter((r) => !joinedRows.has(r));
  for (const row of unmatchedRows) {
    findings.push(finding(`join:unmatched:${row.name}`, 'error', row.name, row.row, { vi: `Không tìm thấy ranh giới cho "${row.name}" (${table.file}, dòng ${row.row})`, en: `No boundary found for "${row.name}" (${table.file}, row ${row.row})` }));
  }
  const unmatchedFeatures = communes.filter((f) => !joinedFeatures.has(f));
  for (const f of unmatchedFeatures) {
    findings.push(finding(`join:no-row:${f.properties.gso_code}`, 'warning', f.properties.full_name, null, { vi: `${f.properties.full_name} không có số liệu trong biểu`, en: `${f.properties.full_name} has no figures in the table` }));
  }
  const checks = checkPlan(table, input.planOfPlace ? plan.stated : {});
  const join: JoinResult = { joined, unmatchedRows, unmatchedFeatures, ambiguous: [] };
  const district = sumFigures(table.units.map((u) => u.figures));
  const dataset: Dataset = { plan, table, communes, join, findings: sortFindings([...findings, ...checks]), district };
  const custom = input.custom?.rows ? joinCustom({ metrics: input.custom.metrics, rows: input.custom.rows }, table.units, table.total, joined) : null;
  return custom ? { ...dataset, custom } : dataset;
}
