import { describe, expect, it } from 'vitest';
import { decodeTableBytes } from '../../../../src/data/table-read/decode';
import { convertVni, detectLegacyFont } from '../../../../src/data/table-read/legacy-font';
import { readTableFile, sheetToPlanTable } from '../../../../src/data/table-read/read-table';

const TABLE = 'Đơn vị\tDân cư (hộ)\tHộ nghèo\tTỷ lệ hộ nghèo (%)\nCam Thành\t2.223\t37\t1,66\nCam Nghĩa\t1.667\t46\t2,76\nTổng\t3.890\t83\t2,13\n';

/** Windows-1258 bytes of a text, the way Windows writes it: precomposed where the code page has the letter, else letter + combining tone mark. */
function encode1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tone = [...nfd].find((m) => /[\u0300\u0301\u0303\u0309\u0323]/.test(m)) ?? '';
    const base = nfd.replace(tone, '').normalize('NFC');
    for (const part of [base, tone]) {
      const byte = table.get(part);
      if (byte === undefined) throw new Error(`cannot encode ${part}`);
      out.push(byte);
    }
  }
  return Uint8Array.from(out);
}

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

async function unitNames(bytes: Uint8Array): Promise<{ units: string[]; total: string | null }> {
  const reading = await readTableFile({ name: 'bang.csv', bytes });
  const result = sheetToPlanTable(reading, reading.chosen ?? -1);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message.en).join('\n'));
  return { units: result.value.table.units.map((u) => u.name), total: result.value.table.total?.name ?? null };
}

describe('decoding table bytes', () => {
  it('reads UTF-8 with a BOM', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TABLE)]);
    expect(decodeTableBytes(bytes, 'a.csv')).toMatchObject({ ok: true, value: { encoding: 'utf-8', text: TABLE } });
    expect(await unitNames(bytes)).toEqual({ units: ['Cam Thành', 'Cam Nghĩa'], total: 'Tổng' });
  });

  it('reads UTF-16 LE with a BOM and UTF-16 BE found by its NUL pattern', async () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(TABLE, 'utf16le')]);
    expect(decodeTableBytes(le, 'a.txt')).toMatchObject({ ok: true, value: { encoding: 'utf-16le', text: TABLE } });
    const be = Uint8Array.from(Buffer.from(TABLE, 'utf16le').swap16());
    expect(decodeTableBytes(be, 'a.txt')).toMatchObject({ ok: true, value: { encoding: 'utf-16be', text: TABLE } });
    expect(await unitNames(le)).toEqual({ units: ['Cam Thành', 'Cam Nghĩa'], total: 'Tổng' });
  });

  it('reads Windows-1258 with combining tone marks as NFC Unicode, so "Tổng" is still the totals row', async () => {
    const bytes = encode1258(TABLE);
    expect(bytes.length).toBeGreaterThan(new TextEncoder().encode(TABLE).length / 2);
    const decoded = decodeTableBytes(bytes, 'a.csv');
    expect(decoded).toMatchObject({ ok: true, value: { encoding: 'windows-1258', text: TABLE } });
    expect(await unitNames(bytes)).toEqual({ units: ['Cam Thành', 'Cam Nghĩa'], total: 'Tổng' });
  });

  it('converts text typed with the TCVN3 (ABC) font', async () => {
    const tcvn3 = '§¬n vÞ\tD©n c\u00ad (hé)\tHé nghÌo\nCam Thµnh\t2.223\t37\nCam NghÜa\t1.667\t46\nTæng\t3.890\t83\n';
    const decoded = decodeTableBytes(latin1(tcvn3), 'a.csv');
    expect(decoded).toMatchObject({ ok: true, value: { converted: 'tcvn3', text: 'Đơn vị\tDân cư (hộ)\tHộ nghèo\nCam Thành\t2.223\t37\nCam Nghĩa\t1.667\t46\nTổng\t3.890\t83\n' } });
    if (decoded.ok) expect(decoded.warnings.map((w) => w.code)).toEqual(['converted-font']);
    expect(await unitNames(latin1(tcvn3))).toEqual({ units: ['Cam Thành', 'Cam Nghĩa'], total: 'Tổng' });
  });

  it('converts TCVN3 text that an editor saved as UTF-8', () => {
    expect(decodeTableBytes(new TextEncoder().encode('Tû lÖ hé nghÌo\tB¶o Th¾ng\tM\u00adêng Kh\u00ad¬ng'), 'a.txt')).toMatchObject({
      ok: true,
      value: { encoding: 'utf-8', converted: 'tcvn3', text: 'Tỷ lệ hộ nghèo\tBảo Thắng\tMường Khương' },
    });
  });

  it('converts text typed with the VNI font', () => {
    expect(convertVni('Xin chaøo caùc baïn')).toBe('Xin chào các bạn');
    const vni = 'Ñôn vò\tDaân cö (hoä)\tHoä ngheøo\tTyû leä\nCam Thaønh\t2.223\t37\t1,66\nToång\t2.223\t37\t1,66\n';
    expect(detectLegacyFont(vni)).toBe('vni');
    expect(decodeTableBytes(latin1(vni), 'a.csv')).toMatchObject({
      ok: true,
      value: { converted: 'vni', text: 'Đơn vị\tDân cư (hộ)\tHộ nghèo\tTỷ lệ\nCam Thành\t2.223\t37\t1,66\nTổng\t2.223\t37\t1,66\n' },
    });
  });

  it('leaves real Vietnamese and plain English alone', () => {
    expect(detectLegacyFont(TABLE)).toBeNull();
    expect(detectLegacyFont('unit,households,poor\nCafé © 2022,12,3')).toBeNull();
  });

  it('gives ONE bilingual "not a table" issue for a binary file', async () => {
    const bytes = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256);
    const reading = await readTableFile({ name: 'anh.csv', bytes });
    expect(reading.issues).toHaveLength(1);
    const [issue] = reading.issues;
    expect(issue?.code).toBe('not-a-table');
    expect(issue?.message.vi).toBe('Tệp anh.csv: không phải bảng số liệu (tệp nhị phân). Hãy chọn tệp .csv, .tsv, .txt, .xlsx, .xls, .docx hoặc dán bảng từ Excel/Word');
    expect(issue?.message.en).toContain('File anh.csv: not a table (a binary file)');
    expect(reading.sheets).toEqual([]);
  });

  it('gives one issue for a zip that is not a workbook (a renamed .docx) and for a PDF', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('word/document.xml garbage')]);
    const fromZip = await readTableFile({ name: 'ke-hoach.xlsx', bytes: zip });
    expect(fromZip.issues.map((i) => i.code)).toEqual(['not-a-table']);
    const pdf = await readTableFile({ name: 'ke-hoach.csv', bytes: new TextEncoder().encode('%PDF-1.7\n1 0 obj') });
    expect(pdf.issues.map((i) => i.message.en)).toEqual(['File ke-hoach.csv: not a table (a PDF file). Choose a .csv, .tsv, .txt, .xlsx, .xls or .docx file, or paste the table from Excel/Word']);
  });
});
