/** Baseline for the benchmark: a bare MapLibre page drawing the same commune GeoJSON with fixed colours. */
import { Map, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import communesText from '../geo/boundaries/cam-lo-communes.geojson?raw';

setWorkerUrl(workerUrl);
const communes = JSON.parse(communesText);
const map = new Map({
  container: 'map',
  style: {
    version: 8,
    sources: { communes: { type: 'geojson', data: communes } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f2efe9' } },
      { id: 'fill', type: 'fill', source: 'communes', paint: { 'fill-color': '#fd8d3c' } },
      { id: 'line', type: 'line', source: 'communes', paint: { 'line-color': '#ffffff', 'line-width': 1 } },
    ],
  },
  bounds: [106.83, 16.685, 107.104, 16.884],
  fitBoundsOptions: { padding: 24 },
});
map.once('idle', () => performance.mark('bdgn:first-paint'));
