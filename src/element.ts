/** Stable entry for other sites: `<script type="module" src=".../poverty-map.js">` defines `<poverty-map>`. */
import './map/poverty-map';
