/**
 * What a MapLibre map of a dataset is built from: the style input of its communes and context (./style), and the
 * bounds it frames when it opens or its data is replaced.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Dataset } from '../data/dataset';
import type { MapContext } from '../data/default-sources';
import type { Lang } from '../data/types';
import { bboxOf } from './context-labels';
import { mapFontUrls } from './map-assets';
import { buildMapStyle, type MapStyleInput } from './style';

/** The style input of `dataset`'s communes in `context`, labelled in `lang` (the fonts' URLs resolved against the page). */
function mapStyleInput(dataset: Dataset, context: MapContext, lang: Lang): MapStyleInput {
  const { outline, neighbours, labelPoints } = context;
  return { fontUrls: mapFontUrls(document.baseURI), communes: { type: 'FeatureCollection', features: dataset.communes }, outline, neighbours, labelPoints, lang };
}

/** The bounds a map frames: the place's outline, or its units when it has none (the national overview). */
function frameOf(input: { outline: FeatureCollection; communes: FeatureCollection }): [number, number, number, number] {
  return bboxOf(input.outline.features.length ? input.outline : input.communes);
}

/** The style and the bounds a MapLibre map of `dataset` in `context`, labelled in `lang`, is created or refilled with. */
export function mapStyleOf(dataset: Dataset, context: MapContext, lang: Lang): { style: StyleSpecification; bounds: [number, number, number, number] } {
  const input = mapStyleInput(dataset, context, lang);
  return { style: buildMapStyle(input), bounds: frameOf(input) };
}
