/**
 * The spelling-variant form of a folded name, in one pass over its words: a word of one to three consonants (or
 * "qu") and a final y is written with i (Quý/Quí, Kỳ/Kì), the leading zeros of a word are dropped ("01" → "1"),
 * and all but a–z and 0–9 is left out. The same as, one after the other, `replace(/\b(qu|[bcdghklmnpqrstvx]{1,3})y\b/g,
 * '$1i')`, `replace(/\b0+(\d)/g, '$1')` and `replace(/[^a-z0-9]+/g, '')`, whose words are runs of [A-Za-z0-9_]. Pure.
 */

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
const isKept = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** The consonants that may come before a final y written i. */
const CONSONANTS = new Set('bcdghklmnpqrstvx'.split('').map((c) => c.charCodeAt(0)));
const Y = 121;
const ZERO = 48;

/** Whether the word text[start, end) is one to three consonants, or "qu", then y. */
function endsInVariantY(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 2 || length > 4 || text.charCodeAt(end - 1) !== Y) return false;
  if (length === 3 && text.charCodeAt(start) === 113 && text.charCodeAt(start + 1) === 117) return true;
  for (let i = start; i < end - 1; i++) if (!CONSONANTS.has(text.charCodeAt(i))) return false;
  return true;
}

/** The variant form of a name folded by foldedKey (see the module comment). */
export function variantOfFolded(folded: string): string {
  let out = '';
  let i = 0;
  while (i < folded.length) {
    if (!isWordChar(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    while (end < folded.length && isWordChar(folded.charCodeAt(end))) end++;
    // Leading zeros: all of them before a digit, all but one before anything else.
    let zeros = 0;
    while (i + zeros < end && folded.charCodeAt(i + zeros) === ZERO) zeros++;
    const start = zeros === 0 ? i : i + zeros - (i + zeros < end && isDigit(folded.charCodeAt(i + zeros)) ? 0 : 1);
    const y = endsInVariantY(folded, i, end) ? end - 1 : -1;
    for (let k = start; k < end; k++) {
      const c = folded.charCodeAt(k);
      if (k === y) out += 'i';
      else if (isKept(c)) out += folded[k];
    }
    i = end;
  }
  return out;
}
