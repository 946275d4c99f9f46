/** Reading and putting the data of a built map style (./style): its GeoJSON sources, label placement and label points. */
import type { GeoJSONSource, GeoJSONSourceSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { MAP_IDS } from './style';

/**
 * Put the data of `style` (built by buildMapStyle) into a map already showing such a style, without touching the style:
 * new GeoJSON for every source, the commune labels' text and placement, and no feature state left.
 */
export function applyStyleData(map: MapLibreMap, style: StyleSpecification): void {
  for (const [id, source] of Object.entries(style.sources)) {
    if (source.type === 'geojson') (map.getSource(id) as GeoJSONSource | undefined)?.setData((source as GeoJSONSourceSpecification).data);
  }
  const layer = style.layers.find((l) => l.id === MAP_IDS.communeLabels);
  if (layer?.type === 'symbol') {
    for (const key of ['text-field', 'text-variable-anchor-offset', 'symbol-sort-key'] as const) map.setLayoutProperty(layer.id, key, layer.layout?.[key]);
  }
  map.removeFeatureState({ source: MAP_IDS.communes });
}

/** The [lng, lat] label point of each commune by GSO code, from the style's label source. */
export function styleLabelPoints(style: StyleSpecification): Map<string, [number, number]> {
  const source = style.sources[MAP_IDS.communeLabels] as GeoJSONSourceSpecification | undefined;
  const data = source?.data as FeatureCollection<Point> | undefined;
  return new Map((data?.features ?? []).map((f) => [String(f.properties?.['gso_code']), f.geometry.coordinates.slice(0, 2) as [number, number]]));
}

/** The communes' features of the style (for their outlines), or undefined when its source holds a URL. */
export function styleCommunes(style: StyleSpecification): FeatureCollection | undefined {
  return (style.sources[MAP_IDS.communes] as GeoJSONSourceSpecification | undefined)?.data as FeatureCollection | undefined;
}
