/**
 * Text typed with the legacy Vietnamese fonts TCVN3 (ABC, ".VnTime") and VNI ("VNI-Times"), as it arrives after
 * being read as Windows-1252 (an 8-bit file, or a cell Excel/Word kept as Latin characters): recognition and
 * conversion to Unicode (NFC). Pure.
 *
 * TCVN3 puts every lowercase Vietnamese letter in one byte; its uppercase fonts (".VnTimeH") reuse the lowercase
 * bytes, so only Ă Â Ê Ô Ơ Ư Đ have their own uppercase bytes. VNI writes a base letter followed by a mark byte
 * ("aø" = à, "oä" = ộ); it is converted by longest match of those pairs.
 */

/** TCVN3 byte (as its Windows-1252 character) → Unicode letter. */
const TCVN3_PAIRS: readonly [number, string][] = [
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
  [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
  [0xbb, 'ằ'], [0xbc, 'ẳ'], [0xbd, 'ẵ'], [0xbe, 'ắ'], [0xc6, 'ặ'],
  [0xc7, 'ầ'], [0xc8, 'ẩ'], [0xc9, 'ẫ'], [0xca, 'ấ'], [0xcb, 'ậ'],
  [0xcc, 'è'], [0xce, 'ẻ'], [0xcf, 'ẽ'], [0xd0, 'é'], [0xd1, 'ẹ'],
  [0xd2, 'ề'], [0xd3, 'ể'], [0xd4, 'ễ'], [0xd5, 'ế'], [0xd6, 'ệ'],
  [0xd7, 'ì'], [0xd8, 'ỉ'], [0xdc, 'ĩ'], [0xdd, 'í'], [0xde, 'ị'],
  [0xdf, 'ò'], [0xe1, 'ỏ'], [0xe2, 'õ'], [0xe3, 'ó'], [0xe4, 'ọ'],
  [0xe5, 'ồ'], [0xe6, 'ổ'], [0xe7, 'ỗ'], [0xe8, 'ố'], [0xe9, 'ộ'],
  [0xea, 'ờ'], [0xeb, 'ở'], [0xec, 'ỡ'], [0xed, 'ớ'], [0xee, 'ợ'],
  [0xef, 'ù'], [0xf1, 'ủ'], [0xf2, 'ũ'], [0xf3, 'ú'], [0xf4, 'ụ'],
  [0xf5, 'ừ'], [0xf6, 'ử'], [0xf7, 'ữ'], [0xf8, 'ứ'], [0xf9, 'ự'],
  [0xfa, 'ỳ'], [0xfb, 'ỷ'], [0xfc, 'ỹ'], [0xfd, 'ý'], [0xfe, 'ỵ'],
];
const TCVN3 = new Map(TCVN3_PAIRS.map(([code, letter]) => [String.fromCharCode(code), letter]));
/** TCVN3 bytes whose Windows-1252 characters are symbols in any real Latin text but common letters in TCVN3 (à á ả ã ạ ă â ê ô ơ ư đ …), next to a letter. */
const TCVN3_TELLTALE = /[\p{L}][¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾]|[¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾][\p{L}]/gu;

/** VNI mark characters after a vowel, per vowel: [marks, Unicode letters], lowercase; uppercase marks are the upper-cased characters. */
const VNI_VOWELS: readonly [string, string, string][] = [
  ['a', 'ùøûõïêéèúüëâáàåãä', 'áàảãạăắằẳẵặâấầẩẫậ'],
  ['e', 'ùøûõïâáàåãä', 'éèẻẽẹêếềểễệ'],
  ['o', 'ùøûõïâáàåãä', 'óòỏõọôốồổỗộ'],
  ['ô', 'ùøûõï', 'ớờởỡợ'],
  ['u', 'ùøûõï', 'úùủũụ'],
  ['ö', 'ùøûõï', 'ứừửữự'],
  ['y', 'ùøûõ', 'ýỳỷỹ'],
];
/** VNI characters that stand for a whole letter on their own. */
const VNI_SINGLE: readonly [string, string][] = [
  ['ô', 'ơ'], ['ö', 'ư'], ['ñ', 'đ'], ['í', 'í'], ['ì', 'ì'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'], ['î', 'ỵ'],
];

function buildVni(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [base, marks, letters] of VNI_VOWELS) {
    [...marks].forEach((mark, i) => {
      const letter = letters[i] ?? '';
      map.set(base + mark, letter);
      map.set(base.toUpperCase() + mark.toUpperCase(), letter.toUpperCase());
    });
  }
  for (const [vni, letter] of VNI_SINGLE) {
    if (!map.has(vni)) map.set(vni, letter);
    map.set(vni.toUpperCase(), letter.toUpperCase());
  }
  return map;
}
const VNI = buildVni();
/** VNI vowel+mark pairs whose marks never follow a vowel in Windows-1258 Vietnamese (so they tell VNI apart). */
const VNI_TELLTALE = /[aeouyAEOUYôÔöÖ][ùøûïëüåäÙØÛÏËÜÅÄ]|(^|[^\p{L}])[ñÑ][\p{L}]/gu;
/** Characters that Windows-1252 decoding can give beyond Latin-1. */
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Which legacy font a text was typed with, judged from the characters it has; null for ordinary text. */
export function detectLegacyFont(text: string): 'tcvn3' | 'vni' | null {
  // Real Unicode Vietnamese (ư, ơ, đ, ạ …) or any character Windows-1252 cannot give rules out a legacy font.
  for (const ch of text) if (ch.charCodeAt(0) > 0xff && !CP1252_EXTRA.has(ch)) return null;
  const tcvn = text.match(TCVN3_TELLTALE)?.length ?? 0;
  const vni = text.match(VNI_TELLTALE)?.length ?? 0;
  if (tcvn >= 2 && tcvn > vni) return 'tcvn3';
  if (vni >= 2 && vni > tcvn) return 'vni';
  return null;
}

/** Convert TCVN3 text (read as Windows-1252) to Unicode NFC. */
export function convertTcvn3(text: string): string {
  return [...text].map((ch) => TCVN3.get(ch) ?? ch).join('').normalize('NFC');
}

/** Convert VNI text (read as Windows-1252) to Unicode NFC, matching base+mark pairs before single characters. */
export function convertVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = VNI.get(text.slice(i, i + 2));
    if (pair !== undefined && text.length > i + 1) {
      out += pair;
      i++;
      continue;
    }
    const ch = text[i] ?? '';
    out += VNI.get(ch) ?? ch;
  }
  return out.normalize('NFC');
}

/** Convert text typed with a legacy font to Unicode; ordinary text is returned unchanged (NFC). */
export function convertLegacyFont(text: string, font: 'tcvn3' | 'vni' | null): string {
  if (font === 'tcvn3') return convertTcvn3(text);
  if (font === 'vni') return convertVni(text);
  return text.normalize('NFC');
}
