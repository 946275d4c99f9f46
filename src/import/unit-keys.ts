/**
 * Keys for matching a table's unit names and codes to official units: diacritics, case, type prefixes
 * ("Xã", "TT", "P.") and spelling variants (y/i as in Quý/Quí, leading zeros in "Phường 01", punctuation
 * and spacing) ignored, and codes compared without the leading zeros a spreadsheet drops. Pure.
 */
import { exactNameKey, foldedNameKey, foldDiacritics } from '../core/place-names';

/** A unit a row can be matched to: its code (GSO code, "w…" id, or 3-digit district code), bare name, full name and type. */
export interface PlaceUnit {
  code: string;
  name: string;
  fullName: string;
  type: string | null;
}

/** What matching needs of a table row: its 1-based row, name as printed and code as printed (if any). */
export interface TableUnitRow {
  row: number;
  name: string;
  code: string | null;
}

/** Same as exactNameKey: diacritics kept, case and type prefix ignored ("TT Cam Lộ" → "cam lộ"). */
export function exactKey(name: string): string {
  return exactNameKey(name);
}

/** Diacritics, case and type prefix ignored ("Xã Cam Tuyên" → "cam tuyen"). */
export function foldedKey(name: string): string {
  return foldedNameKey(name);
}

/** Also spelling variants: y written i (Quý/Quí, Kỳ/Kì), leading zeros, punctuation and spaces ("P. 01" → "1"). */
export function variantKey(name: string): string {
  return foldedKey(name)
    .replace(/\b(qu|[bcdghklmnpqrstvx]{1,3})y\b/g, '$1i')
    .replace(/\b0+(\d)/g, '$1')
    .replace(/[^a-z0-9]+/g, '');
}

/** The lenient keys of a name, for finding candidates (folded and variant). */
export function nameKeys(name: string): string[] {
  const keys = [foldedKey(name), variantKey(name)].filter((k) => k !== '');
  return [...new Set(keys)];
}

/** A code compared without leading zeros ("01597" and "1597" are the same); null for codes a table cannot print ("w…"). */
export function codeKey(code: string): string | null {
  const digits = code.trim();
  if (!/^\d{1,5}$/.test(digits)) return null;
  return digits.replace(/^0+(?=\d)/, '');
}

/** The syllables of a name, folded, without its type prefix ("Xã Cam Thanh" → ["cam", "thanh"]). */
export function syllables(name: string): string[] {
  return foldedKey(name).split(/[^a-z0-9]+/).filter((s) => s !== '');
}

/** Unit types a printed prefix allows ("TT" → Thị trấn), or null when the name has no prefix. */
export function prefixTypes(name: string): string[] | null {
  const folded = foldDiacritics(name);
  if (/^(tt\.?|thi tran)\s/.test(folded)) return ['Thị trấn'];
  if (/^(p\.|phuong)\s?/.test(folded) && /^(p\.|phường)/i.test(name.trim())) return ['Phường'];
  if (/^(x\.|xa)\s/.test(folded) && /^(x\.|xã)/i.test(name.trim())) return ['Xã'];
  if (/^(huyen)\s/.test(folded)) return ['Huyện'];
  if (/^(q\.|quan)\s/.test(folded) && /^(q\.|quận)/i.test(name.trim())) return ['Quận'];
  if (/^(tx\.?|thi xa)\s/.test(folded)) return ['Thị xã'];
  if (/^(tp\.?|thanh pho)\s/.test(folded)) return ['Thành phố'];
  return null;
}
