import { describe, expect, it } from 'vitest';
import { buildChoropleth } from '../../../src/classify/choropleth';
import { METRIC_IDS } from '../../../src/data/metrics';
import { buildRanking } from '../../../src/data/ranking';
import { DEFAULT_VIEW } from '../../../src/state/view-state';
import { buildTextSummary, placeName } from '../../../src/state/text-summary';
import { loadDataset } from '../map/fixture';

const camLo = loadDataset();

/** The built-in dataset with some table lines replaced (matched by their start). */
const withRows = (rows: Record<string, string>) =>
  loadDataset((s) => ({
    ...s,
    table: {
      ...s.table,
      text: s.table.text
        .split('\n')
        .map((line) => Object.entries(rows).find(([start]) => line.startsWith(`${start},`))?.[1] ?? line)
        .join('\n'),
    },
  }));

describe('placeName', () => {
  it('writes the district as inside a sentence', () => {
    expect(placeName({ name: 'Cam Lộ', type: 'Huyện' }, 'vi')).toBe('huyện Cam Lộ');
    expect(placeName({ name: 'Cam Lộ', type: 'Huyện' }, 'en')).toBe('Cam Lộ district');
    expect(placeName({ name: 'Quảng Trị', type: 'Thị xã' }, 'vi')).toBe('thị xã Quảng Trị');
    expect(placeName({ name: 'Quảng Trị', type: 'Thị xã' }, 'en')).toBe('Quảng Trị town');
  });
});

describe('buildTextSummary', () => {
  it('says the same with the ranking the pipeline already has as without it, for every metric and language', () => {
    for (const metric of METRIC_IDS) {
      const ranking = buildRanking(buildChoropleth(camLo, { ...DEFAULT_VIEW, metric }).values);
      for (const lang of ['vi', 'en'] as const) expect(buildTextSummary(camLo, metric, lang, ranking), `${metric} ${lang}`).toBe(buildTextSummary(camLo, metric, lang));
    }
  });

  it('gives the district value, the highest and lowest communes and the coverage, in Vietnamese', () => {
    expect(buildTextSummary(camLo, 'poverty_rate', 'vi')).toBe(
      'Tỷ lệ hộ nghèo đầu năm 2022 của huyện Cam Lộ: 3,04 %. Cao nhất: Xã Cam Tuyền (7,36 %); thấp nhất: Xã Cam Chính (1,23 %). Số xã có số liệu: 8/8.',
    );
  });

  it('says the same in English', () => {
    expect(buildTextSummary(camLo, 'poverty_rate', 'en')).toBe(
      'Cam Lộ district — poverty rate, start of 2022: 3.04%. Highest: Xã Cam Tuyền (7.36%); lowest: Xã Cam Chính (1.23%). Communes with figures: 8 of 8.',
    );
  });

  it('formats counts and signed point changes with their units', () => {
    expect(buildTextSummary(camLo, 'poor_households', 'vi')).toBe(
      'Số hộ nghèo đầu năm 2022 của huyện Cam Lộ: 453 hộ. Cao nhất: Xã Cam Tuyền (109 hộ); thấp nhất: Xã Cam Chính (18 hộ). Số xã có số liệu: 8/8.',
    );
    const change = buildTextSummary(camLo, 'change_2022_pp', 'vi');
    expect(change).toMatch(/^Thay đổi tỷ lệ hộ nghèo trong năm 2022 \(điểm %\) của huyện Cam Lộ: −0,16 điểm %\./);
    expect(change).toContain('Cao nhất: Xã Cam Chính (0,00 điểm %)');
    expect(change).toContain('thấp nhất: Xã Cam Tuyền (−0,68 điểm %)');
  });

  it('names every commune tied at the extreme (as data/ranking ties them), in table order', () => {
    const tied = withRows({ 'Cam Chính': 'Cam Chính,1.466,,18,1.23,,,18,1.23,0,0.00,0,18,1.23', 'Cam Hiếu': 'Cam Hiếu,2.932,,36,1.23,,,36,1.23,0,0.00,0,36,1.23' });
    expect(buildTextSummary(tied, 'poverty_rate', 'vi')).toContain('thấp nhất: Xã Cam Chính, Xã Cam Hiếu (1,23 %)');
  });

  it('does not tie values that only look equal once rounded (18/1466 and 22/1791 both show 1,23 %)', () => {
    const close = withRows({ 'Cam Chính': 'Cam Chính,1.466,,18,1.23,,,18,1.23,0,0.00,0,18,1.23', 'Cam Hiếu': 'Cam Hiếu,1.791,,22,1.23,,,22,1.23,0,0.00,0,22,1.23' });
    expect(buildTextSummary(close, 'poverty_rate', 'vi')).toContain('thấp nhất: Xã Cam Chính (1,23 %)');
  });

  it('counts only the communes with figures', () => {
    const gaps = withRows({ 'Cam Tuyên': 'Cam Tuyên,1.481,101,109,3.76,42,0.28,53,3.58,48,3.24,10,,', 'Cam Hiếu': 'Cam Hiếu,1.791,,44,2.46,,,30,1.68,14,0.78,3,,' });
    const text = buildTextSummary(gaps, 'poverty_rate_end_2022', 'en');
    expect(text).toContain('Communes with figures: 6 of 8.');
    expect(text).not.toContain('Cam Tuyền');
  });

  it('says when no commune has figures or all are equal', () => {
    const none = withRows(
      Object.fromEntries(['Thanh An', 'TT Cam Lộ', 'Cam Thành', 'Cam Thủy', 'Cam Nghĩa', 'Cam Tuyên', 'Cam Chính', 'Cam Hiếu'].map((n) => [n, `${n},1.000,,10,1.00,,,,,,,,,`])),
    );
    expect(buildTextSummary(none, 'poverty_rate_end_2022', 'vi')).toBe(
      'Tỷ lệ hộ nghèo dự kiến cuối năm 2022 của huyện Cam Lộ: không có số liệu. Chưa xã nào có số liệu về chỉ số này. Số xã có số liệu: 0/8.',
    );
    expect(buildTextSummary(none, 'poverty_rate', 'en')).toContain('Every commune with figures is at 1.00%.');
  });
});
