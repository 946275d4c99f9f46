import { describe, expect, it } from 'vitest';
import { fitMercator, pathData } from '../../../src/export/projection';

const BOX = { x: 36, y: 126, width: 880, height: 530 };
const BBOX = [106.85, 16.72, 107.12, 16.9] as const;

describe('fitMercator', () => {
  const project = fitMercator(BBOX, BOX, 16);

  it('fits the box inside the padded area, centred, touching one pair of sides', () => {
    const [x0, y0] = project(BBOX[0], BBOX[3]);
    const [x1, y1] = project(BBOX[2], BBOX[1]);
    expect(x0).toBeGreaterThanOrEqual(BOX.x + 16 - 1e-9);
    expect(x1).toBeLessThanOrEqual(BOX.x + BOX.width - 16 + 1e-9);
    expect(y0).toBeGreaterThanOrEqual(BOX.y + 16 - 1e-9);
    expect(y1).toBeLessThanOrEqual(BOX.y + BOX.height - 16 + 1e-9);
    expect((x0 + x1) / 2).toBeCloseTo(BOX.x + BOX.width / 2, 9);
    expect((y0 + y1) / 2).toBeCloseTo(BOX.y + BOX.height / 2, 9);
    const touchesSides = Math.abs(x1 - x0 - (BOX.width - 32)) < 1e-6;
    const touchesTop = Math.abs(y1 - y0 - (BOX.height - 32)) < 1e-6;
    expect(touchesSides || touchesTop).toBe(true);
  });

  it('puts north up and east right, with Mercator vertical stretch', () => {
    const [xw] = project(106.9, 16.8);
    const [xe] = project(107.0, 16.8);
    const [, yn] = project(107, 16.85);
    const [, ys] = project(107, 16.75);
    expect(xe).toBeGreaterThan(xw);
    expect(ys).toBeGreaterThan(yn);
    const dx = xe - xw;
    const dy = ys - yn;
    expect(dy / dx).toBeCloseTo(1 / Math.cos((16.8 * Math.PI) / 180), 2);
  });

  it('inverts', () => {
    const [x, y] = project(106.987, 16.812);
    const [lng, lat] = project.invert(x, y);
    expect(lng).toBeCloseTo(106.987, 9);
    expect(lat).toBeCloseTo(16.812, 9);
  });
});

describe('pathData', () => {
  const identity = Object.assign((lng: number, lat: number) => [lng, lat] as [number, number], { invert: (x: number, y: number) => [x, y] as [number, number] });

  it('writes closed rings for polygons, holes included, without the repeated closing point', () => {
    const d = pathData({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 0]], [[2, 2], [3, 2], [3, 3], [2, 2]]] }, identity);
    expect(d).toBe('M0 0L10 0L10 10ZM2 2L3 2L3 3Z');
  });

  it('writes every part of a multipolygon and open lines for line strings', () => {
    const multi = pathData({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]] }, identity);
    expect(multi.match(/M/g)).toHaveLength(2);
    expect(pathData({ type: 'LineString', coordinates: [[0, 0], [1, 1]] }, identity)).toBe('M0 0L1 1');
  });

  it('rounds and drops points that round onto the previous one', () => {
    const d = pathData({ type: 'LineString', coordinates: [[0.04, 0], [0.01, 0.02], [1.26, 1]] }, identity);
    expect(d).toBe('M0 0L1.3 1');
  });

  it('is empty for points, null geometry and degenerate rings', () => {
    expect(pathData({ type: 'Point', coordinates: [0, 0] }, identity)).toBe('');
    expect(pathData(null, identity)).toBe('');
    expect(pathData({ type: 'Polygon', coordinates: [[[0, 0], [0.01, 0], [0, 0]]] }, identity)).toBe('');
  });
});
