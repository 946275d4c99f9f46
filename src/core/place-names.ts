/** Place names: the one way to write a district's or commune's name in vi and en (matching keys are ./name-keys). Pure. */
import type { Bilingual, Lang } from './lang';

/** Kinds of commune-level unit. */
export type CommuneType = 'Xã' | 'Thị trấn' | 'Phường';

/** Kinds of district-level unit a plan can belong to. */
export type DistrictType = 'Huyện' | 'Thị xã' | 'Thành phố' | 'Quận' | 'Tỉnh';

/** A district as a plan names it. */
export interface DistrictName {
  name: string;
  type: DistrictType;
}

/** Where a name stands: `title` at the start of a heading or line ("Huyện Cam Lộ"), `inline` inside a sentence ("huyện Cam Lộ"). */
export type PlaceForm = 'title' | 'inline';

const DISTRICT_TYPES: Record<DistrictType, Bilingual> = {
  Huyện: { vi: 'huyện', en: 'district' },
  'Thị xã': { vi: 'thị xã', en: 'town' },
  Tỉnh: { vi: 'tỉnh', en: 'province' },
  'Thành phố': { vi: 'thành phố', en: 'city' },
  Quận: { vi: 'quận', en: 'urban district' },
};

const COMMUNE_TYPES: Record<CommuneType, Bilingual> = {
  Xã: { vi: 'xã', en: 'commune' },
  'Thị trấn': { vi: 'thị trấn', en: 'town' },
  Phường: { vi: 'phường', en: 'ward' },
};

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function withType(name: string, type: Bilingual, lang: Lang, form: PlaceForm): string {
  if (lang === 'en') return `${name} ${type.en}`;
  return `${form === 'title' ? capitalise(type.vi) : type.vi} ${name}`;
}

/** A district's name: vi "Huyện Cam Lộ" (title) / "huyện Cam Lộ" (inline); en "Cam Lộ district" in both forms. */
export function districtName(district: DistrictName, lang: Lang, form: PlaceForm = 'title'): string {
  return withType(district.name, DISTRICT_TYPES[district.type], lang, form);
}

/** A commune's official name: vi "Xã Cam Tuyền" / "thị trấn Cam Lộ" (inline); en "Cam Tuyền commune", "Cam Lộ town". */
export function communeName(commune: { name: string; type: CommuneType }, lang: Lang, form: PlaceForm = 'title'): string {
  return withType(commune.name, COMMUNE_TYPES[commune.type], lang, form);
}
