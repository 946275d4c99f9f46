/**
 * Bytes of a text table → Unicode text: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM or NUL pattern),
 * Windows-1258 (when the bytes are not valid UTF-8), and text typed with the legacy TCVN3 / VNI fonts
 * (converted to Unicode). Binary files (NULs outside UTF-16, zip/OLE/PDF/image signatures) give one
 * "not a table" issue. Pure.
 */
import { detectLegacyFont, convertLegacyFont } from './legacy-font';
import { readIssue, type ReadIssue } from './issues';

/** Text encodings recognised in table files. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

/** Decoded text, the encoding it was in and, for legacy-font text, which font was converted. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  converted?: 'tcvn3' | 'vni';
}

/** Result of decoding: the text, or the one issue saying why it is not a text table. */
export type DecodeResult = { ok: true; value: DecodedText; warnings: ReadIssue[] } | { ok: false; issue: ReadIssue };

/** Container formats recognised by their first bytes. */
export type ContainerKind = 'zip' | 'ole' | 'pdf' | 'image';

/** Which binary container the bytes start with (zip = .xlsx/.docx, ole = .xls/.doc), or null. */
export function sniffContainer(bytes: Uint8Array): ContainerKind | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return 'image';
  return null;
}

/** The single issue for a file that is not a text table. */
export function notATableIssue(file: string, why: { vi: string; en: string }): ReadIssue {
  return readIssue('not-a-table', { file, sheet: null, row: null, column: null, header: null }, {
    vi: `không phải bảng số liệu (${why.vi}). Hãy chọn tệp .csv, .tsv, .txt, .xlsx, .xls, .docx hoặc dán bảng từ Excel/Word`,
    en: `not a table (${why.en}). Choose a .csv, .tsv, .txt, .xlsx, .xls or .docx file, or paste the table from Excel/Word`,
  });
}

const CONTAINER_WHY: Record<ContainerKind, { vi: string; en: string }> = {
  zip: { vi: 'tệp nén, có thể là .docx hoặc .xlsx đổi tên', en: 'a zip container, perhaps a renamed .docx or .xlsx' },
  ole: { vi: 'tệp Office cũ, có thể là .doc hoặc .xls đổi tên', en: 'a legacy Office file, perhaps a renamed .doc or .xls' },
  pdf: { vi: 'tệp PDF', en: 'a PDF file' },
  image: { vi: 'tệp ảnh', en: 'an image' },
};

/** UTF-16 byte order judged from where NULs fall in the first bytes (ASCII text in UTF-16 has one NUL per character). */
function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.1) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.1) return 'utf-16be';
  return null;
}

function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that are control characters other than tab, CR, LF and form feed. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.slice(0, 20000);
  const controls = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return controls / sample.length;
}

/** Decode the bytes of a text table (see the module comment); `file` names the file in messages. */
export function decodeTableBytes(bytes: Uint8Array, file: string): DecodeResult {
  const container = sniffContainer(bytes);
  if (container) return { ok: false, issue: notATableIssue(file, CONTAINER_WHY[container]) };
  let text: string | null = null;
  let encoding: TextEncoding = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = decodeStrict(bytes.subarray(3), 'utf-8');
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [text, encoding] = [decodeStrict(bytes.subarray(2), 'utf-16le'), 'utf-16le'];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [text, encoding] = [decodeStrict(bytes.subarray(2), 'utf-16be'), 'utf-16be'];
  else {
    const utf16 = utf16ByNuls(bytes);
    if (utf16) [text, encoding] = [decodeStrict(bytes, utf16), utf16];
    else if (bytes.includes(0)) return { ok: false, issue: notATableIssue(file, { vi: 'tệp nhị phân', en: 'a binary file' }) };
    else text = decodeStrict(bytes, 'utf-8');
  }
  if (text === null && encoding === 'utf-8') {
    const latin = new TextDecoder('windows-1252').decode(bytes);
    const font = detectLegacyFont(latin);
    if (font) return finish({ text: convertLegacyFont(latin, font), encoding: 'windows-1252', converted: font });
    text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
    encoding = 'windows-1258';
  }
  if (text === null) return { ok: false, issue: notATableIssue(file, { vi: 'mã hoá văn bản hỏng', en: 'broken text encoding' }) };
  if (controlShare(text) > 0.01) return { ok: false, issue: notATableIssue(file, { vi: 'tệp nhị phân', en: 'a binary file' }) };
  const font = detectLegacyFont(text);
  return finish(font ? { text: convertLegacyFont(text, font), encoding, converted: font } : { text: text.normalize('NFC'), encoding });

  function finish(value: DecodedText): DecodeResult {
    const warnings: ReadIssue[] = [];
    if (value.converted) warnings.push(convertedFontWarning(file, value.converted));
    return { ok: true, value, warnings };
  }
}

/** A warning saying a legacy-font text was converted, so the person checks the names. */
export function convertedFontWarning(file: string, font: 'tcvn3' | 'vni'): ReadIssue {
  const name = font === 'tcvn3' ? 'TCVN3 (ABC, .VnTime)' : 'VNI (VNI-Times)';
  return readIssue('converted-font', { file, sheet: null, row: null, column: null, header: null }, {
    vi: `chữ được gõ bằng phông ${name} và đã được chuyển sang Unicode; hãy xem lại tên các đơn vị`,
    en: `text was typed with the ${name} font and has been converted to Unicode; please check the unit names`,
  }, { severity: 'warning' });
}
