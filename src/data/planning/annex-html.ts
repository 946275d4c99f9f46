/**
 * The annex as an HTML fragment that pastes into Word as a bordered table: heading (issuer and motto side by
 * side), title lines, the two-row header with rowspan/colspan merges, units and the totals row in bold.
 * Numbers are written the Vietnamese way ("2.693", "3,94"). Every text is escaped: a cell's text is never
 * markup. Pure.
 */
import { fmt } from '../checks-format';
import { ANNEX_COLUMNS, ANNEX_RATE_DECIMALS, type AnnexModel, type AnnexRow } from './annex';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const CELL = 'border:1px solid #000;padding:2pt 4pt;';
const FONT = "font-family:'Times New Roman',serif;font-size:12pt;";

function valueText(value: number | null, kind: 'count' | 'rate'): string {
  return value === null ? '' : fmt('vi', value, kind === 'count' ? 0 : ANNEX_RATE_DECIMALS);
}

function bodyRow(row: AnnexRow, bold: boolean): string {
  const weight = bold ? 'font-weight:bold;' : '';
  const values = row.values.map((v, i) => `<td style="${CELL}${weight}text-align:right">${escapeHtml(valueText(v, ANNEX_COLUMNS[i]!.kind))}</td>`);
  return `<tr><td style="${CELL}${weight}white-space:nowrap">${escapeHtml(row.label)}</td>${values.join('')}</tr>`;
}

/** The annex as an HTML fragment for the clipboard (text/html) or a .html file. */
export function annexHtml(model: AnnexModel): string {
  const lines = (texts: string[]) => texts.map(escapeHtml).join('<br>');
  const heading =
    `<table style="border-collapse:collapse;width:100%;${FONT}"><tr>` +
    `<td style="text-align:center;font-weight:bold;vertical-align:top">${lines(model.heading.left)}</td>` +
    `<td style="text-align:center;font-weight:bold;vertical-align:top">${lines(model.heading.right)}</td>` +
    `</tr></table>`;
  const titles = model.titleLines
    .map((t, i) => `<p style="text-align:center;${FONT}${i === 0 ? 'font-weight:bold' : 'font-style:italic'}">${escapeHtml(t)}</p>`)
    .join('');
  const header = model.headerRows
    .map((cells) => {
      const ths = cells.map((h) => {
        const spans = `${h.rowSpan > 1 ? ` rowspan="${h.rowSpan}"` : ''}${h.colSpan > 1 ? ` colspan="${h.colSpan}"` : ''}`;
        return `<th${spans} style="${CELL}text-align:center;vertical-align:middle">${escapeHtml(h.text)}</th>`;
      });
      return `<tr>${ths.join('')}</tr>`;
    })
    .join('');
  const body = [...model.rows.map((r) => bodyRow(r, false)), bodyRow(model.totalsRow, true)].join('');
  const table = `<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;${FONT}"><thead>${header}</thead><tbody>${body}</tbody></table>`;
  return `<div lang="vi">${heading}${titles}${table}</div>`;
}
