/** Texts of the <poverty-map> element. */
import { defineStrings } from '../translate';

/** Texts of the map element, by id. */
export const MAP_TEXT = defineStrings({
  label: { vi: 'Bản đồ {metric} theo xã', en: 'Map of {metric} by commune' },
  help: {
    vi: 'Dùng phím mũi tên để đi qua từng xã, Enter hoặc phím cách để chọn, Esc để bỏ chọn, + và − để phóng to, thu nhỏ, 0 để xem toàn huyện.',
    en: 'Use the arrow keys to move through the communes, Enter or Space to select, Escape to clear, + and − to zoom, 0 to show the whole district.',
  },
  loading: { vi: 'Đang tải bản đồ…', en: 'Loading the map…' },
  basemapFailed: { vi: 'Không tải được nền bản đồ trực tuyến; bản đồ vẫn dùng được khi không có mạng.', en: 'The online basemap could not be loaded; the map still works offline.' },
  selected: { vi: 'Đang chọn', en: 'Selected' },
  noWebgl: {
    vi: 'Trình duyệt này không vẽ được bản đồ phóng to, kéo được (không có WebGL); bản đồ tĩnh, chú giải và các bảng vẫn dùng được.',
    en: 'This browser cannot draw the zoomable map (no WebGL); the still map, the legend and the tables still work.',
  },
});

/** Texts of the map's tooltip; `{index}` is the class number, `{range}` its range as the legend shows it. */
export const MAP_TOOLTIP = defineStrings({
  className: { vi: 'Lớp {index}: {range}', en: 'Class {index}: {range}' },
  noData: { vi: 'Không có số liệu', en: 'No data' },
  noRow: { vi: 'Không có trong biểu số liệu', en: 'Not in the data table' },
});
