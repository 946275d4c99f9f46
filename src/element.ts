/**
 * Stable entry for other sites: `<script type="module" src=".../poverty-map.js">` defines `<poverty-map>`, the map
 * that paints at once as SVG (no WebGL needed) and loads MapLibre only when the reader zooms or pans.
 */
import './embed/define-map';
