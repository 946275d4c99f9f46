/** Name normalisation for matching place names: spaces, diacritics folded, unit-type prefixes, keys. Pure. */

/** True for the white space that cleanName collapses and trims (JavaScript's `\s`). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Trim and collapse inner runs of white space to one space ("  Cam \u00a0 Lộ " → "Cam Lộ"); the text itself when already so. */
export function collapseSpaces(text: string): string {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || i === 0 || i === last || text.charCodeAt(i - 1) === 32)) return text.replace(/[\s\u00a0]+/g, ' ').trim();
  }
  return text;
}

/** NFC-normalise, trim and collapse inner white space. */
export function cleanName(name: string): string {
  return collapseSpaces(name.normalize('NFC'));
}

/** The fold of one character as foldDiacritics does it to a whole text (marks removed, đ → d, lower case). */
function foldOne(char: string): string {
  return char.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Characters below this are looked up in the table of folds (the Latin blocks end below it). */
const FOLD_TABLE_SIZE = 0x1f00;
/** A character whose fold is not worked out yet. */
const UNKNOWN = -3;
/** A character that folds to nothing (a combining mark). */
const DROPPED = -1;
/** A character whose fold is left to the whole-text way (outside the Latin blocks, or folding to several characters). */
const WHOLE = -2;
/** The fold of each character below FOLD_TABLE_SIZE (see foldCode), worked out on first use. */
const foldCodes = new Int32Array(FOLD_TABLE_SIZE).fill(UNKNOWN);

/**
 * The fold of a character of the Latin blocks (U+0000–024F, the combining marks U+0300–036F, U+1E00–1EFF), as a
 * character code, DROPPED or WHOLE. For these, folding character by character gives what folding the text does:
 * their canonical decompositions are one letter and marks, and their lower case needs no context.
 */
function foldCode(c: number): number {
  if (c >= FOLD_TABLE_SIZE) return WHOLE;
  let code = foldCodes[c]!;
  if (code !== UNKNOWN) return code;
  const latin = c < 0x250 || (c >= 0x300 && c < 0x370) || c >= 0x1e00;
  const folded = latin ? foldOne(String.fromCharCode(c)) : null;
  code = folded === null || folded.length > 1 ? WHOLE : folded.length === 0 ? DROPPED : folded.charCodeAt(0);
  foldCodes[c] = code;
  return code;
}

/** Most character codes turned into a string at once (the arguments of one call). */
const CHUNK = 8192;
/** Character codes of the fold being made (reused). */
const folding: number[] = [];

/** Remove Vietnamese diacritics (đ → d included) and lower-case: "Cam Tuyền" → "cam tuyen". */
export function foldDiacritics(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let n = 0;
  let space = false;
  let same = start === 0 && end === text.length;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (space || c !== 32) same = false;
      space = true;
      continue;
    }
    const code = c < 0x80 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c);
    if (code === WHOLE) return foldDiacriticsWhole(text);
    if (space) folding[n++] = 32;
    space = false;
    if (code !== c) same = false;
    if (code !== DROPPED) folding[n++] = code;
  }
  if (same) return text;
  folding.length = n;
  if (n <= CHUNK) return String.fromCharCode.apply(null, folding);
  let out = '';
  for (let i = 0; i < n; i += CHUNK) out += String.fromCharCode.apply(null, folding.slice(i, i + CHUNK));
  return out;
}

/** foldDiacritics done on the whole text at once, for texts with characters beyond the Latin blocks. */
function foldDiacriticsWhole(text: string): string {
  return foldOne(cleanName(text));
}

/** A unit-type prefix and what it is followed by: a space, or nothing when it ends with a dot ("P.5"). */
interface Prefix {
  text: string;
  spaced: string;
  dotted: boolean;
}

const prefix = (text: string): Prefix => ({ text, spaced: `${text} `, dotted: text.endsWith('.') });

/** Unit-type prefixes as written in Vietnamese (lower case, with diacritics). */
const PREFIXES = ['thị trấn', 'thị xã', 'thành phố', 'phường', 'huyện', 'xã', 'tt.', 'tt', 'tx.', 'tx', 'tp.', 'tp', 'p.', 'x.'];
/** Prefixes also recognised in names typed without diacritics; "xa", "phuong" are left out as they begin real names (Xà Phiên, Phương Sơn). */
const FOLDED_PREFIXES = PREFIXES.map((p) => prefix(foldDiacritics(p)));
const ASCII_PREFIXES = ['thi tran', 'thi xa', 'thanh pho', 'tt.', 'tt', 'tx.', 'tx', 'tp.', 'tp', 'p.', 'x.'].map(prefix);
const PRINTED_PREFIXES = PREFIXES.map(prefix);

/** Length of the first of `prefixes` that begins `text` and leaves something after it, or 0. */
function prefixIn(text: string, prefixes: readonly Prefix[]): number {
  for (const p of prefixes) {
    if (!(p.dotted ? text.startsWith(p.text) : text.startsWith(p.spaced))) continue;
    for (let i = p.text.length; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return p.text.length;
  }
  return 0;
}

/** Whether foldDiacritics leaves a text as it is, found without making the fold when a character tells. */
function isFolded(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? i === 0 || i === last || text.charCodeAt(i - 1) === 32 : isSpace(c)) return false;
    const code = c < 0x80 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c);
    if (code === WHOLE) return foldDiacritics(text) === text;
    if (code !== c) return false;
  }
  return true;
}

/** Length of the unit-type prefix ("Xã ", "Thị trấn ", "TT ", "P.") at the start of a lower-cased name, or 0. */
function prefixLength(lower: string): number {
  return prefixIn(lower, isFolded(lower) ? ASCII_PREFIXES : PRINTED_PREFIXES);
}

/** Remove a unit-type prefix ("Xã", "Thị trấn", "TT", "P." …) from a name; never leaves it empty. */
export function stripUnitPrefix(name: string): string {
  const lower = cleanName(name).toLowerCase();
  return lower.slice(prefixLength(lower)).trim();
}

/** Loosely remove a unit-type prefix from a folded name ("xa cam tuyen" → "cam tuyen"), for search where both forms are tried. */
export function stripFoldedPrefix(folded: string): string {
  const length = prefixIn(folded, FOLDED_PREFIXES);
  return length === 0 ? folded : folded.slice(length).trim();
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
