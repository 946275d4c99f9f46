/** Strings of the explorer's "Embed" dialog (vi first, en second), apart from the embed page's so the public map does not carry them. */
import { defineStrings } from '../translate';

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
