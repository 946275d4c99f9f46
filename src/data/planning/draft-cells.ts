/**
 * Validation of a draft's cells: one target per unit, checked against the unit's figures. Pure.
 *
 * Refused (the cell keeps its previous value, the other cells are kept):
 * - text that is not a number, or not a whole number of households, or a negative number;
 * - a target above the unit's poor households (the projected end would be negative);
 * - a unit the dataset cannot draft (no row joined to a boundary with that GSO code).
 * Accepted with a warning:
 * - a target above the households able to escape poverty (`above-able`);
 * - a negative remainder (`negative-remainder`): the poor households left at the end of the year would be
 *   fewer than the social-protection households, who cannot escape poverty. On a row where
 *   BTXH + able = poor this is the same fact as `above-able`, so it is only reported when the row's printed
 *   figures disagree (and then it says something the other warning does not).
 * A blank cell clears the unit's entry (back to the plan's target).
 */
import { fmt } from '../checks-format';
import type { Dataset } from '../dataset';
import type { Bilingual, PlanRow } from '../types';
import { parseVietnameseNumber } from '../vn-number';

/** A draft: target households by GSO code of the unit (only units that differ from the plan need an entry). */
export type TargetDraft = ReadonlyMap<string, number>;

/** The empty draft: the plan as printed. */
export const EMPTY_DRAFT: TargetDraft = new Map();

/** Longest text accepted in a target cell. */
export const MAX_CELL_CHARS = 20;

/** Why a cell was refused. */
export type DraftErrorCode = 'not-a-number' | 'not-an-integer' | 'negative' | 'above-poor' | 'unknown-unit';

/** Why an accepted cell deserves a second look. */
export type DraftWarningCode = 'above-able' | 'negative-remainder';

/** One message about one cell. */
export interface DraftCellIssue<C extends string = DraftErrorCode | DraftWarningCode> {
  code: C;
  message: Bilingual;
}

/** The outcome of checking one cell. */
export interface DraftCellCheck {
  gsoCode: string;
  /** Unit name as printed in the table (the code itself when the unit is unknown). */
  unit: string;
  /** The target read from the cell; null for a blank cell (clear the entry) or a refused one. */
  value: number | null;
  /** Why the cell is refused, or null when it is accepted. */
  error: DraftCellIssue<DraftErrorCode> | null;
  warnings: DraftCellIssue<DraftWarningCode>[];
}

/** The GSO code of every joined table row (rows without a boundary cannot be drafted). */
export function rowCodes(dataset: Dataset): Map<PlanRow, string> {
  return new Map(dataset.join.joined.map((u) => [u.row, u.feature.properties.gso_code]));
}

/** The joined row of a GSO code, or null. */
export function rowOfCode(dataset: Dataset, gsoCode: string): PlanRow | null {
  return dataset.join.joined.find((u) => u.feature.properties.gso_code === gsoCode)?.row ?? null;
}

const n = (lang: 'vi' | 'en', v: number) => fmt(lang, v);

function refused(code: DraftErrorCode, unit: string, vi: string, en: string): DraftCellIssue<DraftErrorCode> {
  return { code, message: { vi: `${unit}: ${vi}; ô này không được nhận.`, en: `${unit}: ${en}; the cell was not accepted.` } };
}

/** Check a target value (households) for a unit row: refusal or warnings. */
export function checkTargetValue(row: PlanRow, value: number): Pick<DraftCellCheck, 'error' | 'warnings'> {
  const u = row.name;
  const f = row.figures;
  if (!Number.isFinite(value)) return { error: refused('not-a-number', u, 'chỉ tiêu phải là một số hộ', 'a target must be a number of households'), warnings: [] };
  if (!Number.isInteger(value)) {
    return { error: refused('not-an-integer', u, `chỉ tiêu ${fmt('vi', value, 2)} không phải số hộ nguyên`, `a target of ${fmt('en', value, 2)} is not a whole number of households`), warnings: [] };
  }
  if (value < 0) return { error: refused('negative', u, `chỉ tiêu không thể âm (${n('vi', value)})`, `a target cannot be negative (${n('en', value)})`), warnings: [] };
  if (value > f.poor) {
    return {
      error: refused('above-poor', u, `chỉ tiêu ${n('vi', value)} hộ lớn hơn số hộ nghèo (${n('vi', f.poor)})`, `a target of ${n('en', value)} households is more than its ${n('en', f.poor)} poor households`),
      warnings: [],
    };
  }
  const warnings: DraftCellIssue<DraftWarningCode>[] = [];
  const able = f.able_to_escape;
  if (able !== null && value > able) {
    warnings.push({
      code: 'above-able',
      message: {
        vi: `${u}: chỉ tiêu ${n('vi', value)} hộ lớn hơn số hộ có khả năng thoát nghèo (${n('vi', able)}).`,
        en: `${u}: a target of ${n('en', value)} households is more than the ${n('en', able)} households able to escape poverty.`,
      },
    });
  }
  const sp = f.social_protection;
  const consistent = sp !== null && able !== null && sp + able === f.poor;
  const left = f.poor - value - (sp ?? 0);
  if (sp !== null && left < 0 && !(consistent && able !== null && value > able)) {
    warnings.push({
      code: 'negative-remainder',
      message: {
        vi: `${u}: còn lại ${n('vi', f.poor - value)} hộ nghèo cuối năm, ít hơn số hộ BTXH không có khả năng thoát nghèo (${n('vi', sp)}).`,
        en: `${u}: ${n('en', f.poor - value)} poor households would be left at the end of the year, fewer than the ${n('en', sp)} social-protection households who cannot escape poverty.`,
      },
    });
  }
  return { error: null, warnings };
}

/** Read a target typed into a cell ("15", " 15 ", "" to clear) for a unit and check it. */
export function parseTargetCell(row: PlanRow, gsoCode: string, text: string): DraftCellCheck {
  const base = { gsoCode, unit: row.name, value: null, warnings: [] };
  const u = row.name;
  const shown = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS)}…` : text;
  if (text.length > MAX_CELL_CHARS) return { ...base, error: refused('not-a-number', u, `“${shown}” không phải là số hộ`, `“${shown}” is not a number of households`) };
  const parsed = parseVietnameseNumber(text, 'count');
  if (!parsed.ok) {
    if (parsed.code === 'not-an-integer') return { ...base, error: refused('not-an-integer', u, `“${shown}” không phải số hộ nguyên`, `“${shown}” is not a whole number of households`) };
    if (parsed.code === 'negative') return { ...base, error: refused('negative', u, `chỉ tiêu không thể âm (“${shown}”)`, `a target cannot be negative (“${shown}”)`) };
    return { ...base, error: refused('not-a-number', u, `“${shown}” không phải là số hộ`, `“${shown}” is not a number of households`) };
  }
  if (parsed.value === null) return { ...base, error: null };
  return { ...base, value: parsed.value, ...checkTargetValue(row, parsed.value) };
}

function unknownUnit(gsoCode: string, value: number | null): DraftCellCheck {
  return {
    gsoCode,
    unit: gsoCode,
    value,
    error: { code: 'unknown-unit', message: { vi: `Không có đơn vị nào mã ${gsoCode} trong biểu; chỉ tiêu này bị bỏ qua.`, en: `No unit of the table has the code ${gsoCode}; this target is ignored.` } },
    warnings: [],
  };
}

/** Check every entry of a draft against the dataset, in table order (unknown codes last). */
export function checkDraft(dataset: Dataset, draft: TargetDraft): DraftCellCheck[] {
  const out: DraftCellCheck[] = [];
  const seen = new Set<string>();
  for (const [row, code] of rowCodes(dataset)) {
    const value = draft.get(code);
    if (value === undefined) continue;
    seen.add(code);
    out.push({ gsoCode: code, unit: row.name, value, ...checkTargetValue(row, value) });
  }
  for (const [code, value] of draft) if (!seen.has(code)) out.push(unknownUnit(code, value));
  return out;
}

/** The draft's accepted targets by GSO code (refused cells left out). */
export function acceptedTargets(dataset: Dataset, draft: TargetDraft): Map<string, number> {
  return new Map(checkDraft(dataset, draft).flatMap((c) => (c.error === null && c.value !== null ? [[c.gsoCode, c.value] as const] : [])));
}

/** Type a cell: the new draft (unchanged when the cell is refused; entry removed when blank) and the cell's check. */
export function setDraftCell(dataset: Dataset, draft: TargetDraft, gsoCode: string, text: string): { draft: TargetDraft; check: DraftCellCheck } {
  const row = rowOfCode(dataset, gsoCode);
  if (row === null) return { draft, check: unknownUnit(gsoCode, null) };
  const check = parseTargetCell(row, gsoCode, text);
  if (check.error !== null) return { draft, check };
  const next = new Map(draft);
  if (check.value === null) next.delete(gsoCode);
  else next.set(gsoCode, check.value);
  return { draft: next, check };
}
