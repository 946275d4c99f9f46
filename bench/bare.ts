/**
 * Baseline for the benchmark: a bare MapLibre page drawing the same features with fixed colours.
 * `?topo=places/2025/44.json` draws the `units` object of a TopoJSON asset; without it, the built-in Cam Lộ communes.
 */
import { Map, setWorkerUrl, type LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import communesText from '../geo/boundaries/cam-lo-communes.geojson?raw';

setWorkerUrl(workerUrl);

async function features(): Promise<FeatureCollection> {
  const topo = new URLSearchParams(location.search).get('topo');
  if (!topo) return JSON.parse(communesText) as FeatureCollection;
  const topology = (await (await fetch(topo)).json()) as Topology;
  return feature(topology, topology.objects['units']!) as FeatureCollection;
}

const data = await features();
const map = new Map({
  container: 'map',
  style: {
    version: 8,
    sources: { communes: { type: 'geojson', data } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f2efe9' } },
      { id: 'fill', type: 'fill', source: 'communes', paint: { 'fill-color': '#fd8d3c' } },
      { id: 'line', type: 'line', source: 'communes', paint: { 'line-color': '#ffffff', 'line-width': 1 } },
    ],
  },
  bounds: bbox(data) as LngLatBoundsLike,
  fitBoundsOptions: { padding: 24 },
});
map.once('idle', () => performance.mark('bdgn:first-paint'));
