/** Strings of presenter mode: step titles, caption templates, panels, spotlight and controls (vi first, en second). */
import { defineStrings } from '../translate';

/** Step titles; `{year}` is the plan's year, `{district}` the district with its type (core/place-names `districtName`). */
export const STEP_TITLE = defineStrings({
  situation: { vi: '{district} đầu năm {year}', en: '{district} at the start of {year}' },
  povertyRate: { vi: 'Tỷ lệ hộ nghèo đầu năm {year}', en: 'Poverty rate, start of {year}' },
  target: { vi: 'Chỉ tiêu giảm hộ nghèo năm {year} theo xã', en: 'The {year} reduction target by commune' },
  end: { vi: 'Tỷ lệ hộ nghèo dự kiến cuối năm {year}', en: 'Projected poverty rate, end of {year}' },
  change: { vi: 'Thay đổi tỷ lệ hộ nghèo trong năm {year}', en: 'Change in the poverty rate over {year}' },
  phase: { vi: 'Giai đoạn 2022–2025: phần còn lại', en: 'The 2022–2025 phase: what remains' },
  tasks: { vi: 'Nhiệm vụ và giải pháp', en: 'Tasks and measures' },
  bodies: { vi: 'Cơ quan, đơn vị chịu trách nhiệm', en: 'Responsible bodies' },
  checks: { vi: 'Kiểm tra số liệu', en: 'Data checks' },
});

/** Caption templates; values arrive formatted for the language. */
export const CAPTION = defineStrings({
  situationHeadline: { vi: '{poor} hộ nghèo trên {households} hộ: {rate}', en: '{poor} poor households of {households}: {rate}' },
  nearPoor: { vi: '{count} hộ cận nghèo ({rate}) theo mục I', en: '{count} near-poor households ({rate}), section I' },
  districtRate: { vi: 'Toàn huyện: {poor} hộ nghèo, {rate}', en: 'District: {poor} poor households, {rate}' },
  districtEnd: { vi: 'Toàn huyện: {poor} hộ nghèo, {rate} (đầu năm {start})', en: 'District: {poor} poor households, {rate} (start of year {start})' },
  targetHeadline: { vi: 'Toàn huyện giảm {count} hộ nghèo = {points}', en: 'District: {count} fewer poor households = {points}' },
  targetStated: { vi: 'Mục III ghi: giảm {rate} %, tương đương {count} hộ', en: 'Section III states: {rate}% lower, i.e. {count} households' },
  changeHeadline: { vi: 'Toàn huyện: {points} ({count})', en: 'District: {points} ({count})' },
  largestFall: { vi: 'Giảm nhiều nhất: {unit}', en: 'Largest fall: {unit}' },
  noFall: { vi: 'Không giảm: {names}', en: 'No fall: {names}' },
  phaseAble: { vi: '{count} hộ nghèo có khả năng thoát nghèo', en: '{count} poor households able to escape poverty' },
  phaseLeft: { vi: 'Còn lại {count} hộ bảo trợ xã hội: {rate}', en: 'Left: {count} social-protection households, {rate}' },
  highest: { vi: 'Cao nhất: {unit}', en: 'Highest: {unit}' },
  lowest: { vi: 'Thấp nhất: {unit}', en: 'Lowest: {unit}' },
  most: { vi: 'Nhiều nhất: {unit}', en: 'Most: {unit}' },
  fewest: { vi: 'Ít nhất: {unit}', en: 'Fewest: {unit}' },
  aboveDistrict: { vi: 'Trên mức toàn huyện: {names}', en: 'Above the district rate: {names}' },
  unitValue: { vi: '{names} {value}', en: '{names} {value}' },
  taskCount: { vi: '{count} nhiệm vụ, giải pháp (mục IV)', en: '{count} tasks and measures (section IV)' },
  taskTargeted: { vi: 'Xã trọng điểm ({id}): {names}', en: 'Priority communes ({id}): {names}' },
  tasksAll: { vi: 'Mọi nhiệm vụ áp dụng cho cả huyện', en: 'Every task applies to the whole district' },
  bodyCount: { vi: '{count} cơ quan, đơn vị (mục V)', en: '{count} bodies (section V)' },
  bodyLeadsMost: { vi: 'Chủ trì nhiều nhất ({count} nhiệm vụ): {names}', en: 'Lead the most tasks ({count}): {names}' },
  checksNone: { vi: 'Không có số liệu nào không khớp', en: 'No figures disagree' },
  checksUnits: { vi: 'Xã cần xem lại: {list}', en: 'Communes to review: {list}' },
  unitCount: { vi: '{name} ({count})', en: '{name} ({count})' },
  checksExample: { vi: '{where}: {detail}', en: '{where}: {detail}' },
  checksFigure: { vi: '{figure} in {printed}, tính lại {recomputed}', en: '{figure} printed {printed}, recomputed {recomputed}' },
  points: { vi: '{value} điểm %', en: '{value} pts' },
});

/** Where a finding is when it names no commune. */
export const FINDING_PLACE = defineStrings({
  total: { vi: 'Dòng Tổng', en: 'Totals row' },
  text: { vi: 'Văn bản', en: 'Plan text' },
});

/** Side panel headings and items. */
export const PANEL = defineStrings({
  situation: { vi: 'Số liệu chính', en: 'Key figures' },
  tasks: { vi: 'Nhiệm vụ (mục IV)', en: 'Tasks (section IV)' },
  bodies: { vi: 'Cơ quan (mục V)', en: 'Bodies (section V)' },
  checks: { vi: 'Số liệu không khớp', en: 'Figures that disagree' },
  households: { vi: 'Hộ dân cư', en: 'Households' },
  poor: { vi: 'Hộ nghèo', en: 'Poor households' },
  nearPoor: { vi: 'Hộ cận nghèo', en: 'Near-poor households' },
  ethnicMinority: { vi: 'Hộ dân tộc thiểu số', en: 'Ethnic-minority households' },
  ethnicMinorityValue: { vi: '{count}, {poor} hộ nghèo', en: '{count}, {poor} poor' },
  countRate: { vi: '{count} · {rate}', en: '{count} · {rate}' },
  leads: { vi: 'chủ trì {ids}', en: 'leads {ids}' },
  joins: { vi: 'phối hợp {ids}', en: 'takes part in {ids}' },
  communeLevel: { vi: 'cấp xã', en: 'commune level' },
  noTasks: { vi: 'không gắn nhiệm vụ', en: 'no linked task' },
  more: { vi: 'và {count} mục khác', en: 'and {count} more' },
});

/** Spotlight card strings. */
export const SPOTLIGHT = defineStrings({
  rank: { vi: 'hạng {rank}/{of}', en: 'rank {rank} of {of}' },
  noRow: { vi: 'Không có số liệu trong biểu', en: 'No figures in the table' },
  close: { vi: 'Bỏ làm nổi bật xã (Esc)', en: 'Clear the spotlight (Esc)' },
});

/** The presenter's controls and announcements. */
export const PRESENTER = defineStrings({
  open: { vi: 'Trình chiếu', en: 'Present' },
  kicker: { vi: 'Kế hoạch số {number} · {district}', en: 'Plan No. {number} · {district}' },
  stageLabel: { vi: 'Bản đồ: {metric}', en: 'Map: {metric}' },
  captionLabel: { vi: 'Số liệu chính của bước', en: 'Key figures of the step' },
  dialogLabel: { vi: 'Trình chiếu: {title}', en: 'Presentation: {title}' },
  counter: { vi: 'Bước {n} / {of}', en: 'Step {n} of {of}' },
  announce: { vi: 'Bước {n} / {of}: {title}', en: 'Step {n} of {of}: {title}' },
  previous: { vi: 'Bước trước', en: 'Previous step' },
  next: { vi: 'Bước sau', en: 'Next step' },
  list: { vi: 'Các bước (L)', en: 'Steps (L)' },
  listLabel: { vi: 'Các bước trình chiếu', en: 'Presentation steps' },
  search: { vi: 'Tìm xã (/)', en: 'Find a commune (/)' },
  searchPlaceholder: { vi: 'Tên xã…', en: 'Commune name…' },
  noMatch: { vi: 'Không tìm thấy xã “{query}”', en: 'No commune matches “{query}”' },
  exit: { vi: 'Thoát (Esc)', en: 'Exit (Esc)' },
  help: {
    vi: 'Dùng phím mũi tên, Page Up/Page Down hoặc dấu cách để chuyển bước; phím 1–9 để đến một bước; L để xem các bước; / để tìm xã; Esc để thoát.',
    en: 'Use the arrow keys, Page Up/Page Down or Space to change step; 1–9 to go to a step; L for the list of steps; / to find a commune; Esc to leave.',
  },
  spotlit: { vi: 'Đang làm nổi bật: {name}', en: 'Spotlight: {name}' },
});
