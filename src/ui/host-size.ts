/** The size of a lit element's own box, kept by a ResizeObserver while the element is connected: a reactive controller. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A width and height in whole CSS pixels. */
export interface BoxSize {
  width: number;
  height: number;
}

/** Measures its host (now, and on every resize while connected) and asks it to update when the size changes. */
export class HostSizeController implements ReactiveController {
  /** The host's size, or null before its first measure (or, with `skipEmpty`, before it first had room). */
  size: BoxSize | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #skipEmpty: boolean;
  readonly #observer = new ResizeObserver(() => this.#measure());

  /** `skipEmpty`: ignore measures with no width or no height (the last size with room is kept). */
  constructor(host: ReactiveControllerHost & HTMLElement, options: { skipEmpty?: boolean } = {}) {
    this.#host = host;
    this.#skipEmpty = options.skipEmpty ?? false;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.#host);
    this.#measure();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  #measure(): void {
    const width = Math.round(this.#host.clientWidth);
    const height = Math.round(this.#host.clientHeight);
    if (this.#skipEmpty && (width === 0 || height === 0)) return;
    if (width === this.size?.width && height === this.size?.height) return;
    this.size = { width, height };
    this.#host.requestUpdate();
  }
}
