/** Vietnamese-aware name normalisation for matching communes across files. Pure. */

const PREFIXES = [
  'thi tran',
  'thi xa',
  'thanh pho',
  'phuong',
  'huyen',
  'xa',
  'tt.',
  'tt',
  'tx.',
  'tx',
  'tp.',
  'tp',
  'p.',
  'x.',
];

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

/** Strip a unit-type prefix ("Xã", "Thị trấn", "TT", "P." …) from a lower-cased, folded name. */
export function stripUnitPrefix(folded: string): string {
  for (const prefix of PREFIXES) {
    if (folded.startsWith(prefix + ' ') || (prefix.endsWith('.') && folded.startsWith(prefix))) {
      const rest = folded.slice(prefix.length).trim();
      if (rest.length > 0) return rest;
    }
  }
  return folded;
}

/** Key that keeps diacritics but ignores case and unit prefix: "TT Cam Lộ" → "cam lộ". */
export function exactNameKey(name: string): string {
  const lower = cleanName(name).toLowerCase();
  const prefixLength = lower.length - stripUnitPrefix(foldDiacritics(lower)).length;
  return lower.slice(prefixLength).trim();
}

/** Key that also folds diacritics: "Xã Cam Tuyên" → "cam tuyen". */
export function foldedNameKey(name: string): string {
  return stripUnitPrefix(foldDiacritics(name));
}

/** True when a name names the totals row of a table ("Tổng", "Tổng cộng", "Toàn huyện", "Total"). */
export function isTotalRowName(name: string): boolean {
  return ['tong', 'tong cong', 'cong', 'toan huyen', 'total', 'district total'].includes(foldDiacritics(name));
}
