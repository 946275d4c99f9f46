import { describe, expect, it } from 'vitest';
import { formatDay, slideLegend, slideTexts } from '../../../src/export/slide-texts';
import { buildChoropleth } from '../../../src/classify/choropleth';
import { DEFAULT_VIEW } from '../../../src/state/view-state';
import { camLo } from './fixture';

const dataset = camLo();
const choropleth = buildChoropleth(dataset, DEFAULT_VIEW);
const day = new Date(2025, 4, 12, 15, 30);

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

describe('formatDay', () => {
  it('reads plan dates as calendar days whatever the time zone', () => {
    expect(formatDay('2022-02-22', 'vi')).toBe('22/02/2022');
    expect(formatDay('2022-02-22', 'en')).toBe('22 February 2022');
  });
});
