/** UI strings of the planning elements: draft table, annex export, progress and compare views (vi first, en second). */
import { defineCounted, defineStrings } from '../core/format';

/** "1 unit", "3 units", "3 đơn vị". */
export const UNIT_COUNT = defineCounted({ vi: '{count} đơn vị', en: { one: '{count} unit', other: '{count} units' } });

/** Draft table strings. */
export const DRAFT = defineStrings({
  heading: { vi: 'Dự thảo chỉ tiêu', en: 'Draft targets' },
  intro: {
    vi: 'Gõ chỉ tiêu giảm hộ nghèo của từng đơn vị; hộ nghèo và tỷ lệ cuối năm, tổng, bản đồ, chú giải và xếp hạng tính lại ngay. Enter hoặc Tab để xuống dòng; có thể dán một cột số từ Excel.',
    en: 'Type each unit’s target (households leaving poverty); year-end poor households and rates, totals, map, legend and ranking follow as you type. Enter or Tab moves down; a column of numbers pasted from Excel fills downwards.',
  },
  caption: { vi: 'Chỉ tiêu giảm hộ nghèo năm {year} (dự thảo)', en: '{year} poverty-reduction targets (draft)' },
  colUnit: { vi: 'Đơn vị', en: 'Unit' },
  colPoor: { vi: 'Hộ nghèo', en: 'Poor households' },
  colAble: { vi: 'Hộ có khả năng thoát nghèo', en: 'Able to escape poverty' },
  colPlan: { vi: 'Chỉ tiêu kế hoạch (hộ)', en: 'Plan target (households)' },
  colTarget: { vi: 'Chỉ tiêu dự thảo (hộ)', en: 'Draft target (households)' },
  colEnd: { vi: 'Hộ nghèo cuối năm', en: 'Poor households, year end' },
  colRate: { vi: 'Tỷ lệ hộ nghèo cuối năm', en: 'Poverty rate, year end' },
  colShare: { vi: 'Phần trong chỉ tiêu huyện', en: 'Share of the district target' },
  colNotes: { vi: 'Ghi chú', en: 'Notes' },
  totals: { vi: 'Tổng', en: 'Total' },
  inputLabel: { vi: 'Chỉ tiêu dự thảo của {unit}', en: 'Draft target of {unit}' },
  changed: { vi: 'khác kế hoạch', en: 'differs from the plan' },
  summary: {
    vi: 'Toàn huyện: chỉ tiêu {target} hộ (kế hoạch {planTarget} hộ); hộ nghèo dự kiến cuối năm {poorEnd} hộ, {rate} (kế hoạch {planPoorEnd} hộ, {planRate}).',
    en: 'District: target {target} households (plan {planTarget}); projected poor households at year end {poorEnd}, {rate} (plan {planPoorEnd}, {planRate}).',
  },
  changedUnits: { vi: 'Đã sửa: {units}.', en: 'Changed: {units}.' },
  allocationHeading: { vi: 'Phân bổ một tổng chỉ tiêu', en: 'Spread a district total' },
  allocationTotal: { vi: 'Tổng chỉ tiêu (hộ)', en: 'District target (households)' },
  allocationRule: { vi: 'Cách phân bổ', en: 'Rule' },
  allocate: { vi: 'Phân bổ', en: 'Allocate' },
  reset: { vi: 'Trở về chỉ tiêu kế hoạch', en: 'Back to the plan’s targets' },
  badTotal: {
    vi: 'Tổng chỉ tiêu “{text}” không phải số hộ nguyên, không âm; chưa phân bổ gì.',
    en: 'The district target “{text}” is not a whole, non-negative number of households; nothing was allocated.',
  },
  allocated: { vi: 'Đã phân bổ {total} hộ ({rule}).', en: 'Allocated {total} households ({rule}).' },
  allocatedPp: { vi: 'Mỗi đơn vị chưa đạt trần giảm {pp} điểm %.', en: 'Every unit below its cap cuts its rate by {pp} points.' },
  allocatedFallback: {
    vi: 'Các đơn vị theo quy tắc không nhận hết tổng này; phần còn lại chia theo số hộ nghèo còn lại.',
    en: 'The units the rule weights could not take the whole total; the rest went by poor households left.',
  },
  allocatedShortfall: { vi: '{n} hộ vượt quá tổng số hộ nghèo, không phân bổ được.', en: '{n} households are more than all the poor households and could not be placed.' },
  allocatedCapped: { vi: 'Nhận hết số hộ nghèo: {units}.', en: 'Given all their poor households: {units}.' },
  pasted: { vi: 'Đã dán {n} ô.', en: 'Pasted {n} cells.' },
  pastedRefused: { vi: 'Đã dán {n} ô; {refused} ô không được nhận (xem thông báo ở từng ô).', en: 'Pasted {n} cells; {refused} refused (see the message at each cell).' },
  pastedOverflow: { vi: '{n} giá trị thừa ở cuối (hết dòng) bị bỏ qua.', en: '{n} extra values past the last row were ignored.' },
});

/** Annex export strings. */
export const ANNEX = defineStrings({
  heading: { vi: 'Phụ lục chỉ tiêu', en: 'Targets annex' },
  xlsx: { vi: 'Tải phụ lục Excel', en: 'Download Excel annex' },
  word: { vi: 'Sao chép cho Word', en: 'Copy for Word' },
  csv: { vi: 'Tải CSV', en: 'Download CSV' },
  working: { vi: 'Đang tạo tệp…', en: 'Making the file…' },
  saved: { vi: 'Đã tải {file}.', en: 'Downloaded {file}.' },
  copied: { vi: 'Đã sao chép bảng; dán vào Word bằng Ctrl+V.', en: 'Table copied; paste it into Word with Ctrl+V.' },
  copyFailed: {
    vi: 'Trình duyệt không cho sao chép ({reason}); hãy dùng “Tải phụ lục Excel”.',
    en: 'The browser did not allow copying ({reason}); use “Download Excel annex” instead.',
  },
  saveFailed: { vi: 'Không tạo được tệp ({reason}); số liệu trên màn hình vẫn giữ nguyên.', en: 'The file could not be made ({reason}); the figures on screen are kept.' },
});

/** Progress view strings. */
export const PROGRESS = defineStrings({
  heading: { vi: 'Tiến độ qua các năm', en: 'Progress over the years' },
  tab: { vi: 'Tiến độ', en: 'Progress' },
  needTwo: {
    vi: 'Cần biểu chỉ tiêu của ít nhất hai năm cho cùng một địa bàn. Hiện có: {years}. Thêm biểu của năm khác ở dưới.',
    en: 'Tables of at least two years for the same place are needed. Loaded: {years}. Add another year’s table below.',
  },
  step: { vi: 'Giai đoạn', en: 'Step' },
  stepValue: { vi: '{from} → {to}', en: '{from} → {to}' },
  metric: { vi: 'Bản đồ', en: 'Map' },
  target: { vi: 'Đạt chỉ tiêu năm {year}?', en: 'Was the {year} target reached?' },
  rateChange: { vi: 'Thay đổi tỷ lệ hộ nghèo (điểm %)', en: 'Change in poverty rate (points)' },
  poorChange: { vi: 'Thay đổi số hộ nghèo (hộ)', en: 'Change in poor households' },
  missedBy: { vi: 'không đạt, thiếu {n} hộ', en: 'missed by {n} households' },
  reached: { vi: 'đạt', en: 'reached' },
  ppValue: { vi: '{n} điểm %', en: '{n} pts' },
  householdsValue: { vi: '{n} hộ', en: '{n} households' },
  noData: { vi: 'không có số liệu', en: 'no data' },
  legendNoData: { vi: 'Không có số liệu', en: 'No data' },
  mapTitle: { vi: '{metric}, {from} → {to}', en: '{metric}, {from} → {to}' },
  colUnit: { vi: 'Đơn vị', en: 'Unit' },
  colPlanned: { vi: 'Hộ nghèo cuối năm {year} theo kế hoạch', en: 'Planned poor households, end of {year}' },
  colActual: { vi: 'Hộ nghèo đầu năm {year}', en: 'Poor households, start of {year}' },
  colValue: { vi: 'Giá trị', en: 'Value' },
  smallMultiples: { vi: 'Tỷ lệ hộ nghèo từng năm (cùng thang màu)', en: 'Poverty rate, year by year (one colour scale)' },
  yearMap: { vi: 'Năm {year}', en: '{year}' },
  addYear: { vi: 'Thêm biểu năm khác', en: 'Add another year’s table' },
  yearInput: { vi: 'Năm của biểu', en: 'Year of the table' },
  fileInput: { vi: 'Tệp biểu (CSV)', en: 'Table file (CSV)' },
  badYear: { vi: 'Năm “{text}” không hợp lệ (từ 2000 đến 2100).', en: 'The year “{text}” is not valid (2000 to 2100).' },
  print: { vi: 'In', en: 'Print' },
});

/** Compare view strings. */
export const COMPARE = defineStrings({
  heading: { vi: 'So sánh hai bản đồ', en: 'Compare two maps' },
  side: { vi: 'Cạnh nhau', en: 'Side by side' },
  swipe: { vi: 'Trượt', en: 'Swipe' },
  layout: { vi: 'Cách xem', en: 'Layout' },
  divider: { vi: 'Vị trí đường chia (%)', en: 'Divider position (%)' },
  close: { vi: 'Đóng so sánh', en: 'Close compare' },
  open: { vi: 'So sánh', en: 'Compare' },
  openLabel: { vi: 'So sánh hai bản đồ cạnh nhau, camera đồng bộ', en: 'Compare two maps side by side, cameras in sync' },
  mode: { vi: 'So sánh', en: 'Compare' },
  end: { vi: 'Đầu năm – cuối năm (dự kiến)', en: 'Start – projected end of year' },
  plan: { vi: 'Dự thảo – kế hoạch', en: 'Draft – plan' },
  startCaption: { vi: 'Đầu năm {year}', en: 'Start of {year}' },
  endCaption: { vi: 'Cuối năm {year} (dự kiến)', en: 'End of {year} (projected)' },
  draftCaption: { vi: 'Dự thảo', en: 'Draft' },
  planCaption: { vi: 'Kế hoạch', en: 'Plan' },
});
