/** Strings of the embeddable map page and its text summary (vi first, en second); the explorer's embed dialog has its own in ./embed-dialog. */
import { defineStrings } from '../translate';

/** Texts of the embed page (`<poverty-embed>`). */
export const EMBED = defineStrings({
  title: { vi: 'Bản đồ giảm nghèo {district} năm {year}', en: 'Poverty reduction map of {district}, {year}' },
  placeTitle: { vi: 'Bản đồ giảm nghèo: {place}', en: 'Poverty reduction map: {place}' },
  noFigures: { vi: 'Chưa có số liệu giảm nghèo của nơi này: mọi đơn vị hiện “Không có số liệu”.', en: 'No poverty figures for this place yet: every unit shows “No data”.' },
  close: { vi: 'Đóng thông báo', en: 'Close the notice' },
  metric: { vi: 'Chỉ số', en: 'Measure' },
  moreMetrics: { vi: 'Chỉ số khác', en: 'More measures' },
  mainMetrics: { vi: 'Chỉ số chính', en: 'Main measures' },
  fullMap: { vi: 'Xem bản đồ đầy đủ', en: 'View full map' },
  newWindow: { vi: '(mở cửa sổ mới)', en: '(opens in a new window)' },
  table: { vi: 'Bảng số liệu', en: 'Data table' },
  source: { vi: 'Số liệu: Kế hoạch số {number} của {issuer}', en: 'Figures: Plan No. {number}, {issuer}' },
});

/** Texts of the generated summary sentence (see data/summary). */
export const SUMMARY = defineStrings({
  district: { vi: '{metric} của {place}: {value}.', en: '{place} — {metric}: {value}.' },
  extremes: { vi: 'Cao nhất: {highest}; thấp nhất: {lowest}.', en: 'Highest: {highest}; lowest: {lowest}.' },
  allEqual: { vi: 'Mọi xã có số liệu đều ở mức {value}.', en: 'Every commune with figures is at {value}.' },
  onlyOne: { vi: 'Chỉ {name} có số liệu: {value}.', en: 'Only {name} has figures: {value}.' },
  none: { vi: 'Chưa xã nào có số liệu về chỉ số này.', en: 'No commune has figures for this measure.' },
  coverage: { vi: 'Số xã có số liệu: {count}/{total}.', en: 'Communes with figures: {count} of {total}.' },
  entry: { vi: '{names} ({value})', en: '{names} ({value})' },
  and: { vi: ', ', en: ', ' },
});
