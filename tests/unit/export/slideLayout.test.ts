import { describe, expect, it } from 'vitest';
import { estimateWidth, slideLayout, SLIDE_SIZE, wrapLines, type Box } from '../../../src/export/slide-layout';

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-9 && inner.y >= outer.y - 1e-9 && inner.x + inner.width <= outer.x + outer.width + 1e-9 && inner.y + inner.height <= outer.y + outer.height + 1e-9;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('slideLayout', () => {
  const page = { x: 0, y: 0, ...SLIDE_SIZE };

  it('is 16:9 at the reference size, with the map beside the legend and both inside the slide', () => {
    const layout = slideLayout(1280, 720, 5);
    expect(layout.unit).toBe(1);
    expect(inside(layout.map, page)).toBe(true);
    expect(inside(layout.legend.box, page)).toBe(true);
    expect(overlaps(layout.map, layout.legend.box)).toBe(false);
    expect(layout.map.x + layout.map.width).toBeLessThan(layout.legend.box.x);
    expect(layout.map.width).toBeGreaterThan(800);
    expect(layout.map.height).toBeGreaterThan(480);
  });

  it('puts the map in whole CSS pixels so it renders at exactly width × scale', () => {
    for (const rows of [0, 3, 8]) {
      const { map } = slideLayout(1280, 720, rows);
      for (const v of [map.x, map.y, map.width, map.height]) expect(Number.isInteger(v)).toBe(true);
    }
  });

  it('stacks title, subtitle, rule, body and footer from top to bottom', () => {
    const l = slideLayout(1280, 720, 5);
    expect(l.title.y).toBeLessThan(l.subtitle.y);
    expect(l.subtitle.y).toBeLessThan(l.rule.y);
    expect(l.rule.y + l.rule.height).toBeLessThan(l.map.y);
    expect(l.map.y + l.map.height).toBeLessThan(l.source.y - l.source.size);
    expect(l.source.y).toBeLessThan(l.date.y);
    expect(l.date.y).toBeLessThan(720);
  });

  it('gives each legend row a swatch inside the legend, rows not overlapping, notes below the last row', () => {
    for (const n of [1, 4, 7, 8]) {
      const { legend } = slideLayout(1280, 720, n);
      expect(legend.rows).toHaveLength(n);
      legend.rows.forEach((row, i) => {
        expect(inside(row.swatch, legend.box)).toBe(true);
        expect(row.swatch.width).toBeGreaterThanOrEqual(30);
        expect(row.swatch.height).toBeGreaterThanOrEqual(12);
        expect(row.range.x).toBeGreaterThan(row.swatch.x + row.swatch.width);
        expect(row.range.x + row.range.width).toBeLessThanOrEqual(row.count.x + 1e-9);
        const next = legend.rows[i + 1];
        if (next) expect(overlaps(row.swatch, next.swatch)).toBe(false);
      });
      const last = legend.rows[n - 1]!;
      expect(legend.notes.y - legend.notes.size).toBeGreaterThan(last.swatch.y + last.swatch.height);
      expect(legend.notes.y + (legend.notes.maxLines - 1) * legend.notes.lineHeight).toBeLessThanOrEqual(legend.box.y + legend.box.height + 1e-9);
      expect(legend.unit.y).toBeLessThan(legend.rows[0]!.swatch.y);
    }
  });

  it('scales with the slide size', () => {
    const small = slideLayout(1280, 720, 4);
    const large = slideLayout(2560, 1440, 4);
    expect(large.unit).toBe(2);
    expect(large.title.size).toBe(2 * small.title.size);
    expect(large.legend.rows[2]!.swatch.y).toBeCloseTo(2 * small.legend.rows[2]!.swatch.y, -1);
    expect(large.map.width).toBeCloseTo(2 * small.map.width, -1);
  });

  it('keeps a 4:3 slide inside its bounds', () => {
    const l = slideLayout(1024, 768, 6);
    const box = { x: 0, y: 0, width: 1024, height: 768 };
    expect(inside(l.map, box) && inside(l.legend.box, box)).toBe(true);
    expect(overlaps(l.map, l.legend.box)).toBe(false);
  });
});

describe('wrapLines', () => {
  const measure = (s: string) => s.length;

  it('keeps a short text on one line', () => {
    expect(wrapLines('Tỷ lệ hộ nghèo', 20, 3, measure)).toEqual(['Tỷ lệ hộ nghèo']);
  });

  it('wraps on spaces within the width', () => {
    expect(wrapLines('Hộ nghèo còn lại khi mọi hộ có khả năng đã thoát nghèo', 20, 4, measure)).toEqual([
      'Hộ nghèo còn lại khi',
      'mọi hộ có khả năng',
      'đã thoát nghèo',
    ]);
  });

  it('ends a text cut off at maxLines with an ellipsis, within the width', () => {
    const lines = wrapLines('Hộ nghèo còn lại khi mọi hộ có khả năng đã thoát nghèo', 20, 2, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
  });

  it('cuts a single word wider than the line', () => {
    expect(wrapLines('Supercalifragilistic', 10, 1, measure)).toEqual(['Supercali…']);
  });

  it('returns no line for an empty text', () => {
    expect(wrapLines('  ', 10, 2, measure)).toEqual([]);
  });

  it('estimates widths proportionally to length and size', () => {
    expect(estimateWidth('abcd', 10)).toBeCloseTo(2 * estimateWidth('ab', 10));
    expect(estimateWidth('abcd', 20)).toBeCloseTo(2 * estimateWidth('abcd', 10));
  });
});
