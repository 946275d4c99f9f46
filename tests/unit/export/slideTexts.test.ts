import { describe, expect, it } from 'vitest';
import { slideLegend, slideTexts } from '../../../src/export/slide-texts';
import { buildChoropleth } from '../../../src/classify/choropleth';
import { DEFAULT_VIEW } from '../../../src/state/view-state';
import { PLACE_CREDITS } from '../../../src/data/places/attribution';
import { parsePlaceParam } from '../../../src/data/places/place-id';
import { planSources } from '../../../src/data/plan-sources';
import { blankPlan } from '../../../src/places/place-dataset';
import { camLo } from './fixture';

const dataset = camLo();
const choropleth = buildChoropleth(dataset, DEFAULT_VIEW);
const cites = planSources(dataset);
/** 15:30 on 12 May 2025 in Viet Nam. */
const day = new Date('2025-05-12T08:30:00Z');

describe('slideTexts', () => {
  it('writes title, plan line, source and date in Vietnamese', () => {
    const t = slideTexts(dataset, choropleth, 'vi', day, cites);
    expect(t.title).toBe('Tỷ lệ hộ nghèo đầu năm 2022 theo xã, thị trấn — Huyện Cam Lộ');
    expect(t.subtitle).toBe('Kế hoạch số 28/KH-UBND ngày 22/02/2022: Kế hoạch thực hiện Chương trình giảm nghèo năm 2022');
    expect(t.source).toContain('Kế hoạch số 28/KH-UBND của Ủy ban nhân dân huyện Cam Lộ');
    expect(t.source).toContain('censusVN2009');
    expect(t.date).toBe('Xuất ngày 12/05/2025 từ “Bản đồ giảm nghèo”.');
  });

  it('writes them in English', () => {
    const t = slideTexts(dataset, choropleth, 'en', day, cites);
    expect(t.title).toBe('Poverty rate, start of 2022 by commune — Cam Lộ district');
    expect(t.subtitle).toBe('Plan No. 28/KH-UBND of 22 February 2022: Plan to implement the 2022 Poverty Reduction Programme');
    expect(t.date).toBe('Exported on 12 May 2025 from the Poverty reduction map.');
  });

  it('for a place without a plan document, cites the loaded table and the place’s boundaries, with no plan number or date', () => {
    const title = { vi: 'Tỉnh Thanh Hóa (trước 2025)', en: 'Thanh Hóa province (before 2025)' };
    const plan = blankPlan({ ref: parsePlaceParam('2013-38')!, title, name: 'Thanh Hóa', fullName: 'Tỉnh Thanh Hóa', provinceName: 'Thanh Hóa', bbox: [105, 19, 106, 20] });
    const place = { ...dataset, plan };
    const t = slideTexts(place, choropleth, 'vi', day, planSources(place, PLACE_CREDITS['2013'], 'thanh-hoa-2013.csv'));
    expect(t.subtitle).toBe('Số liệu: thanh-hoa-2013.csv');
    expect(t.source).toBe(`Số liệu: thanh-hoa-2013.csv. ${PLACE_CREDITS['2013'].vi}.`);
    expect(`${t.subtitle} ${t.source}`).not.toMatch(/Kế hoạch|31\/12\/2024|censusVN2009 \(MIT\), từ/);
    const none = slideTexts({ ...place, table: { ...place.table, units: [] } }, choropleth, 'en', day, planSources({ ...place, table: { ...place.table, units: [] } }, PLACE_CREDITS['2013']));
    expect([none.subtitle, none.source]).toEqual(['No figures yet', `No figures yet. ${PLACE_CREDITS['2013'].en}.`]);
  });

  it('credits the boundaries shown: a place’s national files under the built-in plan, or the person’s file', () => {
    expect(slideTexts(dataset, choropleth, 'vi', day, planSources(dataset, PLACE_CREDITS['2025'])).source).toBe(
      `Nguồn số liệu: Kế hoạch số 28/KH-UBND của Ủy ban nhân dân huyện Cam Lộ. ${PLACE_CREDITS['2025'].vi}.`,
    );
    expect(slideTexts(dataset, choropleth, 'en', day, planSources(dataset, null, 'cam-lo-2023.csv', { file: 'ranh-gioi.geojson' })).source).toBe('Figures: cam-lo-2023.csv. Boundaries: ranh-gioi.geojson.');
  });

  it('has a legend row per class with the legend colours, ranges and counts, then method and district value', () => {
    const legend = slideLegend(choropleth, 'vi');
    expect(legend.title).toBe('Tỷ lệ hộ nghèo đầu năm 2022');
    expect(legend.rows.map((r) => r.color)).toEqual(choropleth.legend.classes.map((c) => c.color));
    expect(legend.rows.every((r) => /%$/.test(r.range) && /xã$/.test(r.count))).toBe(true);
    expect(legend.notes[0]).toMatch(/^Phân loại: /);
    expect(legend.notes[1]).toBe('Toàn huyện (cộng các xã): 3,04 %');
  });
});

describe('export dates', () => {
  it('are the day in Viet Nam whatever the time zone of the computer', () => {
    const lateUtc = new Date('2025-05-12T20:00:00Z');
    expect(slideTexts(dataset, choropleth, 'vi', lateUtc, cites).date).toBe('Xuất ngày 13/05/2025 từ “Bản đồ giảm nghèo”.');
    expect(slideTexts(dataset, choropleth, 'en', lateUtc, cites).date).toBe('Exported on 13 May 2025 from the Poverty reduction map.');
  });
});
