import { describe, expect, it } from 'vitest';
import { geoArea, geoPath } from 'd3-geo';
import type { Polygon } from 'geojson';
import { fitMercator, pathData, sphericalWinding } from '../../../src/export/projection';
import { camLo } from './fixture';

const BOX = { x: 36, y: 126, width: 880, height: 530 };
const PAD = 16;
const [W, S, E, N] = [106.85, 16.72, 107.12, 16.9];
/** The bbox as an RFC 7946 polygon (exterior counter-clockwise), like the app's data. */
const FRAME: Polygon = { type: 'Polygon', coordinates: [[[W, S], [E, S], [E, N], [W, N], [W, S]]] };

/** The [x, y] points of SVG path data written by d3-geo ("M x,y L x,y … Z"). */
function points(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

function boundsOf(d: string): [number, number, number, number] {
  const ps = points(d);
  const xs = ps.map((p) => p[0]);
  const ys = ps.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Shoelace area of each subpath (screen coordinates, y down). */
function ringAreas(d: string): number[] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const ps = points('M' + part);
      let a = 0;
      for (let i = 0; i < ps.length; i++) {
        const [x0, y0] = ps[i]!;
        const [x1, y1] = ps[(i + 1) % ps.length]!;
        a += x0 * y1 - x1 * y0;
      }
      return a / 2;
    });
}

const inside = (b: [number, number, number, number], tol = 1e-6) =>
  b[0] >= BOX.x + PAD - tol && b[1] >= BOX.y + PAD - tol && b[2] <= BOX.x + BOX.width - PAD + tol && b[3] <= BOX.y + BOX.height - PAD + tol;

describe('fitMercator', () => {
  const project = fitMercator(FRAME, BOX, PAD);

  it('fits the frame inside the padded area, centred, touching one pair of sides', () => {
    const [[x0, y0], [x1, y1]] = geoPath(project.geo).bounds(sphericalWinding(FRAME));
    expect(inside([x0, y0, x1, y1])).toBe(true);
    expect((x0 + x1) / 2).toBeCloseTo(BOX.x + BOX.width / 2, 6);
    expect((y0 + y1) / 2).toBeCloseTo(BOX.y + BOX.height / 2, 6);
    const touchesSides = Math.abs(x1 - x0 - (BOX.width - 2 * PAD)) < 1e-6;
    const touchesTop = Math.abs(y1 - y0 - (BOX.height - 2 * PAD)) < 1e-6;
    expect(touchesSides || touchesTop).toBe(true);
  });

  it('projects the RFC 7946 frame as a small polygon, not the whole globe outside it', () => {
    expect(geoArea(FRAME)).toBeGreaterThan(2 * Math.PI); // why rewinding is needed: d3-geo reads it as the complement
    expect(geoArea(sphericalWinding(FRAME))).toBeLessThan(1e-3);
    const b = boundsOf(pathData(FRAME, project));
    expect(inside(b, 0.05)).toBe(true);
    expect(b[2] - b[0]).toBeGreaterThan(100);
  });

  it('fits the same whichever way the frame is wound', () => {
    const clockwise: Polygon = { type: 'Polygon', coordinates: [FRAME.coordinates[0]!.slice().reverse()] };
    const other = fitMercator(clockwise, BOX, PAD);
    expect(other(106.987, 16.812)[0]).toBeCloseTo(project(106.987, 16.812)[0], 6);
    expect(other(106.987, 16.812)[1]).toBeCloseTo(project(106.987, 16.812)[1], 6);
    expect(pathData(clockwise, other)).toBe(pathData(FRAME, project));
  });

  it('does not change the frame it is given', () => {
    const copy = structuredClone(FRAME);
    fitMercator(FRAME, BOX, PAD);
    pathData(FRAME, project);
    expect(FRAME).toEqual(copy);
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
  const project = fitMercator(FRAME, BOX, PAD);

  it('writes closed rings for polygons, holes included, the hole wound against the exterior', () => {
    const polygon: Polygon = {
      type: 'Polygon',
      coordinates: [
        [[106.9, 16.75], [107.05, 16.75], [107.05, 16.85], [106.9, 16.85], [106.9, 16.75]],
        [[106.95, 16.78], [106.95, 16.82], [107.0, 16.82], [107.0, 16.78], [106.95, 16.78]],
      ],
    };
    const d = pathData(polygon, project);
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/Z/g)).toHaveLength(2);
    const [outer, hole] = ringAreas(d) as [number, number];
    expect(Math.sign(outer)).toBe(-Math.sign(hole));
    expect(Math.abs(hole)).toBeLessThan(Math.abs(outer));
    const b = boundsOf(d);
    const [x0, y0] = project(106.9, 16.85);
    const [x1, y1] = project(107.05, 16.75);
    expect(b[0]).toBeCloseTo(x0, 0);
    expect(b[1]).toBeCloseTo(y0, 0);
    expect(b[2]).toBeCloseTo(x1, 0);
    expect(b[3]).toBeCloseTo(y1, 0);
  });

  it('writes every part of a multipolygon and open lines for line strings', () => {
    const multi = pathData(
      { type: 'MultiPolygon', coordinates: [[[[106.9, 16.75], [106.95, 16.75], [106.95, 16.8], [106.9, 16.75]]], [[[107, 16.8], [107.05, 16.8], [107.05, 16.85], [107, 16.8]]]] },
      project,
    );
    expect(multi.match(/M/g)).toHaveLength(2);
    expect(multi.match(/Z/g)).toHaveLength(2);
    const line = pathData({ type: 'LineString', coordinates: [[106.9, 16.8], [107, 16.8]] }, project);
    expect(line).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
    const ps = points(line);
    expect(ps[0]![0]).toBeCloseTo(project(106.9, 16.8)[0], 0);
    expect(ps[ps.length - 1]![0]).toBeCloseTo(project(107, 16.8)[0], 0);
  });

  it('rounds coordinates to the given digits', () => {
    const decimals = (d: string) => Math.max(...(d.match(/\d+(\.\d+)?/g) ?? []).map((n) => (n.split('.')[1] ?? '').length));
    expect(decimals(pathData(FRAME, project))).toBeLessThanOrEqual(1);
    expect(decimals(pathData(FRAME, project, 0))).toBe(0);
    expect(decimals(pathData(FRAME, project, 3))).toBeGreaterThan(1);
  });

  it('is empty for points and null geometry', () => {
    expect(pathData({ type: 'Point', coordinates: [107, 16.8] }, project)).toBe('');
    expect(pathData(null, project)).toBe('');
  });

  it('draws each commune of the built-in data as a small path within the extent', () => {
    const communes = camLo().communes;
    const fitted = fitMercator({ type: 'FeatureCollection', features: communes }, BOX, PAD);
    expect(communes).toHaveLength(8);
    for (const f of communes) {
      const d = pathData(f.geometry, fitted);
      const b = boundsOf(d);
      expect(inside(b, 0.05)).toBe(true);
      expect((b[2] - b[0]) * (b[3] - b[1])).toBeLessThan(0.5 * (BOX.width - 2 * PAD) * (BOX.height - 2 * PAD));
    }
  });
});
