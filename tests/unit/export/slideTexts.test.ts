import { describe, expect, it } from 'vitest';
import { slideLegend, slideTexts } from '../../../src/export/slide-texts';
import { buildChoropleth } from '../../../src/classify/choropleth';
import { DEFAULT_VIEW } from '../../../src/state/view-state';
import { camLo } from './fixture';

const dataset = camLo();
const choropleth = buildChoropleth(dataset, DEFAULT_VIEW);
/** 15:30 on 12 May 2025 in Viet Nam. */
const day = new Date('2025-05-12T08:30:00Z');

describe('slideTexts', () => {
  it('writes title, plan line, source and date in Vietnamese', () => {
    const t = slideTexts(dataset, choropleth, 'vi', day);
    expect(t.title).toBe('Tỷ lệ hộ nghèo đầu năm 2022 theo xã, thị trấn — Huyện Cam Lộ');
    expect(t.subtitle).toBe('Kế hoạch số 28/KH-UBND ngày 22/02/2022: Kế hoạch thực hiện Chương trình giảm nghèo năm 2022');
    expect(t.source).toContain('Kế hoạch số 28/KH-UBND của Ủy ban nhân dân huyện Cam Lộ');
    expect(t.source).toContain('censusVN2009');
    expect(t.date).toBe('Xuất ngày 12/05/2025 từ “Bản đồ giảm nghèo”.');
  });

  it('writes them in English', () => {
    const t = slideTexts(dataset, choropleth, 'en', day);
    expect(t.title).toBe('Poverty rate, start of 2022 by commune — Cam Lộ district');
    expect(t.subtitle).toBe('Plan No. 28/KH-UBND of 22 February 2022: Plan to implement the 2022 Poverty Reduction Programme');
    expect(t.date).toBe('Exported on 12 May 2025 from the Poverty reduction map.');
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
    expect(slideTexts(dataset, choropleth, 'vi', lateUtc).date).toBe('Xuất ngày 13/05/2025 từ “Bản đồ giảm nghèo”.');
    expect(slideTexts(dataset, choropleth, 'en', lateUtc).date).toBe('Exported on 13 May 2025 from the Poverty reduction map.');
  });
});
