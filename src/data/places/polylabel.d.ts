/** Types of `polylabel` (the package ships none): the pole of inaccessibility of a polygon, best inside point for a label. */
declare module 'polylabel' {
  /** The point inside `polygon` (rings of [x, y]) farthest from its edges, to `precision`; `distance` is that distance. */
  export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): number[] & { distance: number };
}
