/** Strings of the app shell for places, own tables, projects and planning, in Vietnamese and English (the heading's are in ./app-heading). Pure. */
import { defineStrings } from '../core/translate';

/** Shell strings added with places, imports, projects and planning. */
export const SHELL = defineStrings({
  unitsToggle: { vi: 'Xem trên xã/phường từ 1/7/2025', en: 'Show on the communes since 1 July 2025' },
  unitsNote: {
    vi: 'Số hộ được cộng theo bảng chuyển đổi của TCTK, tỷ lệ tính lại từ số hộ; xã/phường gạch chéo được lập từ một phần xã cũ nên số liệu chỉ gần đúng.',
    en: 'Households are summed through the statistics office’s conversion table and rates recomputed from them; hatched communes take part of an old commune, so their figures are approximate.',
  },
  loadingPlace: { vi: 'Đang tải {place}…', en: 'Loading {place}…' },
  projects: { vi: 'Dự án…', en: 'Projects…' },
  tabDraft: { vi: 'Dự thảo chỉ tiêu', en: 'Draft targets' },
  tabProgress: { vi: 'Tiến độ', en: 'Progress' },
  progressRead: { vi: 'Không đọc được bảng năm {year} ({file}): {detail}', en: 'The {year} table ({file}) could not be read: {detail}' },
});
