/** A QR code as SVG path data, built synchronously (so a print layout can show it before `beforeprint` returns). Pure. */
import QRCode from 'qrcode';
import { TOKEN_DEFAULTS } from '../ui/tokens';

/** A QR code: modules per side and an SVG path of its dark modules (one unit per module). */
export interface QrPath {
  size: number;
  path: string;
}

/** Colours of the code: the tokens' text colour on their background (fixed values: a scanner needs the contrast whatever the page sets). */
export const QR_COLORS = { dark: TOKEN_DEFAULTS.fg, light: TOKEN_DEFAULTS.bg } as const;

/** Quiet zone around the code, in modules (the standard's minimum). */
export const QR_QUIET_ZONE = 4;

/** The last code built: the print layout rebuilds its model on every dataset change while the share link rarely changes. */
let last: { text: string; qr: QrPath } | null = null;

/** The QR code of `text` (error correction M) as path data, dark modules merged into horizontal runs. */
export function qrPath(text: string): QrPath {
  if (last?.text !== text) last = { text, qr: buildQrPath(text) };
  return last.qr;
}

function buildQrPath(text: string): QrPath {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  let path = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return { size, path };
}

/** A stand-alone SVG of the QR code with its quiet zone, dark on light (QR_COLORS). */
export function qrSvg(text: string, title: string): string {
  const { size, path } = qrPath(text);
  const box = size + 2 * QR_QUIET_ZONE;
  const escaped = title.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-QR_QUIET_ZONE} ${-QR_QUIET_ZONE} ${box} ${box}" shape-rendering="crispEdges" role="img"><title>${escaped}</title><rect x="${-QR_QUIET_ZONE}" y="${-QR_QUIET_ZONE}" width="${box}" height="${box}" fill="${QR_COLORS.light}"/><path d="${path}" fill="${QR_COLORS.dark}"/></svg>`;
}
