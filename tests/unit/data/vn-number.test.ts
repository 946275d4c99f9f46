import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseVietnameseNumber, type NumberErrorCode, type NumberParse } from '../../../src/data/vn-number';

const ERROR_CODES: readonly NumberErrorCode[] = ['not-a-number', 'not-an-integer', 'negative'];

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';
const FIGURE_SPACE = '\u2007';

/** Asserts the parse failed with `code` and a message that quotes the input exactly. */
function expectError(text: string, kind: 'count' | 'rate', code: NumberErrorCode): void {
  const result = parseVietnameseNumber(text, kind);
  expect(result, `${kind} ${JSON.stringify(text)}`).toMatchObject({ ok: false, code });
  if (!result.ok) expect(result.message).toContain(`"${text}"`);
}

function valueOf(result: NumberParse): number | null | 'error' {
  return result.ok ? result.value : 'error';
}

describe('parseVietnameseNumber', () => {
  describe('count', () => {
    it.each([
      ['2.693', 2693],
      ['14.905', 14905],
      ['1.234.567', 1234567],
      ['14 905', 14905],
      [`14${NBSP}905`, 14905],
      [`14${NARROW_NBSP}905`, 14905],
      [`14${FIGURE_SPACE}905`, 14905],
      [`1 234 567`, 1234567],
      ['1,087', 1087],
      ['1,234,567', 1234567],
      ['1.087,00', 1087],
      ['1,087.00', 1087],
      ['0', 0],
      ['106', 106],
      ['  2.693  ', 2693],
      ['+42', 42],
      ['999', 999],
      ['1.000', 1000],
    ])('reads %j as %d households', (text, expected) => {
      expect(parseVietnameseNumber(text, 'count')).toEqual({ ok: true, value: expected });
    });

    it('reads a separator followed by three digits as a thousands separator, never as a decimal mark', () => {
      // "2.693" is two thousand six hundred and ninety-three households, not 2.693 of one.
      expect(valueOf(parseVietnameseNumber('2.693', 'count'))).not.toBeCloseTo(2.693);
      expect(valueOf(parseVietnameseNumber('2,693', 'count'))).toBe(2693);
    });

    it('reads the same figure identically whatever the grouping style', () => {
      const forms = ['14905', '14.905', '14,905', '14 905', `14${NBSP}905`, `14${NARROW_NBSP}905`, '14.905,0', '14,905.00'];
      for (const text of forms) expect(parseVietnameseNumber(text, 'count'), text).toEqual({ ok: true, value: 14905 });
    });

    it.each([
      ['3.94', 'not-an-integer'],
      ['0,5', 'not-an-integer'],
      ['1.2', 'not-an-integer'],
      ['1.2345', 'not-an-integer'],
      ['1.087,50', 'not-an-integer'],
      ['12.34.567', 'not-a-number'],
      ['1.23.456', 'not-a-number'],
      ['abc', 'not-a-number'],
      ['1e5', 'not-a-number'],
      ['0x10', 'not-a-number'],
      ['Infinity', 'not-a-number'],
      ['NaN', 'not-a-number'],
      ['\u0661\u0662', 'not-a-number'],
      ['\uff11\uff12', 'not-a-number'],
      ['--3', 'not-a-number'],
      ['12 34', 'not-a-number'],
      ['1 2345', 'not-a-number'],
      ['2.693%', 'not-a-number'],
      ['.693', 'not-a-number'],
      ['2.', 'not-a-number'],
      ['1.234,5,6', 'not-a-number'],
      ['2.693 hộ', 'not-a-number'],
      ['-3', 'negative'],
      ['−3', 'negative'],
      ['-2.693', 'negative'],
      ['- 14 905', 'negative'],
    ] as const)('rejects %j with %s', (text, code) => {
      expectError(text, 'count', code);
    });

    it('says in the message that the figure must be a whole number of households', () => {
      const result = parseVietnameseNumber('3.94', 'count');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/whole number/);
    });

    it('reports a number too large to represent as not-a-number instead of Infinity', () => {
      expectError('9'.repeat(400), 'count', 'not-a-number');
      expectError('9'.repeat(400), 'rate', 'not-a-number');
    });
  });

  describe('rate', () => {
    it.each([
      ['3.94', 3.94],
      ['0,72', 0.72],
      ['3,04%', 3.04],
      ['3.04 %', 3.04],
      [`3,04${NBSP}%`, 3.04],
      ['0.00', 0],
      ['0', 0],
      ['100', 100],
      ['100,00', 100],
      ['1.234,5', 1234.5],
      ['1,234.5', 1234.5],
      ['1 234,5', 1234.5],
      ['12.345.678,9', 12345678.9],
      ['6.68', 6.68],
      ['0.5', 0.5],
      ['0,500', 0.5],
    ])('reads %j as %d %%', (text, expected) => {
      expect(parseVietnameseNumber(text, 'rate')).toEqual({ ok: true, value: expected });
    });

    it('treats a lone separator as the decimal mark in a rate but as grouping in a count', () => {
      expect(valueOf(parseVietnameseNumber('1.234', 'rate'))).toBe(1.234);
      expect(valueOf(parseVietnameseNumber('1.234', 'count'))).toBe(1234);
    });

    it.each([
      ['abc', 'not-a-number'],
      ['3.9.4', 'not-a-number'],
      ['1,2,3', 'not-a-number'],
      ['1.2,3.4', 'not-a-number'],
      ['1,23.456,7', 'not-a-number'],
      ['%', 'not-a-number'],
      ['3.04%%', 'not-a-number'],
      ['3.04 % %', 'not-a-number'],
      [',5', 'not-a-number'],
      ['5,', 'not-a-number'],
      ['1e2', 'not-a-number'],
      ['Infinity', 'not-a-number'],
      ['-0,72', 'negative'],
      ['-3.04%', 'negative'],
    ] as const)('rejects %j with %s', (text, code) => {
      expectError(text, 'rate', code);
    });

    it('allows a percent sign only in a rate cell', () => {
      expect(parseVietnameseNumber('50%', 'rate')).toEqual({ ok: true, value: 50 });
      expectError('50%', 'count', 'not-a-number');
    });
  });

  describe('blank cells', () => {
    it.each(['', '  ', '\t', NBSP, '-', '–', '—', ' - ', `${NBSP}–${NBSP}`])('reads %j as null', (text) => {
      expect(parseVietnameseNumber(text, 'count')).toEqual({ ok: true, value: null });
      expect(parseVietnameseNumber(text, 'rate')).toEqual({ ok: true, value: null });
    });

    it('does not read a lone minus sign (U+2212) or "0" as blank', () => {
      expect(parseVietnameseNumber('−', 'count').ok).toBe(false);
      expect(parseVietnameseNumber('0', 'count')).toEqual({ ok: true, value: 0 });
    });
  });

  describe('signed zero', () => {
    it.each(['−0', '-0', '+0', '-0,00', '−0.00'])('reads %j as plain 0 (not -0, not an error)', (text) => {
      for (const kind of ['count', 'rate'] as const) {
        const result = parseVietnameseNumber(text, kind);
        expect(result, `${kind} ${text}`).toEqual({ ok: true, value: 0 });
        if (result.ok) expect(Object.is(result.value, -0)).toBe(false);
      }
    });
  });

  it('rejects digits carrying a combining mark instead of dropping the mark', () => {
    expectError('2\u0301.693', 'count', 'not-a-number');
  });

  describe('properties', () => {
    const LOCALES = ['vi-VN', 'en-US', 'fr-FR'] as const;

    it('parses any whole number formatted with vi-VN, en-US, fr-FR or no grouping back to itself as a count', () => {
      const formats = LOCALES.map((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0 }));
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (n) => {
          const texts = [...formats.map((f) => f.format(n)), String(n), n.toLocaleString('en-US', { useGrouping: false })];
          for (const text of texts) expect(parseVietnameseNumber(text, 'count'), JSON.stringify(text)).toEqual({ ok: true, value: n });
        }),
        { numRuns: 500 },
      );
    });

    it('really does exercise the three grouping separators', () => {
      expect(new Intl.NumberFormat('vi-VN').format(1234567)).toBe('1.234.567');
      expect(new Intl.NumberFormat('en-US').format(1234567)).toBe('1,234,567');
      expect(new Intl.NumberFormat('fr-FR').format(1234567)).toBe(`1${NARROW_NBSP}234${NARROW_NBSP}567`);
    });

    it('parses any 2-decimal rate in [0, 100] back to itself with a decimal dot or comma', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10_000 }), fc.boolean(), fc.constantFrom('', '%', ' %'), (hundredths, comma, suffix) => {
          const r = hundredths / 100;
          const dotted = r.toFixed(2);
          const text = (comma ? dotted.replace('.', ',') : dotted) + suffix;
          expect(parseVietnameseNumber(text, 'rate'), JSON.stringify(text)).toEqual({ ok: true, value: r });
        }),
        { numRuns: 1000 },
      );
    });

    it('never reads a 2-decimal figure with a non-zero fraction as a count', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 99 }), fc.boolean(), (whole, frac, comma) => {
          const text = `${whole}${comma ? ',' : '.'}${String(frac).padStart(2, '0')}`;
          expect(parseVietnameseNumber(text, 'count')).toMatchObject({ ok: false, code: 'not-an-integer' });
        }),
      );
    });

    it('rejects any negative non-zero figure with "negative"', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom('-', '−'), (n, sign) => {
          const text = sign + new Intl.NumberFormat('vi-VN').format(n);
          expect(parseVietnameseNumber(text, 'count')).toMatchObject({ ok: false, code: 'negative' });
        }),
      );
    });

    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom(...'0123456789.,  -−+%\u00a0\u202fe'.split('')) }),
    );

    it('never throws and returns either a non-negative finite value / null or a known error code quoting the input', () => {
      fc.assert(
        fc.property(anyText, fc.constantFrom('count' as const, 'rate' as const), (text, kind) => {
          const result = parseVietnameseNumber(text, kind);
          if (result.ok) {
            if (result.value !== null) {
              expect(Number.isFinite(result.value)).toBe(true);
              expect(result.value).toBeGreaterThanOrEqual(0);
              expect(Object.is(result.value, -0)).toBe(false);
              if (kind === 'count') expect(Number.isInteger(result.value)).toBe(true);
            }
          } else {
            expect(ERROR_CODES).toContain(result.code);
            expect(result.message).toContain(`"${text}"`);
          }
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('plain cells read directly', () => {
    it('reads plain digits and plain decimal rates as the general reading does (a leading space takes the general way)', () => {
      const plain = fc.oneof(fc.stringMatching(/^\d{1,17}$/), fc.stringMatching(/^\d{1,17}\.\d{1,17}$/), fc.stringMatching(/^\d{1,4}[.,]\d{1,4}$/));
      fc.assert(
        fc.property(plain, fc.constantFrom('count' as const, 'rate' as const), (text, kind) => {
          const direct = parseVietnameseNumber(text, kind);
          const general = parseVietnameseNumber(` ${text}`, kind);
          expect(direct.ok ? direct : direct.code).toEqual(general.ok ? general : general.code);
        }),
        { numRuns: 3000 },
      );
    });

    it('keeps reading a plain dotted figure in a count column as thousands', () => {
      expect(valueOf(parseVietnameseNumber('2.693', 'count'))).toBe(2693);
      expect(valueOf(parseVietnameseNumber('3.94', 'count'))).toBe('error');
      expect(valueOf(parseVietnameseNumber('3.94', 'rate'))).toBe(3.94);
      expect(valueOf(parseVietnameseNumber('0123', 'count'))).toBe(123);
    });
  });
});
