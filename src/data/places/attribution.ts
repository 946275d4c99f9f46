/** Map credit lines of the national places, one per vintage (see geo/ATTRIBUTION). Pure constants. */

/** One-line map credit for each vintage's boundaries, in Vietnamese and English. */
export const PLACE_CREDITS: Record<'2013' | '2025', { vi: string; en: string }> = {
  '2025': {
    vi: 'Ranh giới 2025: thanglequoc/vietnamese-provinces-database (MIT), theo bản đồ sapnhap.bando.com.vn; mã và bảng chuyển đổi: TCTK qua sunshine-tech/VietnamProvinces (GPL-3.0+) — gần đúng',
    en: '2025 boundaries: thanglequoc/vietnamese-provinces-database (MIT), from sapnhap.bando.com.vn; codes and conversion table: NSO via sunshine-tech/VietnamProvinces (GPL-3.0+) — approximate',
  },
  '2013': {
    vi: 'Ranh giới trước 2025: censusVN2009 (MIT, Marc Choisy), từ bản đồ hành chính 1:250.000 của WHO/TCTK; mã TCTK qua communesVN (MIT) và sunshine-tech/VietnamProvinces (GPL-3.0+) — gần đúng',
    en: 'Pre-2025 boundaries: censusVN2009 (MIT, Marc Choisy), from a WHO/GSO 1:250k basemap; GSO codes via communesVN (MIT) and sunshine-tech/VietnamProvinces (GPL-3.0+) — approximate',
  },
};
