/**
 * Bản đồ trên canvas / The choropleth drawn on a 2D canvas from its geometry (./canvas-geometry): neighbours,
 * commune fills (the map model's, so the choropleth's), borders, district outline, the selected commune's outline and
 * the labels. The canvas asks for `willReadFrequently`, which keeps it in main memory: its paths are rasterised at
 * once on the CPU, where a GPU-rasterised SVG of thousands of paths can keep a software GPU busy for seconds.
 */
import type { MapModel } from './map-model';
import { MAP_COLORS } from './map-colors';
import { anchorPlacement, type PlanarFit } from './svg-geometry';
import { canvasFit, type CanvasGeometry } from './canvas-geometry';

/** The label font: the map's semibold Be Vietnam Pro, as the commune labels of the MapLibre map. */
export const CANVAS_LABEL_FONT = "600 12px 'Be Vietnam Pro', system-ui, sans-serif";

/**
 * Draw the map of `geometry` on `canvas` at `width` × `height` CSS pixels, coloured by `model`, at `pixelRatio` device
 * pixels per CSS pixel; false when the canvas gives no 2D context.
 */
export function drawCanvasChoropleth(canvas: HTMLCanvasElement, geometry: CanvasGeometry, width: number, height: number, model: MapModel, pixelRatio: number): boolean {
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return false;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.lineJoin = 'round';
  ctx.fillStyle = MAP_COLORS.paper;
  ctx.fillRect(0, 0, width, height);
  // The paths are in the normalised plane: one transform places them; line widths are divided by its scale.
  const { k, tx, ty } = canvasFit(geometry, width, height);
  ctx.setTransform(pixelRatio * k, 0, 0, pixelRatio * k, pixelRatio * tx, pixelRatio * ty);
  const px = (cssPixels: number) => cssPixels / k;
  ctx.globalAlpha = 0.8;
  ctx.fillStyle = MAP_COLORS.neighbourFill;
  ctx.fill(geometry.neighbours);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = MAP_COLORS.neighbourLine;
  ctx.lineWidth = px(0.8);
  ctx.stroke(geometry.neighbours);
  for (const { code, path } of geometry.communes) {
    const fill = model.fills[code];
    if (!fill) continue;
    ctx.fillStyle = fill;
    ctx.fill(path);
  }
  ctx.strokeStyle = MAP_COLORS.border;
  for (const { path } of geometry.communes) ctx.stroke(path);
  ctx.strokeStyle = MAP_COLORS.outline;
  ctx.lineWidth = px(1.4);
  ctx.stroke(geometry.outline);
  const selected = model.selected ? geometry.communes.find((c) => c.code === model.selected)?.path : undefined;
  if (selected) {
    for (const [color, lineWidth] of [['#ffffff', 6], [MAP_COLORS.selected, 3]] as const) {
      ctx.strokeStyle = color;
      ctx.lineWidth = px(lineWidth);
      ctx.stroke(selected);
    }
  }
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  drawLabels(ctx, geometry, { k, tx, ty }, model);
  return true;
}

function drawLabels(ctx: CanvasRenderingContext2D, geometry: CanvasGeometry, fit: PlanarFit, model: MapModel): void {
  ctx.font = CANVAS_LABEL_FONT;
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgb(255 255 255 / 90%)';
  ctx.fillStyle = MAP_COLORS.text;
  const em = 12;
  for (const { code, lng, lat, anchor } of geometry.labels) {
    const text = model.labels[code];
    if (!text) continue;
    const [px, py] = geometry.project(lng, lat);
    const { textAnchor, dx, dy } = anchorPlacement(anchor);
    ctx.textAlign = textAnchor === 'start' ? 'left' : textAnchor === 'end' ? 'right' : 'center';
    const [x, y] = [fit.tx + fit.k * px + dx * em, fit.ty + fit.k * py + dy * em];
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
  }
}
