import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasFit, canvasGeometry } from '../../../src/map/canvas-geometry';
import { framePadding, svgGeometry } from '../../../src/map/svg-geometry';
import { loadDataset, readGeo } from './fixture';

const dataset = loadDataset();
const context = { outline: readGeo('cam-lo-outline.geojson'), neighbours: readGeo('neighbours.geojson'), labelPoints: readGeo('cam-lo-label-points.geojson') };

/** A Path2D stand-in (Node has none) that keeps the points it was given. */
class RecordedPath {
  points: [number, number][] = [];
  moveTo(x: number, y: number) {
    this.points.push([x, y]);
  }
  lineTo(x: number, y: number) {
    this.points.push([x, y]);
  }
  arc() {}
  closePath() {}
}

/** Every number pair of an SVG path's data. */
const svgPoints = (d: string) => [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

const saved = globalThis.Path2D;
beforeAll(() => {
  globalThis.Path2D = RecordedPath as unknown as typeof Path2D;
});
afterAll(() => {
  globalThis.Path2D = saved;
});

describe('canvasGeometry and canvasFit', () => {
  for (const [width, height] of [[320, 240], [624, 480], [800, 380]] as const) {
    it(`place every vertex where the SVG map of ${width}×${height} does, inside its padding`, () => {
      const g = canvasGeometry(dataset.communes, context);
      const { k, tx, ty } = canvasFit(g, width, height);
      const svg = svgGeometry(dataset.communes, context, width, height);
      const pad = framePadding(width, height);
      expect(g.communes.map((c) => c.code)).toEqual(dataset.communes.map((f) => f.properties.gso_code));
      g.communes.forEach((c, i) => {
        const drawn = (c.path as unknown as RecordedPath).points.map(([x, y]) => [tx + k * x, ty + k * y]);
        const reference = svgPoints(svg.communes[i]!.d);
        expect(drawn.length).toBe(reference.length);
        drawn.forEach(([x, y], j) => {
          // The SVG's path data is rounded to 0.1 px.
          expect(Math.abs(x! - reference[j]![0])).toBeLessThan(0.06);
          expect(Math.abs(y! - reference[j]![1])).toBeLessThan(0.06);
          expect(x).toBeGreaterThanOrEqual(pad - 1);
          expect(x).toBeLessThanOrEqual(width - pad + 1);
        });
      });
      expect((g.outline as unknown as RecordedPath).points.length).toBeGreaterThan(10);
      expect((g.neighbours as unknown as RecordedPath).points.length).toBeGreaterThan(10);
    });
  }

  it('gives every commune a label anchor, at the SVG map’s label points', () => {
    const g = canvasGeometry(dataset.communes, context);
    const { k, tx, ty } = canvasFit(g, 624, 480);
    const svg = svgGeometry(dataset.communes, context, 624, 480);
    expect(g.labels.map((l) => l.code).sort()).toEqual(Object.keys(svg.labels).sort());
    for (const label of g.labels) {
      const [x, y] = g.project(label.lng, label.lat);
      const ref = svg.labels[label.code]!;
      expect(Math.hypot(tx + k * x - ref.x, ty + k * y - ref.y)).toBeLessThan(0.01);
      expect(label.anchor).toBe(ref.anchor);
    }
  });
});
