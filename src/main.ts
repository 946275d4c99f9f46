/** Entry point of the full explorer page: its stylesheets (fonts, MapLibre's, which the map adopts into its shadow root) and the app. */
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/poverty-app';
