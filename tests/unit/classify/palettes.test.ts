import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { interpolatePuOr, interpolateRdBu, interpolateRdYlBu, schemeBlues, schemeYlOrRd } from 'd3-scale-chromatic';
import {
  DEFAULT_DIVERGING_PALETTE,
  DEFAULT_PALETTE,
  NO_DATA_COLOR,
  PALETTES,
  divergingColors,
  getPalette,
  isPaletteId,
  paletteColors,
  toHex,
} from '../../../src/classify/palettes';

const HEX = /^#[0-9a-f]{6}$/;

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** WCAG relative luminance of a #rrggbb colour. */
const luminance = (hex: string): number => {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

const distance = (a: string, b: string): number => Math.hypot(...rgb(a).map((c, i) => c - rgb(b)[i]!));

const sequential = PALETTES.filter((p) => p.kind === 'sequential');
const diverging = PALETTES.filter((p) => p.kind === 'diverging');

describe('PALETTES', () => {
  it('lists unique ids, colour-blind-safe viridis family first, sequential before diverging', () => {
    expect(new Set(PALETTES.map((p) => p.id)).size).toBe(PALETTES.length);
    expect(PALETTES.slice(0, 2).map((p) => p.id)).toEqual(['cividis', 'viridis']);
    expect(PALETTES.map((p) => p.kind)).toEqual([...sequential.map((p) => p.kind), ...diverging.map((p) => p.kind)]);
    expect(sequential.map((p) => p.id)).toEqual(['cividis', 'viridis', 'YlOrRd', 'OrRd', 'Reds', 'Blues', 'YlGnBu', 'PuBu', 'Greens']);
    expect(diverging.map((p) => p.id)).toEqual(['RdBu', 'PuOr', 'BrBG', 'PiYG', 'RdYlBu']);
  });

  it('gives every palette a Vietnamese and an English label and ColorBrewer ratings', () => {
    for (const p of PALETTES) {
      expect(p.label.vi.length).toBeGreaterThan(0);
      expect(p.label.en.length).toBeGreaterThan(0);
      expect(p.colorBlindSafe).toBe(true);
      expect(p.printSafeMax === null || (p.printSafeMax >= 3 && p.printSafeMax <= 9)).toBe(true);
    }
    expect(getPalette('YlOrRd')?.printSafeMax).toBe(4);
    expect(getPalette('viridis')?.printSafeMax).toBeNull();
  });

  it('has a colour-blind-safe sequential default and a diverging default', () => {
    expect(getPalette(DEFAULT_PALETTE)).toMatchObject({ id: 'YlOrRd', kind: 'sequential', colorBlindSafe: true });
    expect(getPalette(DEFAULT_DIVERGING_PALETTE)).toMatchObject({ kind: 'diverging', colorBlindSafe: true });
  });
});

describe('isPaletteId', () => {
  it('accepts registered ids only (case-sensitive)', () => {
    for (const p of PALETTES) expect(isPaletteId(p.id)).toBe(true);
    for (const id of ['ylorrd', 'Spectral', 'Greys', '', null, 1]) expect(isPaletteId(id)).toBe(false);
    expect(getPalette('nope')).toBeUndefined();
  });
});

describe('paletteColors', () => {
  it('returns n valid, distinct hex colours for every palette and n = 2..7', () => {
    for (const p of PALETTES) {
      for (let n = 2; n <= 7; n++) {
        const colors = paletteColors(p.id, n);
        expect(colors).toHaveLength(n);
        for (const c of colors) expect(c).toMatch(HEX);
        expect(new Set(colors).size).toBe(n);
      }
    }
  });

  it('uses the ColorBrewer arrays, and the two ends of the 3-class array for n = 2', () => {
    expect(paletteColors('YlOrRd', 5)).toEqual(schemeYlOrRd[5]);
    expect(paletteColors('Blues', 7)).toEqual(schemeBlues[7]);
    expect(paletteColors('YlOrRd', 2)).toEqual(['#ffeda0', '#f03b20']);
    expect(paletteColors('YlOrRd', 1)).toEqual(['#feb24c']);
  });

  it('runs every sequential palette light (low) to dark (high)', () => {
    for (const p of sequential) {
      for (let n = 2; n <= 7; n++) {
        const l = paletteColors(p.id, n).map(luminance);
        for (let i = 1; i < n; i++) expect(l[i], `${p.id} ${n}`).toBeLessThan(l[i - 1]!);
      }
    }
  });

  it('samples viridis and cividis away from their extreme ends', () => {
    for (const id of ['viridis', 'cividis']) {
      const [lightest, darkest] = [paletteColors(id, 7)[0]!, paletteColors(id, 7)[6]!];
      expect(luminance(lightest)).toBeLessThan(0.85);
      expect(luminance(darkest)).toBeGreaterThan(0.02);
    }
    expect(paletteColors('viridis', 3)).not.toContain('#440154');
  });

  it('falls back to the interpolator beyond the ColorBrewer sizes', () => {
    const colors = paletteColors('YlOrRd', 12);
    expect(colors).toHaveLength(12);
    expect(new Set(colors).size).toBe(12);
    for (const c of colors) expect(c).toMatch(HEX);
  });

  it('reverses on request', () => {
    expect(paletteColors('OrRd', 4, { reverse: true })).toEqual(paletteColors('OrRd', 4).reverse());
  });

  it('throws RangeError for an unknown id or a bad size', () => {
    expect(() => paletteColors('Spectral', 5)).toThrow(RangeError);
    expect(() => paletteColors('YlOrRd', 0)).toThrow(RangeError);
    expect(() => paletteColors('YlOrRd', 2.5)).toThrow(RangeError);
  });
});

describe('NO_DATA_COLOR', () => {
  const outputs = (): string[] => {
    const all: string[] = [];
    for (const p of PALETTES) for (let n = 1; n <= 9; n++) all.push(...paletteColors(p.id, n), ...paletteColors(p.id, n, { reverse: true }));
    for (const p of diverging) {
      for (let n = 1; n <= 7; n++) {
        const thresholds = Array.from({ length: n - 1 }, (_, i) => i + 1);
        for (let mid = 0; mid <= n; mid++) all.push(...divergingColors(p.id, thresholds, mid + 0.5));
      }
    }
    return all;
  };

  it('is a neutral grey hex colour', () => {
    expect(NO_DATA_COLOR).toMatch(HEX);
    const [r, g, b] = rgb(NO_DATA_COLOR);
    expect(r === g && g === b).toBe(true);
  });

  it('is not, and is not close to, any colour a palette produces (#d9d9d9 would be 16 from a PuOr lilac)', () => {
    const all = outputs();
    expect(all).not.toContain(NO_DATA_COLOR);
    expect(Math.min(...all.map((c) => distance(c, NO_DATA_COLOR)))).toBeGreaterThan(25);
  });
});

describe('divergingColors', () => {
  it('gives the class holding the midpoint the neutral centre colour', () => {
    const colors = divergingColors('RdBu', [-10, -2, 2, 10], 0);
    expect(colors).toHaveLength(5);
    expect(colors[2]).toBe(toHex(interpolateRdBu(0.5)));
  });

  it('puts classes below the midpoint on the low side and above on the high side', () => {
    const [a, b, , d, e] = divergingColors('RdBu', [-10, -2, 2, 10], 0).map(rgb);
    for (const low of [a!, b!]) expect(low[0]).toBeGreaterThan(low[2]);
    for (const high of [d!, e!]) expect(high[2]).toBeGreaterThan(high[0]);
    const [ra, , , , re] = divergingColors('RdBu', [-10, -2, 2, 10], 0, { reverse: true }).map(rgb);
    expect(ra![2]).toBeGreaterThan(ra![0]);
    expect(re![0]).toBeGreaterThan(re![2]);
  });

  it('darkens with each class step away from the midpoint, also when one side is shorter', () => {
    const l = divergingColors('BrBG', [1, 2, 3, 4, 5], 1.5).map(luminance);
    expect(l[1]).toBeGreaterThan(l[0]!);
    for (let i = 2; i < l.length; i++) expect(l[i]).toBeLessThan(l[i - 1]!);
  });

  it('treats a midpoint on a threshold as part of the class above (same convention as classify)', () => {
    const colors = divergingColors('PuOr', [2, 4], 2);
    expect(colors[1]).toBe(toHex(interpolatePuOr(0.5)));
  });

  it('makes the midpoint class the lightest for every diverging palette (property)', () => {
    const thresholds = fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { maxLength: 6 }).map((t) => t.sort((x, y) => x - y));
    fc.assert(
      fc.property(fc.constantFrom(...diverging.map((p) => p.id)), thresholds, fc.integer({ min: -60, max: 60 }), fc.boolean(),
        (id, t, mid, reverse) => {
          const colors = divergingColors(id, t, mid, { reverse });
          expect(colors).toHaveLength(t.length + 1);
          const l = colors.map(luminance);
          const centre = t.filter((x) => x <= mid).length;
          l.forEach((v, i) => i !== centre && expect(v).toBeLessThan(l[centre]!));
        }),
    );
  });

  it('returns only the neutral colour for a single class', () => {
    expect(divergingColors('RdYlBu', [], 3)).toEqual([toHex(interpolateRdYlBu(0.5))]);
  });

  it('throws RangeError for a sequential or unknown palette, or a non-finite midpoint', () => {
    expect(() => divergingColors('YlOrRd', [1], 0)).toThrow(RangeError);
    expect(() => divergingColors('nope', [1], 0)).toThrow(RangeError);
    expect(() => divergingColors('RdBu', [1], Number.NaN)).toThrow(RangeError);
  });
});

describe('toHex', () => {
  it('converts CSS colour strings to #rrggbb', () => {
    expect(toHex('#ABCDEF')).toBe('#abcdef');
    expect(toHex('rgb(0, 128, 255)')).toBe('#0080ff');
    expect(toHex('red')).toBe('#ff0000');
    expect(() => toHex('not a colour')).toThrow(RangeError);
  });
});
