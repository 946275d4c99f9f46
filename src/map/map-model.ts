/** What the map shows, as plain data, and the feature-state operations that turn one model into the next. Pure. */
import type { Dataset } from '../data/dataset';
import { choroplethLegendRows, type LegendRow } from '../classify/legend-rows';
import type { Lang } from '../data/types';
import { formatNumber, formatRatio, formatValue, tr } from '../core/format';
import { MAP_TOOLTIP } from '../core/strings/map';
import type { Choropleth } from '../classify/choropleth';
import { communeLabel, communeLabelPoints } from './labels';

/** The tooltip of one commune. */
export interface MapTooltip {
  /** Official name with type ("Xã Cam Tuyền"). */
  title: string;
  /** The metric's label. */
  metric: string;
  /** Value with unit ("3,76 %"), or "không có số liệu" / "no data". */
  value: string;
  /** Numerator / denominator ("109 / 1.481 hộ"), or null for counts and missing values. */
  ratio: string | null;
  /** The class and its limits ("Lớp 3: 2,46 – 3,76 %"), or the no-data label. */
  className: string;
  noData: boolean;
}

/** Everything the map draws that depends on data and view. */
export interface MapModel {
  lang: Lang;
  /** Fill colour by GSO code. */
  fills: Record<string, string>;
  /** GSO code of the selected commune, or null. */
  selected: string | null;
  /** GSO codes outlined as highlighted (e.g. communes a plan task concerns). */
  highlighted: string[];
  /** The tooltip of a commune on the map (made when first asked for, then kept), or undefined for another code. */
  tooltip: (gsoCode: string) => MapTooltip | undefined;
  /** Label text by GSO code, in the model's language. */
  labels: Record<string, string>;
  /** GSO codes in keyboard order (west → east, then north → south). */
  order: string[];
}

/** The view fields the map model depends on. */
export interface MapModelView {
  lang: Lang;
  selected: string | null;
  highlighted: readonly string[];
}

/** A change to apply to the map. */
export type MapOperation =
  | { kind: 'fill'; id: string; value: string }
  | { kind: 'selected'; id: string; value: boolean }
  | { kind: 'highlighted'; id: string; value: boolean }
  | { kind: 'labels'; labels: Record<string, string> };

/** The class label of a legend row, with the legend's own range text: "Lớp 3: 2,46 – 3,76 %" / "Class 3: 2.46 – 3.76%". */
export function classLabel(choropleth: Choropleth, index: number, lang: Lang, rows: readonly LegendRow[] = choroplethLegendRows(choropleth, lang)): string {
  const row = rows.find((r) => r.index === index);
  return row ? tr(MAP_TOOLTIP.className, lang, { index: formatNumber(index + 1, lang), range: row.range }) : tr(MAP_TOOLTIP.noData, lang);
}

const ORDERS = new WeakMap<Dataset, string[]>();

/** GSO codes of a dataset's communes west → east (then north → south) by label point, cached per dataset. */
export function keyboardOrder(dataset: Dataset): string[] {
  const cached = ORDERS.get(dataset);
  if (cached) return cached;
  const points = communeLabelPoints(dataset.communes, null).map((p) => ({ code: p.properties.gso_code, x: p.geometry.coordinates[0]!, y: p.geometry.coordinates[1]! }));
  const order = points.sort((a, b) => a.x - b.x || b.y - a.y).map((p) => p.code);
  ORDERS.set(dataset, order);
  return order;
}

/** What a map model reads of a dataset whatever the metric: its communes by GSO code and their label texts by language. */
interface DatasetParts {
  features: Map<string, Dataset['communes'][number]>;
  labels: Partial<Record<Lang, Record<string, string>>>;
}

const PARTS = new WeakMap<Dataset, DatasetParts>();

/** The communes of a dataset by code, cached per dataset (a national overview has thousands). */
function datasetParts(dataset: Dataset): DatasetParts {
  let parts = PARTS.get(dataset);
  if (!parts) {
    parts = { features: new Map(dataset.communes.map((f) => [f.properties.gso_code, f])), labels: {} };
    PARTS.set(dataset, parts);
  }
  return parts;
}

/** Label texts by GSO code in `lang`, one object per dataset and language (so an unchanged table diffs by identity). */
function labelsOf(dataset: Dataset, lang: Lang): Record<string, string> {
  const parts = datasetParts(dataset);
  const cached = parts.labels[lang];
  if (cached) return cached;
  const labels: Record<string, string> = {};
  for (const feature of dataset.communes) labels[feature.properties.gso_code] = communeLabel(feature.properties, lang);
  parts.labels[lang] = labels;
  return labels;
}

/** Build the map model from a dataset, its choropleth and the view; the fills are the choropleth's own (read, never written). */
export function buildMapModel(dataset: Dataset, choropleth: Choropleth, view: MapModelView): MapModel {
  const { lang } = view;
  const { features } = datasetParts(dataset);
  let byCode: Map<string, Choropleth['values'][number]> | null = null;
  let rows: LegendRow[] | null = null;
  const made = new Map<string, MapTooltip>();
  const tooltip = (code: string): MapTooltip | undefined => {
    const feature = features.get(code);
    if (!feature) return undefined;
    const cached = made.get(code);
    if (cached) return cached;
    const unit = (byCode ??= new Map(choropleth.values.map((v) => [v.gsoCode, v]))).get(code);
    const value = unit?.value ?? null;
    const classIndex = choropleth.classOf[code] ?? null;
    const hasRatio = unit !== undefined && value !== null && choropleth.metric.denominator !== null;
    const tip: MapTooltip = {
      title: feature.properties.full_name,
      metric: choropleth.metric.label[lang],
      value: unit ? formatValue(value, choropleth.metric.unit, lang, choropleth.metric.decimals) : tr(MAP_TOOLTIP.noRow, lang),
      ratio: hasRatio ? formatRatio(unit.numerator, unit.denominator, lang) : null,
      className: classIndex === null ? tr(MAP_TOOLTIP.noData, lang) : classLabel(choropleth, classIndex, lang, (rows ??= choroplethLegendRows(choropleth, lang))),
      noData: classIndex === null,
    };
    made.set(code, tip);
    return tip;
  };
  return {
    lang,
    fills: choropleth.fills,
    selected: view.selected !== null && features.has(view.selected) ? view.selected : null,
    highlighted: [...new Set(view.highlighted)].filter((c) => features.has(c)),
    tooltip,
    labels: labelsOf(dataset, lang),
    order: keyboardOrder(dataset),
  };
}

function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** The operations that turn the map from `prev` (null: a freshly loaded map) into `next`. */
export function diffMapModel(prev: MapModel | null, next: MapModel): MapOperation[] {
  const ops: MapOperation[] = [];
  if (prev?.fills !== next.fills) {
    for (const id in next.fills) {
      const value = next.fills[id]!;
      if (prev?.fills[id] !== value) ops.push({ kind: 'fill', id, value });
    }
  }
  const prevSelected = prev?.selected ?? null;
  if (prevSelected !== next.selected) {
    if (prevSelected !== null) ops.push({ kind: 'selected', id: prevSelected, value: false });
    if (next.selected !== null) ops.push({ kind: 'selected', id: next.selected, value: true });
  }
  const before = new Set(prev?.highlighted ?? []);
  const after = new Set(next.highlighted);
  for (const id of before) if (!after.has(id)) ops.push({ kind: 'highlighted', id, value: false });
  for (const id of after) if (!before.has(id)) ops.push({ kind: 'highlighted', id, value: true });
  if (!prev || (prev.labels !== next.labels && !sameLabels(prev.labels, next.labels))) ops.push({ kind: 'labels', labels: { ...next.labels } });
  return ops;
}
