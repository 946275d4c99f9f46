/** Camera and label size of the presenter's own map instance. */
import type { Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import { MAP_IDS } from '../map/style';
import { scaleSizeExpression } from './presenter-content';

/**
 * Fit the map to [west, south, east, north] with padding (wider around a single spotlit commune), animated unless
 * `animate` is false or the person prefers reduced motion. Resolves once the camera is still.
 */
export function fitCommunes(map: MapLibreMap, bounds: [number, number, number, number] | null, options: { tight: boolean; animate: boolean }): Promise<void> {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  if (!bounds || w === 0 || h === 0) return Promise.resolve();
  map.resize();
  const padding = Math.round(Math.max(16, Math.min(w, h) * (options.tight ? 0.14 : 0.05)));
  const still = !options.animate || matchMedia('(prefers-reduced-motion: reduce)').matches;
  map.fitBounds(bounds, { padding, duration: still ? 0 : 700, maxZoom: 12 });
  return map.isMoving() ? new Promise((resolve) => map.once('moveend', () => resolve())) : Promise.resolve();
}

/** Draw the commune labels `factor` times their normal size (for a projector); a no-op before the style has them. */
export function enlargeLabels(map: MapLibreMap, factor: number): void {
  if (!map.getLayer(MAP_IDS.communeLabels)) return;
  type TextSize = NonNullable<SymbolLayerSpecification['layout']>['text-size'];
  const size = map.getLayoutProperty(MAP_IDS.communeLabels, 'text-size') as TextSize;
  map.setLayoutProperty(MAP_IDS.communeLabels, 'text-size', scaleSizeExpression(size, factor));
}
