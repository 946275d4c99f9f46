/** What the print layout shows: texts, the compact figures table, the data-check findings and the share link. Pure. */
import { sortFindings, summarizeFindings } from '../data/checks';
import type { Dataset } from '../data/dataset';
import type { PlanSources } from '../data/plan-sources';
import { buildTableModel, type TableModel } from '../panels/table-model';
import type { Finding } from '../data/types';
import { tr } from '../core/format';
import { PRINT_TEXT } from '../core/strings/export';
import type { Choropleth } from '../classify/choropleth';
import { searchFromView, type ViewState } from '../state/view-state';
import { qrPath, type QrPath } from './qr';
import { slideTexts, type SlideTexts } from './slide-texts';

/** Size of the print layout's map image in CSS pixels (169 × 99.5 mm on A4; A3 zooms the page by √2); rendered at 2×, 3× on A3. */
export const PRINT_MAP_SIZE = { width: 640, height: 376 } as const;

/** A finding as printed: severity, its label and the message in the view's language. */
export interface PrintFinding {
  severity: Finding['severity'];
  label: string;
  text: string;
}

/** Everything the print layout shows besides the map image. */
export interface PrintModel {
  texts: SlideTexts;
  table: TableModel;
  findingsHeading: string;
  findings: PrintFinding[];
  /** The link that opens the same view online. */
  shareUrl: string;
  qr: QrPath;
}

/** The link of a view: the page's address (origin + path) and the view's URL parameters. */
export function shareUrl(pageAddress: string, view: ViewState): string {
  return `${pageAddress}${searchFromView(view)}`;
}

/** The print model of a view of a dataset citing `sources`, dated `now`, linking to `pageAddress` + the view's parameters. */
export function buildPrintModel(dataset: Dataset, choropleth: Choropleth, view: ViewState, now: Date, pageAddress: string, sources: PlanSources): PrintModel {
  const lang = view.lang;
  const counts = summarizeFindings(dataset.findings);
  const url = shareUrl(pageAddress, view);
  return {
    texts: slideTexts(dataset, choropleth, lang, now, sources),
    table: buildTableModel(dataset, view.metric, lang),
    findingsHeading: tr(PRINT_TEXT.findingsHeading, lang, counts),
    findings: sortFindings(dataset.findings).map((f) => ({ severity: f.severity, label: tr(PRINT_TEXT[f.severity], lang), text: tr(f.message, lang) })),
    shareUrl: url,
    qr: qrPath(url),
  };
}
