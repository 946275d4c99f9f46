/**
 * Word documents: a .docx (a zip holding `word/document.xml`) is converted to HTML with mammoth, loaded only
 * when a .docx is read, and each top-level table of that HTML becomes one sheet ("Bảng 1 / Table 1", …) read
 * like a pasted HTML table (merged header cells kept as merges). A legacy binary .doc is recognised (by its
 * `WordDocument` stream or its name) so it can be refused with a way out. Pure (no DOM).
 */
import { readIssue, type ReadIssue } from './issues';
import { readWorkbook, type Sheet } from './workbook';

/** Whether a zip container's bytes name a part (zip part names are stored as plain text in its headers). */
export function zipHasEntry(bytes: Uint8Array, entry: string): boolean {
  return new TextDecoder('windows-1252').decode(bytes).includes(entry);
}

/** Whether zip bytes are a Word document: they hold `word/document.xml`, or the name ends in .docx and they hold no workbook. */
export function isDocx(bytes: Uint8Array, file: string): boolean {
  if (zipHasEntry(bytes, 'word/document.xml')) return true;
  return /\.docx$/i.test(file) && !zipHasEntry(bytes, 'xl/workbook.xml');
}

/** Whether OLE bytes are a legacy Word document (.doc): a `WordDocument` stream, or the name ends in .doc/.dot. */
export function isLegacyDoc(bytes: Uint8Array, file: string): boolean {
  if (/\.do[ct]$/i.test(file)) return true;
  const name = new Uint8Array([...'WordDocument'].flatMap((ch) => [ch.charCodeAt(0), 0]));
  return new TextDecoder('windows-1252').decode(bytes).includes(new TextDecoder('windows-1252').decode(name));
}

/** The refusal of a legacy .doc, saying how to get the table in. */
export function legacyDocIssue(file: string): ReadIssue {
  return readIssue('not-a-table', { file, sheet: null, row: null, column: null, header: null }, {
    vi: 'đây là tài liệu Word cũ (.doc), không đọc được. Hãy mở tệp trong Word, lưu thành .docx (Tệp → Lưu thành → Tài liệu Word) rồi nạp lại, hoặc chép bảng rồi dán vào đây',
    en: 'this is a legacy Word document (.doc), which cannot be read. Open it in Word and save it as .docx (File → Save As → Word Document), then load it again, or copy the table and paste it here',
  });
}

/** The issue for a Word document without any table. */
function noTableIssue(file: string): ReadIssue {
  return readIssue('no-table', { file, sheet: null, row: null, column: null, header: null }, {
    vi: 'tài liệu Word không có bảng nào; bảng số liệu cần nằm trong một bảng của Word (Chèn → Bảng)',
    en: 'the Word document has no table; the figures need to be in a Word table (Insert → Table)',
  });
}

/** The top-level `<table>…</table>` elements of an HTML text, in order (tables nested in cells stay inside theirs). */
export function topLevelTables(htmlText: string): string[] {
  const tables: string[] = [];
  const tag = /<(\/?)table\b[^>]*>/gi;
  let depth = 0;
  let start = 0;
  for (let m = tag.exec(htmlText); m; m = tag.exec(htmlText)) {
    if (!m[1]) {
      if (depth === 0) start = m.index;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) tables.push(htmlText.slice(start, m.index + m[0].length));
    }
  }
  return tables;
}

/** One table's HTML made ready for reading: the paragraphs of a cell joined by a space, not run together. */
function cellParagraphsJoined(table: string): string {
  return table.replace(/<\/p>\s*<p\b[^>]*>/gi, ' ').replace(/<br\s*\/?>/gi, ' ');
}

/** Sheet name of the n-th (1-based) table of a document. */
export function docxTableName(n: number): string {
  return `Bảng ${n} / Table ${n}`;
}

/** Read the tables of a .docx into sheets; a document without tables gives no sheet and one issue. Throws when the bytes are not a readable .docx. */
export async function readDocxTables(bytes: Uint8Array, file: string): Promise<{ sheets: Sheet[]; issues: ReadIssue[] }> {
  const imported = await import('mammoth');
  const mammoth = (imported as unknown as { default?: typeof imported }).default ?? imported;
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // mammoth's browser build reads `arrayBuffer`, its Node build (unit tests) `buffer`; both take these bytes.
  const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  const { value } = await mammoth.convertToHtml(input, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
  const tables = topLevelTables(value);
  if (tables.length === 0) return { sheets: [], issues: [noTableIssue(file)] };
  const sheets: Sheet[] = [];
  for (const [i, table] of tables.entries()) {
    const [sheet] = await readWorkbook({ html: `<html><body>${cellParagraphsJoined(table)}</body></html>` });
    sheets.push({ ...(sheet ?? { grid: [], printed: [], merges: [] }), name: docxTableName(i + 1) });
  }
  return { sheets, issues: [] };
}
