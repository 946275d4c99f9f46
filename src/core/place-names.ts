/** Vietnamese-aware name normalisation for matching communes across files. Pure. */

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
