/** The palette menu: palettes grouped by kind, the kind that suits the metric first, colour-blind-safe ones first. Pure. */
import type { Palette, PaletteKind } from '../classify/palettes';

/** One group of the palette menu. */
export interface PaletteGroup {
  kind: PaletteKind;
  /** True for the kind that suits the metric (diverging for metrics that change sign). */
  recommended: boolean;
  palettes: Palette[];
}

/** Group palettes by kind, the recommended kind first; within a group colour-blind-safe palettes come first, else in the given order. */
export function paletteGroups(palettes: readonly Palette[], diverging: boolean): PaletteGroup[] {
  const first: PaletteKind = diverging ? 'diverging' : 'sequential';
  const kinds: PaletteKind[] = diverging ? ['diverging', 'sequential'] : ['sequential', 'diverging'];
  return kinds
    .map((kind) => ({
      kind,
      recommended: kind === first,
      palettes: palettes
        .map((p, order) => ({ p, order }))
        .filter(({ p }) => p.kind === kind)
        .sort((a, b) => Number(b.p.colorBlindSafe) - Number(a.p.colorBlindSafe) || a.order - b.order)
        .map(({ p }) => p),
    }))
    .filter((g) => g.palettes.length > 0);
}
