/** The hatch image drawn over approximate units, computed at run time as pixels (no network, no data: URL, CSP-safe). */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { HATCH } from '../classify/approximate-row';
import { HATCH_IMAGE } from './style';

/**
 * The hatch as RGBA pixels: diagonal lines ("/") that tile seamlessly, drawn at `pixelRatio` device pixels per CSS
 * pixel, each pixel covered by the share of it within half a line width of a line (computed, not drawn on a canvas:
 * reading a canvas back waits for the GPU process, which a busy map keeps busy). Pure.
 */
export function hatchImage(pixelRatio: number): { data: { width: number; height: number; data: Uint8ClampedArray }; pixelRatio: number } {
  const size = Math.max(HATCH.size, Math.round(HATCH.size * pixelRatio));
  const ratio = size / HATCH.size;
  const half = (HATCH.width * ratio) / 2;
  const [r, g, b, a] = HATCH.rgba;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = x + y + 1;
      const distance = Math.min(...[0, size, 2 * size].map((c) => Math.abs(sum - c))) / Math.SQRT2;
      const cover = Math.max(0, Math.min(1, half - distance + 0.5));
      data.set([r, g, b, Math.round(255 * a * cover)], (y * size + x) * 4);
    }
  }
  return { data: { width: size, height: size, data }, pixelRatio: ratio };
}

/** Give `map` the hatch image when `id` names it and the map lacks it (on load, or when a tile asks for it first). */
export function addHatchImage(map: MapLibreMap, id: string): void {
  if (id !== HATCH_IMAGE || map.hasImage(id)) return;
  const hatch = hatchImage(map.getPixelRatio());
  map.addImage(id, hatch.data, { pixelRatio: hatch.pixelRatio });
}
