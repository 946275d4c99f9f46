/**
 * How the rest of the explorer arrives after its first frame: the shell module (./app-shell) loaded once, with the
 * feature elements that shape the page around the map (the page's final layout, which the zoomable map waits for);
 * then, when the browser is idle, the other feature elements.
 */
import type { ReactiveControllerHost } from 'lit';
import type { AppShell } from './app-shell';
import { whenIdle } from './when-idle';

const idle = () => new Promise<void>((resolve) => whenIdle(resolve));

/** Loads the shell (once) for a lit host; `make` builds it from the module's class, `loaded` runs once it exists. */
export class ShellLoader {
  /** The shell once loaded, else null. */
  shell: AppShell | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #make: (shellClass: typeof AppShell) => AppShell;
  readonly #loaded: (shell: AppShell) => void;
  #load: Promise<AppShell> | null = null;
  #layout: Promise<void> | null = null;
  #complete: Promise<void> | null = null;

  constructor(host: ReactiveControllerHost, make: (shellClass: typeof AppShell) => AppShell, loaded: (shell: AppShell) => void) {
    this.#host = host;
    this.#make = make;
    this.#loaded = loaded;
  }

  /** The shell, loading it now if it is not there yet. */
  load(): Promise<AppShell> {
    return (this.#load ??= import('./app-shell').then(({ AppShell }) => {
      const shell = this.#make(AppShell);
      this.shell = shell;
      this.#loaded(shell);
      this.#host.requestUpdate();
      return shell;
    }));
  }

  /**
   * The shell and the elements around the map, rendered (asked for once the first frame is on screen): resolves once the
   * page is laid out. The other feature elements start loading then too (see `complete`).
   */
  layout(): Promise<void> {
    return (this.#layout ??= (async () => {
      const shell = await this.load();
      void this.complete();
      await shell.loadLayout();
      await this.#host.updateComplete;
    })());
  }

  /** The page laid out, then (when idle) every other feature element, rendered. */
  complete(): Promise<void> {
    return (this.#complete ??= (async () => {
      await this.layout();
      await idle();
      await this.shell!.loadFeatures();
      await this.#host.updateComplete;
    })());
  }
}
