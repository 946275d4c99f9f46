import { describe, expect, it } from 'vitest';
import { applyColumnChoice, proposeColumns } from '../../../../src/data/table-read/columns';
import { parseGrid } from '../../../../src/data/table-read/grid';
import { headerMeaning } from '../../../../src/data/table-read/header-subject';
import { proposeLayout } from '../../../../src/data/table-read/layout';
import { toPlanTable } from '../../../../src/data/table-read/to-plan-table';

function propose(rows: string[][]) {
  const { grid } = parseGrid(rows.map((r) => r.join('\t')).join('\n'), 't.tsv');
  const layout = proposeLayout(grid);
  if (!layout) throw new Error('no layout');
  return { grid, layout, proposal: proposeColumns(grid, layout) };
}

describe('column proposals', () => {
  it('tolerates spellings: Tỉ lệ, old and new tone placement, DTTS spelled out, BTXH spelled out', () => {
    const { proposal } = propose([
      ['Xã, thị trấn', 'Số hộ dân cư', 'Hộ dân tộc thiểu số', 'Số hộ nghèo', 'Tỉ lệ hộ nghèo', 'Hộ nghèo DTTS', 'Hộ bảo trợ xã hội', 'Hộ có khả năng thoát nghèo', 'Chỉ tiêu giảm hộ nghèo năm 2022', 'Hộ nghèo cuối năm', 'Tỉ lệ hộ nghèo cuối năm (%)'],
      ['Cam Thuỷ', '1.489', '0', '57', '3,83', '0', '50', '7', '2', '55', '3,69'],
      ['Cam Hòa', '1.400', '12', '40', '2,86', '3', '30', '10', '3', '37', '2,64'],
    ]);
    expect(proposal.columns.map((c) => c.target)).toEqual([
      'unit', 'households', 'ethnic_minority_households', 'poor', 'poor_rate', 'ethnic_minority_poor', 'social_protection', 'able_to_escape', 'target_2022', 'poor_end_2022', 'poor_rate_end_2022',
    ]);
    expect(proposal.columns.every((c) => c.confidence >= 0.9)).toBe(true);
    expect(headerMeaning('Tỷ lệ hộ nghèo Hoà').subject).toBe(headerMeaning('Tỉ lệ hộ nghèo Hòa').subject);
  });

  it('reads English headers and exact ids', () => {
    const { proposal } = propose([
      ['Commune', 'Households', 'Poor households', 'Poverty rate (%)', 'able_to_escape'],
      ['Cam Tuyen', '1481', '109', '7.36', '48'],
      ['Cam Hieu', '1791', '44', '2.46', '14'],
    ]);
    expect(proposal.columns.map((c) => [c.target, c.confidence >= 0.6])).toEqual([['unit', true], ['households', true], ['poor', true], ['poor_rate', true], ['able_to_escape', true]]);
    expect(proposal.columns[4]?.confidence).toBe(1);
  });

  it('ignores the columns the app’s own CSV export recomputes, so a re-loaded export adds no custom metrics', () => {
    const { proposal } = propose([
      ['unit', 'households', 'poor', 'poor_rate', 'poor_rate_recomputed', 'metric_poverty_rate', 'metric_custom:ho-moi', 'Hộ mới'],
      ['Cam Tuyen', '1481', '109', '7.36', '7.36', '7.36', '12', '12'],
      ['Cam Hieu', '1791', '44', '2.46', '2.46', '2.46', '8', '8'],
    ]);
    expect(proposal.columns.map((c) => c.target)).toEqual(['unit', 'households', 'poor', 'poor_rate', 'ignore', 'ignore', 'ignore', 'custom']);
  });

  it('takes the subject of a bare "Số hộ" or "Tỷ lệ %" from its parent header', () => {
    const { proposal } = propose([
      ['Đơn vị', 'Dân cư (Hộ)', 'Hộ nghèo', '', 'Hộ nghèo cuối năm 2022', ''],
      ['', '', 'Số hộ', 'Tỷ lệ %', 'Số hộ', 'Tỷ lệ %'],
      ['Cam Tuyền', '1.481', '109', '7,36', '99', '6,68'],
      ['Cam Hiếu', '1.791', '44', '2,46', '41', '2,29'],
    ]);
    expect(proposal.columns.map((c) => c.target)).toEqual(['unit', 'households', 'poor', 'poor_rate', 'poor_end_2022', 'poor_rate_end_2022']);
    expect(proposal.columns[5]?.reason).toEqual({ vi: '“Tỷ lệ %” dưới “Hộ nghèo cuối năm 2022”', en: '“Tỷ lệ %” under “Hộ nghèo cuối năm 2022”' });
  });

  it('proposes other numeric columns as custom metrics, a rate after a count as its rate, and carries their values', () => {
    const { grid, layout, proposal } = propose([
      ['Đơn vị', 'Dân cư (hộ)', 'Hộ nghèo', 'Hộ cận nghèo', 'Tỷ lệ %', 'Ghi chú'],
      ['Cam Tuyền', '1.481', '109', '60', '4,05', 'vùng đồi'],
      ['Cam Hiếu', '1.791', '44', '35', '1,95', ''],
    ]);
    const [near, nearRate, note] = proposal.columns.slice(3);
    expect(near).toMatchObject({ target: 'custom', custom: { id: 'custom_ho_can_ngheo', label: 'Hộ cận nghèo', kind: 'count' } });
    expect(nearRate).toMatchObject({ target: 'custom', custom: { kind: 'rate', numerator: 'custom_ho_can_ngheo', denominator: 'households' } });
    expect(note?.target).toBe('ignore');
    const result = toPlanTable({ file: 't.tsv', sheet: null, grid, layout, columns: proposal });
    if (!result.ok) throw new Error(result.issues[0]?.message.en);
    expect(result.value.customMetrics.map((m) => m.id)).toEqual(['custom_ho_can_ngheo', nearRate?.custom?.id]);
    expect(result.value.customValues[2]).toEqual({ custom_ho_can_ngheo: 60, [nearRate?.custom?.id ?? '']: 4.05 });
  });

  it('applies the person’s choice, releasing the figure from the column that had it', () => {
    const { proposal } = propose([
      ['Đơn vị', 'Dân cư (hộ)', 'Hộ nghèo', 'Số liệu khác'],
      ['Cam Tuyền', '1.481', '109', '110'],
      ['Cam Hiếu', '1.791', '44', '45'],
    ]);
    const chosen = applyColumnChoice(proposal, [{ column: 3, target: 'poor' }]);
    expect(chosen.columns.map((c) => [c.target, c.confirmed])).toEqual([['unit', false], ['households', false], ['ignore', false], ['poor', true]]);
    expect(chosen.columns[3]?.confidence).toBe(1);
    expect(proposal.columns[2]?.target).toBe('poor');
  });
});
