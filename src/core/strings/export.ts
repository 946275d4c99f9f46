/** Texts of the downloads, the slide image, the SVG map and the print layout, in Vietnamese and English. */
import { defineStrings } from '../translate';

/** The export menu. */
export const EXPORT_MENU = defineStrings({
  button: { vi: 'Tải xuống / In', en: 'Download / Print' },
  listLabel: { vi: 'Tải xuống và in bản đồ', en: 'Download and print the map' },
  png2: { vi: 'Ảnh PNG cho trình chiếu (2×, {size})', en: 'PNG image for slides (2×, {size})' },
  png3: { vi: 'Ảnh PNG chất lượng cao (3×, {size})', en: 'High-resolution PNG image (3×, {size})' },
  svg: { vi: 'Bản đồ SVG (dạng véc-tơ)', en: 'SVG map (vector)' },
  csv: { vi: 'Bảng số liệu CSV (mở được bằng Excel)', en: 'Figures table, CSV (opens in Excel)' },
  geojson: { vi: 'GeoJSON: ranh giới xã kèm số liệu', en: 'GeoJSON: commune boundaries with figures' },
  printA4: { vi: 'In khổ A4 ngang', en: 'Print, A4 landscape' },
  printA3: { vi: 'In khổ A3 ngang', en: 'Print, A3 landscape' },
  working: { vi: 'Đang tạo {what}…', en: 'Making the {what}…' },
  downloaded: { vi: 'Đã tải xuống {file}.', en: 'Downloaded {file}.' },
  printing: { vi: 'Đã mở hộp thoại in.', en: 'The print dialog is open.' },
  failed: { vi: 'Không tạo được {what}: {error}', en: 'The {what} could not be made: {error}' },
  noMap: { vi: 'bản đồ chưa sẵn sàng', en: 'the map is not ready yet' },
  whatPng: { vi: 'ảnh PNG', en: 'PNG image' },
  whatSvg: { vi: 'bản đồ SVG', en: 'SVG map' },
  whatCsv: { vi: 'bảng CSV', en: 'CSV table' },
  whatGeoJson: { vi: 'tệp GeoJSON', en: 'GeoJSON file' },
  whatPrint: { vi: 'bản in', en: 'print layout' },
});

/** The texts drawn on a slide image, an SVG map and the print layout. */
export const EXPORT_TEXT = defineStrings({
  title: { vi: '{metric} theo xã, thị trấn — {district}', en: '{metric} by commune — {district}' },
  subtitle: { vi: 'Kế hoạch số {number} ngày {date}: {title}', en: 'Plan No. {number} of {date}: {title}' },
  source: { vi: 'Nguồn số liệu: Kế hoạch số {number} của {issuer}. {boundaries}.', en: 'Figures: Plan No. {number}, {issuer}. {boundaries}.' },
  sources: { vi: '{figures}. {boundaries}.', en: '{figures}. {boundaries}.' },
  noFigures: { vi: 'Chưa có số liệu', en: 'No figures yet' },
  exported: { vi: 'Xuất ngày {date} từ “Bản đồ giảm nghèo”.', en: 'Exported on {date} from the Poverty reduction map.' },
  districtValue: { vi: 'Toàn huyện (cộng các xã): {value}', en: 'District (communes added up): {value}' },
  noClasses: { vi: 'Không có số liệu để phân loại', en: 'No figures to classify' },
  mapDescription: { vi: 'Bản đồ các xã, thị trấn tô màu theo {metric}.', en: 'Map of the communes coloured by {metric}.' },
});

/** The print layout. */
export const PRINT_TEXT = defineStrings({
  tableHeading: { vi: 'Số liệu theo xã, thị trấn', en: 'Figures by commune' },
  tableNote: {
    vi: 'Tỷ lệ được tính lại từ số hộ; * số in trong kế hoạch khác số tính lại (số in ghi trong ngoặc).',
    en: 'Rates recomputed from the household counts; * the plan prints a different figure (shown in brackets).',
  },
  findingsHeading: { vi: 'Kiểm tra số liệu: {error} lỗi, {warning} cảnh báo, {info} ghi chú', en: 'Data checks: {error} errors, {warning} warnings, {info} notes' },
  noFindings: { vi: 'Mọi số liệu in trong kế hoạch đều khớp với số tính lại.', en: 'Every figure printed in the plan agrees with the recomputed one.' },
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Ghi chú', en: 'Note' },
  qrCaption: { vi: 'Quét mã để mở bản đồ này trực tuyến', en: 'Scan to open this map online' },
  mapAlt: { vi: 'Bản đồ {metric} theo xã', en: 'Map of {metric} by commune' },
});
