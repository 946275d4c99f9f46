/** The classified choropleth of one metric: breaks, colours, legend and per-commune fills, read by map and legend alike. Pure. */
import { isDistrictLevelType } from '../data/places/unit-types';
import { computeBreaks, type BreaksResult, type ClassMethod } from './breaks';
import { buildLegend, type LegendModel } from './legend';
import {
  DEFAULT_DIVERGING_PALETTE,
  DEFAULT_PALETTE,
  NO_DATA_COLOR,
  divergingColors,
  getPalette,
  paletteColors,
  type PaletteId,
  type PaletteKind,
} from './palettes';
import { districtValue, metricValues, type UnitMetricValue } from '../data/metric-values';
import type { Dataset } from '../data/dataset';
import { metricDefIn } from '../data/custom-metrics';
import type { MetricDef, MetricId } from '../data/metrics';
import type { Lang, MetricValue } from '../data/types';

/** What the choropleth depends on in the view. */
export interface ChoroplethView {
  metric: MetricId;
  method: ClassMethod;
  classes: number;
  palette: string;
  lang: Lang;
  /** Thresholds for the 'manual' method. */
  manual?: readonly number[] | null;
}

/** A classified metric, ready to draw: the single source of the map's fills and the legend's rows. */
export interface Choropleth {
  metric: MetricDef;
  /** Values of the joined communes, in table order. */
  values: UnitMetricValue[];
  breaks: BreaksResult;
  /** One colour per class, low → high. */
  colors: string[];
  legend: LegendModel;
  /** Fill of every commune feature by GSO code (NO_DATA_COLOR when its value is missing or it has no table row). */
  fills: Record<string, string>;
  /** Class index of every commune feature by GSO code (null when it has no value). */
  classOf: Record<string, number | null>;
  /** The district's value of the metric (from the summed unit figures). */
  district: MetricValue;
  /** The palette actually used (a diverging metric with a sequential palette falls back to the default diverging one). */
  palette: PaletteId;
  paletteKind: PaletteKind;
  /** Value the diverging palette is centred on, or null for a sequential palette. */
  midpoint: number | null;
  /** True when the palette runs reversed so that its warm end means more poverty. */
  reversed: boolean;
  noDataColor: string;
  /** GSO codes of the commune features marked `approximate` (hatched on the map, a legend row), in feature order. */
  approximate?: string[];
}

/** Diverging palettes whose low end is the alarming hue; they are flipped so the warm end always means more poverty. */
const WARM_LOW_PALETTES: ReadonlySet<string> = new Set(['RdBu', 'RdYlBu', 'PiYG']);

/** The palette to use for a metric: the requested one when it exists and suits the metric, else a default. */
export function choosePalette(def: MetricDef, requested: string): { id: PaletteId; kind: PaletteKind } {
  const palette = getPalette(requested);
  if (def.diverging) {
    return palette?.kind === 'diverging' ? { id: palette.id, kind: 'diverging' } : { id: DEFAULT_DIVERGING_PALETTE, kind: 'diverging' };
  }
  return palette ? { id: palette.id, kind: palette.kind } : { id: DEFAULT_PALETTE, kind: 'sequential' };
}

/**
 * Centre of a diverging palette: 0 for point changes, the district rate for rates,
 * the mean per commune for household counts (the district value is their sum).
 */
export function divergingMidpoint(def: MetricDef, district: MetricValue, values: readonly (number | null)[]): number {
  if (def.unit === 'pp') return 0;
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const mean = present.length ? present.reduce((a, b) => a + b, 0) / present.length : 0;
  if (def.unit === 'percent') return district.value !== null && Number.isFinite(district.value) ? district.value : mean;
  return mean;
}

/**
 * Classify a metric of a dataset and colour every commune; the map and the legend both draw from the result. A
 * custom metric the dataset does not have gives the default metric (`choropleth.metric.id` says which is shown).
 */
export function buildChoropleth(dataset: Dataset, view: ChoroplethView): Choropleth {
  const def = metricDefIn(dataset, view.metric);
  const values = metricValues(dataset, view.metric);
  const district = districtValue(dataset, view.metric);
  const breaks = computeBreaks(
    values.map((v) => v.value),
    { method: view.method, classes: view.classes, round: true, ...(view.manual ? { manual: view.manual } : {}) },
  );
  const { id: palette, kind: paletteKind } = choosePalette(def, view.palette);
  const reversed = paletteKind === 'diverging' && WARM_LOW_PALETTES.has(palette);
  let colors: string[] = [];
  let midpoint: number | null = null;
  if (breaks.classes > 0 && paletteKind === 'diverging') {
    midpoint = divergingMidpoint(def, district, values.map((v) => v.value));
    colors = divergingColors(palette, breaks.thresholds, midpoint, { reverse: reversed });
  } else if (breaks.classes > 0) {
    colors = paletteColors(palette, breaks.classes);
  }

  const byCode = new Map(values.map((v) => [v.gsoCode, v.value]));
  const features = dataset.communes.map((f) => ({ id: f.properties.gso_code, value: byCode.get(f.properties.gso_code) ?? null }));
  const units = dataset.communes.length > 0 && dataset.communes.every((f) => isDistrictLevelType(f.properties.type)) ? 'district' : 'commune';
  const legend = buildLegend(features, breaks, colors, { noDataColor: NO_DATA_COLOR, units });
  const fills: Record<string, string> = {};
  const classOf: Record<string, number | null> = {};
  for (const { id } of features) {
    fills[id] = NO_DATA_COLOR;
    classOf[id] = null;
  }
  for (const row of legend.classes) {
    for (const id of row.ids) {
      fills[id] = row.color;
      classOf[id] = row.index;
    }
  }
  const approximate = dataset.communes.filter((f) => (f.properties as { approximate?: unknown }).approximate === true).map((f) => f.properties.gso_code);
  return { metric: def, values, breaks, colors, legend, fills, classOf, district, palette, paletteKind, midpoint, reversed, noDataColor: NO_DATA_COLOR, approximate };
}
