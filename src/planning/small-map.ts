/**
 * Commune outlines as SVG path data for small static maps (the progress view's maps and small multiples):
 * d3-geo's Web Mercator fitted to a box (geoMercator().fitExtent) and geoPath, as the SVG export draws. Pure.
 *
 * The app's GeoJSON follows RFC 7946 (exterior rings counter-clockwise) while d3-geo reads rings on the sphere
 * (exterior clockwise), so every polygon is rewound with turf's `rewind({ reverse: true })` first.
 */
import { rewind } from '@turf/turf';
import { geoMercator, geoPath } from 'd3-geo';
import type { CommuneFeature } from '../data/join';

/** One commune's outline in the box. */
export interface SmallMapPath {
  gsoCode: string;
  /** Official name ("Xã Cam Tuyền"), for the path's <title>. */
  name: string;
  d: string;
}

/** The outlines of every commune fitted in a width × height box less `padding`. */
export interface SmallMap {
  width: number;
  height: number;
  paths: SmallMapPath[];
}

/** Fit the communes in the box and give each one's path data (1 decimal). */
export function smallMap(communes: readonly CommuneFeature[], width: number, height: number, padding = 4): SmallMap {
  const wound = communes.map((f) => rewind(f, { reverse: true }) as CommuneFeature);
  if (wound.length === 0) return { width, height, paths: [] };
  const projection = geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    { type: 'FeatureCollection', features: wound },
  );
  const path = geoPath(projection).digits(1);
  return {
    width,
    height,
    paths: wound.map((f) => ({ gsoCode: f.properties.gso_code, name: f.properties.full_name, d: path(f) ?? '' })),
  };
}
