/** A dataset: one plan's document, table and boundaries, joined and checked. Pure. */
import { parseBoundaries } from './boundaries';
import { checkPlan } from './checks';
import { joinTableToBoundaries, type CommuneFeature, type JoinResult } from './join';
import { metricDef, sumFigures, type MetricId } from './metrics';
import { parsePlanDocument, type PlanDocument } from './plan-document';
import { parsePlanTable } from './plan-table';
import type { Finding, MetricValue, ParseIssue, ParseResult, PlanRow, PlanTable, UnitFigures } from './types';

/** Everything the app shows for one plan. */
export interface Dataset {
  plan: PlanDocument;
  table: PlanTable;
  communes: CommuneFeature[];
  join: JoinResult;
  /** Findings of the data checks plus the join's (unmatched or renamed units). */
  findings: Finding[];
  /** District figures summed from the unit rows (the printed totals row is `table.total`). */
  district: UnitFigures;
}

/** The texts of a dataset's three files, with their names for messages. */
export interface DatasetSources {
  plan: { file: string; json: unknown };
  table: { file: string; text: string };
  boundaries: { file: string; json: unknown };
}

/** One joined unit's value of a metric. */
export interface UnitMetricValue extends MetricValue {
  gsoCode: string;
  /** Official name with type, from the boundary file ("Xã Cam Tuyền"). */
  fullName: string;
  /** Official name without type ("Cam Tuyền"). */
  name: string;
  /** Name as printed in the table ("Cam Tuyên"). */
  printedName: string;
  row: PlanRow;
}

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

/** The values of a metric for every joined unit, in table order. */
export function metricValues(dataset: Dataset, metric: MetricId): UnitMetricValue[] {
  const def = metricDef(metric);
  return dataset.join.joined.map(({ row, feature }) => ({
    ...def.compute(row.figures),
    gsoCode: feature.properties.gso_code,
    fullName: feature.properties.full_name,
    name: feature.properties.name,
    printedName: row.name,
    row,
  }));
}

/** The district's value of a metric, computed from the summed unit figures (printed totals row alongside). */
export function districtValue(dataset: Dataset, metric: MetricId): MetricValue {
  const def = metricDef(metric);
  const value = def.compute(dataset.district);
  const printed = dataset.table.total ? def.compute(dataset.table.total.figures).printed : null;
  return { ...value, printed };
}
