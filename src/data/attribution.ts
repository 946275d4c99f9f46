/** Credits for the boundary data (see geo/ATTRIBUTION). Pure constants. */

import type { Bilingual } from './types';

/** One-line map credit for the commune and district boundaries, in both languages. */
export const BOUNDARY_CREDIT: Bilingual = {
  vi: 'Ranh giới: censusVN2009 (MIT), từ bản đồ hành chính 1:250.000 của WHO/TCTK — gần đúng',
  en: 'Boundaries: censusVN2009 (MIT), from a WHO/GSO 1:250k basemap — approximate',
};

/** Repository the boundary geometry was taken from (commit d9a3676). */
export const BOUNDARY_SOURCE_URL = 'https://github.com/LucieContamin/censusVN2009';
