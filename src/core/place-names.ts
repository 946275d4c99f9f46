/** Place names: the one way to write a district's or commune's name in vi and en, and name normalisation for matching. Pure. */
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


/** Unit-type prefixes as written in Vietnamese (lower case, with diacritics). */
const PREFIXES = ['thị trấn', 'thị xã', 'thành phố', 'phường', 'huyện', 'xã', 'tt.', 'tt', 'tx.', 'tx', 'tp.', 'tp', 'p.', 'x.'];
/** Prefixes also recognised in names typed without diacritics; "xa", "phuong" are left out as they begin real names (Xà Phiên, Phương Sơn). */
const FOLDED_PREFIXES = PREFIXES.map((p) => foldDiacritics(p));
const ASCII_PREFIXES = ['thi tran', 'thi xa', 'thanh pho', 'tt.', 'tt', 'tx.', 'tx', 'tp.', 'tp', 'p.', 'x.'];

/** NFC-normalise, trim and collapse inner white space. */
export function cleanName(name: string): string {
  return name.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Remove Vietnamese diacritics (đ → d included) and lower-case: "Cam Tuyền" → "cam tuyen". */
export function foldDiacritics(text: string): string {
  return cleanName(text)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Length of the unit-type prefix ("Xã ", "Thị trấn ", "TT ", "P.") at the start of a lower-cased name, or 0. */
function prefixLength(lower: string): number {
  const ascii = foldDiacritics(lower) === lower;
  for (const prefix of ascii ? ASCII_PREFIXES : PREFIXES) {
    const spaced = lower.startsWith(prefix + ' ');
    if ((spaced || (prefix.endsWith('.') && lower.startsWith(prefix))) && lower.slice(prefix.length).trim().length > 0) {
      return prefix.length;
    }
  }
  return 0;
}

/** Remove a unit-type prefix ("Xã", "Thị trấn", "TT", "P." …) from a name; never leaves it empty. */
export function stripUnitPrefix(name: string): string {
  const lower = cleanName(name).toLowerCase();
  return lower.slice(prefixLength(lower)).trim();
}

/** Loosely remove a unit-type prefix from a folded name ("xa cam tuyen" → "cam tuyen"), for search where both forms are tried. */
export function stripFoldedPrefix(folded: string): string {
  for (const prefix of FOLDED_PREFIXES) {
    const spaced = folded.startsWith(prefix + ' ');
    if ((spaced || (prefix.endsWith('.') && folded.startsWith(prefix))) && folded.slice(prefix.length).trim().length > 0) {
      return folded.slice(prefix.length).trim();
    }
  }
  return folded;
}

/** Key that keeps diacritics but ignores case and unit prefix: "TT Cam Lộ" → "cam lộ". */
export function exactNameKey(name: string): string {
  return stripUnitPrefix(name);
}

/** Key that also folds diacritics: "Xã Cam Tuyên" → "cam tuyen". */
export function foldedNameKey(name: string): string {
  return foldDiacritics(stripUnitPrefix(name));
}

/** True when a name names the totals row of a table ("Tổng", "Tổng cộng", "Toàn huyện", "Total"). */
export function isTotalRowName(name: string): boolean {
  return ['tong', 'tong cong', 'cong', 'toan huyen', 'total', 'district total'].includes(foldDiacritics(name));
}
