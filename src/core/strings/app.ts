/** Strings of the app shell, in Vietnamese and English. */
import { defineStrings } from '../translate';

/** App shell strings. */
export const APP = defineStrings({
  title: { vi: 'Bản đồ giảm nghèo', en: 'Poverty reduction map' },
  /** @deprecated Use `districtName(plan.district, lang)` from core/place-names (this one ignores the district's type). */
  district: { vi: 'Huyện {name}', en: '{name} district' },
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
  source: { vi: 'Số liệu: Kế hoạch {number}, UBND huyện Cam Lộ', en: 'Figures: Plan {number}, Cam Lộ District People’s Committee' },
  loadFiles: { vi: 'Nạp số liệu khác (CSV, JSON, GeoJSON):', en: 'Load other figures (CSV, JSON, GeoJSON):' },
  issuesTitle: { vi: 'Không nạp được tệp — số liệu đang hiển thị vẫn giữ nguyên', en: 'The files could not be loaded — the figures shown are unchanged' },
  issueWhere: { vi: '{file}, dòng {row}, cột {column}', en: '{file}, row {row}, column {column}' },
});
