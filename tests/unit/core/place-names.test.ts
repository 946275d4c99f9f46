import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { communeName, districtName } from '../../../src/core/place-names';
import { cleanName, exactNameKey, foldDiacritics, foldedNameKey, isTotalRowName, stripFoldedPrefix, stripUnitPrefix } from '../../../src/core/name-keys';

/** Syllables of real commune names, none of which folds to a unit-type prefix word. */
const SYLLABLES = ['Cam', 'Lộ', 'Thành', 'Thủy', 'Nghĩa', 'Tuyền', 'Tuyên', 'Chính', 'Hiếu', 'An', 'Đông', 'Hà', 'Lương', 'Triệu', 'Hải', 'Vĩnh', 'Gio', 'Linh', 'Hướng', 'Hóa', 'Đakrông', 'Ba', 'Lòng', 'Ái', 'Ưu', 'Ỷ', 'Mỹ', 'Thanh', '1', '12'];

/** Unit-type prefixes as they are printed. */
const PRINTED_PREFIXES = ['Xã', 'xã', 'XÃ', 'Thị trấn', 'THỊ TRẤN', 'TT', 'TT.', 'tt', 'Phường', 'P.', 'Thị xã', 'TX', 'TX.', 'Thành phố', 'TP', 'TP.', 'Huyện', 'X.'];

const nameArb = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

describe('cleanName', () => {
  it('NFC-normalises, trims and collapses inner white space (NBSP included)', () => {
    expect(cleanName('  Cam \u00a0  Lộ\t')).toBe('Cam Lộ');
    expect(cleanName('Cam Lộ'.normalize('NFD'))).toBe('Cam Lộ'.normalize('NFC'));
    expect(cleanName('Cam\nLộ')).toBe('Cam Lộ');
  });

  it('keeps case and diacritics', () => {
    expect(cleanName('TT Cam Lộ')).toBe('TT Cam Lộ');
  });
});

describe('foldDiacritics', () => {
  it.each([
    ['Cam Tuyền', 'cam tuyen'],
    ['Cam Tuyên', 'cam tuyen'],
    ['Đông Hà', 'dong ha'],
    ['ĐÔNG HÀ', 'dong ha'],
    ['đường', 'duong'],
    ['Cam Thủy', 'cam thuy'],
    ['Cam Thuỷ', 'cam thuy'],
    ['Cam Nghĩa', 'cam nghia'],
    ['Hướng Hóa', 'huong hoa'],
    ['Ỷ Lan', 'y lan'],
    ['Thị trấn Cam Lộ', 'thi tran cam lo'],
    ['  Cam   Lộ  ', 'cam lo'],
    ['Cam Lo', 'cam lo'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  it('gives the same result for NFD and NFC input', () => {
    for (const name of ['Cam Tuyền', 'Đông Hà', 'Cam Thủy', 'Thị trấn Cam Lộ', 'Hướng Hóa']) {
      const nfd = name.normalize('NFD');
      expect(nfd).not.toBe(name.normalize('NFC'));
      expect(foldDiacritics(nfd)).toBe(foldDiacritics(name.normalize('NFC')));
    }
  });

  it('leaves only ASCII for any Vietnamese name', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        expect(foldDiacritics(name)).toMatch(/^[a-z0-9 ]+$/);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(foldDiacritics(foldDiacritics(s))).toBe(foldDiacritics(s));
      }),
    );
  });
});

describe('stripFoldedPrefix', () => {
  it('strips from a folded name', () => {
    expect(stripFoldedPrefix('xa cam tuyen')).toBe('cam tuyen');
    expect(stripFoldedPrefix('tt.cam lo')).toBe('cam lo');
    expect(stripFoldedPrefix('cam lo')).toBe('cam lo');
  });

  it('strips one prefix only', () => {
    expect(stripFoldedPrefix('xa xa')).toBe('xa');
  });
});

describe('stripUnitPrefix', () => {
  it('strips Vietnamese prefixes but keeps names that merely begin like one', () => {
    expect(stripUnitPrefix('Xã Cam Tuyền')).toBe('cam tuyền');
    expect(stripUnitPrefix('Phương Sơn')).toBe('phương sơn');
    expect(stripUnitPrefix('Xà Phiên')).toBe('xà phiên');
    expect(stripUnitPrefix('Huyền Hội')).toBe('huyền hội');
    expect(stripUnitPrefix('xa cam tuyen')).toBe('xa cam tuyen');
    expect(stripUnitPrefix('thi tran cam lo')).toBe('cam lo');
  });

  it('does not strip a prefix that is only the start of a word', () => {
    expect(stripUnitPrefix('xanh')).toBe('xanh');
    expect(stripUnitPrefix('ttcam lo')).toBe('ttcam lo');
    expect(stripUnitPrefix('huyenx')).toBe('huyenx');
  });
});

describe('foldedNameKey', () => {
  it.each([
    ['Xã Cam Tuyền', 'cam tuyen'],
    ['Cam Tuyền', 'cam tuyen'],
    ['Cam Tuyên', 'cam tuyen'],
    ['Thị trấn Cam Lộ', 'cam lo'],
    ['TT Cam Lộ', 'cam lo'],
    ['TT. Cam Lộ', 'cam lo'],
    ['TT.Cam Lộ', 'cam lo'],
    ['tt cam lo', 'cam lo'],
    ['P. 1', '1'],
    ['Phường 1', '1'],
    ['Phường Đông Lương', 'dong luong'],
    ['Thành phố Đông Hà', 'dong ha'],
    ['TP. Đông Hà', 'dong ha'],
    ['Thị xã Quảng Trị', 'quang tri'],
    ['TX Quảng Trị', 'quang tri'],
    ['Huyện Cam Lộ', 'cam lo'],
    ['  Xã   Cam  Tuyền ', 'cam tuyen'],
    ['XÃ CAM TUYỀN', 'cam tuyen'],
  ])('keys %j as %j', (input, expected) => {
    expect(foldedNameKey(input)).toBe(expected);
  });

  it.each(['Xã', 'xã ', 'Phường', 'Thị trấn', 'TT', 'TT.', 'P.', 'Huyện', 'Thành phố', 'TP.'])('never strips %j to empty', (name) => {
    const key = foldedNameKey(name);
    expect(key.length).toBeGreaterThan(0);
    expect(key).toBe(foldDiacritics(name));
  });

  it('matches prefixed and unprefixed names, whatever the prefix', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRINTED_PREFIXES), nameArb, (prefix, name) => {
        expect(foldedNameKey(`${prefix} ${name}`)).toBe(foldedNameKey(name));
        expect(foldedNameKey(name)).toBe(foldDiacritics(name));
      }),
    );
  });

  it('is a non-empty suffix of the folded name whenever the folded name is non-empty', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), nameArb, fc.tuple(fc.constantFrom(...PRINTED_PREFIXES), fc.string()).map(([p, s]) => p + s)), (s) => {
        const folded = foldDiacritics(s);
        const key = foldedNameKey(s);
        expect(folded.endsWith(key)).toBe(true);
        if (folded.length > 0) expect(key.length).toBeGreaterThan(0);
      }),
    );
  });

  it('does not tell apart names that differ only in diacritics', () => {
    expect(foldedNameKey('Cam Thành')).toBe(foldedNameKey('Cam Thanh'));
  });
});

describe('exactNameKey', () => {
  it.each([
    ['TT Cam Lộ', 'cam lộ'],
    ['Thị trấn Cam Lộ', 'cam lộ'],
    ['TT. Cam Lộ', 'cam lộ'],
    ['TT.Cam Lộ', 'cam lộ'],
    ['Xã Cam Tuyền', 'cam tuyền'],
    ['XÃ CAM TUYỀN', 'cam tuyền'],
    ['Phường Đông Lương', 'đông lương'],
    ['Thành phố Đông Hà', 'đông hà'],
    ['P. 1', '1'],
    ['Cam Thành', 'cam thành'],
    ['  Cam   Thành ', 'cam thành'],
  ])('keys %j as %j', (input, expected) => {
    expect(exactNameKey(input)).toBe(expected);
  });

  it('keeps diacritics: "Cam Thành" and "Cam Thanh" differ', () => {
    expect(exactNameKey('Cam Thành')).not.toBe(exactNameKey('Cam Thanh'));
    expect(exactNameKey('Xã Cam Thành')).not.toBe(exactNameKey('Cam Thanh'));
    expect(exactNameKey('Cam Tuyền')).not.toBe(exactNameKey('Cam Tuyên'));
  });

  it('gives the same key for NFD and NFC input', () => {
    expect(exactNameKey('Xã Cam Tuyền'.normalize('NFD'))).toBe(exactNameKey('Xã Cam Tuyền'));
    expect(exactNameKey('Thị trấn Cam Lộ'.normalize('NFD'))).toBe('cam lộ'.normalize('NFC'));
  });

  it('never strips a prefix alone to empty', () => {
    expect(exactNameKey('Xã')).toBe('xã');
    expect(exactNameKey('Thị trấn')).toBe('thị trấn');
  });

  it('matches prefixed and unprefixed names and folds to the folded key', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRINTED_PREFIXES), nameArb, fc.boolean(), (prefix, name, nfd) => {
        const full = `${prefix} ${name}`;
        const input = nfd ? full.normalize('NFD') : full;
        expect(exactNameKey(input)).toBe(exactNameKey(name));
        expect(exactNameKey(input)).toBe(name.toLowerCase());
        expect(foldDiacritics(exactNameKey(input))).toBe(foldedNameKey(input));
      }),
    );
  });
});

describe('isTotalRowName', () => {
  it.each(['Tổng', 'TỔNG', 'tổng', 'Tổng cộng', 'TỔNG CỘNG', 'Cộng', 'Toàn huyện', 'TOÀN HUYỆN', 'Total', 'TOTAL', 'District total', 'Tong', '  Tổng  ', 'Tổng'.normalize('NFD'), 'Tổng\u00a0cộng'])(
    '%j is a totals row',
    (name) => {
      expect(isTotalRowName(name)).toBe(true);
    },
  );

  it.each(['Tổng Hợp Xã', 'Tổng Hợp', 'Xã Tổng', 'Cam Lộ', 'Thanh An', 'Toàn', 'Huyện', 'Totals of Cam Lộ', '', 'Tổngg'])('%j is not a totals row', (name) => {
    expect(isTotalRowName(name)).toBe(false);
  });
});

describe('districtName and communeName', () => {
  const camLo = { name: 'Cam Lộ', type: 'Huyện' } as const;

  it('writes a district one way per language and place in the sentence', () => {
    expect(districtName(camLo, 'vi')).toBe('Huyện Cam Lộ');
    expect(districtName(camLo, 'vi', 'inline')).toBe('huyện Cam Lộ');
    expect(districtName(camLo, 'en')).toBe('Cam Lộ district');
    expect(districtName(camLo, 'en', 'inline')).toBe('Cam Lộ district');
    expect(districtName({ name: 'Đông Hà', type: 'Thành phố' }, 'vi')).toBe('Thành phố Đông Hà');
    expect(districtName({ name: 'Quảng Trị', type: 'Thị xã' }, 'en')).toBe('Quảng Trị town');
  });

  it('writes a commune with its type', () => {
    expect(communeName({ name: 'Cam Tuyền', type: 'Xã' }, 'vi')).toBe('Xã Cam Tuyền');
    expect(communeName({ name: 'Cam Lộ', type: 'Thị trấn' }, 'vi', 'inline')).toBe('thị trấn Cam Lộ');
    expect(communeName({ name: 'Cam Lộ', type: 'Thị trấn' }, 'en')).toBe('Cam Lộ town');
  });
});
