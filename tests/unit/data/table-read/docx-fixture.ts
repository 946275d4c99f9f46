/**
 * A minimal Word .docx built with JSZip (mammoth cannot write one): a title paragraph, then tables. A table may
 * have a two-row header laid out as Word does it: a top cell followed by empty ones spans them (w:gridSpan), a
 * top cell over an empty one merges down (w:vMerge). "\n" in a cell's text starts a new paragraph in the cell.
 */
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const paragraphs = (text: string) => text.split('\n').map((p) => `<w:p>${p ? `<w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r>` : ''}</w:p>`).join('');

function cell(text: string, props = ''): string {
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${paragraphs(text)}</w:tc>`;
}

/** The first two rows as a Word two-row header: a top cell over an empty one merges down, a top cell followed by empty ones spans them. */
function twoRowHeader(top: readonly string[], bottom: readonly string[]): string[] {
  const upper: string[] = [];
  for (let c = 0; c < top.length; ) {
    const text = top[c] ?? '';
    if ((bottom[c] ?? '') === '') {
      upper.push(cell(text, '<w:vMerge w:val="restart"/>'));
      c++;
      continue;
    }
    let span = 1;
    while (c + span < top.length && (top[c + span] ?? '') === '' && (bottom[c + span] ?? '') !== '') span++;
    upper.push(cell(text, span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''));
    c += span;
  }
  const lower = bottom.map((text, c) => (text === '' && (top[c] ?? '') !== '' ? cell('', '<w:vMerge/>') : cell(text)));
  return [`<w:tr>${upper.join('')}</w:tr>`, `<w:tr>${lower.join('')}</w:tr>`];
}

/** The w:tbl of rows, its first two rows merged as a Word two-row header when `twoRowHeader`. */
export function wordTable(rows: readonly (readonly string[])[], header2 = true): string {
  const width = Math.max(...rows.map((r) => r.length));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="800"/>'.repeat(width)}</w:tblGrid>`;
  const plain = (row: readonly string[]) => `<w:tr>${row.map((t) => cell(t)).join('')}</w:tr>`;
  const body = header2 ? [...twoRowHeader(rows[0] ?? [], rows[1] ?? []), ...rows.slice(2).map(plain)] : rows.map(plain);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${body.join('')}</w:tbl>`;
}

/** The bytes of a .docx whose body is a title paragraph then the given tables. */
export async function wordDocument(tables: readonly { rows: readonly (readonly string[])[]; twoRowHeader: boolean }[], title = 'PHỤ LỤC: Chỉ tiêu giảm nghèo năm 2022'): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = tables.map((t) => `${wordTable(t.rows, t.twoRowHeader)}${paragraphs('')}`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${paragraphs(title)}${body}<w:sectPr/></w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}
