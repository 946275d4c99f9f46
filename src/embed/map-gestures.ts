/**
 * Ý định phóng to, kéo bản đồ / Tells when a person starts to zoom or pan the SVG map — a wheel turn (with Ctrl or ⌘
 * on a cooperative map), a two-finger touch, a mouse drag, a one-finger drag on a non-cooperative map — so the
 * zoomable map is loaded then and only then. A drag also swallows the click that ends it.
 */

/** What the person started: zoom in or out, or move (pan, pinch). */
export type MapIntent = 'in' | 'out' | 'move';

/** Pixels a pointer must travel before its press counts as a drag. */
const DRAG_DISTANCE = 6;

/** Watches the pointer and wheel events the element forwards; calls `onIntent` once per gesture. */
export class GestureWatch {
  #pointers = new Map<number, { x: number; y: number; type: string }>();
  #dragged = false;

  /** `cooperative()` is read at each event: true when plain scrolling must scroll the page, not the map. */
  constructor(
    private readonly cooperative: () => boolean,
    private readonly onIntent: (intent: MapIntent) => void,
  ) {}

  /** A wheel turn over the map. */
  wheel = (e: WheelEvent): void => {
    if (this.cooperative() && !(e.ctrlKey || e.metaKey)) return;
    e.preventDefault();
    this.onIntent(e.deltaY < 0 ? 'in' : 'out');
  };

  /** A pointer went down on the map. */
  down = (e: PointerEvent): void => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    this.#dragged = false;
    this.#pointers.set(e.pointerId, { x: e.clientX, y: e.clientY, type: e.pointerType });
    if (this.#pointers.size >= 2) this.#intent();
  };

  /** A pointer moved over the map. */
  move = (e: PointerEvent): void => {
    const start = this.#pointers.get(e.pointerId);
    if (!start || Math.hypot(e.clientX - start.x, e.clientY - start.y) < DRAG_DISTANCE) return;
    if (start.type !== 'touch' || !this.cooperative()) this.#intent();
  };

  /** A pointer went up or was taken over by the browser (a page scroll). */
  up = (e: PointerEvent): void => {
    this.#pointers.delete(e.pointerId);
  };

  /** True (once) when the click that just came ended a drag, which is not a selection. */
  swallowClick(): boolean {
    const dragged = this.#dragged;
    this.#dragged = false;
    return dragged;
  }

  #intent(): void {
    this.#dragged = true;
    this.#pointers.clear();
    this.onIntent('move');
  }
}
