/**
 * Legend model of a classified choropleth: each class with its colour and the features in it. It is the
 * one colour lookup: buildChoropleth (choropleth.ts) reads every feature's fill from this model's class
 * membership, so the map and the legend cannot disagree. Pure: no DOM, lit or maplibre.
 */
import { breaksClassifier, type BreaksResult, type ClassMethod } from './breaks';
import { NO_DATA_COLOR } from './palettes';

/** One feature's value; null or undefined (or NaN) means no data. */
export interface LegendValue {
  id: string;
  value: number | null | undefined;
}

/** One legend row: a class, its limits, colour and the features in it. */
export interface LegendClass {
  index: number;
  /** Inclusive lower limit: breaks.min for class 0, else thresholds[index - 1]. */
  lower: number;
  /** Upper limit, exclusive except for the last class, whose upper is breaks.max (inclusive). */
  upper: number;
  color: string;
  count: number;
  /** Ids of the features in this class, in input order. */
  ids: string[];
}

/** The legend row of features without data. */
export interface LegendNoData {
  color: string;
  count: number;
  ids: string[];
}

/** What the legend shows. */
export interface LegendModel {
  method: ClassMethod;
  /** What the counted units are: communes (wards, towns) or, for a province's districts, districts. */
  units: LegendUnits;
  classes: LegendClass[];
  /** Null when every feature has a value. */
  noData: LegendNoData | null;
}

/** What a legend's counts count. */
export type LegendUnits = 'commune' | 'district';

/** Builds the legend; throws RangeError when colors.length differs from breaks.classes. */
export function buildLegend(
  values: readonly LegendValue[],
  breaks: BreaksResult,
  colors: readonly string[],
  options: { noDataColor?: string; units?: LegendUnits } = {},
): LegendModel {
  checkColors(breaks, colors);
  const { thresholds } = breaks;
  const classes: LegendClass[] = colors.map((color, index) => ({
    index,
    lower: index === 0 ? breaks.min : thresholds[index - 1]!,
    upper: index === colors.length - 1 ? breaks.max : thresholds[index]!,
    color,
    count: 0,
    ids: [],
  }));
  const missing: string[] = [];
  // One classifier for every value (a national table has thousands): building it is the costly part.
  const classOf = breaksClassifier(breaks);
  for (const { id, value } of values) {
    const index = classOf(value);
    const target = index === null ? missing : classes[index]!.ids;
    target.push(id);
  }
  for (const c of classes) c.count = c.ids.length;
  const noData =
    missing.length === 0 ? null : { color: options.noDataColor ?? NO_DATA_COLOR, count: missing.length, ids: missing };
  return { method: breaks.method, units: options.units ?? 'commune', classes, noData };
}

function checkColors(breaks: BreaksResult, colors: readonly string[]): void {
  if (colors.length !== breaks.classes) {
    throw new RangeError(`Expected ${breaks.classes} colours for ${breaks.classes} classes, got ${colors.length}`);
  }
}
