/**
 * Showing a pre-2025 dataset on the communes since 1 July 2025, through the NSO crosswalk. Pure.
 *
 * The rule: a 2025 commune is listed when it takes in at least one old unit of the table. Its figures are
 * computed only when it is formed of WHOLE old units that are ALL in the table; then every count column is
 * the sum of those units' counts (blank cells count as none; all blank stays blank) and every rate is
 * recomputed from the summed counts with the metrics' definition (count / households × 100, rounded to 2
 * decimals like the plan prints) — never averaged. Otherwise the commune is `approximate`: it takes only
 * part of an old unit (an old unit the crosswalk sends to several 2025 communes counts as split, whatever
 * its share says), or some of its old units have no figures in the table. Its figures are then left out
 * (null), because any number would need a guessed share of a split unit; the map shows it as "no data"
 * and its note names the split and the missing old units. The printed totals row and the district figures
 * are kept as they were: regrouping moves households between rows, it does not change the district.
 *
 * The result is a Dataset built with the app's join and checks, so every view works on it unchanged:
 * per-row checks (rates, identities, ranges) run on the new rows; district-level checks (column totals,
 * figures stated in the text) are those of the old table, whose sums they concern.
 */
import { checkPlan, sortFindings } from '../checks';
import type { Dataset } from '../dataset';
import { joinTableToBoundaries, type CommuneFeature } from '../join';
import { percentOf, sumFigures } from '../metrics';
import { roundTo } from '../checks-format';
import { FIGURE_COLUMNS } from '../table-columns';
import type { Bilingual, Finding, FigureKey, PlanRow, PlanTable, UnitFigures } from '../types';
import type { CrosswalkRow } from './catalogue';
import type { PlaceUnitFeature } from './topology';
import { shortUnitName } from './unit-types';

/**
 * The 2025 provinces each pre-2025 province went into (from the NSO crosswalk, 2025): the crosswalk files
 * to load for an old dataset. Old 82 (Tiền Giang) also gave one ward to 80 (Tây Ninh).
 */
export const NEW_PROVINCES_OF_OLD: Readonly<Record<string, readonly string[]>> = {
  '01': ['01'], '02': ['08'], '04': ['04'], '06': ['19'], '08': ['08'], '10': ['15'], '11': ['11'], '12': ['12'], '14': ['14'], '15': ['15'],
  '17': ['25'], '19': ['19'], '20': ['20'], '22': ['22'], '24': ['24'], '25': ['25'], '26': ['25'], '27': ['24'], '30': ['31'], '31': ['31'],
  '33': ['33'], '34': ['33'], '35': ['37'], '36': ['37'], '37': ['37'], '38': ['38'], '40': ['40'], '42': ['42'], '44': ['44'], '45': ['44'],
  '46': ['46'], '48': ['48'], '49': ['48'], '51': ['51'], '52': ['52'], '54': ['66'], '56': ['56'], '58': ['56'], '60': ['68'], '62': ['51'],
  '64': ['52'], '66': ['66'], '67': ['68'], '68': ['68'], '70': ['75'], '72': ['80'], '74': ['79'], '75': ['75'], '77': ['79'], '79': ['79'],
  '80': ['80'], '82': ['82', '80'], '83': ['86'], '84': ['86'], '86': ['86'], '87': ['82'], '89': ['91'], '91': ['91'], '92': ['92'], '93': ['92'],
  '94': ['92'], '95': ['96'], '96': ['96'],
};

/** The 2025 provinces whose crosswalk files cover a pre-2025 province (empty for an unknown code). */
export function crosswalkProvincesFor(oldProvince: string): readonly string[] {
  return NEW_PROVINCES_OF_OLD[oldProvince] ?? [];
}

/** One old unit a 2025 commune was formed from. */
export interface RegroupSource {
  /** GSO code of the old unit (null for an area the NSO lists without a code). */
  code: string | null;
  /** Short old name, as lists of parts print it ("TT Cam Lộ", "Cam Thành"). */
  name: string;
  /** 'part' when the crosswalk says so or sends the old unit to several 2025 communes. */
  share: 'whole' | 'part';
  /** Whether the table has figures for this old unit. */
  inTable: boolean;
  /** The unit's name as the table prints it, when it is in the table. */
  printedName: string | null;
}

/** How one 2025 commune was formed from the table's old units. */
export interface RegroupEntry {
  code: string;
  /** Official name with type ("Xã Hiếu Giang"). */
  fullName: string;
  approximate: boolean;
  sources: RegroupSource[];
  note: Bilingual;
  /** The regrouped figures, or null when the commune is approximate. */
  figures: UnitFigures | null;
}

/** A regrouped dataset, or why there is none; `regroup` says how every listed 2025 commune was formed. */
export type RegroupResult =
  | { ok: true; dataset: Dataset; regroup: Record<string, RegroupEntry>; unplaced: PlanRow[] }
  | { ok: false; message: Bilingual; regroup: Record<string, RegroupEntry>; unplaced: PlanRow[] };

/** Decimals of the recomputed rates (the plan prints two). */
const RATE_DECIMALS = 2;

/** Counts summed over whole old units; rates recomputed from the sums with the metrics' percentOf. */
export function regroupFigures(parts: readonly UnitFigures[]): UnitFigures {
  const sum: Record<FigureKey, number | null> = { ...sumFigures([...parts]) };
  for (const column of FIGURE_COLUMNS) {
    if (column.kind !== 'rate' || !column.rateOf) continue;
    const rate = percentOf(sum[column.rateOf], sum.households);
    sum[column.id] = rate === null ? null : roundTo(rate, RATE_DECIMALS);
  }
  return sum as unknown as UnitFigures;
}

function rawOf(name: string, code: string, figures: UnitFigures): PlanRow['raw'] {
  const raw: PlanRow['raw'] = { unit: name, gso_code: code };
  for (const column of FIGURE_COLUMNS) {
    const v = figures[column.id];
    raw[column.id] = v === null ? '' : column.kind === 'rate' ? v.toFixed(RATE_DECIMALS) : String(v);
  }
  return raw;
}

const list = (names: readonly string[]) => names.join(', ');

function noteOf(sources: readonly RegroupSource[], approximate: boolean): Bilingual {
  if (!approximate) {
    const names = list(sources.map((s) => s.name));
    return { vi: `Gộp nguyên vẹn từ ${names}: số hộ cộng lại, tỷ lệ tính lại từ tổng`, en: `Formed from the whole of ${names}: households added up, rates recomputed from the sums` };
  }
  const split = sources.filter((s) => s.share === 'part').map((s) => s.name);
  const missing = sources.filter((s) => !s.inTable && s.share === 'whole').map((s) => s.name);
  const vi = [split.length ? `chỉ nhận một phần của ${list(split)}` : '', missing.length ? `không có số liệu của ${list(missing)}` : ''].filter(Boolean);
  const en = [split.length ? `takes only part of ${list(split)}` : '', missing.length ? `no figures for ${list(missing)}` : ''].filter(Boolean);
  return { vi: `Chưa tính số liệu (không ước lượng phần chia): ${vi.join('; ')}`, en: `Figures not computed (shares are never guessed): ${en.join('; ')}` };
}

function regroupFinding(id: string, unit: string, message: Bilingual): Finding {
  return { id: `regroup:${id}`, kind: 'name', severity: 'warning', unit, column: 'unit', section: 'table', row: null, printed: null, recomputed: null, message };
}

/** The old table's units by GSO code: joined units, and unjoined rows that print a 5-digit code. */
function oldUnitsByCode(old: Dataset): { byCode: Map<string, PlanRow>; uncoded: PlanRow[] } {
  const byCode = new Map<string, PlanRow>();
  for (const unit of old.join.joined) byCode.set(unit.feature.properties.gso_code, unit.row);
  const joinedRows = new Set(old.join.joined.map((u) => u.row));
  const uncoded: PlanRow[] = [];
  for (const row of old.table.units) {
    if (joinedRows.has(row)) continue;
    if (row.gsoCode && /^\d{5}$/.test(row.gsoCode) && !byCode.has(row.gsoCode)) byCode.set(row.gsoCode, row);
    else uncoded.push(row);
  }
  return { byCode, uncoded };
}

/**
 * Regroup a pre-2025 dataset onto the 2025 communes of `features` with the crosswalk `rows` (see the rule
 * above). Fails, with a bilingual message, when no 2025 commune can be given figures.
 */
export function regroupTo2025(old: Dataset, rows: readonly CrosswalkRow[], features: readonly (PlaceUnitFeature | CommuneFeature)[]): RegroupResult {
  const { byCode, uncoded } = oldUnitsByCode(old);
  const targets = new Map<string, Set<string>>();
  const rowsByNew = new Map<string, CrosswalkRow[]>();
  for (const r of rows) {
    rowsByNew.set(r.new, [...(rowsByNew.get(r.new) ?? []), r]);
    if (r.old) targets.set(r.old, (targets.get(r.old) ?? new Set()).add(r.new));
  }
  const featureByCode = new Map(features.map((f) => [f.properties.gso_code, f]));
  const firstRow = (code: string) => Math.min(...(rowsByNew.get(code) ?? []).map((r) => (r.old && byCode.get(r.old)?.row) || Infinity));
  const receiving = [...rowsByNew.keys()].filter((code) => Number.isFinite(firstRow(code))).sort((a, b) => firstRow(a) - firstRow(b) || a.localeCompare(b));

  const findings: Finding[] = [];
  const regroup: Record<string, RegroupEntry> = {};
  const units: PlanRow[] = [];
  const communes: CommuneFeature[] = [];
  for (const code of receiving) {
    const target = featureByCode.get(code);
    if (!target) {
      findings.push(regroupFinding(`no-feature:${code}`, code, { vi: `Không có ranh giới của xã/phường mã ${code} (2025) trên bản đồ này`, en: `This map has no boundary for 2025 commune code ${code}` }));
      continue;
    }
    const sources: RegroupSource[] = (rowsByNew.get(code) ?? []).map((r) => {
      const row = r.old ? byCode.get(r.old) : undefined;
      const split = r.share === 'part' || (r.old !== null && (targets.get(r.old)?.size ?? 0) > 1);
      return { code: r.old, name: shortUnitName(r.oldName ?? r.old ?? '?', r.oldType), share: split ? 'part' : 'whole', inTable: row !== undefined, printedName: row?.name ?? null };
    });
    const approximate = sources.some((s) => s.share === 'part' || !s.inTable);
    const figures = approximate ? null : regroupFigures(sources.map((s) => byCode.get(s.code!)!.figures));
    const { full_name: fullName, name } = target.properties;
    regroup[code] = { code, fullName, approximate, sources, note: noteOf(sources, approximate), figures };
    communes.push(target as unknown as CommuneFeature);
    if (figures) units.push({ name, gsoCode: code, row: units.length + 2, figures, raw: rawOf(name, code, figures) });
    else findings.push(regroupFinding(`approximate:${code}`, fullName, { vi: `${fullName}: ${regroup[code].note.vi}`, en: `${fullName}: ${regroup[code].note.en}` }));
  }

  const placed = new Set(rows.flatMap((r) => (r.old ? [r.old] : [])));
  const unplaced = [...uncoded, ...[...byCode.entries()].filter(([code]) => !placed.has(code)).map(([, row]) => row)].sort((a, b) => a.row - b.row);
  for (const row of unplaced) {
    findings.push(regroupFinding(`unplaced:${row.name}`, row.name, { vi: `"${row.name}" không có trong bảng chuyển đổi sang xã/phường 2025; số liệu của đơn vị này không được hiển thị`, en: `"${row.name}" is not in the crosswalk to the 2025 communes; its figures are not shown` }));
  }
  if (units.length === 0) {
    const message = { vi: 'Không xã/phường 2025 nào tính được số liệu từ biểu này (các đơn vị cũ bị chia tách hoặc không có trong bảng chuyển đổi)', en: 'No 2025 commune can be given figures from this table (its old units were split or are not in the crosswalk)' };
    return { ok: false, message, regroup, unplaced };
  }

  const table: PlanTable = { file: old.table.file, units, total: old.table.total };
  const join = joinTableToBoundaries(table, communes);
  const districtLevel = new Set<Finding['kind']>(['column-total', 'text-figure']);
  const checks = [...checkPlan(table, old.plan.stated).filter((f) => !districtLevel.has(f.kind)), ...old.findings.filter((f) => districtLevel.has(f.kind))];
  const seen = new Set<string>();
  const unique = [...checks, ...findings].filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
  const dataset: Dataset = { plan: old.plan, table, communes, join, findings: sortFindings(unique), district: old.district };
  return { ok: true, dataset, regroup, unplaced };
}
