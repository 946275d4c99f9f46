import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_MANUAL_BREAKS,
  formatManualBreaks,
  manualBreaksErrorText,
  parseBreakItem,
  parseManualBreaks,
  splitBreakItems,
} from '../../../src/controls/manual-breaks';

describe('splitBreakItems', () => {
  it('splits on semicolons, new lines and a comma followed by a space, never inside a number', () => {
    expect(splitBreakItems('1,5; 2,5;3')).toEqual(['1,5', '2,5', '3']);
    expect(splitBreakItems('1.5, 2.5,\n3')).toEqual(['1.5', '2.5', '3']);
    expect(splitBreakItems('1,5, 2,5')).toEqual(['1,5', '2,5']);
    expect(splitBreakItems(' ; ;')).toEqual([]);
  });
});

describe('parseBreakItem', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['0,72', 0.72],
    ['3 %', 3],
    ['3%', 3],
    ['−0,1', -0.1],
    ['-0.1', -0.1],
    ['+0,2', 0.2],
    ['0', 0],
    ['-0', 0],
  ])('reads the rate %s as %s', (item, value) => {
    expect(parseBreakItem(item, 'percent')).toBe(value);
  });

  it('reads grouped thousands for households and decimals otherwise', () => {
    expect(parseBreakItem('1.481', 'households')).toBe(1481);
    expect(parseBreakItem('2.5', 'households')).toBe(2.5);
    expect(parseBreakItem('1.481', 'percent')).toBe(1.481);
  });

  it.each(['abc', '1,2,3', '1..2', '-', '%', '2,5x', '1e3'])('rejects %s', (item) => {
    expect(parseBreakItem(item)).toBeNull();
  });
});

describe('parseManualBreaks', () => {
  it('returns the breaks sorted', () => {
    expect(parseManualBreaks('3; 1,5; 2')).toEqual({ ok: true, breaks: [1.5, 2, 3] });
  });

  it('reports an empty input', () => {
    expect(parseManualBreaks('  ')).toEqual({ ok: false, errors: [{ code: 'empty' }] });
  });

  it('reports every item that is not a number with its position', () => {
    expect(parseManualBreaks('1; x; 2; 3,4,5')).toEqual({
      ok: false,
      errors: [
        { code: 'not-a-number', item: 'x', position: 2 },
        { code: 'not-a-number', item: '3,4,5', position: 4 },
      ],
    });
  });

  it('reports duplicates, breaks outside the data and too many breaks', () => {
    expect(parseManualBreaks('1; 1,0')).toEqual({ ok: false, errors: [{ code: 'duplicate', value: 1 }] });
    expect(parseManualBreaks('1; 5', { range: { min: 1.23, max: 3.94 } })).toEqual({
      ok: false,
      errors: [
        { code: 'out-of-range', value: 1, min: 1.23, max: 3.94 },
        { code: 'out-of-range', value: 5, min: 1.23, max: 3.94 },
      ],
    });
    expect(parseManualBreaks('1;2;3;4;5;6;7')).toEqual({ ok: false, errors: [{ code: 'too-many', count: 7, max: MAX_MANUAL_BREAKS }] });
  });

  it('accepts breaks strictly inside the range and negative breaks for changes', () => {
    expect(parseManualBreaks('−0,2; 0', { unit: 'pp', range: { min: -0.68, max: 0.1 } })).toEqual({ ok: true, breaks: [-0.2, 0] });
  });

  it('reads back what formatManualBreaks writes, in both languages', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 1000), { minLength: 1, maxLength: MAX_MANUAL_BREAKS }),
        fc.constantFrom('vi' as const, 'en' as const),
        (breaks, lang) => {
          const sorted = [...breaks].sort((a, b) => a - b).map((b) => b + 0);
          expect(parseManualBreaks(formatManualBreaks(breaks, lang))).toEqual({ ok: true, breaks: sorted });
        },
      ),
    );
  });
});

describe('formatManualBreaks', () => {
  it('writes numbers in the language without grouping', () => {
    expect(formatManualBreaks([1.5, 2, 1481], 'vi')).toBe('1,5; 2; 1481');
    expect(formatManualBreaks([1.5, 2, 1481], 'en')).toBe('1.5; 2; 1481');
  });
});

describe('manualBreaksErrorText', () => {
  it('explains each problem in both languages', () => {
    expect(manualBreaksErrorText({ code: 'not-a-number', item: 'x', position: 2 }, 'vi')).toBe('“x” (mục thứ 2) không phải là số.');
    expect(manualBreaksErrorText({ code: 'not-a-number', item: 'x', position: 2 }, 'en')).toBe('“x” (item 2) is not a number.');
    expect(manualBreaksErrorText({ code: 'out-of-range', value: 5, min: 1.2277, max: 3.9361 }, 'vi')).toBe(
      'Ngưỡng 5,00 phải lớn hơn 1,23 và nhỏ hơn 3,94 (giá trị nhỏ nhất và lớn nhất của số liệu).',
    );
    expect(manualBreaksErrorText({ code: 'duplicate', value: 1.255 }, 'en')).toBe('The break 1.255 is entered twice.');
    expect(manualBreaksErrorText({ code: 'too-many', count: 7, max: 6 }, 'en')).toBe('At most 6 breaks (7 classes); there are 7.');
    expect(manualBreaksErrorText({ code: 'empty' }, 'vi')).toBe('Hãy nhập ít nhất một ngưỡng.');
  });
});
