import { describe, expect, it } from 'vitest';
import { HATCH, approximateRow, hatchBackground } from '../../../src/classify/approximate-row';

describe('approximateRow', () => {
  it('is null when no unit is approximate', () => {
    expect(approximateRow(undefined, 'vi')).toBeNull();
    expect(approximateRow([], 'en')).toBeNull();
  });

  it('names the hatch in Vietnamese and English, with the count of units', () => {
    expect(approximateRow(['19603'], 'vi')).toMatchObject({ kind: 'approximate', label: 'Gần đúng (gộp một phần xã cũ)', count: 1, countText: '1 xã', ids: ['19603'] });
    expect(approximateRow(['19603', '19494'], 'en')).toMatchObject({ label: 'Approximate (part of an old commune)', count: 2, countText: '2 communes' });
    expect(approximateRow(['1'], 'vi')!.description).toMatch(/^Gạch chéo/);
    expect(approximateRow(['1'], 'en')!.description).toMatch(/^Hatched/);
  });
});

describe('hatchBackground', () => {
  it('draws the map hatch: "/" lines of the hatch colour and width, one per tile diagonal', () => {
    const css = hatchBackground();
    expect(css).toContain('repeating-linear-gradient(135deg');
    expect(css).toContain(`${HATCH.color} 0 ${HATCH.width}px`);
    expect(css).toContain(`${(HATCH.size / Math.SQRT2).toFixed(2)}px`);
  });
});
