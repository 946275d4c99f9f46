/**
 * Check 4 (see checks.ts): the district figures stated in the plan's text (sections I and III) against the
 * table and against each other. Pure.
 */
import type { Bilingual, Finding, FigureKey, PlanTable, StatedFigure, StatedFigureId, StatedFigures } from './types';
import { agrees, both, columnSum, fmt, joinMessages, nounOf, printedDecimals, signed } from './checks-format';
import { evaluateRate, hintSentence, type AltDenominator, type AltValue } from './checks-rates';
import { fixExplainingDelta } from './checks-rows';

/** Stated counts that have a table column. */
const STATED_COUNTS: (StatedFigureId & FigureKey)[] = [
  'households',
  'ethnic_minority_households',
  'poor',
  'ethnic_minority_poor',
  'social_protection',
  'able_to_escape',
];

/** Stated rates and the stated count each is a share of (of all households). */
const STATED_RATES: { id: StatedFigureId; count: StatedFigureId; noun: Bilingual }[] = [
  { id: 'ethnic_minority_households_rate', count: 'ethnic_minority_households', noun: { vi: 'tỷ lệ hộ DTTS', en: 'ethnic-minority share of households' } },
  { id: 'poor_rate', count: 'poor', noun: { vi: 'tỷ lệ hộ nghèo', en: 'poverty rate' } },
  { id: 'ethnic_minority_poor_rate', count: 'ethnic_minority_poor', noun: { vi: 'tỷ lệ hộ nghèo DTTS', en: 'ethnic-minority poverty rate' } },
  { id: 'social_protection_rate', count: 'social_protection', noun: { vi: 'tỷ lệ hộ BTXH', en: 'social-protection rate' } },
  { id: 'able_to_escape_rate', count: 'able_to_escape', noun: { vi: 'tỷ lệ hộ có khả năng thoát nghèo', en: 'able-to-escape rate' } },
  { id: 'near_poor_rate', count: 'near_poor', noun: { vi: 'tỷ lệ hộ cận nghèo', en: 'near-poverty rate' } },
];

const isTableColumn = (id: StatedFigureId): id is StatedFigureId & FigureKey => (STATED_COUNTS as string[]).includes(id);

/** "Văn bản (mục I)" / "The text (section I)". */
function textRef(s: StatedFigure): Bilingual {
  return { vi: `Văn bản (mục ${s.section})`, en: `The text (section ${s.section})` };
}

function statedFinding(id: StatedFigureId, s: StatedFigure, severity: Finding['severity'], recomputed: number, message: Bilingual): Finding {
  return { id: `stated:${id}`, kind: 'text-figure', severity, unit: null, column: id, section: s.section, row: null, printed: s.value, recomputed, message };
}

/** What the table gives for a column: the units' sum when any unit has it, else the totals row. */
function tableValue(table: PlanTable, column: FigureKey): number | null {
  const { sum, present } = columnSum(table.units, column);
  if (present > 0) return sum;
  return table.total?.figures[column] ?? null;
}

/** The district figures in play: stated first, the table as fallback. */
function districtCount(table: PlanTable, stated: StatedFigures, id: StatedFigureId): number | null {
  const s = stated[id];
  if (s) return s.value;
  return isTableColumn(id) ? tableValue(table, id) : null;
}

function checkStatedCounts(table: PlanTable, stated: StatedFigures): Finding[] {
  const findings: Finding[] = [];
  for (const id of STATED_COUNTS) {
    const s = stated[id];
    const recomputed = tableValue(table, id);
    if (!s || recomputed === null || s.value === recomputed) continue;
    const fromUnits = columnSum(table.units, id).present > 0;
    const totalRow = table.total?.figures[id] ?? null;
    const noun = nounOf(id);
    const t = textRef(s);
    const main: Bilingual = fromUnits
      ? {
          vi: `${t.vi} ghi ${noun.vi} là ${fmt('vi', s.value)} nhưng cộng các đơn vị trong biểu được ${fmt('vi', recomputed)} (chênh ${signed('vi', s.value - recomputed)}).`,
          en: `${t.en} states ${fmt('en', s.value)} ${noun.en} but the units in the table add up to ${fmt('en', recomputed)} (a difference of ${signed('en', s.value - recomputed)}).`,
        }
      : {
          vi: `${t.vi} ghi ${noun.vi} là ${fmt('vi', s.value)} nhưng dòng tổng của biểu in ${fmt('vi', recomputed)}.`,
          en: `${t.en} states ${fmt('en', s.value)} ${noun.en} but the table's totals row prints ${fmt('en', recomputed)}.`,
        };
    const totalNote: Bilingual | null =
      fromUnits && totalRow !== null
        ? totalRow === s.value
          ? { vi: `Dòng tổng của biểu in ${fmt('vi', totalRow)}, giống văn bản.`, en: `The table's totals row prints ${fmt('en', totalRow)}, the same as the text.` }
          : { vi: `Dòng tổng của biểu in ${fmt('vi', totalRow)}.`, en: `The table's totals row prints ${fmt('en', totalRow)}.` }
        : null;
    findings.push(statedFinding(id, s, 'error', recomputed, joinMessages([main, totalNote, fromUnits ? fixExplainingDelta(table.units, id, s.value - recomputed) : null])));
  }
  return findings;
}

function householdAlts(table: PlanTable, denominator: number): AltDenominator[] {
  const alts: AltDenominator[] = [];
  const sum = columnSum(table.units, 'households');
  if (sum.present > 0 && sum.sum !== denominator) alts.push({ value: sum.sum, label: { vi: 'tổng số hộ cộng từ các đơn vị', en: 'the households of all units added up' } });
  const t = table.total?.figures.households;
  if (t !== undefined && t !== denominator) alts.push({ value: t, label: { vi: 'số hộ ở dòng tổng của biểu', en: "the table's totals row households" } });
  return alts;
}

function checkStatedRates(table: PlanTable, stated: StatedFigures): Finding[] {
  const findings: Finding[] = [];
  const households = districtCount(table, stated, 'households');
  if (households === null || !(households > 0)) return findings;
  for (const r of STATED_RATES) {
    const s = stated[r.id];
    const count = districtCount(table, stated, r.count);
    if (!s || count === null) continue;
    const d = printedDecimals(s.printed, s.value);
    const alts = householdAlts(table, households);
    const poor = districtCount(table, stated, 'poor');
    if (r.count !== 'poor' && poor !== null) alts.push({ value: poor, label: { vi: 'số hộ nghèo', en: 'poor households' } });
    const em = districtCount(table, stated, 'ethnic_minority_households');
    if (r.count === 'ethnic_minority_poor' && em !== null) alts.push({ value: em, label: { vi: 'số hộ DTTS', en: 'ethnic-minority households' } });
    const outcome = evaluateRate({ printed: s.value, decimals: d, numerator: count, denominator: households, altDenominators: alts });
    if (!outcome) continue;
    const t = textRef(s);
    const p = both(s.value, d);
    findings.push(
      statedFinding(r.id, s, outcome.severity, outcome.rounded, joinMessages([
        {
          vi: `${t.vi} ghi ${r.noun.vi} là ${p.vi} % nhưng ${fmt('vi', count)} / ${fmt('vi', households)} hộ ${outcome.equals.vi}.`,
          en: `${t.en} states the ${r.noun.en} as ${p.en}% but ${fmt('en', count)} / ${fmt('en', households)} households ${outcome.equals.en}.`,
        },
        hintSentence(outcome.hints),
      ])),
    );
  }
  return findings;
}

function checkPoorAndNearPoor(table: PlanTable, stated: StatedFigures): Finding[] {
  const s = stated.poor_and_near_poor;
  const near = stated.near_poor?.value;
  const poor = districtCount(table, stated, 'poor');
  if (!s || near === undefined || poor === null || poor + near === s.value) return [];
  const t = textRef(s);
  return [
    statedFinding('poor_and_near_poor', s, 'error', poor + near, {
      vi: `${t.vi} ghi ${fmt('vi', s.value)} hộ nghèo và cận nghèo nhưng ${fmt('vi', poor)} hộ nghèo + ${fmt('vi', near)} hộ cận nghèo = ${fmt('vi', poor + near)}.`,
      en: `${t.en} states ${fmt('en', s.value)} poor and near-poor households but ${fmt('en', poor)} poor + ${fmt('en', near)} near-poor = ${fmt('en', poor + near)}.`,
    }),
  ];
}

function checkReduction(table: PlanTable, stated: StatedFigures): Finding[] {
  const findings: Finding[] = [];
  const targets = tableValue(table, 'target_2022');
  const sh = stated.reduction_households_2022;
  if (sh && targets !== null && sh.value !== targets) {
    const t = textRef(sh);
    findings.push(
      statedFinding('reduction_households_2022', sh, 'error', targets, joinMessages([
        {
          vi: `${t.vi} ghi giảm ${fmt('vi', sh.value)} hộ nghèo năm 2022 nhưng chỉ tiêu của các đơn vị trong biểu cộng lại được ${fmt('vi', targets)}.`,
          en: `${t.en} states ${fmt('en', sh.value)} fewer poor households in 2022 but the units' targets in the table add up to ${fmt('en', targets)}.`,
        },
        columnSum(table.units, 'target_2022').present > 0 ? fixExplainingDelta(table.units, 'target_2022', sh.value - targets) : null,
      ])),
    );
  }
  const sr = stated.reduction_rate_2022;
  const cut = sh?.value ?? targets;
  const households = districtCount(table, stated, 'households');
  if (!sr || cut === null || households === null || !(households > 0)) return findings;
  const d = printedDecimals(sr.printed, sr.value);
  const start = stated.poor_rate?.value ?? table.total?.figures.poor_rate ?? null;
  const end = table.total?.figures.poor_rate_end_2022 ?? null;
  const altValues: AltValue[] = [];
  const poor = districtCount(table, stated, 'poor');
  const alts = householdAlts(table, households);
  if (poor !== null) alts.push({ value: poor, label: { vi: 'số hộ nghèo: một tỷ lệ trên hộ nghèo chứ không phải trên tổng số hộ', en: 'poor households: a share of the poor, not of all households' } });
  let startEnd: Bilingual | null = null;
  if (start !== null && end !== null) {
    const diff = start - end;
    const text = (lang: 'vi' | 'en') => `${fmt(lang, start, d)} − ${fmt(lang, end, d)} = ${fmt(lang, diff, d)}`;
    if (agrees(sr.value, diff, d)) {
      altValues.push({
        value: diff,
        hint: {
          vi: `con số này bằng tỷ lệ hộ nghèo đầu năm in trừ tỷ lệ cuối năm 2022 in ở dòng tổng (${text('vi')})`,
          en: `it equals the printed starting poverty rate minus the printed end-2022 rate of the totals row (${text('en')})`,
        },
      });
    } else {
      startEnd = {
        vi: `Con số này cũng không bằng tỷ lệ đầu năm in trừ tỷ lệ cuối năm 2022 in ở dòng tổng (${text('vi')}).`,
        en: `Nor does it equal the printed starting rate minus the printed end-2022 rate of the totals row (${text('en')}).`,
      };
    }
  }
  const outcome = evaluateRate({ printed: sr.value, decimals: d, numerator: cut, denominator: households, altDenominators: alts, altValues });
  if (!outcome) return findings;
  const t = textRef(sr);
  const p = both(sr.value, d);
  findings.push(
    statedFinding('reduction_rate_2022', sr, outcome.severity, outcome.rounded, joinMessages([
      {
        vi: `${t.vi} ghi giảm tỷ lệ hộ nghèo ${p.vi} % nhưng ${fmt('vi', cut)} / ${fmt('vi', households)} hộ ${outcome.equals.vi}.`,
        en: `${t.en} states a ${p.en}-point cut in the poverty rate but ${fmt('en', cut)} / ${fmt('en', households)} households ${outcome.equals.en}.`,
      },
      hintSentence(outcome.hints),
      startEnd,
    ])),
  );
  return findings;
}

/** Check 4: every stated figure against the table and the other stated figures. */
export function checkStatedFigures(table: PlanTable, stated: StatedFigures): Finding[] {
  return [...checkStatedCounts(table, stated), ...checkStatedRates(table, stated), ...checkPoorAndNearPoor(table, stated), ...checkReduction(table, stated)];
}
