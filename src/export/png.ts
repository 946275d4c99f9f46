/**
 * PNG export for slides: the map rendered at 2× or 3× and composed on a 2D canvas with title, plan line,
 * legend (swatches, class bounds, commune counts), source credit and export date, laid out by
 * slideLayout. 1280 × 720 CSS pixels (16:9) give 2560 × 1440 at 2× and 3840 × 2160 at 3×. Browser only.
 */
import type { Lang } from '../data/types';
import { renderMapCanvas, type MapRenderSource } from './map-render';
import { fitText, slideLayout, SLIDE_COLORS, SLIDE_SIZE, type TextBlock } from './slide-layout';
import type { SlideTexts } from './slide-texts';

/** Options of a PNG export: the texts to draw, the scale and the slide size in CSS pixels (default 1280 × 720). */
export interface PngOptions extends SlideTexts {
  scale: 2 | 3;
  lang: Lang;
  width?: number;
  height?: number;
}

const FONT_FAMILY = '"Be Vietnam Pro", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const { text: INK, muted: MUTED, rule: LINE, paper: PAPER } = SLIDE_COLORS;

const fontOf = (weight: number, size: number) => `${weight} ${size}px ${FONT_FAMILY}`;

/** Load the app font's faces (every subset the texts need) so canvas text shows Vietnamese diacritics. */
async function loadFonts(texts: readonly string[]): Promise<void> {
  if (!('fonts' in document)) return;
  const sample = [...new Set(texts.join(''))].join('');
  await Promise.all([400, 600].map((w) => document.fonts.load(`${w} 16px "Be Vietnam Pro"`, sample).catch(() => [])));
}

function drawText(ctx: CanvasRenderingContext2D, block: TextBlock, paragraphs: readonly string[], color: string): void {
  const measure = (s: string, size: number) => {
    ctx.font = fontOf(block.weight, size);
    return ctx.measureText(s).width;
  };
  const { size, lines } = fitText(paragraphs, block, measure);
  ctx.font = fontOf(block.weight, size);
  ctx.fillStyle = color;
  ctx.textAlign = block.align;
  ctx.textBaseline = 'alphabetic';
  const x = block.align === 'right' ? block.x + block.width : block.x;
  lines.forEach((line, i) => ctx.fillText(line, x, block.y + i * block.lineHeight));
}

/** The slide as a PNG Blob of (width × scale) × (height × scale) pixels. */
export async function exportPng(source: MapRenderSource, options: PngOptions): Promise<Blob> {
  const { scale, legend } = options;
  const width = options.width ?? SLIDE_SIZE.width;
  const height = options.height ?? SLIDE_SIZE.height;
  const layout = slideLayout(width, height, legend.rows.length);
  const { map } = layout;
  await loadFonts([options.title, options.subtitle, options.source, options.date, legend.title, legend.unit, ...legend.notes, ...legend.rows.flatMap((r) => [r.range, r.count])]);
  const mapCanvas = await renderMapCanvas(source, { width: map.width, height: map.height, pixelRatio: scale });

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, width, height);
  drawText(ctx, layout.title, [options.title], INK);
  drawText(ctx, layout.subtitle, [options.subtitle], MUTED);
  ctx.fillStyle = LINE;
  ctx.fillRect(layout.rule.x, layout.rule.y, layout.rule.width, layout.rule.height);

  ctx.drawImage(mapCanvas, map.x, map.y, map.width, map.height);
  ctx.strokeStyle = LINE;
  ctx.lineWidth = layout.unit;
  ctx.strokeRect(map.x + 0.5 * layout.unit, map.y + 0.5 * layout.unit, map.width - layout.unit, map.height - layout.unit);

  drawText(ctx, layout.legend.title, [legend.title], INK);
  drawText(ctx, layout.legend.unit, [legend.unit], MUTED);
  legend.rows.forEach((row, i) => {
    const l = layout.legend.rows[i]!;
    const s = l.swatch;
    ctx.fillStyle = row.color;
    ctx.fillRect(s.x, s.y, s.width, s.height);
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.25)';
    ctx.strokeRect(s.x + 0.5 * layout.unit, s.y + 0.5 * layout.unit, s.width - layout.unit, s.height - layout.unit);
    drawText(ctx, l.range, [row.range], INK);
    drawText(ctx, l.count, [row.count], MUTED);
  });
  drawText(ctx, layout.legend.notes, legend.notes, MUTED);
  drawText(ctx, layout.source, [options.source], MUTED);
  drawText(ctx, layout.date, [options.date], MUTED);

  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'));
}
