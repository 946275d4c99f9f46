/** Strings of the commune details, ranking chart, plan panel and data-checks panel (vi first, en second). */
import type { Bilingual, Lang } from '.././lang';
import { pluralCategory } from '../plural';
import { defineStrings } from '../translate';

/** A count phrase with English singular and plural forms (Vietnamese has one form). */
export interface CountPhrase {
  one: Bilingual;
  other: Bilingual;
}

/** "1 warning", "3 warnings", "3 cảnh báo"; `{n}` is filled with the formatted count. */
export function countPhrase(phrase: CountPhrase, n: number, formatted: string, lang: Lang): string {
  return (pluralCategory(n, lang) === 'one' ? phrase.one : phrase.other)[lang].replace('{n}', formatted);
}

/** Commune details strings. */
export const DETAILS = defineStrings({
  heading: { vi: 'Thông tin xã', en: 'Commune details' },
  empty: {
    vi: 'Chưa chọn xã nào. Bấm vào một xã trên bản đồ, một dòng trong bảng số liệu, một thanh trong biểu đồ xếp hạng, hoặc gõ tên xã vào ô tìm kiếm để xem chi tiết.',
    en: 'No commune selected. Click a commune on the map, a row of the table or a bar of the ranking, or type its name in the search box, to see its details.',
  },
  printedAs: { vi: 'Tên in trong biểu: “{name}”', en: 'Printed in the table as “{name}”' },
  noRow: { vi: 'Xã này có trên bản đồ nhưng không có dòng nào trong biểu chỉ tiêu.', en: 'This commune is on the map but has no row in the targets table.' },
  metricHeading: { vi: 'Chỉ số đang xem', en: 'Measure shown' },
  rank: { vi: 'hạng {rank}/{of}', en: 'rank {rank} of {of}' },
  rankNote: { vi: 'hạng 1 là cao nhất', en: 'rank 1 is the highest' },
  noRank: { vi: 'không xếp hạng (không có số liệu)', en: 'not ranked (no data)' },
  district: { vi: 'Toàn huyện: {value}', en: 'District: {value}' },
  printedValue: { vi: 'Số in trong biểu: {value}', en: 'Printed in the table: {value}' },
  targetHeading: { vi: 'Phần của xã trong chỉ tiêu giảm hộ nghèo năm 2022 của huyện', en: 'Share of the district’s 2022 poverty-reduction target' },
  targetShare: { vi: '{ratio} = {percent}', en: '{ratio} = {percent}' },
  figuresHeading: { vi: 'Số liệu trong biểu (dòng {row} của tệp)', en: 'Figures in the table (row {row} of the file)' },
  colFigure: { vi: 'Số liệu', en: 'Figure' },
  colPrinted: { vi: 'Số in', en: 'Printed' },
  colRecomputed: { vi: 'Tính lại', en: 'Recomputed' },
  blank: { vi: 'để trống', en: 'blank' },
  differs: { vi: 'không khớp', en: 'does not match' },
  differsFull: { vi: 'Số in {printed} không khớp với số tính lại {recomputed}', en: 'Printed {printed} does not match the recomputed {recomputed}' },
  figuresNote: {
    vi: 'Cột “Tính lại” chỉ ghi khi số in không khớp với các số liệu khác. Bản đồ dùng số tính lại từ số hộ.',
    en: 'The “Recomputed” column is filled only where a printed figure disagrees with the others. The map uses rates recomputed from household counts.',
  },
  findingsHeading: { vi: 'Kiểm tra số liệu của xã', en: 'Data checks for this commune' },
  noFindings: { vi: 'Không phát hiện sai lệch nào trong số liệu của xã này.', en: 'No problems found in this commune’s figures.' },
  tasksHeading: { vi: 'Nhiệm vụ liên quan (mục IV)', en: 'Tasks that concern it (section IV)' },
  noTasks: { vi: 'Không có nhiệm vụ nào nêu riêng xã này.', en: 'No task singles out this commune.' },
  because: { vi: 'vì: {reasons}', en: 'because: {reasons}' },
  bodiesHeading: { vi: 'Cơ quan chịu trách nhiệm (mục V)', en: 'Responsible bodies (section V)' },
  communeLevel: { vi: 'cấp xã', en: 'commune level' },
  leads: { vi: 'chủ trì {tasks}', en: 'leads {tasks}' },
  joins: { vi: 'phối hợp {tasks}', en: 'takes part in {tasks}' },
});

/** Why a task concerns a commune, by scope. */
export const SCOPES = defineStrings({
  all: { vi: 'áp dụng cho mọi xã, thị trấn', en: 'applies to every commune' },
  'high-poverty': { vi: 'tỷ lệ hộ nghèo cao hơn toàn huyện', en: 'poverty rate above the district’s' },
  'ethnic-minority': { vi: 'có hộ dân tộc thiểu số', en: 'has ethnic-minority households' },
});

/** Ranking chart strings. */
export const CHART = defineStrings({
  heading: { vi: 'Xếp hạng các xã', en: 'Communes ranked' },
  caption: { vi: '{metric}, từ cao xuống thấp', en: '{metric}, highest first' },
  bar: { vi: '{name}: {value}, hạng {rank}/{of}', en: '{name}: {value}, rank {rank} of {of}' },
  selected: { vi: 'đang chọn', en: 'selected' },
  district: { vi: 'Toàn huyện {value}', en: 'District {value}' },
  districtLine: { vi: 'Đường đứt nét: giá trị toàn huyện ({value}).', en: 'Dashed line: the district value ({value}).' },
  districtText: { vi: 'Toàn huyện: {value}.', en: 'District: {value}.' },
  noData: { vi: 'không có số liệu', en: 'no data' },
  missingHeading: { vi: 'Không có số liệu', en: 'No data' },
  empty: { vi: 'Không có xã nào có số liệu cho chỉ số này.', en: 'No commune has a value for this measure.' },
  hint: {
    vi: 'Bấm hoặc nhấn Enter trên một thanh để chọn xã; phím mũi tên lên/xuống để chuyển giữa các thanh.',
    en: 'Click a bar, or press Enter on it, to select the commune; use the up and down arrow keys to move between bars.',
  },
});

/** Plan panel strings. */
export const PLAN = defineStrings({
  meta: { vi: 'Số {number}, {place}, ngày {date}', en: 'No. {number}, {place}, {date}' },
  noDocument: { vi: 'Nơi này không có văn bản kế hoạch giảm nghèo trong ứng dụng.', en: 'This place has no poverty reduction plan document in the app.' },
  fromTable: { vi: 'Số liệu trên bản đồ lấy từ bảng đã nạp ({file}).', en: 'The figures on the map come from the loaded table ({file}).' },
  fromAnyTable: { vi: 'Số liệu trên bản đồ, nếu có, lấy từ bảng đã nạp.', en: 'The figures on the map, if any, come from the loaded table.' },
  signed: { vi: '{onBehalfOf}, {role}: {name}', en: '{onBehalfOf}, {role}: {name}' },
  sectionI: { vi: 'I. Tình hình chung', en: 'I. General situation' },
  sectionII: { vi: 'II. Mục đích, yêu cầu', en: 'II. Aims and requirements' },
  sectionIII: { vi: 'III. Mục tiêu năm {year}', en: 'III. Targets for {year}' },
  sectionIV: { vi: 'IV. Nhiệm vụ và giải pháp thực hiện', en: 'IV. Tasks and measures' },
  sectionV: { vi: 'V. Tổ chức thực hiện', en: 'V. Implementation' },
  keyFigures: { vi: 'Số liệu chính nêu trong văn bản', en: 'Key figures stated in the text' },
  bodiesLabel: { vi: 'Chọn một cơ quan để xem các nhiệm vụ cơ quan đó chủ trì hoặc phối hợp', en: 'Pick a body to see the tasks it leads or takes part in' },
  highlightTasks: { vi: 'Đánh dấu các nhiệm vụ của cơ quan này', en: 'Mark this body’s tasks' },
  clearBody: { vi: 'Bỏ chọn cơ quan', en: 'Clear the body' },
  bodySelected: { vi: 'Đang xem: {body}', en: 'Showing: {body}' },
  leads: { vi: 'chủ trì', en: 'leads' },
  joins: { vi: 'phối hợp', en: 'takes part' },
  roleOf: { vi: '{body} {role}', en: '{body} {role}' },
  noLinks: { vi: 'Cơ quan này không được liên kết với nhiệm vụ nào.', en: 'This body is not linked to any task.' },
  linksNoteHeading: { vi: 'Về các liên kết “chủ trì” / “phối hợp”', en: 'About the “leads” / “takes part” links' },
  communes: { vi: 'Các xã liên quan ({count}):', en: 'Communes concerned ({count}):' },
  districtWide: { vi: 'Nhiệm vụ chung, không nêu riêng xã nào.', en: 'A general task that singles out no commune.' },
  noCommunes: { vi: 'Không có xã nào thuộc diện này.', en: 'No commune falls in this group.' },
  showOnMap: { vi: 'Xem trên bản đồ', en: 'Show on map' },
  showOnMapLabel: { vi: 'Xem trên bản đồ các xã của nhiệm vụ {task}', en: 'Show on map the communes of task {task}' },
  chipLabel: { vi: 'Xem {name} trên bản đồ', en: 'Show {name} on the map' },
  fullText: { vi: 'Toàn văn', en: 'Full text' },
  requested: { vi: 'Kế hoạch “đề nghị”, không giao việc', en: 'The plan “requests” rather than assigns' },
  duties: { vi: 'Nhiệm vụ được giao', en: 'Duties' },
  basis: { vi: 'căn cứ gạch đầu dòng {list} của mục {body}', en: 'read from duty {list} of {body}' },
  recipients: { vi: 'Nơi nhận', en: 'Recipients' },
});

/** Data-checks panel strings. */
export const CHECKS = defineStrings({
  heading: { vi: 'Kiểm tra số liệu', en: 'Data checks' },
  explanation: {
    vi: 'Ứng dụng hiển thị số liệu đúng như Kế hoạch đã in và không tự sửa. Mỗi mục dưới đây so sánh một số in với số tính lại từ các số liệu khác của Kế hoạch.',
    en: 'The app shows the plan’s figures exactly as printed and does not correct them. Each item below compares a printed figure with what the plan’s other figures imply.',
  },
  none: { vi: 'Không phát hiện sai lệch nào.', en: 'No problems found.' },
  filterLabel: { vi: 'Lọc theo mức độ', en: 'Filter by severity' },
  noneShown: { vi: 'Không có mục nào ở các mức độ đang chọn.', en: 'No item at the selected severities.' },
  listLabel: { vi: 'Các kết quả kiểm tra', en: 'Check results' },
  commune: { vi: 'Xã: {name}', en: 'Commune: {name}' },
  districtLevel: { vi: 'Toàn huyện', en: 'District level' },
  column: { vi: 'Cột: {label}', en: 'Column: {label}' },
  figure: { vi: 'Số liệu: {label}', en: 'Figure: {label}' },
  sectionTable: { vi: 'Biểu chỉ tiêu kèm theo', en: 'Attached targets table' },
  section: { vi: 'Mục {section} của văn bản', en: 'Section {section} of the text' },
  row: { vi: 'dòng {row} của tệp', en: 'row {row} of the file' },
  printed: { vi: 'Số in', en: 'Printed' },
  recomputed: { vi: 'Tính lại', en: 'Recomputed' },
  showCommune: { vi: 'Xem xã này', en: 'Show this commune' },
  showCommuneLabel: { vi: 'Xem xã này: {name}', en: 'Show this commune: {name}' },
});

/** Severity words (shown with an icon, never by colour alone). */
export const SEVERITY = defineStrings({
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Ghi chú', en: 'Note' },
});

/** Severity counts for the summary line ("3 lỗi, 1 cảnh báo, 1 ghi chú"). */
export const SEVERITY_COUNT: Record<keyof typeof SEVERITY, CountPhrase> = {
  error: { one: { vi: '{n} lỗi', en: '{n} error' }, other: { vi: '{n} lỗi', en: '{n} errors' } },
  warning: { one: { vi: '{n} cảnh báo', en: '{n} warning' }, other: { vi: '{n} cảnh báo', en: '{n} warnings' } },
  info: { one: { vi: '{n} ghi chú', en: '{n} note' }, other: { vi: '{n} ghi chú', en: '{n} notes' } },
};
