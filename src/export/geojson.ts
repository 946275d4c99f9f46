/** The communes as a GeoJSON FeatureCollection with every figure, the metric, its class and fill. Pure. */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Dataset } from '../data/dataset';
import { FIGURE_COLUMNS } from '../data/table-columns';
import type { CommuneProperties, FigureKey, PlanRow } from '../data/types';
import type { Choropleth } from '../classify/choropleth';
import { machineNumber, printedCell, recomputedFigures, RECOMPUTED_SUFFIX } from './figures';

type FigureProperties = { [K in FigureKey]: number | null } & { [K in `${FigureKey}_recomputed`]: number | null };

/** Properties of one exported commune. */
export type ExportedCommuneProperties = Omit<CommuneProperties, 'source_units'> &
  FigureProperties & {
    /** Unit name as printed in the plan's table, or null when the table has no row for the commune. */
    printed_name: string | null;
    /** Id of the metric the map shows. */
    metric: string;
    /** The metric's value as the app computes it (rounded to 4 decimals), or null. */
    metric_value: number | null;
    /** The metric's value as the plan prints it, or null. */
    metric_printed: number | null;
    /** Class of the value (0 = lowest), or null when it has none. */
    class_index: number | null;
    /** Fill colour on the map ("#rrggbb"; the no-data grey when there is no value). */
    fill: string;
  };

function figureProperties(row: PlanRow | null): FigureProperties {
  const recomputed = row ? recomputedFigures(row.figures) : null;
  const out: Record<string, number | null> = {};
  for (const c of FIGURE_COLUMNS) {
    const printed = row ? printedCell(row, c.id) : null;
    out[c.id] = printed === null ? null : Number(printed);
    out[`${c.id}${RECOMPUTED_SUFFIX}`] = recomputed ? machineNumber(recomputed[c.id]) : null;
  }
  return out as FigureProperties;
}

/** Every commune of the dataset (also those without figures) with the figures as printed and recomputed and the map's class and fill. */
export function buildGeoJson(dataset: Dataset, choropleth: Choropleth): FeatureCollection<Polygon | MultiPolygon, ExportedCommuneProperties> {
  const rows = new Map(dataset.join.joined.map((u) => [u.feature.properties.gso_code, u.row]));
  const values = new Map(choropleth.values.map((v) => [v.gsoCode, v]));
  const features = dataset.communes.map((feature): Feature<Polygon | MultiPolygon, ExportedCommuneProperties> => {
    const { gso_code, name, type, full_name, name_ascii } = feature.properties;
    const row = rows.get(gso_code) ?? null;
    const value = values.get(gso_code);
    return {
      type: 'Feature',
      id: gso_code,
      properties: {
        gso_code,
        name,
        type,
        full_name,
        name_ascii,
        printed_name: row?.name ?? null,
        ...figureProperties(row),
        metric: choropleth.metric.id,
        metric_value: machineNumber(value?.value ?? null),
        metric_printed: value?.printed ?? null,
        class_index: choropleth.classOf[gso_code] ?? null,
        fill: choropleth.fills[gso_code] ?? choropleth.noDataColor,
      },
      geometry: feature.geometry,
    };
  });
  return { type: 'FeatureCollection', features };
}
