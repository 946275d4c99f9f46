/**
 * Row identities, column totals and range checks (see checks.ts). Pure.
 */
import { FIGURE_COLUMNS, figureColumn } from './table-columns';
import type { Bilingual, Finding, FigureKey, PlanRow, PlanTable } from './types';
import { capitalize, columnSum, eachRow, fmt, joinMessages, nounOf, possessive, printedDecimals, signed, type RowRef } from './checks-format';

/** A value a row's identity implies for one of its figures, when that identity fails. */
export interface ImpliedFix {
  unit: PlanRow;
  column: FigureKey;
  printed: number;
  implied: number;
  /** How the implied value is obtained ("109 − 53"). */
  formula: Bilingual;
}

/** Values the failing additive identities of a row imply for each of their figures. */
export function impliedFixes(row: PlanRow): ImpliedFix[] {
  const f = row.figures;
  const fixes: ImpliedFix[] = [];
  const add = (column: FigureKey, printed: number, implied: number, a: number, op: '+' | '−', b: number) => {
    if (implied < 0 || implied === printed) return;
    fixes.push({ unit: row, column, printed, implied, formula: { vi: `${fmt('vi', a)} ${op} ${fmt('vi', b)}`, en: `${fmt('en', a)} ${op} ${fmt('en', b)}` } });
  };
  if (f.social_protection !== null && f.able_to_escape !== null && f.social_protection + f.able_to_escape !== f.poor) {
    add('able_to_escape', f.able_to_escape, f.poor - f.social_protection, f.poor, '−', f.social_protection);
    add('social_protection', f.social_protection, f.poor - f.able_to_escape, f.poor, '−', f.able_to_escape);
    add('poor', f.poor, f.social_protection + f.able_to_escape, f.social_protection, '+', f.able_to_escape);
  }
  if (f.target_2022 !== null && f.poor_end_2022 !== null && f.poor - f.target_2022 !== f.poor_end_2022) {
    add('poor_end_2022', f.poor_end_2022, f.poor - f.target_2022, f.poor, '−', f.target_2022);
    add('target_2022', f.target_2022, f.poor - f.poor_end_2022, f.poor, '−', f.poor_end_2022);
    add('poor', f.poor, f.poor_end_2022 + f.target_2022, f.poor_end_2022, '+', f.target_2022);
  }
  return fixes;
}

/** Hint naming the unit whose identity-implied value would make a column add up to `target` (difference `delta`). */
export function fixExplainingDelta(units: readonly PlanRow[], column: FigureKey, delta: number): Bilingual | null {
  if (delta === 0) return null;
  const matches = units.flatMap(impliedFixes).filter((x) => x.column === column && x.implied - x.printed === delta);
  if (matches.length === 0) return null;
  const noun = nounOf(column);
  const parts = matches.map((m) => ({
    vi: `${noun.vi} của ${m.unit.name} là ${fmt('vi', m.implied)} (= ${m.formula.vi}, theo các cột khác của dòng này) thay vì ${fmt('vi', m.printed)}`,
    en: `${possessive(m.unit.name)} ${noun.en} were ${fmt('en', m.implied)} (= ${m.formula.en}, from the row's other columns) instead of ${fmt('en', m.printed)}`,
  }));
  return {
    vi: `Gợi ý: chênh lệch này biến mất nếu ${parts.map((p) => p.vi).join(' hoặc ')}.`,
    en: `Hint: the difference disappears if ${parts.map((p) => p.en).join(' or ')}.`,
  };
}

function identityFinding(ref: RowRef, name: string, column: FigureKey, printed: number, recomputed: number, message: Bilingual): Finding {
  return { id: `identity:${ref.key}:${name}`, kind: 'row-identity', severity: 'error', unit: ref.unit, column, section: 'table', row: ref.row.row, printed, recomputed, message };
}

/** For a unit row's failed identity: which implied value the totals row supports, else the alternatives. */
function identityHint(table: PlanTable, ref: RowRef, columns: FigureKey[]): Bilingual | null {
  const fixes = impliedFixes(ref.row).filter((x) => columns.includes(x.column));
  if (fixes.length === 0) return null;
  const total = table.total;
  if (!ref.isTotal && total) {
    const supported = fixes.filter((x) => {
      const t = total.figures[x.column];
      return t !== null && t - columnSum(table.units, x.column).sum === x.implied - x.printed;
    });
    if (supported.length > 0) {
      const list = (lang: 'vi' | 'en') => supported.map((x) => `${nounOf(x.column)[lang]} ${lang === 'vi' ? 'là' : '='} ${fmt(lang, x.implied)} (= ${x.formula[lang]})`);
      return {
        vi: `Gợi ý: dòng “${total.name}” cộng đúng nếu ${list('vi').join(' hoặc ')}.`,
        en: `Hint: the totals row adds up if ${list('en').join(' or ')}.`,
      };
    }
  }
  const list = (lang: 'vi' | 'en') => fixes.map((x) => `${nounOf(x.column)[lang]} ${lang === 'vi' ? 'là' : '='} ${fmt(lang, x.implied)} (= ${x.formula[lang]})`);
  return { vi: `Có thể sai một trong: ${list('vi').join('; ')}.`, en: `One of these may be the slip: ${list('en').join('; ')}.` };
}

/** Check 2 (and 5 for counts): the identities each row implies. */
export function checkRowIdentities(table: PlanTable): Finding[] {
  const findings: Finding[] = [];
  eachRow(table, (row, refOf) => {
    const f = row.figures;
    const n = (lang: 'vi' | 'en', v: number) => fmt(lang, v);
    if (f.social_protection !== null && f.able_to_escape !== null) {
      const sum = f.social_protection + f.able_to_escape;
      if (sum !== f.poor) {
        const ref = refOf();
        const who = ref.subject;
        findings.push(
          identityFinding(ref, 'btxh+able=poor', 'poor', f.poor, sum, joinMessages([
            {
              vi: `${who.vi}: hộ BTXH ${n('vi', f.social_protection)} + hộ có khả năng thoát nghèo ${n('vi', f.able_to_escape)} = ${n('vi', sum)}, nhưng số hộ nghèo in là ${n('vi', f.poor)} (chênh ${signed('vi', f.poor - sum)}).`,
              en: `${who.en}: social-protection households ${n('en', f.social_protection)} + households able to escape poverty ${n('en', f.able_to_escape)} = ${n('en', sum)}, but the printed number of poor households is ${n('en', f.poor)} (a difference of ${signed('en', f.poor - sum)}).`,
            },
            identityHint(table, ref, ['able_to_escape', 'social_protection', 'poor']),
          ])),
        );
      }
    }
    if (f.target_2022 !== null && f.poor_end_2022 !== null) {
      const end = f.poor - f.target_2022;
      if (end !== f.poor_end_2022) {
        const ref = refOf();
        const who = ref.subject;
        findings.push(
          identityFinding(ref, 'poor-target=end', 'poor_end_2022', f.poor_end_2022, end, joinMessages([
            {
              vi: `${who.vi}: hộ nghèo ${n('vi', f.poor)} − chỉ tiêu giảm ${n('vi', f.target_2022)} = ${n('vi', end)}, nhưng số hộ nghèo cuối năm 2022 in là ${n('vi', f.poor_end_2022)}.`,
              en: `${who.en}: poor households ${n('en', f.poor)} − reduction target ${n('en', f.target_2022)} = ${n('en', end)}, but the printed number of poor households at the end of 2022 is ${n('en', f.poor_end_2022)}.`,
            },
            identityHint(table, ref, ['poor_end_2022', 'target_2022', 'poor']),
          ])),
        );
      }
    }
    const bound = (name: string, part: FigureKey, whole: FigureKey, partValue: number | null, wholeValue: number | null) => {
      if (partValue === null || wholeValue === null || partValue <= wholeValue) return;
      const ref = refOf();
      const who = ref.subject;
      const p = nounOf(part);
      const w = nounOf(whole);
      findings.push(
        identityFinding(ref, name, part, partValue, wholeValue, {
          vi: `${who.vi}: ${p.vi} (${n('vi', partValue)}) lớn hơn ${w.vi} (${n('vi', wholeValue)}), điều không thể xảy ra.`,
          en: `${who.en}: ${p.en} (${n('en', partValue)}) exceed ${w.en} (${n('en', wholeValue)}), which cannot be.`,
        }),
      );
    };
    bound('em-poor<=poor', 'ethnic_minority_poor', 'poor', f.ethnic_minority_poor, f.poor);
    bound('em-poor<=em-households', 'ethnic_minority_poor', 'ethnic_minority_households', f.ethnic_minority_poor, f.ethnic_minority_households);
    bound('poor<=households', 'poor', 'households', f.poor, f.households);
    bound('em-households<=households', 'ethnic_minority_households', 'households', f.ethnic_minority_households, f.households);
    if (f.target_2022 !== null && f.able_to_escape !== null && f.target_2022 > f.able_to_escape) {
      const ref = refOf();
      const who = ref.subject;
      findings.push(
        identityFinding(ref, 'target<=able', 'target_2022', f.target_2022, f.able_to_escape, {
          vi: `${who.vi}: chỉ tiêu giảm ${n('vi', f.target_2022)} hộ nghèo năm 2022 lớn hơn số hộ có khả năng thoát nghèo (${n('vi', f.able_to_escape)}).`,
          en: `${who.en}: the 2022 target of ${n('en', f.target_2022)} fewer poor households is larger than the number of households able to escape poverty (${n('en', f.able_to_escape)}).`,
        }),
      );
    }
  });
  return findings;
}

/** Check 3: for every count column, the units' sum against the totals row (blank cells count as none). */
export function checkColumnTotals(table: PlanTable): Finding[] {
  const total = table.total;
  if (!total) return [];
  const findings: Finding[] = [];
  for (const col of FIGURE_COLUMNS) {
    if (col.kind !== 'count') continue;
    const printed = total.figures[col.id];
    const { sum, present, blank } = columnSum(table.units, col.id);
    if (printed === null || present === 0 || printed === sum) continue;
    const label = figureColumn(col.id).label;
    const blanks: Bilingual | null =
      blank > 0 ? { vi: `(${fmt('vi', blank)} ô để trống được tính là 0.)`, en: `(${fmt('en', blank)} blank cells are counted as none.)` } : null;
    findings.push({
      id: `total:${col.id}`,
      kind: 'column-total',
      severity: 'error',
      unit: null,
      column: col.id,
      section: 'table',
      row: total.row,
      printed,
      recomputed: sum,
      message: joinMessages([
        {
          vi: `Cột “${label.vi}”: dòng “${total.name}” in ${fmt('vi', printed)} nhưng cộng ${fmt('vi', present)} đơn vị được ${fmt('vi', sum)} (chênh ${signed('vi', printed - sum)}).`,
          en: `Column “${label.en}”: the totals row prints ${fmt('en', printed)} but the ${fmt('en', present)} units add up to ${fmt('en', sum)} (a difference of ${signed('en', printed - sum)}).`,
        },
        blanks,
        fixExplainingDelta(table.units, col.id, printed - sum),
      ]),
    });
  }
  return findings;
}

/** Check 5: printed rates outside 0–100%. */
export function checkRanges(table: PlanTable): Finding[] {
  const findings: Finding[] = [];
  eachRow(table, (row, refOf) => {
    for (const col of FIGURE_COLUMNS) {
      const v = row.figures[col.id];
      if (col.kind !== 'rate' || v === null || (v >= 0 && v <= 100)) continue;
      const ref = refOf();
      const noun = nounOf(col.id);
      const d = printedDecimals(ref.row.raw[col.id], v);
      findings.push({
        id: `range:${ref.key}:${col.id}`,
        kind: 'range',
        severity: 'error',
        unit: ref.unit,
        column: col.id,
        section: 'table',
        row: ref.row.row,
        printed: v,
        recomputed: null,
        message: {
          vi: `${capitalize(noun.vi)} của ${ref.name.vi} in là ${fmt('vi', v, d)} %, nằm ngoài khoảng 0–100 %.`,
          en: `${capitalize(possessive(ref.name.en))} printed ${noun.en} is ${fmt('en', v, d)}%, outside 0–100%.`,
        },
      });
    }
  });
  return findings;
}
