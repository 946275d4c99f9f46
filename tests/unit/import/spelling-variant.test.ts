import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { variantOfFolded } from '../../../src/import/spelling-variant';

/** The variant form as first written, with regular expressions: the reference. */
const reference = (folded: string) =>
  folded
    .replace(/\b(qu|[bcdghklmnpqrstvx]{1,3})y\b/g, '$1i')
    .replace(/\b0+(\d)/g, '$1')
    .replace(/[^a-z0-9]+/g, '');

/** Texts made of what matters: y after consonants or "qu", zeros, digits, word and non-word characters. */
const text = fc.array(fc.constantFrom(...'quykngh tbcx0019a_YQU .-/ýđ'.split('')), { maxLength: 16 }).map((cs) => cs.join(''));

describe('variantOfFolded', () => {
  it('gives what the regular expressions give', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string(), fc.string({ unit: 'grapheme' })), (folded) => {
      expect(variantOfFolded(folded)).toBe(reference(folded));
    }), { numRuns: 5000 });
  });

  it.each([
    ['quy nhon', 'quinhon'],
    ['ky anh', 'kianh'],
    ['nghy', 'nghi'],
    ['tuy hoa', 'tuyhoa'],
    ['phuong 01', 'phuong1'],
    ['p. 00', 'p0'],
    ['00a', '0a'],
    ['my', 'mi'],
    ['y', 'y'],
  ])('%j → %j', (folded, variant) => {
    expect(variantOfFolded(folded)).toBe(variant);
    expect(reference(folded)).toBe(variant);
  });
});
