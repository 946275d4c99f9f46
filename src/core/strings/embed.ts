/** Strings of the embeddable map page, its text summary and the embed dialog (vi first, en second). */
import { defineStrings } from '../translate';

/** Texts of the embed page (`<poverty-embed>`). */
export const EMBED = defineStrings({
  title: { vi: 'Bản đồ giảm nghèo {district} năm {year}', en: 'Poverty reduction map of {district}, {year}' },
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

/** Texts of the "Embed" dialog of the full app (`<embed-dialog>`). */
export const EMBED_DIALOG = defineStrings({
  open: { vi: 'Nhúng', en: 'Embed' },
  openLabel: { vi: 'Nhúng bản đồ vào trang web khác', en: 'Embed the map in another web page' },
  heading: { vi: 'Nhúng bản đồ vào trang web', en: 'Embed the map in a web page' },
  intro: {
    vi: 'Dán một trong các đoạn mã dưới đây vào trang của huyện, tỉnh. Bản đồ nhúng hiển thị chỉ số đang xem, với số liệu có sẵn của kế hoạch.',
    en: 'Paste one of the snippets below into the district or province page. The embedded map shows the measure you are viewing, with the plan’s built-in figures.',
  },
  frameId: { vi: 'Mã khung (id, dùng để phân biệt nhiều bản đồ trên cùng một trang)', en: 'Frame id (tells several maps on one page apart)' },
  iframe: { vi: '1. Khung nhúng (iframe)', en: '1. Embed frame (iframe)' },
  iframeHint: { vi: 'Cách đơn giản nhất: dán vào chỗ muốn hiện bản đồ.', en: 'The simplest way: paste it where the map should appear.' },
  listener: { vi: '2. Tự điều chỉnh chiều cao (không bắt buộc)', en: '2. Automatic height (optional)' },
  listenerHint: {
    vi: 'Dán một lần vào trang, sau các khung nhúng: khung sẽ cao vừa nội dung bản đồ.',
    en: 'Paste once into the page, after the frames: each frame then fits the map’s content.',
  },
  element: { vi: '3. Thành phần web <poverty-map> (cho người lập trình)', en: '3. The <poverty-map> web component (for developers)' },
  elementHint: {
    vi: 'Chỉ vẽ bản đồ (không có chú giải); máy chủ của bản đồ cần cho phép tải chéo nguồn (CORS).',
    en: 'Draws the map only (no legend); the map’s server must allow cross-origin loading (CORS).',
  },
  copy: { vi: 'Sao chép', en: 'Copy' },
  copied: { vi: 'Đã sao chép.', en: 'Copied.' },
  copyManually: { vi: 'Đã chọn đoạn mã: nhấn Ctrl+C (⌘C) để sao chép.', en: 'The snippet is selected: press Ctrl+C (⌘C) to copy.' },
  close: { vi: 'Đóng', en: 'Close' },
});
