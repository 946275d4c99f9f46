import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrPath, qrSvg } from '../../../src/export/qr';
import { checkXml } from './xml-check';

const URL_TEXT = 'https://example.org/giam-ngheo/?metric=poverty_rate_end_2022&lang=en';

/** The set of dark modules a path draws ("Mx yhNv1h-Nz" runs). */
function modulesOf(path: string): Set<string> {
  const dark = new Set<string>();
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(n); i++) dark.add(`${Number(x) + i},${y}`);
  }
  return dark;
}

describe('qrPath', () => {
  it('draws exactly the dark modules of the QR code', () => {
    const { size, path } = qrPath(URL_TEXT);
    const { modules } = QRCode.create(URL_TEXT, { errorCorrectionLevel: 'M' });
    expect(size).toBe(modules.size);
    const expected = new Set<string>();
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (modules.get(y, x)) expected.add(`${x},${y}`);
    expect(modulesOf(path)).toEqual(expected);
  });

  it('merges runs: fewer path commands than dark modules', () => {
    const { path } = qrPath(URL_TEXT);
    expect(path.split('M').length - 1).toBeLessThan(modulesOf(path).size);
  });
});

describe('qrSvg', () => {
  it('is well-formed SVG with a quiet zone and a title', () => {
    const svg = qrSvg(URL_TEXT, 'Mở bản đồ & xem');
    expect(checkXml(svg).problems).toEqual([]);
    const { size } = qrPath(URL_TEXT);
    expect(svg).toContain(`viewBox="-4 -4 ${size + 8} ${size + 8}"`);
    expect(svg).toContain('<title>Mở bản đồ &amp; xem</title>');
  });
});
