/**
 * What both `<poverty-map>` elements (the explorer's, ./poverty-map, and the public map's SVG-first one, ../embed/quick-map)
 * derive from their properties alike: the view they draw, the map's accessible name, the words read out for a focused
 * commune and the keyboard walk through the communes. Pure.
 */
import { isClassMethod, type ClassMethod } from '../classify/breaks';
import { tr } from '../core/format';
import { MAP_TEXT } from '../core/strings/map';
import { isCustomMetricId, isMetricId, type MetricId } from '../data/metrics';
import type { Lang } from '../data/types';
import { DEFAULT_VIEW } from '../state/view-state';
import type { MapTooltip } from './map-model';

/** The view properties of a map element as set (attribute values may be anything). */
export interface MapViewProps {
  metric: string;
  method: string;
  classes: number;
  palette: string;
  manual: number[] | null;
  lang: string;
}

/** The view a map element draws: its properties with invalid values replaced by the defaults. */
export interface MapView {
  metric: MetricId;
  method: ClassMethod;
  classes: number;
  palette: string;
  manual: number[] | null;
  lang: Lang;
}

/** The view of `props`; `customMetrics` also accepts the ids of a loaded table's own measures. */
export function mapView(props: MapViewProps, options: { customMetrics: boolean }): MapView {
  const { metric } = props;
  return {
    metric: isMetricId(metric) || (options.customMetrics && isCustomMetricId(metric)) ? metric : DEFAULT_VIEW.metric,
    method: isClassMethod(props.method) ? props.method : DEFAULT_VIEW.method,
    classes: Number.isFinite(props.classes) ? props.classes : DEFAULT_VIEW.classes,
    palette: props.palette,
    manual: props.manual,
    lang: props.lang === 'en' ? 'en' : 'vi',
  };
}

/** The accessible name of a map of the metric labelled `metricLabel` ("Bản đồ tỷ lệ hộ nghèo theo xã"). */
export function mapName(metricLabel: string, lang: Lang): string {
  return tr(MAP_TEXT.label, lang, { metric: metricLabel.charAt(0).toLowerCase() + metricLabel.slice(1) });
}

/** The words a screen reader announces for the commune focused by keyboard, or '' when there is none. */
export function spokenTooltip(tip: MapTooltip | undefined, keyFocus: string | null): string {
  return keyFocus && tip ? `${tip.title}: ${tip.value}. ${tip.ratio ?? ''} ${tip.className}` : '';
}

/** A step of the keyboard walk: forward or back by a number of communes, or to the first or last one. */
export type FocusStep = number | 'first' | 'last';

/** The walk step of each key that moves the keyboard focus between communes. */
export const FOCUS_KEYS: Readonly<Record<string, FocusStep>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 'first', End: 'last' };

/** The commune `step` away from `current` in `order` (wrapping around; from no commune, the first or last), or null for an empty order. */
export function stepFocus(order: readonly string[], current: string | null, step: FocusStep): string | null {
  if (order.length === 0) return null;
  const at = order.indexOf(current ?? '');
  const index = step === 'first' ? 0 : step === 'last' ? order.length - 1 : at < 0 ? (step > 0 ? 0 : order.length - 1) : (at + step + order.length) % order.length;
  return order[index]!;
}
