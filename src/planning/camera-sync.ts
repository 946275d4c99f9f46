/**
 * Two maps that show the same place: whenever one moves (drag, zoom, keyboard, reset button, a fit), the other
 * jumps to its camera. A `syncing` flag guards against feedback: the jump makes the other map fire its own
 * `move` events, which must not be sent back. No DOM; works on anything shaped like a MapLibre map.
 */

/** The little of a MapLibre map the sync uses. */
export interface SyncableMap {
  on(type: 'move', listener: () => void): unknown;
  off(type: 'move', listener: () => void): unknown;
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
  jumpTo(options: { center: [number, number]; zoom: number; bearing: number; pitch: number }): unknown;
}

/** Copy `from`'s camera onto `to`. */
export function copyCamera(from: SyncableMap, to: SyncableMap): void {
  const c = from.getCenter();
  to.jumpTo({ center: [c.lng, c.lat], zoom: from.getZoom(), bearing: from.getBearing(), pitch: from.getPitch() });
}

/** Keep `b` on `a`'s camera and `a` on `b`'s from now on (b starts at a's camera); returns the function that stops it. */
export function syncCameras(a: SyncableMap, b: SyncableMap): () => void {
  let syncing = false;
  const follow = (from: SyncableMap, to: SyncableMap) => () => {
    if (syncing) return;
    syncing = true;
    try {
      copyCamera(from, to);
    } finally {
      syncing = false;
    }
  };
  const aToB = follow(a, b);
  const bToA = follow(b, a);
  aToB();
  a.on('move', aToB);
  b.on('move', bToA);
  return () => {
    a.off('move', aToB);
    b.off('move', bToA);
  };
}
