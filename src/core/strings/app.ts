/** Strings of the app shell, in Vietnamese and English. */
import { defineStrings } from '../translate';

/** App shell strings. */
export const APP = defineStrings({
  title: { vi: 'Bản đồ giảm nghèo', en: 'Poverty reduction map' },
  docLine: { vi: 'Kế hoạch số {number} ngày {date} — Chương trình giảm nghèo năm 2022', en: 'Plan No. {number} of {date} — 2022 poverty reduction programme' },
  urlRejected: { vi: 'Một số giá trị trong đường dẫn không hợp lệ nên đã dùng mặc định: {names}.', en: 'Some values in the link were not valid, so defaults are used: {names}.' },
  loaded: { vi: 'Đã nạp: {files}.', en: 'Loaded: {files}.' },
  dismiss: { vi: 'Đóng', en: 'Close' },
  controlsLabel: { vi: 'Chỉ tiêu và cách phân loại', en: 'Measure and classification' },
  tabDetails: { vi: 'Xã', en: 'Commune' },
  tabTable: { vi: 'Bảng số liệu', en: 'Table' },
  tabRanking: { vi: 'Xếp hạng', en: 'Ranking' },
  tabPlan: { vi: 'Kế hoạch', en: 'Plan' },
  tabChecks: { vi: 'Kiểm tra số liệu', en: 'Data checks' },
  /** `{body}`: the plan's issuing body in the language (`tr(plan.document.issuer, lang)`). */
  source: { vi: 'Số liệu: Kế hoạch {number}, {body}', en: 'Figures: Plan {number}, {body}' },
  loadFiles: { vi: 'Nạp số liệu khác (CSV, JSON, GeoJSON):', en: 'Load other figures (CSV, JSON, GeoJSON):' },
  issuesTitle: { vi: 'Không nạp được tệp — số liệu đang hiển thị vẫn giữ nguyên', en: 'The files could not be loaded — the figures shown are unchanged' },
  issueWhere: { vi: '{file}, dòng {row}, cột {column}', en: '{file}, row {row}, column {column}' },
});
