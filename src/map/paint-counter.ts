/**
 * How a map element tells the page it has painted: `data-render-count` counts the paints on screen, a performance mark
 * times each, and the first also sets `data-ready` and sends `map-ready`.
 */

/** Counts the paints of one map element; see the module comment. */
export class PaintCounter {
  readonly #host: HTMLElement;
  readonly #firstMark: string;
  #renders = 0;
  #waiting = false;

  /** `firstMark`: the performance mark of the first paint (later ones are marked `bdgn:repaint`). */
  constructor(host: HTMLElement, firstMark: string) {
    this.#host = host;
    this.#firstMark = firstMark;
  }

  /** The paints counted so far. */
  get count(): number {
    return this.#renders;
  }

  /** Count one paint once `painted` calls back; asked again while it waits, the one paint counts for both. */
  countWhen(painted: (done: () => void) => void): void {
    if (this.#waiting) return;
    this.#waiting = true;
    painted(() => {
      this.#waiting = false;
      this.#renders += 1;
      this.#host.setAttribute('data-render-count', String(this.#renders));
      performance.mark(this.#renders === 1 ? this.#firstMark : 'bdgn:repaint');
      if (this.#renders === 1) {
        this.#host.setAttribute('data-ready', '');
        this.#host.dispatchEvent(new Event('map-ready'));
      }
    });
  }

  /** Stop waiting for the paint asked for (its map is gone); the next ask waits anew. */
  forget(): void {
    this.#waiting = false;
  }
}
