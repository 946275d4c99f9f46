import { describe, expect, it } from 'vitest';
import {
  defineCounted,
  defineStrings,
  formatChange,
  formatCount,
  formatDate,
  formatMetricNumber,
  formatNumber,
  formatRatio,
  formatValue,
  tr,
} from '../../../src/core/format';

const MINUS = '\u2212';

describe('formatNumber', () => {
  it('groups and rounds the Vietnamese and the British way', () => {
    expect(formatNumber(1481, 'vi')).toBe('1.481');
    expect(formatNumber(1481, 'en')).toBe('1,481');
    expect(formatNumber(3.0449, 'vi', 2)).toBe('3,04');
    expect(formatNumber(3.0449, 'en', 2)).toBe('3.04');
  });

  it('writes negatives with the typographic minus and never "−0"', () => {
    expect(formatNumber(-0.16, 'vi', 2)).toBe(`${MINUS}0,16`);
    expect(formatNumber(-1481, 'en')).toBe(`${MINUS}1,481`);
    expect(formatNumber(-0.001, 'vi', 2)).toBe('0,00');
    expect(formatNumber(-0, 'en')).toBe('0');
    expect(formatNumber(-2, 'vi', 0)).not.toContain('-');
  });

  it('shows "–" for missing numbers', () => {
    for (const v of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) expect(formatNumber(v, 'vi')).toBe('–');
  });

  it('can leave out grouping and trailing zeros', () => {
    expect(formatNumber(1234.5, 'vi', 0, { grouping: false, maxDecimals: 6 })).toBe('1234,5');
    expect(formatNumber(-0.125, 'en', 0, { grouping: false, maxDecimals: 6 })).toBe(`${MINUS}0.125`);
  });
});

describe('signs of changes', () => {
  it('shows "+" on a rise, "−" on a fall and no sign on zero', () => {
    expect(formatChange(0.1, 'vi', 2)).toBe('+0,10');
    expect(formatChange(-0.68, 'en', 2)).toBe(`${MINUS}0.68`);
    expect(formatChange(0, 'vi', 2)).toBe('0,00');
    expect(formatChange(0.001, 'vi', 2)).toBe('0,00');
    expect(formatChange(-0.004, 'en', 2)).toBe('0.00');
  });

  it('signs only the values of points (a change), not counts or rates', () => {
    expect(formatMetricNumber(0.1, 'pp', 'vi', 2)).toBe('+0,10');
    expect(formatMetricNumber(3.04, 'percent', 'vi', 2)).toBe('3,04');
    expect(formatValue(-0.16, 'pp', 'vi', 2)).toBe(`${MINUS}0,16 điểm %`);
    expect(formatValue(0.25, 'pp', 'en', 2)).toBe('+0.25 pts');
    expect(formatValue(3.04, 'percent', 'vi', 2)).toBe('3,04 %');
    expect(formatValue(3.04, 'percent', 'en', 2)).toBe('3.04%');
  });
});

describe('counted nouns', () => {
  const COMMUNES = defineCounted({ vi: '{count} xã', en: { one: '{count} commune', other: '{count} communes' } });

  it('picks the English singular for one, the plural otherwise; Vietnamese has one form', () => {
    expect(formatCount(COMMUNES, 1, 'en')).toBe('1 commune');
    expect(formatCount(COMMUNES, 3, 'en')).toBe('3 communes');
    expect(formatCount(COMMUNES, 0, 'en')).toBe('0 communes');
    expect(formatCount(COMMUNES, 1, 'vi')).toBe('1 xã');
    expect(formatCount(COMMUNES, 1200, 'vi')).toBe('1.200 xã');
  });

  it('counts households in values and ratios', () => {
    expect(formatValue(1, 'households', 'en', 0)).toBe('1 household');
    expect(formatValue(109, 'households', 'en', 0)).toBe('109 households');
    expect(formatValue(1481, 'households', 'vi', 0)).toBe('1.481 hộ');
    expect(formatRatio(109, 1481, 'vi')).toBe('109 / 1.481 hộ');
    expect(formatRatio(109, null, 'en')).toBe('109 / – households');
    expect(formatValue(null, 'households', 'en', 0)).toBe('no data');
  });
});

describe('formatDate', () => {
  it('writes the plan date one way per language', () => {
    expect(formatDate('2022-02-22', 'vi')).toBe('22/02/2022');
    expect(formatDate('2022-02-22', 'en')).toBe('22 February 2022');
  });

  it('gives the day in Viet Nam whatever the viewer’s time zone (instants near midnight UTC)', () => {
    // 23:30 UTC on the 21st is 06:30 on the 22nd in Hà Nội: a viewer in UTC−5 or UTC+14 still sees the 22nd.
    expect(formatDate(new Date(Date.UTC(2022, 1, 21, 23, 30)), 'vi')).toBe('22/02/2022');
    expect(formatDate('2022-02-22T00:00:00Z', 'en')).toBe('22 February 2022');
    // 17:00 UTC is midnight in Viet Nam (UTC+7): the next day there.
    expect(formatDate('2022-02-22T16:59:59Z', 'vi')).toBe('22/02/2022');
    expect(formatDate('2022-02-22T17:00:00Z', 'vi')).toBe('23/02/2022');
  });

  it('shows "–" for an invalid date', () => {
    expect(formatDate('not a date', 'vi')).toBe('–');
  });
});

describe('tr', () => {
  const S = defineStrings({
    district: { vi: 'Huyện {name}', en: '{name} district' },
    range: { vi: 'từ {lower} đến {upper}', en: 'from {lower} to {upper}' },
    plain: { vi: 'Đóng', en: 'Close' },
  });

  it('fills placeholders in the chosen language', () => {
    expect(tr(S.district, 'vi', { name: 'Cam Lộ' })).toBe('Huyện Cam Lộ');
    expect(tr(S.range, 'en', { lower: 1, upper: '2.5' })).toBe('from 1 to 2.5');
    expect(tr(S.plain, 'en')).toBe('Close');
  });

  it('checks parameter names at compile time (a missing or misspelt name does not type-check)', () => {
    // @ts-expect-error: `upper` is missing.
    expect(tr(S.range, 'vi', { lower: 1 })).toBe('từ 1 đến {upper}');
    // @ts-expect-error: `nam` is not a placeholder of the text.
    expect(tr(S.district, 'vi', { nam: 'x', name: 'Cam Lộ' })).toBe('Huyện Cam Lộ');
    // @ts-expect-error: the text has placeholders, so parameters are required.
    expect(tr(S.district, 'en')).toBe('{name} district');
  });

  it('leaves plain Bilingual values (read from data) unchecked', () => {
    const fromData: { vi: string; en: string } = { vi: 'Mục {n}', en: 'Section {n}' };
    expect(tr(fromData, 'en', { n: 3 })).toBe('Section 3');
  });
});
