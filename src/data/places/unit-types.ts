/** Types of Vietnamese administrative units, splitting full names into type and name, and English names. Pure. */
import type { Lang } from '../types';
import type { Vintage } from './place-id';

/** Every unit type a map may show: communes, wards, towns and special zones; districts, towns and cities. */
export type UnitType = 'Xã' | 'Thị trấn' | 'Phường' | 'Đặc khu' | 'Huyện' | 'Quận' | 'Thị xã' | 'Thành phố';

/** Types of province-level units. */
export type ProvinceType = 'Tỉnh' | 'Thành phố';

/** Commune-level types first, then district-level ones. */
export const UNIT_TYPES: readonly UnitType[] = ['Xã', 'Thị trấn', 'Phường', 'Đặc khu', 'Huyện', 'Quận', 'Thị xã', 'Thành phố'];

/** Type prefixes of full names, longest first so "Thị trấn" wins over a shorter prefix. */
const PREFIXES: readonly (UnitType | ProvinceType)[] = ['Thành phố', 'Thị trấn', 'Thị xã', 'Đặc khu', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Xã'];

const COMMUNE_EN: Record<string, string> = { Xã: 'commune', 'Thị trấn': 'town', Phường: 'ward', 'Đặc khu': 'special zone' };
const DISTRICT_EN: Record<string, string> = { Huyện: 'district', Quận: 'urban district', 'Thị xã': 'town', 'Thành phố': 'city' };
const PROVINCE_EN: Record<string, string> = { Tỉnh: 'province', 'Thành phố': 'city' };

/** True when `type` is a district-level type (Huyện, Quận, Thị xã, Thành phố): the units of a province-wide table of districts. */
export function isDistrictLevelType(type: unknown): boolean {
  return type === 'Huyện' || type === 'Quận' || type === 'Thị xã' || type === 'Thành phố';
}

/** True when `value` is a unit type. */
export function isUnitType(value: unknown): value is UnitType {
  return typeof value === 'string' && (UNIT_TYPES as readonly string[]).includes(value);
}

/** Split a full name into its type prefix and name: "Huyện Cam Lộ" → { type: "Huyện", name: "Cam Lộ" }; type null when there is none. */
export function splitFullName(fullName: string): { type: UnitType | ProvinceType | null; name: string } {
  const text = fullName.normalize('NFC').trim();
  for (const prefix of PREFIXES) {
    if (text.startsWith(`${prefix} `) && text.length > prefix.length + 1) return { type: prefix, name: text.slice(prefix.length + 1).trim() };
  }
  return { type: null, name: text };
}

/** The English name of a province: "Tỉnh Quảng Trị" → "Quảng Trị province", "Thành phố Huế" → "Huế city". */
export function provinceNameEn(fullName: string): string {
  const { type, name } = splitFullName(fullName);
  const en = type ? PROVINCE_EN[type] : undefined;
  return en ? `${name} ${en}` : fullName;
}

/** The English name of a district: "Huyện Cam Lộ" → "Cam Lộ district", "Quận 1" → "Quận 1 urban district"… */
export function districtNameEn(fullName: string): string {
  const { type, name } = splitFullName(fullName);
  const en = type ? DISTRICT_EN[type] : undefined;
  if (!en) return fullName;
  return /^\d/.test(name) ? `${type} ${name}` : `${name} ${en}`;
}

/** The English name of a commune-level unit: "Xã Cam Tuyền" → "Cam Tuyền commune"; numbered wards stay "Phường 4". */
export function communeNameEn(fullName: string): string {
  const { type, name } = splitFullName(fullName);
  const en = type ? COMMUNE_EN[type] : undefined;
  if (!en) return fullName;
  return /^\d/.test(name) ? fullName : `${name} ${en}`;
}

/** How a vintage is named after a place: "(từ 1/7/2025)" / "(since 1 July 2025)", "(trước 2025)" / "(before 2025)". */
export function vintageSuffix(vintage: Vintage, lang: Lang): string {
  if (vintage === '2025') return lang === 'vi' ? '(từ 1/7/2025)' : '(since 1 July 2025)';
  return lang === 'vi' ? '(trước 2025)' : '(before 2025)';
}

/** Short name of an old unit as lists of parts print it: "TT Cam Lộ" for a township, "P. 4" for a ward, else the bare name. */
export function shortUnitName(name: string, type: string | null | undefined): string {
  if (type === 'Thị trấn') return `TT ${name}`;
  if (type === 'Phường') return `P. ${name}`;
  return name;
}

/** ASCII spelling of a name, case kept: "Cam Lộ" → "Cam Lo", "Đông Hà" → "Dong Ha". */
export function asciiName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}
