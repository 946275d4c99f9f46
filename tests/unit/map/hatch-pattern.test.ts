import { describe, expect, it } from 'vitest';
import { HATCH } from '../../../src/classify/approximate-row';
import { hatchImage } from '../../../src/map/hatch-pattern';

const alphaAt = (image: ReturnType<typeof hatchImage>['data'], x: number, y: number) => image.data[(y * image.width + x) * 4 + 3]!;

describe('hatchImage', () => {
  for (const ratio of [1, 2, 1.5]) {
    it(`draws "/" lines of the hatch colour at ${ratio}× that tile seamlessly`, () => {
      const { data: image, pixelRatio } = hatchImage(ratio);
      const size = Math.round(HATCH.size * ratio);
      expect([image.width, image.height, image.data.length]).toEqual([size, size, size * size * 4]);
      expect(pixelRatio).toBeCloseTo(size / HATCH.size);
      const full = Math.round(255 * HATCH.rgba[3]);
      // On the anti-diagonal (x + y + 1 = size) the pixel is on the line; half a tile away it is clear.
      for (let x = 0; x < size; x++) {
        expect(alphaAt(image, x, size - 1 - x)).toBe(full);
        expect(image.data.slice((x * size + (size - 1 - x)) * 4, (x * size + (size - 1 - x)) * 4 + 3)).toEqual(new Uint8ClampedArray(HATCH.rgba.slice(0, 3)));
      }
      // Halfway between two lines (x + y + 1 = size / 2) the pixel is clear.
      expect(alphaAt(image, 0, Math.round(size / 2) - 1)).toBe(0);
      // Seamless: shifting the tile by one along the line's direction gives the same pattern (x + y is what counts).
      for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) expect(alphaAt(image, x, y)).toBe(alphaAt(image, y, x));
      // The corners (0,0) and (size-1,size-1) are where the neighbouring tiles' lines pass.
      expect(alphaAt(image, 0, 0)).toBeGreaterThan(0);
      expect(alphaAt(image, size - 1, size - 1)).toBeGreaterThan(0);
    });
  }
});
