/** The columns of a plan's per-commune table: ids, kinds, printed labels and accepted header spellings. */
import type { Bilingual, FigureKey } from './types';
import type { NumberKind } from './vn-number';

/** Description of one figure column. */
export interface FigureColumn {
  id: FigureKey;
  kind: NumberKind;
  /** Whether a table must have this column. */
  required: boolean;
  /** Label as the plan prints it (vi) and its translation. */
  label: Bilingual;
  /** For rate columns: the count column it is a rate of (denominator is always `households`). */
  rateOf?: FigureKey;
  /** Other header texts accepted for this column (compared case- and diacritic-insensitively). */
  aliases: string[];
}

/** Figure columns in the order the plan prints them. */
export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  { id: 'households', kind: 'count', required: true, label: { vi: 'Dân cư (hộ)', en: 'Households' }, aliases: ['dan cu', 'dan cu (ho)', 'tong so ho'] },
  { id: 'ethnic_minority_households', kind: 'count', required: false, label: { vi: 'Hộ DTTS', en: 'Ethnic-minority households' }, aliases: ['ho dtts', 'ho dtt s', 'dtts'] },
  { id: 'poor', kind: 'count', required: true, label: { vi: 'Hộ nghèo', en: 'Poor households' }, aliases: ['ho ngheo', 'so ho ngheo'] },
  { id: 'poor_rate', kind: 'rate', required: false, rateOf: 'poor', label: { vi: 'Tỷ lệ hộ nghèo (%)', en: 'Poverty rate (%)' }, aliases: ['ty le ho ngheo', 'ty le ho ngheo (%)'] },
  { id: 'ethnic_minority_poor', kind: 'count', required: false, label: { vi: 'Hộ nghèo DTTS', en: 'Ethnic-minority poor households' }, aliases: ['hn dtts', 'hn dt ts', 'ho ngheo dtts'] },
  { id: 'ethnic_minority_poor_rate', kind: 'rate', required: false, rateOf: 'ethnic_minority_poor', label: { vi: 'Tỷ lệ hộ nghèo DTTS (%)', en: 'Ethnic-minority poor rate (%)' }, aliases: [] },
  { id: 'social_protection', kind: 'count', required: false, label: { vi: 'Hộ BTXH (không có khả năng thoát nghèo)', en: 'Social-protection households (cannot escape poverty)' }, aliases: ['ho btxh', 'ho bt xh', 'btxh'] },
  { id: 'social_protection_rate', kind: 'rate', required: false, rateOf: 'social_protection', label: { vi: 'Tỷ lệ hộ BTXH (%)', en: 'Social-protection rate (%)' }, aliases: [] },
  { id: 'able_to_escape', kind: 'count', required: false, label: { vi: 'Hộ có khả năng thoát nghèo', en: 'Households able to escape poverty' }, aliases: ['ho co kha nang thoat ngheo'] },
  { id: 'able_to_escape_rate', kind: 'rate', required: false, rateOf: 'able_to_escape', label: { vi: 'Tỷ lệ hộ có khả năng thoát nghèo (%)', en: 'Able-to-escape rate (%)' }, aliases: [] },
  { id: 'target_2022', kind: 'count', required: false, label: { vi: 'Chỉ tiêu giảm hộ nghèo năm 2022 (số hộ)', en: '2022 target: fewer poor households' }, aliases: ['so ho', 'chi tieu giam ho ngheo nam 2022'] },
  { id: 'poor_end_2022', kind: 'count', required: false, label: { vi: 'Hộ nghèo cuối năm 2022', en: 'Poor households, end of 2022' }, aliases: ['ho ngheo cuoi nam 2022'] },
  { id: 'poor_rate_end_2022', kind: 'rate', required: false, rateOf: 'poor_end_2022', label: { vi: 'Tỷ lệ hộ nghèo cuối năm 2022 (%)', en: 'Poverty rate, end of 2022 (%)' }, aliases: ['ty le ho ngheo cuoi nam 2022'] },
];

/** Non-figure columns: the unit name (required) and an optional GSO code. */
export const KEY_COLUMNS = {
  unit: { label: { vi: 'Đơn vị', en: 'Unit' }, aliases: ['don vi', 'xa', 'xa, thi tran', 'ten', 'name', 'commune'] },
  gso_code: { label: { vi: 'Mã xã (TCTK)', en: 'GSO code' }, aliases: ['ma', 'ma xa', 'ma tctk', 'code'] },
} as const;

/** Look up a figure column by id. */
export function figureColumn(id: FigureKey): FigureColumn {
  const column = FIGURE_COLUMNS.find((c) => c.id === id);
  if (!column) throw new Error(`unknown figure column ${id}`);
  return column;
}
