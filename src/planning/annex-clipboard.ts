/** What "Copy for Word" puts on the clipboard: the annex's HTML table and a tab-separated plain-text twin. Pure. */
import { formatNumber } from '../core/format';
import { annexGrid, ANNEX_COLUMNS, ANNEX_RATE_DECIMALS, type AnnexModel } from '../data/planning/annex';
import { annexHtml } from '../data/planning/annex-html';

/** The annex as tab-separated lines (numbers written the Vietnamese way, as the HTML shows them). */
export function annexPlainText(model: AnnexModel): string {
  const grid = annexGrid(model);
  return grid.cells
    .map((row, r) =>
      row
        .map((cell, c) => {
          if (cell === null) return '';
          if (typeof cell === 'string') return cell.replace(/[\t\r\n]+/g, ' ');
          const kind = r >= grid.bodyRow ? ANNEX_COLUMNS[c - 1]?.kind : undefined;
          return formatNumber(cell, 'vi', kind === 'rate' ? ANNEX_RATE_DECIMALS : 0);
        })
        .join('\t')
        .replace(/\t+$/, ''),
    )
    .join('\r\n');
}

/** Both clipboard forms of the annex. */
export function annexClipboard(model: AnnexModel): { html: string; text: string } {
  return { html: annexHtml(model), text: annexPlainText(model) };
}
