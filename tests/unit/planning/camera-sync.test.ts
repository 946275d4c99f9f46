import { describe, expect, it } from 'vitest';
import { copyCamera, syncCameras, type SyncableMap } from '../../../src/planning/camera-sync';

/** A map-like object whose jumpTo fires `move` synchronously, as MapLibre's does. */
class FakeMap implements SyncableMap {
  center = { lng: 0, lat: 0 };
  zoom = 0;
  bearing = 0;
  pitch = 0;
  jumps = 0;
  #listeners = new Set<() => void>();
  on(_type: 'move', listener: () => void) {
    this.#listeners.add(listener);
  }
  off(_type: 'move', listener: () => void) {
    this.#listeners.delete(listener);
  }
  getCenter() {
    return this.center;
  }
  getZoom() {
    return this.zoom;
  }
  getBearing() {
    return this.bearing;
  }
  getPitch() {
    return this.pitch;
  }
  jumpTo(o: { center: [number, number]; zoom: number; bearing: number; pitch: number }) {
    this.jumps += 1;
    this.center = { lng: o.center[0], lat: o.center[1] };
    this.zoom = o.zoom;
    this.bearing = o.bearing;
    this.pitch = o.pitch;
    this.#listeners.forEach((l) => l());
  }
  /** A person drags the map. */
  drag(lng: number, lat: number, zoom: number) {
    this.center = { lng, lat };
    this.zoom = zoom;
    this.#listeners.forEach((l) => l());
  }
}

describe('syncCameras', () => {
  it('starts the second map at the first one’s camera', () => {
    const a = new FakeMap();
    const b = new FakeMap();
    a.drag(107, 16.8, 10);
    syncCameras(a, b);
    expect(b.center).toEqual({ lng: 107, lat: 16.8 });
    expect(b.zoom).toBe(10);
  });

  it('moves each map when the other moves, without sending the jump back (one jump per move)', () => {
    const a = new FakeMap();
    const b = new FakeMap();
    syncCameras(a, b);
    const jumpsA = a.jumps;
    b.drag(107.1, 16.7, 11);
    expect(a.center).toEqual({ lng: 107.1, lat: 16.7 });
    expect(a.zoom).toBe(11);
    expect(a.jumps).toBe(jumpsA + 1);
    const jumpsB = b.jumps;
    a.drag(106.9, 16.9, 9);
    expect(b.center).toEqual({ lng: 106.9, lat: 16.9 });
    expect(b.jumps).toBe(jumpsB + 1);
    expect(a.jumps).toBe(jumpsA + 1);
  });

  it('stops following once stopped', () => {
    const a = new FakeMap();
    const b = new FakeMap();
    const stop = syncCameras(a, b);
    stop();
    a.drag(1, 2, 3);
    expect(b.center).toEqual({ lng: 0, lat: 0 });
  });

  it('copyCamera copies centre, zoom, bearing and pitch', () => {
    const a = new FakeMap();
    const b = new FakeMap();
    Object.assign(a, { center: { lng: 5, lat: 6 }, zoom: 7, bearing: 8, pitch: 9 });
    copyCamera(a, b);
    expect([b.center, b.zoom, b.bearing, b.pitch]).toEqual([{ lng: 5, lat: 6 }, 7, 8, 9]);
  });
});
