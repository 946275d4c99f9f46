import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanName, collapseSpaces, foldDiacritics, foldedNameKey, stripFoldedPrefix, stripUnitPrefix } from '../../../src/core/name-keys';

/** Syllables of real commune names and unit-type prefixes as printed (see place-names.test.ts). */
const SYLLABLES = ['Cam', 'Lộ', 'Thành', 'Thủy', 'Nghĩa', 'Tuyền', 'Hiếu', 'An', 'Đông', 'Hà', 'Lương', 'Hướng', 'Hóa', 'Đakrông', 'Ưu', 'Ỷ', 'Mỹ', '1', '12'];
const PRINTED_PREFIXES = ['Xã', 'xã', 'XÃ', 'Thị trấn', 'THỊ TRẤN', 'TT', 'TT.', 'tt', 'Phường', 'P.', 'Thị xã', 'TX', 'TX.', 'Thành phố', 'TP', 'TP.', 'Huyện', 'X.'];
const nameArb = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

/** The fold and clean-up as first written, whole texts through normalize and regular expressions: the reference. */
const referenceClean = (name: string) => name.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
const referenceFold = (text: string) => referenceClean(text).normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** Characters that stress the character-by-character fold: Vietnamese letters (NFC and NFD), marks, every kind of white space, other scripts. */
const TRICKY = [...'aAzZ09 .-/Đđ\u00a0\t\n\r\u000b\u000c\u2003\u3000\ufeff\u1680\u0085\u0301\u0302\u0303\u0309\u0323\u031b\u0340\u1dc0İıßæÆǅǰŉΣσςΑЖ中ÀÃẠẢẤẦẨẪẬĂẮẰẲẴẶếệỹỲỴỶỸƯưƠơ', ...'Cam Tuyền Thị trấn'.normalize('NFD')];
const trickyText = fc.array(fc.constantFrom(...TRICKY), { maxLength: 24 }).map((cs) => cs.join(''));

describe('foldDiacritics and cleanName against the whole-text reference', () => {
  it('fold every text as the reference does', () => {
    fc.assert(fc.property(fc.oneof(trickyText, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
      expect(foldDiacritics(text)).toBe(referenceFold(text));
    }), { numRuns: 3000 });
  });

  it('clean every text as the reference does', () => {
    fc.assert(fc.property(fc.oneof(trickyText, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
      expect(cleanName(text)).toBe(referenceClean(text));
    }), { numRuns: 3000 });
  });

  it('folds each Latin character alone as within a text', () => {
    for (let c = 0; c < 0x1f00; c++) {
      const char = String.fromCharCode(c);
      expect(foldDiacritics(`a${char}b`)).toBe(referenceFold(`a${char}b`));
    }
  });

  it('folds a text longer than one chunk of character codes', () => {
    const long = 'Xã Cam Tuyền, '.repeat(3000);
    expect(foldDiacritics(long)).toBe(referenceFold(long));
  });

  it('gives back an already folded or clean text unchanged', () => {
    expect(foldDiacritics('cam lo')).toBe('cam lo');
    expect(cleanName('Cam Lộ')).toBe('Cam Lộ');
    expect(cleanName(' Cam  Lộ ')).toBe('Cam Lộ');
  });
});

/** The prefix removal as first written: the reference. */
const REF_PREFIXES = ['thị trấn', 'thị xã', 'thành phố', 'phường', 'huyện', 'xã', 'tt.', 'tt', 'tx.', 'tx', 'tp.', 'tp', 'p.', 'x.'];
const REF_ASCII = ['thi tran', 'thi xa', 'thanh pho', 'tt.', 'tt', 'tx.', 'tx', 'tp.', 'tp', 'p.', 'x.'];
function referencePrefixIn(text: string, prefixes: readonly string[]): number {
  for (const prefix of prefixes) {
    const spaced = text.startsWith(prefix + ' ');
    if ((spaced || (prefix.endsWith('.') && text.startsWith(prefix))) && text.slice(prefix.length).trim().length > 0) return prefix.length;
  }
  return 0;
}
const referenceStripUnit = (name: string) => {
  const lower = referenceClean(name).toLowerCase();
  return lower.slice(referencePrefixIn(lower, referenceFold(lower) === lower ? REF_ASCII : REF_PREFIXES)).trim();
};
const referenceStripFolded = (folded: string) => {
  const length = referencePrefixIn(folded, REF_PREFIXES.map(referenceFold));
  return length === 0 ? folded : folded.slice(length).trim();
};
/** Names with and without printed prefixes, in any case, spacing and normal form. */
const prefixedText = fc
  .tuple(fc.constantFrom('', ...PRINTED_PREFIXES, 'Xa', 'thi tran', 'TT.', 'p.', 'Ð', 'x.'), fc.constantFrom('', ' ', '  ', '\u00a0', '\t'), fc.oneof(nameArb, trickyText), fc.boolean())
  .map(([p, gap, name, nfd]) => (nfd ? `${p}${gap}${name}`.normalize('NFD') : `${p}${gap}${name}`));

describe('prefix removal against the reference', () => {
  it('strips a printed prefix as the reference does', () => {
    fc.assert(fc.property(fc.oneof(prefixedText, trickyText, fc.string({ unit: 'grapheme' })), (name) => {
      expect(stripUnitPrefix(name)).toBe(referenceStripUnit(name));
      expect(foldedNameKey(name)).toBe(referenceFold(referenceStripUnit(name)));
    }), { numRuns: 3000 });
  });

  it('strips a folded prefix as the reference does', () => {
    fc.assert(fc.property(fc.oneof(prefixedText, trickyText), (name) => {
      const folded = referenceFold(name);
      expect(stripFoldedPrefix(folded)).toBe(referenceStripFolded(folded));
      expect(stripFoldedPrefix(name)).toBe(referenceStripFolded(name));
    }), { numRuns: 3000 });
  });
});

describe('collapseSpaces', () => {
  it('trims and collapses white space as a regular expression does, without normalising', () => {
    fc.assert(fc.property(fc.oneof(trickyText, fc.string({ unit: 'grapheme' })), (text) => {
      expect(collapseSpaces(text)).toBe(text.replace(/[\s\u00a0]+/g, ' ').trim());
    }), { numRuns: 3000 });
    const nfd = 'Cam Lộ'.normalize('NFD');
    expect(collapseSpaces(nfd)).toBe(nfd);
  });
});
