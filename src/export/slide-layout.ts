/**
 * Layout of an exported map slide in CSS pixels: title, plan line, map, legend, source and date.
 * The reference size is 1280 × 720 (16:9); other sizes scale it. The PNG export draws it at 2× or 3×
 * (2560 × 1440, 3840 × 2160) and the SVG export uses it as its view box. Pure.
 */
import { TOKEN_DEFAULTS } from '../ui/tokens';

/** Colours of a slide's paper, texts and rules: the style tokens' defaults (an image file has no page to set them). */
export const SLIDE_COLORS = { paper: TOKEN_DEFAULTS.bg, text: TOKEN_DEFAULTS.fg, muted: TOKEN_DEFAULTS.muted, rule: TOKEN_DEFAULTS.border } as const;

/** The reference slide size, 16:9. */
export const SLIDE_SIZE = { width: 1280, height: 720 } as const;

/** A rectangle. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A block of text: first baseline at y, wrapped to width, at most maxLines lines. */
export interface TextBlock {
  x: number;
  /** Baseline of the first line. */
  y: number;
  width: number;
  size: number;
  weight: 400 | 600;
  lineHeight: number;
  maxLines: number;
  /** 'right' aligns each line's end on x + width. */
  align: 'left' | 'right';
}

/** One legend row: the colour swatch, the class range and the commune count. */
export interface LegendRowLayout {
  swatch: Box;
  range: TextBlock;
  count: TextBlock;
}

/** Where everything goes on a slide. */
export interface SlideLayout {
  width: number;
  height: number;
  /** Size of one reference pixel (1 at 1280 × 720). */
  unit: number;
  title: TextBlock;
  subtitle: TextBlock;
  /** The thin line under the header. */
  rule: Box;
  /** The map area (whole CSS pixels, so the map renders at exactly width × scale device pixels). */
  map: Box;
  legend: { box: Box; title: TextBlock; unit: TextBlock; rows: LegendRowLayout[]; notes: TextBlock };
  source: TextBlock;
  date: TextBlock;
}

const text = (x: number, y: number, width: number, size: number, extra: Partial<TextBlock> = {}): TextBlock => ({
  x,
  y,
  width,
  size,
  weight: 400,
  lineHeight: Math.round(size * 1.3 * 10) / 10,
  maxLines: 1,
  align: 'left',
  ...extra,
});

/** Lay out a slide of width × height CSS pixels with `legendRows` legend rows (classes plus a no-data row). */
export function slideLayout(width: number, height: number, legendRows: number): SlideLayout {
  const u = Math.min(width / SLIDE_SIZE.width, height / SLIDE_SIZE.height);
  const pad = Math.round(36 * u);
  const inner = width - 2 * pad;
  const title = text(pad, pad + 28 * u, inner, 30 * u, { weight: 600 });
  const subtitle = text(pad, title.y + 30 * u, inner, 17 * u);
  const rule = { x: pad, y: Math.round(subtitle.y + 14 * u), width: inner, height: Math.max(1, Math.round(u)) };
  const date = text(pad, height - 20 * u, inner, 12.5 * u);
  const source = text(pad, date.y - 18 * u, inner, 12.5 * u);
  const top = Math.round(rule.y + 18 * u);
  const bottom = Math.round(source.y - 12.5 * u - 14 * u);
  const legendWidth = Math.round(300 * u);
  const legendX = width - pad - legendWidth;
  const map = { x: pad, y: top, width: legendX - Math.round(28 * u) - pad, height: bottom - top };
  const box = { x: legendX, y: top, width: legendWidth, height: bottom - top };

  const legendTitle = text(legendX, top + 17 * u, legendWidth, 17 * u, { weight: 600, lineHeight: 22 * u, maxLines: 2 });
  const unitLine = text(legendX, legendTitle.y + 2 * legendTitle.lineHeight - 2 * u, legendWidth, 13 * u);
  const rowsTop = Math.round(unitLine.y + 16 * u);
  const notesHeight = 4 * 18 * u + 12 * u;
  const rowHeight = Math.min(36 * u, legendRows > 0 ? (bottom - rowsTop - notesHeight) / legendRows : 36 * u);
  const swatchHeight = Math.round(Math.min(24 * u, rowHeight - 6 * u));
  const countWidth = Math.round(76 * u);
  const rows = Array.from({ length: legendRows }, (_, i): LegendRowLayout => {
    const y = Math.round(rowsTop + i * rowHeight);
    const baseline = y + swatchHeight / 2 + 5 * u;
    return {
      swatch: { x: legendX, y, width: Math.round(40 * u), height: swatchHeight },
      range: text(legendX + 52 * u, baseline, legendWidth - 52 * u - countWidth, 15 * u),
      count: text(legendX + legendWidth - countWidth, baseline, countWidth, 13 * u, { align: 'right' }),
    };
  });
  const notes = text(legendX, rowsTop + legendRows * rowHeight + 12 * u + 13 * u, legendWidth, 13 * u, { lineHeight: 18 * u, maxLines: 4 });
  return { width, height, unit: u, title, subtitle, rule, map, legend: { box, title: legendTitle, unit: unitLine, rows, notes }, source, date };
}

/** Break `text` into at most `maxLines` lines no wider than `width` (as `measure` says); text cut off ends in "…". */
export function wrapLines(text: string, width: number, maxLines: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && measure(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const cut = (line: string, force: boolean) => {
    if (!force && measure(line) <= width) return line;
    let kept = line;
    while (kept.length > 1 && measure(`${kept}…`) > width) kept = kept.slice(0, -1).trimEnd();
    return `${kept}…`;
  };
  const overflow = lines.length > maxLines;
  const kept = overflow ? [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ')] : lines;
  return kept.map((line, i) => cut(line, overflow && i === kept.length - 1));
}

/** An estimate of a text's width for when no font metrics are at hand (SVG): 0.56 em per character. */
export function estimateWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

/** Wrap several paragraphs, each starting on a new line, into at most `maxLines` lines in all. */
export function wrapParagraphs(paragraphs: readonly string[], width: number, maxLines: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    const left = maxLines - lines.length;
    if (left <= 0) break;
    lines.push(...wrapLines(paragraph, width, left, measure));
  }
  return lines;
}

/** A block's text at the largest size from block.size down to minScale × block.size that fits its lines, wrapped (and cut) at that size. */
export function fitText(
  paragraphs: readonly string[],
  block: TextBlock,
  measure: (s: string, size: number) => number,
  minScale = 0.7,
): { size: number; lines: string[] } {
  const wrap = (size: number) => wrapParagraphs(paragraphs, block.width, block.maxLines, (s) => measure(s, size));
  const fits = (lines: string[]) => !lines.some((l) => l.endsWith('…'));
  for (let scale = 1; scale >= minScale - 1e-9; scale -= 0.05) {
    const size = Math.round(block.size * scale * 10) / 10;
    const lines = wrap(size);
    if (fits(lines)) return { size, lines };
  }
  const size = Math.round(block.size * minScale * 10) / 10;
  return { size, lines: wrap(size) };
}
