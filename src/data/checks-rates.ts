/**
 * Rate checks (see checks.ts): a printed percentage against count / households × 100, within the printed
 * precision, with generic hints on how a wrong figure may have been produced. Pure.
 */
import { FIGURE_COLUMNS } from './table-columns';
import type { Bilingual, Finding, PlanTable, StatedFigures } from './types';
import {
  agrees,
  both,
  capitalize,
  columnSum,
  fmt,
  joinMessages,
  possessive,
  printedDecimals,
  RATE_NOUN,
  rateSeverity,
  roundTo,
  eachRow,
  unitsOff,
  type RowRef,
} from './checks-format';

/** Another denominator the printed rate may have been computed with. */
export interface AltDenominator {
  value: number;
  /** What that denominator is ("số hộ toàn huyện" / "the district's households"). */
  label: Bilingual;
}

/** Another value the printed rate may have been produced as, with the full hint text when it matches. */
export interface AltValue {
  value: number;
  hint: Bilingual;
}

/** A printed rate to compare with numerator / denominator × 100. */
export interface RateInput {
  printed: number;
  decimals: number;
  numerator: number;
  denominator: number;
  altDenominators?: AltDenominator[];
  altValues?: AltValue[];
}

/** The outcome of a rate that disagrees with its recomputation. */
export interface RateOutcome {
  severity: Finding['severity'];
  /** Exact recomputed rate. */
  exact: number;
  /** Recomputed rate rounded to the printed decimals. */
  rounded: number;
  /** "= 7,36 %" or, for one-digit slips, "= 1,4845 % (làm tròn: 1,48 %)". */
  equals: Bilingual;
  hints: Bilingual[];
}

/** Values obtained by swapping two adjacent digits of `value` printed with `d` decimals. */
export function adjacentDigitSwaps(value: number, d: number): number[] {
  const text = value.toFixed(d);
  const point = text.indexOf('.');
  const digits = text.replace('.', '').split('');
  const out: number[] = [];
  for (let i = 0; i + 1 < digits.length; i++) {
    if (digits[i] === digits[i + 1]) continue;
    const swapped = [...digits];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1] as string, swapped[i] as string];
    const joined = swapped.join('');
    out.push(Number(point < 0 ? joined : `${joined.slice(0, point)}.${joined.slice(point)}`));
  }
  return out;
}

/** Successive rounding from d+3 decimals down to d (a common spreadsheet slip): the values at d+2, d+1, d. */
export function steppedRounding(exact: number, d: number): number[] {
  let v = roundTo(exact, d + 3);
  const chain: number[] = [];
  for (let k = d + 2; k >= d; k--) {
    v = roundTo(v, k);
    chain.push(v);
  }
  return chain;
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** Compare a printed rate with its recomputation; null when they agree within the printed precision. */
export function evaluateRate(input: RateInput): RateOutcome | null {
  const { printed, decimals: d, numerator, denominator } = input;
  if (!(denominator > 0) || !Number.isFinite(numerator)) return null;
  const exact = (numerator / denominator) * 100;
  const severity = rateSeverity(printed, exact, d);
  if (severity === null) return null;
  const rounded = roundTo(exact, d);
  const hints: Bilingual[] = [];
  for (const alt of input.altDenominators ?? []) {
    if (!(alt.value > 0) || alt.value === denominator) continue;
    if (agrees(printed, (numerator / alt.value) * 100, d)) {
      hints.push({
        vi: `con số in khớp với ${fmt('vi', numerator)} / ${fmt('vi', alt.value)} hộ (${alt.label.vi})`,
        en: `the printed figure matches ${fmt('en', numerator)} / ${fmt('en', alt.value)} households (${alt.label.en})`,
      });
    }
  }
  for (const alt of input.altValues ?? []) if (agrees(printed, alt.value, d)) hints.push(alt.hint);
  if (adjacentDigitSwaps(rounded, d).some((v) => same(v, printed))) {
    hints.push({
      vi: `con số in là ${fmt('vi', rounded, d)} với hai chữ số liền nhau bị đảo chỗ`,
      en: `the printed figure is ${fmt('en', rounded, d)} with two adjacent digits swapped`,
    });
  }
  if (unitsOff(printed, exact, d) === 1) {
    const chain = steppedRounding(exact, d);
    const f = 10 ** d;
    if (same(chain[chain.length - 1] as number, printed)) {
      const steps = (lang: 'vi' | 'en') => chain.map((v, i) => fmt(lang, v, d + 2 - i)).join(' → ');
      hints.push({
        vi: `khớp nếu làm tròn nhiều bước (${fmt('vi', exact, d + 3)} → ${steps('vi')})`,
        en: `it matches rounding in several steps (${fmt('en', exact, d + 3)} → ${steps('en')})`,
      });
    } else if (same(Math.floor(exact * f + 1e-7) / f, printed)) {
      hints.push({ vi: 'khớp nếu cắt bỏ chữ số thay vì làm tròn', en: 'it matches cutting off the digits instead of rounding' });
    } else if (same(Math.ceil(exact * f - 1e-7) / f, printed)) {
      hints.push({ vi: 'khớp nếu luôn làm tròn lên', en: 'it matches always rounding up' });
    }
  }
  const equals: Bilingual =
    severity === 'warning'
      ? {
          vi: `= ${fmt('vi', exact, d + 2)} % (làm tròn: ${fmt('vi', rounded, d)} %; lệch một đơn vị ở chữ số cuối)`,
          en: `= ${fmt('en', exact, d + 2)}% (rounded: ${fmt('en', rounded, d)}%; off by one in the last digit)`,
        }
      : { vi: `= ${fmt('vi', rounded, d)} %`, en: `= ${fmt('en', rounded, d)}%` };
  return { severity, exact, rounded, equals, hints };
}

/** "Gợi ý: a; b." / "Hint: a; b." or null when there is no hint. */
export function hintSentence(hints: Bilingual[]): Bilingual | null {
  if (hints.length === 0) return null;
  return { vi: `Gợi ý: ${hints.map((h) => h.vi).join('; ')}.`, en: `Hint: ${hints.map((h) => h.en).join('; ')}.` };
}

/** Alternative denominators for a table row's rate: the district's households and the row's other counts. */
function altDenominators(table: PlanTable, ref: RowRef, rateOf: string): AltDenominator[] {
  const f = ref.row.figures;
  const alts: AltDenominator[] = [];
  if (!ref.isTotal) {
    const district = table.total?.figures.households ?? columnSum(table.units, 'households').sum;
    alts.push({ value: district, label: { vi: 'số hộ toàn huyện', en: "the district's households" } });
  } else {
    alts.push({ value: columnSum(table.units, 'households').sum, label: { vi: 'tổng số hộ cộng từ các đơn vị', en: 'the households of all units added up' } });
  }
  if (rateOf !== 'ethnic_minority_households' && f.ethnic_minority_households !== null) {
    alts.push({ value: f.ethnic_minority_households, label: { vi: `số hộ DTTS của ${ref.name.vi}`, en: `${possessive(ref.name.en)} ethnic-minority households` } });
  }
  if (rateOf !== 'poor') alts.push({ value: f.poor, label: { vi: `số hộ nghèo của ${ref.name.vi}`, en: `${possessive(ref.name.en)} poor households` } });
  return alts;
}

/** Alternative ways the end-of-2022 rate may have been produced from other printed figures. */
function endRateAlts(ref: RowRef, d: number, stated: StatedFigures): AltValue[] {
  const f = ref.row.figures;
  const alts: AltValue[] = [];
  if (f.poor_rate === null) return alts;
  const start = f.poor_rate;
  if (f.target_2022 !== null && f.households > 0) {
    const cut = roundTo((f.target_2022 / f.households) * 100, d);
    alts.push({
      value: start - cut,
      hint: {
        vi: `bằng tỷ lệ đầu năm in ${fmt('vi', start, d)} % trừ mức giảm đã làm tròn ${fmt('vi', cut, d)} %`,
        en: `it equals the printed starting rate ${fmt('en', start, d)}% minus the rounded reduction ${fmt('en', cut, d)}%`,
      },
    });
  }
  const reduction = stated.reduction_rate_2022;
  if (ref.isTotal && reduction) {
    const s = printedDecimals(reduction.printed, reduction.value);
    alts.push({
      value: start - reduction.value,
      hint: {
        vi: `bằng tỷ lệ đầu năm in ${fmt('vi', start, d)} % trừ mức giảm ${fmt('vi', reduction.value, s)} % ghi trong văn bản (mục ${reduction.section})`,
        en: `it equals the printed starting rate ${fmt('en', start, d)}% minus the ${fmt('en', reduction.value, s)}-point reduction stated in the text (section ${reduction.section})`,
      },
    });
  }
  return alts;
}

/** Check 1: every printed rate of every unit and of the totals row against count / households × 100. */
export function checkTableRates(table: PlanTable, stated: StatedFigures): Finding[] {
  const findings: Finding[] = [];
  eachRow(table, (row, refOf) => {
    const f = row.figures;
    for (const col of FIGURE_COLUMNS) {
      if (!col.rateOf) continue;
      const printed = f[col.id];
      const count = f[col.rateOf];
      if (printed === null || count === null || !(f.households > 0)) continue;
      const d = printedDecimals(row.raw[col.id], printed);
      // Most rates agree: their alternatives (and the numbers their hints print) are made only for those that do not.
      if (rateSeverity(printed, (count / f.households) * 100, d) === null) continue;
      const ref = refOf();
      const outcome = evaluateRate({
        printed,
        decimals: d,
        numerator: count,
        denominator: f.households,
        altDenominators: altDenominators(table, ref, col.rateOf),
        altValues: col.id === 'poor_rate_end_2022' ? endRateAlts(ref, d, stated) : [],
      });
      if (!outcome) continue;
      const noun = RATE_NOUN[col.id] ?? { vi: col.label.vi, en: col.label.en };
      const p = both(printed, d);
      findings.push({
        id: `rate:${ref.key}:${col.id}`,
        kind: 'rate',
        severity: outcome.severity,
        unit: ref.unit,
        column: col.id,
        section: 'table',
        row: ref.row.row,
        printed,
        recomputed: outcome.rounded,
        message: joinMessages([
          {
            vi: `${capitalize(noun.vi)} của ${ref.name.vi} in là ${p.vi} % nhưng ${fmt('vi', count)} / ${fmt('vi', f.households)} hộ ${outcome.equals.vi}.`,
            en: `${capitalize(possessive(ref.name.en))} printed ${noun.en} is ${p.en}% but ${fmt('en', count)} / ${fmt('en', f.households)} households ${outcome.equals.en}.`,
          },
          hintSentence(outcome.hints),
        ]),
      });
    }
  });
  return findings;
}
