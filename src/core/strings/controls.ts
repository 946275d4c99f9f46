/** Strings of the controls, commune table, search, district summary and language switch (vi first, en second); the legend's are in ./legend. */
import { defineCounted } from '../plural';
import { defineStrings } from '../translate';

/** "3 kết quả" / "1 result", "3 results". */
export const RESULT_COUNT = defineCounted({ vi: '{count} kết quả', en: { one: '{count} result', other: '{count} results' } });

/** Metric and classification control strings. */
export const CONTROLS = defineStrings({
  metric: { vi: 'Chỉ số hiển thị', en: 'Measure shown' },
  method: { vi: 'Cách phân loại', en: 'Classification' },
  methodQuantile: { vi: 'Phân vị', en: 'Quantiles' },
  methodEqual: { vi: 'Khoảng đều', en: 'Equal intervals' },
  methodNatural: { vi: 'Ngắt tự nhiên (Jenks)', en: 'Natural breaks (Jenks)' },
  methodManual: { vi: 'Ngưỡng tự chọn', en: 'Manual breaks' },
  classes: { vi: 'Số lớp', en: 'Classes' },
  classesManual: { vi: 'Với ngưỡng tự chọn, số lớp bằng số ngưỡng cộng một.', en: 'With manual breaks, the number of classes is the number of breaks plus one.' },
  palette: { vi: 'Bảng màu', en: 'Colours' },
  sequential: { vi: 'Tuần tự (thấp → cao)', en: 'Sequential (low → high)' },
  diverging: { vi: 'Phân kỳ (âm ← 0 → dương)', en: 'Diverging (below ← 0 → above)' },
  recommended: { vi: '{group} — phù hợp chỉ số này', en: '{group} — suits this measure' },
  colorBlindSafe: { vi: 'an toàn mù màu', en: 'colour-blind safe' },
  preview: { vi: 'Xem trước bảng màu {palette}, {count} màu', en: 'Preview of the {palette} colours, {count} colours' },
  manualBreaks: { vi: 'Các ngưỡng', en: 'Breaks' },
  manualHint: {
    vi: 'Cách nhau bằng dấu chấm phẩy, ví dụ: 1,5; 2,5; 3,5. Nhấn Enter để áp dụng.',
    en: 'Separate with semicolons or “, ”, e.g. 1.5; 2.5; 3.5. Press Enter to apply.',
  },
  manualRange: { vi: 'Số liệu từ {min} đến {max}.', en: 'The figures run from {min} to {max}.' },
  manualApply: { vi: 'Áp dụng', en: 'Apply' },
  errEmpty: { vi: 'Hãy nhập ít nhất một ngưỡng.', en: 'Enter at least one break.' },
  errNotNumber: { vi: '“{item}” (mục thứ {position}) không phải là số.', en: '“{item}” (item {position}) is not a number.' },
  errDuplicate: { vi: 'Ngưỡng {value} được nhập hai lần.', en: 'The break {value} is entered twice.' },
  errTooMany: { vi: 'Nhiều nhất {max} ngưỡng ({classes} lớp); đang có {count}.', en: 'At most {max} breaks ({classes} classes); there are {count}.' },
  errOutOfRange: {
    vi: 'Ngưỡng {value} phải lớn hơn {min} và nhỏ hơn {max} (giá trị nhỏ nhất và lớn nhất của số liệu).',
    en: 'The break {value} must be above {min} and below {max} (the smallest and largest figures).',
  },
});

/** Commune table strings. */
export const TABLE = defineStrings({
  caption: { vi: 'Số liệu giảm nghèo năm {year} theo xã, thị trấn — {district}', en: 'Poverty-reduction figures {year} by commune — {district}' },
  captionNote: {
    vi: 'Cột tô sáng là chỉ số đang hiển thị trên bản đồ: {metric}. Bấm vào tiêu đề cột để sắp xếp, bấm tên xã để chọn xã.',
    en: 'The highlighted column is the measure shown on the map: {metric}. Select a column heading to sort, a commune name to select it.',
  },
  districtRow: { vi: 'Toàn huyện (cộng các xã)', en: 'District (communes added up)' },
  printedTotalRow: { vi: 'Tổng (in trong kế hoạch)', en: 'Total (as printed in the plan)' },
  printedAs: { vi: 'in: {value}', en: 'printed: {value}' },
  printedName: { vi: 'tên in trong kế hoạch: {name}', en: 'printed in the plan as {name}' },
  differs: { vi: 'tính lại từ số hộ; khác với số in trong kế hoạch', en: 'recomputed from the household counts; differs from the printed figure' },
  currentColumn: { vi: 'chỉ số trên bản đồ', en: 'shown on the map' },
  unmatched: { vi: 'không có ranh giới trên bản đồ', en: 'no boundary on the map' },
  legendDiffers: {
    vi: '≠ : số tính lại từ số hộ khác với số in trong kế hoạch (số in ghi trong ngoặc).',
    en: '≠ : the figure recomputed from household counts differs from the printed one (printed figure in brackets).',
  },
});

/** Commune search strings. */
export const SEARCH = defineStrings({
  label: { vi: 'Tìm xã, thị trấn', en: 'Find a commune' },
  placeholder: { vi: 'Ví dụ: Cam Hiếu', en: 'e.g. Cam Hieu' },
  noMatch: { vi: 'Không tìm thấy', en: 'No match' },
  listLabel: { vi: 'Các xã, thị trấn phù hợp', en: 'Matching communes' },
  chosen: { vi: 'Đã chọn {name}', en: '{name} selected' },
});

/** District summary strings. */
export const SUMMARY = defineStrings({
  label: { vi: 'Số liệu toàn huyện theo kế hoạch', en: 'District figures stated in the plan' },
  households: { vi: 'Hộ dân cư', en: 'Households' },
  poor: { vi: 'Hộ nghèo', en: 'Poor households' },
  nearPoor: { vi: 'Hộ cận nghèo', en: 'Near-poor households' },
  poorAndNearPoor: { vi: 'Nghèo và cận nghèo', en: 'Poor and near-poor' },
  target: { vi: 'Chỉ tiêu giảm nghèo 2022', en: '2022 reduction target' },
  households_n: { vi: '{value} hộ', en: '{value} households' },
  percent: { vi: '{value} %', en: '{value}%' },
  points: { vi: '{value} điểm %', en: '{value} pts' },
  recomputed: { vi: 'Tính lại từ biểu số liệu: {value}.', en: 'Recomputed from the table: {value}.' },
  statedIn: { vi: 'Số ghi trong mục {section} của kế hoạch: {value}.', en: 'Stated in section {section} of the plan: {value}.' },
  onlyTable: { vi: 'Kế hoạch không ghi số này; số tính từ biểu.', en: 'The plan does not state this; computed from the table.' },
  differs: { vi: 'khác với số tính lại từ biểu', en: 'differs from the table' },
});

/** Language switch strings (each button names its language in that language). */
export const LANG_SWITCH = defineStrings({
  label: { vi: 'Ngôn ngữ', en: 'Language' },
  vi: { vi: 'Tiếng Việt', en: 'Tiếng Việt' },
  en: { vi: 'English', en: 'English' },
});
