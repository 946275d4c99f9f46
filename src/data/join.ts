/** Joining table rows to boundary features: by GSO code when given, else by Vietnamese-aware name. Pure. */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { exactNameKey, foldedNameKey } from '../core/name-keys';
import type { CommuneProperties, PlanRow, PlanTable } from './types';

/** A commune boundary feature of the app's boundary file. */
export type CommuneFeature = Feature<Polygon | MultiPolygon, CommuneProperties>;

/** How a row found its feature. */
export type MatchMethod = 'gso-code' | 'exact-name' | 'folded-name';

/** A table row joined to its boundary. */
export interface JoinedUnit {
  row: PlanRow;
  feature: CommuneFeature;
  matchedBy: MatchMethod;
}

/** Outcome of a join, with every row or feature that did not pair up exactly once. */
export interface JoinResult {
  joined: JoinedUnit[];
  /** Rows that matched no feature. */
  unmatchedRows: PlanRow[];
  /** Features that no row matched (shown as "no data"). */
  unmatchedFeatures: CommuneFeature[];
  /** Rows that matched several features, or features that several rows matched; none of these is joined. */
  ambiguous: { row: PlanRow; candidates: string[] }[];
}

function candidatesFor(row: PlanRow, features: CommuneFeature[]): { method: MatchMethod; features: CommuneFeature[] } {
  if (row.gsoCode) {
    return { method: 'gso-code', features: features.filter((f) => f.properties.gso_code === row.gsoCode) };
  }
  const exact = exactNameKey(row.name);
  const byExact = features.filter((f) => exactNameKey(f.properties.name) === exact || exactNameKey(f.properties.full_name) === exact);
  if (byExact.length > 0) return { method: 'exact-name', features: byExact };
  const folded = foldedNameKey(row.name);
  return {
    method: 'folded-name',
    features: features.filter((f) => foldedNameKey(f.properties.name) === folded || foldedNameKey(f.properties.full_name) === folded),
  };
}

/** Join each unit row of `table` to one boundary feature, reporting unmatched and doubly matched rows. */
export function joinTableToBoundaries(table: PlanTable, features: CommuneFeature[]): JoinResult {
  const ambiguous: JoinResult['ambiguous'] = [];
  const unmatchedRows: PlanRow[] = [];
  const tentative: JoinedUnit[] = [];
  for (const row of table.units) {
    const found = candidatesFor(row, features);
    if (found.features.length === 0) unmatchedRows.push(row);
    else if (found.features.length > 1) ambiguous.push({ row, candidates: found.features.map((f) => f.properties.full_name) });
    else tentative.push({ row, feature: found.features[0]!, matchedBy: found.method });
  }
  const rowsPerFeature = new Map<string, JoinedUnit[]>();
  for (const unit of tentative) {
    const code = unit.feature.properties.gso_code;
    rowsPerFeature.set(code, [...(rowsPerFeature.get(code) ?? []), unit]);
  }
  const joined: JoinedUnit[] = [];
  for (const units of rowsPerFeature.values()) {
    if (units.length === 1) joined.push(units[0]!);
    else units.forEach((u) => ambiguous.push({ row: u.row, candidates: [u.feature.properties.full_name] }));
  }
  joined.sort((a, b) => a.row.row - b.row.row);
  const joinedCodes = new Set(joined.map((u) => u.feature.properties.gso_code));
  return {
    joined,
    unmatchedRows,
    unmatchedFeatures: features.filter((f) => !joinedCodes.has(f.properties.gso_code)),
    ambiguous,
  };
}
