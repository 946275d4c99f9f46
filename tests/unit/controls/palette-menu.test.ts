import { describe, expect, it } from 'vitest';
import { PALETTES, type Palette } from '../../../src/classify/palettes';
import { paletteGroups } from '../../../src/controls/palette-menu';

describe('paletteGroups', () => {
  it('puts sequential palettes first for ordinary metrics and diverging ones first for changes', () => {
    expect(paletteGroups(PALETTES, false).map((g) => [g.kind, g.recommended])).toEqual([
      ['sequential', true],
      ['diverging', false],
    ]);
    expect(paletteGroups(PALETTES, true).map((g) => [g.kind, g.recommended])).toEqual([
      ['diverging', true],
      ['sequential', false],
    ]);
  });

  it('lists every palette once', () => {
    const ids = paletteGroups(PALETTES, false).flatMap((g) => g.palettes.map((p) => p.id));
    expect([...ids].sort()).toEqual(PALETTES.map((p) => p.id).sort());
  });

  it('puts colour-blind-safe palettes first within a group, keeping the given order otherwise', () => {
    const p = (id: string, colorBlindSafe: boolean): Palette =>
      ({ id, kind: 'sequential', label: { vi: id, en: id }, colorBlindSafe, printSafeMax: null }) as Palette;
    const groups = paletteGroups([p('a', false), p('b', true), p('c', false), p('d', true)], false);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.palettes.map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});
