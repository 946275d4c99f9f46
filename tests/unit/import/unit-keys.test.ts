import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNames } from '../../../src/data/places/catalogue';
import { splitFullName } from '../../../src/data/places/unit-types';
import { codeKey, indexUnits, keysOf, keysOfAll, variantKey, variantKeys, type NameKeys, type PlaceUnit } from '../../../src/import/unit-keys';

const parsed = parseNames(JSON.parse(readFileSync(new URL('../../../public/places/names.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('names.json does not parse');

/** Names as a person may type them: type prefixes in every form, spacing, case, y/i, leading zeros, stray marks. */
const PRINTED = ['TT. Cam Lộ', 'P.1', 'P. 01', 'Thị trấn Ái Tử', 'Xã  Quý   Lộc', 'tt Hồ Xá', 'Phường 01', 'Thị xã Quảng Trị', 'X.Cam An', 'thi tran cam lo', 'TP. Đông Hà', 'Quí Lộc', 'KỲ ANH', 'Đặc khu Cồn Cỏ', 'Cam Lộ'.normalize('NFD'), 'tt \u0301', ' \u0301xa abc', 'Xà Phiên', 'Phương Sơn', 'xa Phu', '', '  ', 'P.'];

describe('variantKeys and keysOfAll', () => {
  it('gives the keys variantKey and keysOf give, for every name of names.json and names as printed', () => {
    const names = [...new Set(parsed.value.flatMap((n) => [n.fullName, splitFullName(n.fullName).name])), ...PRINTED];
    expect(variantKeys(names)).toEqual(names.map(variantKey));
    const exactAndFolded = (k: NameKeys) => [k.exact(), k.folded()];
    expect(keysOfAll(names).map(exactAndFolded)).toEqual(names.map((n) => exactAndFolded(keysOf(n))));
  });

  it('keys each name alone when one holds the character it joins them with', () => {
    const names = ['Cam Lộ', 'a\u0001b', 'TT Ái Tử'];
    expect(variantKeys(names)).toEqual(names.map(variantKey));
  });

  it('gives the keys variantKey and keysOf give for any text made of name parts', () => {
    const part = fc.constantFrom('Thị trấn', 'thị xã', 'TT.', 'tt', 'P.', 'p', 'x.', 'Xã', 'xa', 'Phường', 'phuong', 'Cam', 'Lộ', 'QUÝ', 'y', '0', '01', '.', ' ', '  ', '\u0301', 'đ', 'Đ', '\u00a0', '-');
    const keys = (k: NameKeys) => [k.exact(), k.folded(), k.variant(), k.syllables()];
    fc.assert(fc.property(fc.array(fc.array(part, { maxLength: 6 }).map((p) => p.join('')), { maxLength: 8 }), (names) => {
      expect(variantKeys(names)).toEqual(names.map(variantKey));
      expect(keysOfAll(names).map(keys)).toEqual(names.map((n) => keys(keysOf(n))));
    }), { numRuns: 500 });
  });
});

describe('keysOf and indexUnits', () => {
  it('make the folded and variant keys from the exact one', () => {
    const keys = keysOf('Xã  Quý Lộc');
    expect([keys.exact(), keys.folded(), keys.variant(), keys.syllables()]).toEqual(['quý lộc', 'quy loc', 'quiloc', ['quy', 'loc']]);
  });

  it('find units by code, by the key of their name or full name, and by syllable', () => {
    const units: PlaceUnit[] = [
      { code: '01597', name: 'Cam Lộ', fullName: 'Thị trấn Cam Lộ', type: 'Thị trấn' },
      { code: '19600', name: 'Cam Tuyền', fullName: 'Xã Cam Tuyền', type: 'Xã' },
      { code: 'w1', name: 'Cam Lộ', fullName: 'Xã Cam Lộ', type: 'Xã' },
    ];
    const index = indexUnits(units);
    expect(index).toBe(indexUnits(units));
    expect(index.byCode('1597')).toEqual([units[0]]);
    expect(index.byCode('1')).toEqual([]);
    expect(index.byName('exact', 'cam lộ')).toEqual([units[0], units[2]]);
    expect(index.byName('folded', 'cam tuyen')).toEqual([units[1]]);
    expect(index.withSyllable('cam')).toEqual([0, 1, 2]);
    expect([index.syllablesAt(1), index.distinctAt(1)]).toEqual([['cam', 'tuyen'], 2]);
  });
});

describe('codeKey', () => {
  it('gives what the regular expressions gave: 1–5 digits once trimmed, without leading zeros', () => {
    const reference = (code: string) => {
      const digits = code.trim();
      return /^\d{1,5}$/.test(digits) ? digits.replace(/^0+(?=\d)/, '') : null;
    };
    const codes = fc.oneof(fc.stringMatching(/^\s?[0-9]{0,7}\s?$/), fc.stringMatching(/^[0-9wd٣ ]{0,6}$/), fc.string());
    fc.assert(fc.property(codes, (code) => {
      expect(codeKey(code)).toBe(reference(code));
    }), { numRuns: 3000 });
    expect(codeKey('00000')).toBe('0');
    expect(codeKey(' 01597 ')).toBe('1597');
  });
});
