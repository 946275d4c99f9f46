/**
 * Print preparation shared by the export menu and the print layout: the menu asks for a print of a view, the map
 * image is drawn by the shared off-screen renderer, and every print layout listening shows it before the print
 * dialog opens. No element looks for another in the page. Browser only.
 */
import type { Dataset } from '../data/dataset';
import { renderMapCanvas, type MapRenderSource } from './map-render';
import { PRINT_MAP_SIZE } from './print-model';

/** Paper sizes of the print layout (always landscape). */
export type PaperSize = 'A4' | 'A3';

/** A prepared print: the paper, the map image (a blob URL) and the view and dataset it shows. */
export interface PrintJob {
  paper: PaperSize;
  url: string;
  /** The view the image shows (see printKey). */
  key: string;
  dataset: Dataset;
}

/** Shows a prepared print; resolves once the image is decoded and printable. */
export type PrintLayout = (job: PrintJob) => Promise<void>;

const layouts = new Set<PrintLayout>();

/** Register a print layout; returns the function that removes it. */
export function addPrintLayout(layout: PrintLayout): () => void {
  layouts.add(layout);
  return () => layouts.delete(layout);
}

/** The key of a view as printed: metric, classification, palette and language. */
export function printKey(view: { metric: string; method: string; classes: number; palette: string; lang: string }): string {
  return [view.metric, view.method, view.classes, view.palette, view.lang].join('|');
}

/** Draw the map of `source` for `paper` (2×, 3× on A3) and hand it to every print layout; resolves once they can print. */
export async function preparePrint(source: MapRenderSource, key: string, paper: PaperSize): Promise<void> {
  if (layouts.size === 0) throw new Error('no print layout (<print-view>) in the page');
  const canvas = await renderMapCanvas(source, { ...PRINT_MAP_SIZE, pixelRatio: paper === 'A3' ? 3 : 2 });
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the map image could not be encoded'))), 'image/png'));
  const job: PrintJob = { paper, url: URL.createObjectURL(blob), key, dataset: source.dataset };
  await Promise.all([...layouts].map((layout) => layout(job)));
}
