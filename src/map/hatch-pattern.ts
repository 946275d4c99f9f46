/** The hatch image drawn over approximate units, made at run time on a small canvas (no network, no data: URL, CSP-safe). */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { HATCH } from '../classify/approximate-row';
import { HATCH_IMAGE } from './style';

/** The hatch as ImageData: diagonal lines ("/") that tile seamlessly, drawn at `pixelRatio` device pixels per CSS pixel. */
export function hatchImage(pixelRatio: number): { data: ImageData; pixelRatio: number } | null {
  const size = Math.max(HATCH.size, Math.round(HATCH.size * pixelRatio));
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const ratio = size / HATCH.size;
  context.strokeStyle = HATCH.color;
  context.lineWidth = HATCH.width * ratio;
  context.beginPath();
  for (const shift of [-size, 0, size]) {
    context.moveTo(shift, size);
    context.lineTo(shift + size, 0);
  }
  context.stroke();
  return { data: context.getImageData(0, 0, size, size), pixelRatio: ratio };
}

/** Give `map` the hatch image when `id` names it and the map lacks it (on load, or when a tile asks for it first). */
export function addHatchImage(map: MapLibreMap, id: string): void {
  if (id !== HATCH_IMAGE || map.hasImage(id)) return;
  const hatch = hatchImage(map.getPixelRatio());
  if (hatch) map.addImage(id, hatch.data, { pixelRatio: hatch.pixelRatio });
}
