/** Texts of the public map's zoom controls and of the places it opens (vi first, en second; the zoomable layer's own are in ./zoomable-strings). */
import { defineStrings } from '../core/translate';

/** Texts of the SVG-first map, by id. */
export const QUICK_MAP = defineStrings({
  zoomIn: { vi: 'Phóng to', en: 'Zoom in' },
  zoomOut: { vi: 'Thu nhỏ', en: 'Zoom out' },
  zoomGroup: { vi: 'Phóng to, thu nhỏ', en: 'Zoom' },
  glFailed: { vi: 'Không mở được bản đồ phóng to; bản đồ vẫn hiển thị như trước.', en: 'The zoomable map could not be opened; the map stays as it was.' },
  helpNoZoom: {
    vi: 'Dùng phím mũi tên để đi qua từng xã, Enter hoặc phím cách để chọn, Esc để bỏ chọn.',
    en: 'Use the arrow keys to move through the communes, Enter or Space to select, Escape to clear.',
  },
});

/** Texts of the places the public map opens (`place=`, `units=2025`). */
export const EMBED_PLACE = defineStrings({
  unavailable: {
    vi: 'Trang này không mở được nơi nào khác ngoài kế hoạch có sẵn; bản đồ hiển thị kế hoạch có sẵn.',
    en: 'This page cannot open places other than the built-in plan; the map shows the built-in plan.',
  },
  failed: { vi: 'Không mở được nơi này ({detail}); bản đồ hiển thị kế hoạch có sẵn.', en: 'This place could not be opened ({detail}); the map shows the built-in plan.' },
  badPlace: {
    vi: 'Thuộc tính place="{place}" không phải mã nơi hợp lệ (ví dụ 2025-44, 2013-45-464); bản đồ hiển thị kế hoạch có sẵn.',
    en: 'The attribute place="{place}" is not a valid place code (e.g. 2025-44, 2013-45-464); the map shows the built-in plan.',
  },
  mapOf: { vi: '{map} — {place}', en: '{map} — {place}' },
});
