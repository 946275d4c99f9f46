/** Where the map's camera is asked to look, as plain data. Pure. */

/** A camera request: fit these bounds; `key` names the request so the map can mark when it has settled on it. */
export interface MapCamera {
  /** Names the request (e.g. "tasks|19600"); the map reflects it in `data-camera` once the camera is still. */
  key: string;
  /** [west, south, east, north] to fit, or null for the whole district. */
  bounds: [number, number, number, number] | null;
  /** More padding around the bounds (a single commune in the spotlight). */
  tight: boolean;
}

/** Padding in CSS pixels around fitted bounds, for a map of this size. */
export function cameraPadding(width: number, height: number, tight: boolean): number {
  return Math.round(Math.max(16, Math.min(width, height) * (tight ? 0.14 : 0.05)));
}
