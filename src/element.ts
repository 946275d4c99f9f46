/**
 * Stable entry for other sites: `<script type="module" src=".../poverty-map.js">` defines `<poverty-map>`, the map
 * that paints at once as SVG (no WebGL needed) and loads MapLibre only when the reader zooms or pans. With a `place`
 * (or `units="2025"`) attribute it opens that place of the national files (src/places, whose code loads only then),
 * read from the `places/` folder beside this script — on the map's server, not the host page's (CORS, no cookies).
 */
import { providePlaces } from './embed/place-opener';
import './embed/define-map';

providePlaces(async () => {
  const [session, { createPlaceLoader }] = await Promise.all([import('./places/place-session'), import('./places/place-loader')]);
  const loader = createPlaceLoader({ base: new URL('places/', import.meta.url), fetch: (url) => fetch(url, { mode: 'cors', credentials: 'omit' }) });
  return { openPlace: (ref) => session.openPlace(ref, loader), regroupPlan: (dataset) => session.regroupPlan(dataset, loader) };
});
