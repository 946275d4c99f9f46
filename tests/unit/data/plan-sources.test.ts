import { describe, expect, it } from 'vitest';
import { BOUNDARY_CREDIT } from '../../../src/data/attribution';
import { PLACE_CREDITS } from '../../../src/data/places/attribution';
import { parsePlaceParam } from '../../../src/data/places/place-id';
import { hasPlanDocument, mapCredit, NO_PLAN_NUMBER, planSources, tableBoundaries } from '../../../src/data/plan-sources';
import { blankPlan } from '../../../src/places/place-dataset';
import { camLo } from '../export/fixture';

const builtIn = camLo();
const ref = parsePlaceParam('2013-38')!;
const label = { ref, title: { vi: 'Tỉnh Thanh Hóa (trước 2025)', en: 'Thanh Hóa province (before 2025)' }, name: 'Thanh Hóa', fullName: 'Tỉnh Thanh Hóa', provinceName: 'Thanh Hóa', bbox: [105, 19, 106, 20] as [number, number, number, number] };
/** Thanh Hóa before 2025 as the app opens it (a blank plan, no figures) and with a table of its units loaded. */
const withTable = { ...builtIn, plan: blankPlan(label), table: { ...builtIn.table, file: 'thanh-hoa-2013.csv' } };
const noFigures = { ...withTable, table: { ...withTable.table, units: [] } };
const credit = PLACE_CREDITS['2013'];

describe('hasPlanDocument', () => {
  it('is true for the built-in plan and false for the blank plan of a place, numbered NO_PLAN_NUMBER', () => {
    expect(hasPlanDocument(builtIn.plan)).toBe(true);
    expect(blankPlan(label).document.number).toBe(NO_PLAN_NUMBER);
    expect(hasPlanDocument(blankPlan(label))).toBe(false);
  });
});

describe('planSources', () => {
  it('cites the built-in plan and the built-in boundaries as the footer always did', () => {
    const s = planSources(builtIn);
    expect(s.document).toBe(true);
    expect(s.figures).toMatchObject({ from: 'plan', number: '28/KH-UBND' });
    expect(s.figures.line.vi).toBe('Số liệu: Kế hoạch 28/KH-UBND, Ủy ban nhân dân huyện Cam Lộ');
    expect(s.figures.line.en).toBe("Figures: Plan 28/KH-UBND, People's Committee of Cam Lộ District");
    expect(s.boundaries).toEqual({ from: 'builtin', line: BOUNDARY_CREDIT });
    expect(mapCredit(s)).toBeNull();
  });

  it('says a place opened without figures has none, credited to its national files', () => {
    const s = planSources(noFigures, credit);
    expect(s.document).toBe(false);
    expect(s.figures.from).toBe('none');
    expect(s.figures.line.vi).toMatch(/^Chưa có số liệu/);
    expect(s.boundaries).toEqual({ from: 'place', line: credit });
    expect(mapCredit(s)).toBe(credit);
  });

  it('cites the loaded table of a place, never a plan number', () => {
    const s = planSources(withTable, null, 'thanh-hoa-2013.csv', { credit });
    expect(s.figures).toMatchObject({ from: 'file', file: 'thanh-hoa-2013.csv', line: { vi: 'Số liệu: thanh-hoa-2013.csv', en: 'Figures: thanh-hoa-2013.csv' } });
    expect(JSON.stringify(s.figures)).not.toMatch(/Kế hoạch|Plan|—/);
    expect(s.boundaries.line).toBe(credit);
    expect(planSources(withTable).figures, 'no file name given: the table’s own').toMatchObject({ from: 'file', file: 'thanh-hoa-2013.csv' });
  });

  it('cites the person’s own boundary file, and the place shown before any file', () => {
    const s = planSources(builtIn, null, 'cam-lo-2023.csv', { file: 'ranh-gioi.geojson' });
    expect(s.document).toBe(true);
    expect(s.figures.line.vi).toBe('Số liệu: cam-lo-2023.csv');
    expect(s.boundaries).toEqual({ from: 'file', file: 'ranh-gioi.geojson', line: { vi: 'Ranh giới: ranh-gioi.geojson', en: 'Boundaries: ranh-gioi.geojson' } });
    expect(mapCredit(s)).toEqual({ vi: 'Ranh giới: ranh-gioi.geojson', en: 'Boundaries: ranh-gioi.geojson' });
    expect(planSources(builtIn, PLACE_CREDITS['2025'], null, { file: 'ranh-gioi.geojson' }).boundaries.line).toBe(PLACE_CREDITS['2025']);
  });
});

describe('tableBoundaries', () => {
  it('credits the national files a table was placed on, else keeps the boundaries on screen', () => {
    expect(tableBoundaries(ref, null, { file: 'a.geojson' })).toEqual({ credit });
    expect(tableBoundaries(null, PLACE_CREDITS['2025'], null)).toEqual({ credit: PLACE_CREDITS['2025'] });
    expect(tableBoundaries(null, null, { file: 'a.geojson' })).toEqual({ file: 'a.geojson' });
    expect(tableBoundaries(null, null, null)).toBeNull();
  });
});
