import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NATIONAL,
  formatLevelParam,
  formatPlaceParam,
  parsePlaceParam,
  parseUnitKey,
  placeRef,
  samePlace,
  unitKey,
  type PlaceRef,
} from '../../../../src/data/places/place-id';

describe('parsePlaceParam', () => {
  it('reads the three URL forms', () => {
    expect(parsePlaceParam('2025-44')).toEqual({ vintage: '2025', province: '44', level: 'commune' });
    expect(parsePlaceParam('2013-25')).toEqual({ vintage: '2013', province: '25', level: 'commune' });
    expect(parsePlaceParam('2013-45-468')).toEqual({ vintage: '2013', province: '45', district: '468', level: 'commune' });
  });

  it('takes the district level only for a whole pre-2025 province', () => {
    expect(parsePlaceParam('2013-45', 'district')).toEqual({ vintage: '2013', province: '45', level: 'district' });
    expect(parsePlaceParam('2013-45-468', 'district')?.level).toBe('commune');
    expect(parsePlaceParam('2025-44', 'district')?.level).toBe('commune');
    expect(parsePlaceParam('2025-44', '')?.level).toBe('commune');
    expect(parsePlaceParam('2025-44', null)?.level).toBe('commune');
  });

  it('returns null for anything malformed or hostile', () => {
    const bad = [
      '', '2013', '2025-4', '2025-444', '2024-44', '2025-44-468', '2013-45-46', '2013-45-4680', ' 2025-44', '2025-44 ',
      '2025_44', '2025-44\n', '../2025-44', '2025-44/../../etc', '2025-٤٤', '2025-44#x', '2013-45-468-1', 'x'.repeat(10_000),
      '<script>', '2025-44%00',
    ];
    for (const raw of bad) expect(parsePlaceParam(raw), raw).toBeNull();
    expect(parsePlaceParam(null)).toBeNull();
    expect(parsePlaceParam(undefined)).toBeNull();
    expect(parsePlaceParam(44 as unknown as string)).toBeNull();
    expect(parsePlaceParam('2025-44', 'province')).toBeNull();
    expect(parsePlaceParam('2025-44', 'District')).toBeNull();
  });

  it('reads `place=2025` as the national overview of the 2025 communes', () => {
    expect(parsePlaceParam('2025')).toEqual({ vintage: '2025', province: NATIONAL, level: 'commune' });
    expect(formatPlaceParam(parsePlaceParam('2025')!)).toBe('2025');
    expect(parsePlaceParam('2025', 'district')).toBeNull();
  });

  it('round-trips every valid place through its URL form', () => {
    const ref = fc
      .record({
        vintage: fc.constantFrom('2013' as const, '2025' as const),
        province: fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
        district: fc.option(fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')), { nil: undefined }),
        level: fc.constantFrom('commune' as const, 'district' as const),
      })
      .map((r) => placeRef(r.vintage, r.province, r.vintage === '2013' ? r.district : undefined, r.level))
      .filter((r): r is PlaceRef => r !== null);
    fc.assert(
      fc.property(ref, (r) => {
        const back = parsePlaceParam(formatPlaceParam(r), formatLevelParam(r));
        expect(samePlace(back, r)).toBe(true);
        expect(back).toEqual(r);
      }),
    );
  });

  it('never accepts arbitrary strings that are not in the strict form', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const ref = parsePlaceParam(s);
        if (ref !== null) expect(formatPlaceParam(ref)).toBe(s);
      }),
    );
  });
});

describe('placeRef', () => {
  it('refuses districts of 2025 and bad codes', () => {
    expect(placeRef('2025', '44', '468')).toBeNull();
    expect(placeRef('2013', '4', null)).toBeNull();
    expect(placeRef('2013', '45', '46')).toBeNull();
    expect(placeRef('2013', '45', null, 'district')).toEqual({ vintage: '2013', province: '45', level: 'district' });
  });
});

describe('unitKey', () => {
  it('namespaces unit codes by vintage and parses them back', () => {
    expect(unitKey('2025', '19603')).toBe('2025:19603');
    expect(parseUnitKey('2025:19603')).toEqual({ vintage: '2025', code: '19603' });
    expect(parseUnitKey('2013:w4090901')).toEqual({ vintage: '2013', code: 'w4090901' });
    expect(parseUnitKey('2013:d468')).toEqual({ vintage: '2013', code: 'd468' });
    for (const bad of ['', '2025-19603', '2024:19603', '2025:1960', '2025:19603:1', '2025:x', '2025:19603 ', null, undefined]) expect(parseUnitKey(bad)).toBeNull();
    expect(() => unitKey('2025', '1960')).toThrow();
  });

  it('round-trips 5-digit codes of both vintages', () => {
    fc.assert(
      fc.property(fc.constantFrom('2013' as const, '2025' as const), fc.integer({ min: 0, max: 99_999 }), (vintage, n) => {
        const code = String(n).padStart(5, '0');
        expect(parseUnitKey(unitKey(vintage, code))).toEqual({ vintage, code });
      }),
    );
  });
});
