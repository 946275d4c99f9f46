import { geoMercator } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { SVG_LABEL_LIMIT, anchorPlacement, fitMercator, framePadding, svgGeometry } from '../../../src/map/svg-geometry';
import { loadDataset, readGeo } from './fixture';

const dataset = loadDataset();
const context = { outline: readGeo('cam-lo-outline.geojson'), neighbours: readGeo('neighbours.geojson'), labelPoints: readGeo('cam-lo-label-points.geojson') };

/** Every number pair of an SVG path's data. */
const points = (d: string) => [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe('fitMercator', () => {
  it('places every point where d3-geo’s Mercator fitted to the same extent does', () => {
    const extent: [[number, number], [number, number]] = [[16, 16], [784, 364]];
    const frame = context.outline as FeatureCollection;
    const project = fitMercator(extent, frame);
    const ringsOf = (g: Geometry | null) => (g?.type === 'Polygon' ? g.coordinates : g?.type === 'MultiPolygon' ? g.coordinates.flat() : []);
    // d3's sphere reads a GeoJSON-wound polygon as the globe minus it: the reference fits the outline's vertices instead.
    const reference = geoMercator().fitExtent(extent, { type: 'MultiPoint', coordinates: frame.features.flatMap((f) => ringsOf(f.geometry).flat()) });
    const vertices = dataset.communes.flatMap((f) => ringsOf(f.geometry).flat());
    expect(vertices.length).toBeGreaterThan(100);
    for (const [lng, lat] of vertices) {
      const [x, y] = project(lng!, lat!);
      const [rx, ry] = reference([lng!, lat!])!;
      expect(Math.hypot(x - rx, y - ry)).toBeLessThan(0.01);
    }
  });
});

describe('svgGeometry', () => {
  for (const [width, height] of [[320, 240], [800, 380]] as const) {
    it(`fits the district into ${width}×${height} with its padding, one path and one label per commune`, () => {
      const g = svgGeometry(dataset.communes, context, width, height);
      const pad = framePadding(width, height);
      expect(g.communes.map((c) => c.code)).toEqual(dataset.communes.map((f) => f.properties.gso_code));
      const all = g.communes.flatMap((c) => points(c.d));
      expect(all.length).toBeGreaterThan(100);
      for (const [x, y] of all) {
        expect(x).toBeGreaterThanOrEqual(pad - 1);
        expect(x).toBeLessThanOrEqual(width - pad + 1);
        expect(y).toBeGreaterThanOrEqual(pad - 1);
        expect(y).toBeLessThanOrEqual(height - pad + 1);
      }
      const xs = points(g.outline).map(([x]) => x);
      const ys = points(g.outline).map(([, y]) => y);
      const fitsWidth = Math.abs(Math.max(...xs) - Math.min(...xs) - (width - 2 * pad)) < 1.5;
      const fitsHeight = Math.abs(Math.max(...ys) - Math.min(...ys) - (height - 2 * pad)) < 1.5;
      expect(fitsWidth || fitsHeight, 'the outline touches two opposite sides of the frame').toBe(true);
      for (const f of dataset.communes) {
        const label = g.labels[f.properties.gso_code]!;
        expect(label.x).toBeGreaterThan(pad);
        expect(label.x).toBeLessThan(width - pad);
        expect(label.y).toBeGreaterThan(pad);
        expect(label.y).toBeLessThan(height - pad);
      }
      expect(g.neighbours.length).toBeGreaterThan(0);
    });
  }

  it(`draws the paths but no labels above ${SVG_LABEL_LIMIT} communes`, () => {
    const many = Array.from({ length: SVG_LABEL_LIMIT + 1 }, (_, i) => {
      const f = dataset.communes[i % dataset.communes.length]!;
      return { ...f, properties: { ...f.properties, gso_code: `x${i}` } };
    });
    const g = svgGeometry(many, context, 400, 300);
    expect(g.communes).toHaveLength(SVG_LABEL_LIMIT + 1);
    expect(g.communes.every((c) => c.d.length > 0)).toBe(true);
    expect(g.labels).toEqual({});
    expect(Object.keys(svgGeometry(many.slice(0, SVG_LABEL_LIMIT), context, 400, 300).labels)).toHaveLength(SVG_LABEL_LIMIT);
  });
});

describe('anchorPlacement', () => {
  it('places the text on the side the anchor names, as MapLibre’s variable anchors do', () => {
    expect(anchorPlacement('center')).toEqual({ textAnchor: 'middle', dx: 0, dy: 0 });
    expect(anchorPlacement('left')).toMatchObject({ textAnchor: 'start', dy: 0 });
    expect(anchorPlacement('left').dx).toBeGreaterThan(0);
    expect(anchorPlacement('right')).toMatchObject({ textAnchor: 'end' });
    expect(anchorPlacement('top').dy).toBeGreaterThan(0);
    expect(anchorPlacement('bottom-right')).toMatchObject({ textAnchor: 'end' });
    expect(anchorPlacement('bottom-right').dy).toBeLessThan(0);
  });
});
