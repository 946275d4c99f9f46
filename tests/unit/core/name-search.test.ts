import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankCommunes, searchCommunes, searchKey, type SearchOption } from '../../../src/core/name-search';
import { CAM_LO_COMMUNES } from '../data/controls-fixture';

const OPTIONS: SearchOption[] = CAM_LO_COMMUNES.map(([gsoCode, type, name, ascii]) => ({
  gsoCode,
  label: `${type} ${name}`,
  alt: name === 'Cam Tuyền' ? [ascii, 'Cam Tuyên'] : name === 'Cam Lộ' ? [ascii, 'TT Cam Lộ'] : [ascii],
}));

const labels = (query: string) => searchCommunes(OPTIONS, query).map((o) => o.label);

describe('searchKey', () => {
  it('folds diacritics, đ, case and punctuation', () => {
    expect(searchKey('  TT. Cam Lộ ')).toBe('tt cam lo');
    expect(searchKey('Đông Hà')).toBe('dong ha');
    expect(searchKey('Cam-Hiếu')).toBe('cam hieu');
  });
});

describe('searchCommunes', () => {
  it('ignores diacritics and case', () => {
    expect(labels('cam hieu')).toEqual(['Xã Cam Hiếu']);
    expect(labels('CAM HIẾU')).toEqual(['Xã Cam Hiếu']);
  });

  it('finds a commune by a word of its name', () => {
    expect(labels('tuyen')).toEqual(['Xã Cam Tuyền']);
    expect(labels('an')[0]).toBe('Xã Thanh An');
  });

  it('reads unit-type prefixes and abbreviations', () => {
    expect(labels('TT Cam Lo')[0]).toBe('Thị trấn Cam Lộ');
    expect(labels('thi tran cam lo')).toEqual(['Thị trấn Cam Lộ']);
    expect(labels('Xã Cam Thủy')[0]).toBe('Xã Cam Thủy');
  });

  it('finds the name as printed in the plan', () => {
    expect(labels('Cam Tuyên')).toEqual(['Xã Cam Tuyền']);
  });

  it('puts exact names, then prefix matches, then word matches, then infix matches', () => {
    const options: SearchOption[] = [
      { gsoCode: '1', label: 'Xã Anh Sơn', alt: [] },
      { gsoCode: '2', label: 'Xã Thanh An', alt: [] },
      { gsoCode: '3', label: 'Xã An', alt: [] },
      { gsoCode: '4', label: 'Xã Tân', alt: [] },
    ];
    expect(rankCommunes(options, 'an').map((m) => [m.option.gsoCode, m.rank])).toEqual([
      ['3', 0],
      ['1', 1],
      ['2', 2],
      ['4', 3],
    ]);
  });

  it('prefers options matching the whole query over those matching it without its prefix', () => {
    expect(labels('xa cam').slice(-1)).toEqual(['Thị trấn Cam Lộ']);
    expect(labels('xa cam')).toHaveLength(7);
  });

  it('keeps the given order among equal matches', () => {
    expect(labels('cam')).toEqual(OPTIONS.map((o) => o.label).filter((l) => l.includes('Cam')));
  });

  it('finds a commune by the start of its GSO code', () => {
    expect(labels('19615')).toEqual(['Xã Cam Hiếu']);
    expect(labels('1961')).toEqual(['Xã Cam Thành', 'Xã Cam Hiếu', 'Xã Cam Chính']);
  });

  it('returns every option for a blank query and none for a stranger', () => {
    expect(searchCommunes(OPTIONS, '  ')).toEqual(OPTIONS);
    expect(searchCommunes(OPTIONS, 'Hà Nội')).toEqual([]);
  });

  it('always returns a subset of the options without duplicates', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (query) => {
        const found = searchCommunes(OPTIONS, query);
        expect(new Set(found).size).toBe(found.length);
        found.forEach((o) => expect(OPTIONS).toContain(o));
      }),
    );
  });

  it('finds every commune by its own label, first', () => {
    for (const o of OPTIONS) expect(searchCommunes(OPTIONS, o.label)[0]).toBe(o);
  });
});
