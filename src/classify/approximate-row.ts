/**
 * The legend row of approximate units (a 2025 commune formed from part of an old one, hatched on the map) and the
 * hatch both the map's pattern and the legend's swatch draw, so the two look alike. Pure.
 */
import { formatCount } from '../core/format';
import { COMMUNE_COUNT } from '../core/strings/legend';
import { defineStrings, tr } from '../core/translate';
import type { Lang } from '../data/types';

/** Texts of the approximate row. */
export const APPROXIMATE_TEXT = defineStrings({
  label: { vi: 'Gần đúng (gộp một phần xã cũ)', en: 'Approximate (part of an old commune)' },
  description: {
    vi: 'Gạch chéo: số liệu gần đúng, xã mới gồm một phần xã cũ',
    en: 'Hatched: approximate figures, the new commune takes part of an old one',
  },
});

/** The hatch: dark diagonal lines ("/") `width` CSS pixels wide, one per `size`-pixel square tile. */
const HATCH_RGBA = [26, 26, 26, 0.6] as const;
export const HATCH = { rgba: HATCH_RGBA, color: `rgba(${HATCH_RGBA.join(', ')})`, size: 8, width: 1.5 } as const;

/** The legend row of the approximate units. */
export interface ApproximateRow {
  kind: 'approximate';
  /** "Gần đúng (gộp một phần xã cũ)" / "Approximate (part of an old commune)". */
  label: string;
  /** What the hatch means, for screen readers. */
  description: string;
  count: number;
  /** "1 xã" / "1 commune". */
  countText: string;
  /** GSO codes of the approximate units. */
  ids: string[];
}

/** The approximate row of a legend, or null when no unit is approximate. */
export function approximateRow(approximate: readonly string[] | undefined, lang: Lang): ApproximateRow | null {
  if (!approximate || approximate.length === 0) return null;
  const count = approximate.length;
  return {
    kind: 'approximate',
    label: tr(APPROXIMATE_TEXT.label, lang),
    description: tr(APPROXIMATE_TEXT.description, lang),
    count,
    countText: formatCount(COMMUNE_COUNT, count, lang),
    ids: [...approximate],
  };
}

/** The hatch as a CSS background (for a legend swatch): the same lines as the map's pattern. */
export function hatchBackground(): string {
  const gap = HATCH.size / Math.SQRT2;
  return `repeating-linear-gradient(135deg, ${HATCH.color} 0 ${HATCH.width}px, transparent ${HATCH.width}px ${gap.toFixed(2)}px)`;
}
