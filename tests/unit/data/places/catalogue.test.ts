import { describe, expect, it } from 'vitest';
import {
  findDistrict,
  findProvince,
  parseCrosswalk,
  parseNames,
  parsePlaceIndex,
  placeBbox,
  placeTitle,
  provincesOf,
  type PlaceIndex,
} from '../../../../src/data/places/catalogue';
import { parsePlaceParam, type PlaceRef } from '../../../../src/data/places/place-id';

const INDEX_JSON = {
  version: 1,
  vintages: {
    '2025': {
      provinces: [
        { code: '44', name: 'Quảng Trị', fullName: 'Tỉnh Quảng Trị', units: 78, bbox: [105.6, 16.1, 107.4, 18.1], bytes: 200_000 },
        { code: '01', name: 'Hà Nội', fullName: 'Thành phố Hà Nội', units: 126, bbox: [105.3, 20.5, 106.1, 21.4], bytes: 300_000 },
      ],
    },
    '2013': {
      provinces: [
        {
          code: '45', name: 'Quảng Trị', fullName: 'Tỉnh Quảng Trị', units: 141, bbox: [106.5, 16.1, 107.4, 17.2], bytes: 150_000,
          districts: [
            { code: '468', name: 'Cam Lộ', fullName: 'Huyện Cam Lộ', units: 9, bbox: [106.8, 16.7, 107.1, 16.9] },
            { code: '461', name: 'Đông Hà', fullName: 'Thành phố Đông Hà', units: 9, bbox: [107, 16.7, 107.2, 16.9] },
            { code: '999', name: '1', fullName: 'Quận 1', units: 10, bbox: [106, 10, 106.1, 10.1] },
          ],
        },
      ],
    },
  },
};

function index(): PlaceIndex {
  const result = parsePlaceIndex(INDEX_JSON);
  if (!result.ok) throw new Error(result.message.en);
  return result.value;
}

const ref = (raw: string): PlaceRef => parsePlaceParam(raw)!;

describe('parsePlaceIndex', () => {
  it('reads the index, defaulting districts to none', () => {
    const idx = index();
    expect(findProvince(idx, '2025', '44')?.districts).toEqual([]);
    expect(findProvince(idx, '2013', '45')?.districts).toHaveLength(3);
    expect(findProvince(idx, '2025', '45')).toBeNull();
    expect(findDistrict(idx, '45', '468')?.fullName).toBe('Huyện Cam Lộ');
    expect(findDistrict(idx, '44', '468')).toBeNull();
    expect(provincesOf(idx, '2025').map((p) => p.name)).toEqual(['Hà Nội', 'Quảng Trị']);
    expect(placeBbox(ref('2013-45-468'), idx)).toEqual([106.8, 16.7, 107.1, 16.9]);
    expect(placeBbox(ref('2025-44'), idx)).toEqual([105.6, 16.1, 107.4, 18.1]);
  });

  it('accepts an index with one vintage only', () => {
    const result = parsePlaceIndex({ version: 1, vintages: { '2025': INDEX_JSON.vintages['2025'] } });
    expect(result.ok && result.value.vintages['2013'].provinces).toEqual([]);
  });

  it('returns bilingual messages, never throws, for bad files', () => {
    for (const bad of [null, 'x', [], { version: 2, vintages: {} }, { version: 1, vintages: { '2025': { provinces: [{ code: '4', name: 'x' }] } } }]) {
      const result = parsePlaceIndex(bad, 'index.json');
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message.vi).toMatch(/^Tệp index\.json không đúng định dạng/);
        expect(result.message.en).toMatch(/^index\.json is not in the expected format/);
        expect(result.issues.length).toBeGreaterThan(0);
      }
    }
    const twice = { version: 1, vintages: { '2025': { provinces: [INDEX_JSON.vintages['2025'].provinces[0], INDEX_JSON.vintages['2025'].provinces[0]] } } };
    expect(parsePlaceIndex(twice).ok).toBe(false);
  });
});

describe('placeTitle', () => {
  it('names provinces and districts of both vintages in both languages', () => {
    const idx = index();
    expect(placeTitle(ref('2025-44'), idx, 'vi')).toBe('Tỉnh Quảng Trị (từ 1/7/2025)');
    expect(placeTitle(ref('2025-44'), idx, 'en')).toBe('Quảng Trị province (since 1 July 2025)');
    expect(placeTitle(ref('2025-01'), idx, 'en')).toBe('Hà Nội city (since 1 July 2025)');
    expect(placeTitle(ref('2013-45'), idx, 'vi')).toBe('Tỉnh Quảng Trị (trước 2025)');
    expect(placeTitle(ref('2013-45-468'), idx, 'vi')).toBe('Huyện Cam Lộ, Tỉnh Quảng Trị (trước 2025)');
    expect(placeTitle(ref('2013-45-468'), idx, 'en')).toBe('Cam Lộ district, Quảng Trị province (before 2025)');
    expect(placeTitle(ref('2013-45-461'), idx, 'en')).toBe('Đông Hà city, Quảng Trị province (before 2025)');
    expect(placeTitle(ref('2013-45-999'), idx, 'en')).toBe('Quận 1, Quảng Trị province (before 2025)');
  });

  it('names unknown codes by their code', () => {
    const idx = index();
    expect(placeTitle(ref('2025-99'), idx, 'vi')).toBe('Tỉnh/thành phố mã 99 (từ 1/7/2025)');
    expect(placeTitle(ref('2013-45-111'), idx, 'en')).toBe('district code 111, Quảng Trị province (before 2025)');
  });
});

const CROSSWALK_COLUMNS = ['new', 'old', 'share', 'oldName', 'oldType', 'oldDistrict', 'oldDistrictName', 'oldProvince'];

describe('parseCrosswalk', () => {
  it('reads columnar rows in any column order, with null or empty old codes', () => {
    const json = {
      columns: CROSSWALK_COLUMNS,
      rows: [
        ['19597', '19597', 'whole', 'Cam Lộ', 'Thị trấn', '468', 'Huyện Cam Lộ', '45'],
        ['19742', null, 'whole', null, null, '471', 'Huyện Cồn Cỏ', '45'],
        ['22435', '22435', 'part', 'Cam Tân', 'Xã', '570', 'Huyện Cam Lâm', '56'],
        ['00004', '00004', 'whole(unchanged/renamed)', 'Trúc Bạch', 'Phường', '', '', ''],
      ],
    };
    const result = parseCrosswalk(json, 'crosswalk/44.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value[0]).toEqual({ new: '19597', old: '19597', share: 'whole', oldName: 'Cam Lộ', oldType: 'Thị trấn', oldDistrict: '468', oldDistrictName: 'Huyện Cam Lộ', oldProvince: '45' });
    expect(result.value[1]!.old).toBeNull();
    expect(result.value[2]!.share).toBe('part');
    expect(result.value[3]).toMatchObject({ share: 'whole', oldDistrict: null, oldProvince: null });
    const reordered = parseCrosswalk({ columns: [...CROSSWALK_COLUMNS].reverse(), rows: [[...json.rows[0]!].reverse()] });
    expect(reordered.ok && reordered.value[0]).toEqual(result.value[0]);
    const objects = parseCrosswalk({ columns: CROSSWALK_COLUMNS, rows: [{ new: '19597', old: '19612', share: 'whole', oldName: 'Cam Thành' }] });
    expect(objects.ok && objects.value[0]).toMatchObject({ new: '19597', old: '19612', oldType: null });
  });

  it('reports the row and column of bad cells', () => {
    const result = parseCrosswalk({ columns: CROSSWALK_COLUMNS, rows: [['19597', '19597', 'whole'], ['1959', '19612', 'most', null, null, null, null, null]] }, 'crosswalk/44.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([[2, 'new'], [2, 'share']]);
    expect(result.message.en).toContain('crosswalk/44.json');
    expect(parseCrosswalk({ columns: ['new', 'old'], rows: [] }).ok).toBe(false);
  });
});

describe('parseNames', () => {
  it('reads units, districts and provinces, filling codes from the row code', () => {
    const result = parseNames({
      columns: ['vintage', 'code', 'fullName', 'province', 'district', 'parts'],
      rows: [
        ['2025', '19597', 'Xã Cam Lộ', '44', null, 'TT Cam Lộ, Cam Thành, Cam Chính, Cam Nghĩa'],
        ['2013', 'd468', 'Huyện Cam Lộ', '45', null, null],
        ['2013', 'p45', 'Tỉnh Quảng Trị', null, null, ''],
        ['2013', 'w4090999', 'Xã Bãi bồi', '45', '461', null],
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((r) => [r.code, r.province, r.district, r.parts])).toEqual([
      ['19597', '44', null, 'TT Cam Lộ, Cam Thành, Cam Chính, Cam Nghĩa'],
      ['d468', '45', '468', null],
      ['p45', '45', null, null],
      ['w4090999', '45', '461', null],
    ]);
  });

  it('rejects unknown vintages, bad codes and unit rows without a province', () => {
    const result = parseNames({ columns: ['vintage', 'code', 'fullName', 'province', 'district', 'parts'], rows: [['2020', '19597', 'x', '44', null, null], ['2025', '../x', 'x', '44', null, null], ['2025', '19597', 'x', null, null, null]] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.row)).toEqual([1, 2, 3]);
  });
});
