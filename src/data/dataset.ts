/** A dataset: one plan's document, table and boundaries, joined and checked. Pure. */
import { parseBoundaries } from './boundaries';
import { checkPlan } from './checks';
import { joinTableToBoundaries, type JoinResult } from './join';
import { sumFigures } from './metrics';
import { parsePlanDocument } from './plan-document';
import { parsePlanTable } from './plan-table';
import type { Finding, ParseIssue, ParseResult } from './types';

export { districtValue, metricValues, type UnitMetricValue } from './metric-values';
export type { Dataset, DatasetSources } from './dataset-model';
import type { Dataset, DatasetSources } from './dataset-model';

function joinFindings(join: JoinResult, file: string): Finding[] {
  const findings: Finding[] = [];
  for (const row of join.unmatchedRows) {
    findings.push({
      id: `join:unmatched:${row.name}`, kind: 'name', severity: 'error', unit: row.name, column: 'unit', section: 'table', row: row.row, printed: null, recomputed: null,
      message: { vi: `Không tìm thấy ranh giới cho "${row.name}" (${file}, dòng ${row.row})`, en: `No boundary found for "${row.name}" (${file}, row ${row.row})` },
    });
  }
  for (const { row, candidates } of join.ambiguous) {
    findings.push({
      id: `join:ambiguous:${row.name}`, kind: 'name', severity: 'error', unit: row.name, column: 'unit', section: 'table', row: row.row, printed: null, recomputed: null,
      message: { vi: `"${row.name}" khớp với nhiều hơn một ranh giới hoặc trùng dòng khác: ${candidates.join(', ')}`, en: `"${row.name}" matches more than one boundary or another row: ${candidates.join(', ')}` },
    });
  }
  for (const unit of join.joined.filter((u) => u.matchedBy === 'folded-name')) {
    const official = unit.feature.properties.full_name;
    findings.push({
      id: `join:spelling:${unit.row.name}`, kind: 'name', severity: 'info', unit: unit.row.name, column: 'unit', section: 'table', row: unit.row.row, printed: null, recomputed: null,
      message: { vi: `Tên in trong biểu là "${unit.row.name}", tên chính thức là "${official}" (đã ghép theo tên bỏ dấu)`, en: `The table prints "${unit.row.name}"; the official name is "${official}" (matched ignoring diacritics)` },
    });
  }
  for (const feature of join.unmatchedFeatures) {
    findings.push({
      id: `join:no-row:${feature.properties.gso_code}`, kind: 'name', severity: 'warning', unit: feature.properties.full_name, column: 'unit', section: 'table', row: null, printed: null, recomputed: null,
      message: { vi: `${feature.properties.full_name} không có số liệu trong biểu`, en: `${feature.properties.full_name} has no figures in the table` },
    });
  }
  return findings;
}

/** Parse, join and check a dataset's three files; every problem is reported with its file, row and column. */
export function buildDataset(sources: DatasetSources): ParseResult<Dataset> {
  const plan = parsePlanDocument(sources.plan.json, sources.plan.file);
  const table = parsePlanTable(sources.table.text, sources.table.file);
  const boundaries = parseBoundaries(sources.boundaries.json, sources.boundaries.file);
  const issues: ParseIssue[] = [plan, table, boundaries].flatMap((r) => (r.ok ? [] : r.issues));
  if (!plan.ok || !table.ok || !boundaries.ok) return { ok: false, issues };
  const join = joinTableToBoundaries(table.value, boundaries.value);
  if (join.joined.length === 0) {
    const message = `none of the ${table.value.units.length} rows of ${sources.table.file} matches a commune of ${sources.boundaries.file}; load the boundary file of the same district`;
    return { ok: false, issues: [{ file: sources.table.file, code: 'no-units', row: null, column: 'unit', value: null, message }] };
  }
  const findings = [...joinFindings(join, sources.table.file), ...checkPlan(table.value, plan.value.stated)];
  const district = sumFigures(table.value.units.map((u) => u.figures));
  return {
    ok: true,
    value: { plan: plan.value, table: table.value, communes: boundaries.value, join, findings, district },
    warnings: [...plan.warnings, ...table.warnings, ...boundaries.warnings],
  };
}
