/**
 * Bản đồ trên canvas / The choropleth drawn on a 2D canvas from the SVG map's geometry (./svg-geometry): neighbours,
 * commune fills (the map model's, so the choropleth's), borders, district outline, the selected commune's outline and
 * the labels. The canvas asks for `willReadFrequently`, which keeps it in main memory: its paths are rasterised at
 * once on the CPU, where a GPU-rasterised SVG of thousands of paths can keep a software GPU busy for seconds.
 */
import type { MapModel } from './map-model';
import { MAP_COLORS } from './map-colors';
import { anchorPlacement, type SvgGeometry } from './svg-geometry';

/** The label font: the map's semibold Be Vietnam Pro, as the commune labels of the MapLibre map. */
export const CANVAS_LABEL_FONT = "600 12px 'Be Vietnam Pro', system-ui, sans-serif";

/** Draw the map of `geometry` coloured by `model` on `canvas`, sized to the geometry at `pixelRatio` device pixels per CSS pixel. */
export function drawCanvasChoropleth(canvas: HTMLCanvasElement, geometry: SvgGeometry, model: MapModel, pixelRatio: number): boolean {
  const { width, height } = geometry;
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
  const neighbours = new Path2D(geometry.neighbours);
  ctx.globalAlpha = 0.8;
  ctx.fillStyle = MAP_COLORS.neighbourFill;
  ctx.fill(neighbours);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = MAP_COLORS.neighbourLine;
  ctx.lineWidth = 0.8;
  ctx.stroke(neighbours);
  const paths = new Map(geometry.communes.map((c) => [c.code, new Path2D(c.d)]));
  for (const [code, path] of paths) {
    const fill = model.fills[code];
    if (!fill) continue;
    ctx.fillStyle = fill;
    ctx.fill(path);
  }
  ctx.strokeStyle = MAP_COLORS.border;
  for (const path of paths.values()) ctx.stroke(path);
  ctx.strokeStyle = MAP_COLORS.outline;
  ctx.lineWidth = 1.4;
  ctx.stroke(new Path2D(geometry.outline));
  const selected = model.selected ? paths.get(model.selected) : undefined;
  if (selected) {
    for (const [color, lineWidth] of [['#ffffff', 6], [MAP_COLORS.selected, 3]] as const) {
      ctx.strokeStyle = color;
      ctx.lineWidth = lineWidth;
      ctx.stroke(selected);
    }
  }
  drawLabels(ctx, geometry, model);
  return true;
}

function drawLabels(ctx: CanvasRenderingContext2D, geometry: SvgGeometry, model: MapModel): void {
  ctx.font = CANVAS_LABEL_FONT;
  ctx.textBaseline = 'middle';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgb(255 255 255 / 90%)';
  ctx.fillStyle = MAP_COLORS.text;
  const em = 12;
  for (const { code } of geometry.communes) {
    const label = geometry.labels[code];
    const text = model.labels[code];
    if (!label || !text) continue;
    const { textAnchor, dx, dy } = anchorPlacement(label.anchor);
    ctx.textAlign = textAnchor === 'start' ? 'left' : textAnchor === 'end' ? 'right' : 'center';
    const [x, y] = [label.x + dx * em, label.y + dy * em];
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
  }
}
