/**
 * End-to-end test support: the shared preview server and Chromium of the run (started once by global-setup.ts),
 * a fresh browser context per test file that reaches only localhost, pages that record console errors, map pixels.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath, servePreview, type PreviewHandle } from './launch';

export { CHROMIUM_ARGS, DIST, ROOT, type PreviewHandle } from './launch';

/**
 * The run's preview server of the build (from the global setup); a file run outside the e2e project starts its own.
 * Closing the shared one does nothing.
 */
export async function startPreview(): Promise<PreviewHandle> {
  const url = inject('e2eServerUrl');
  return url ? { url, close: async () => undefined } : servePreview();
}

let connection: { browser: Promise<Browser>; users: number } | null = null;

/** The run's Chromium, connected once per test file (launched locally when no global setup provided one). */
async function acquireBrowser(): Promise<Browser> {
  if (!connection) {
    const endpoint = inject('e2eWsEndpoint');
    const browser = endpoint ? chromium.connect(endpoint) : chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
    connection = { browser, users: 0 };
  }
  connection.users += 1;
  return connection.browser;
}

/** Give the connection back; the last user disconnects (a connected browser keeps running for the other files). */
async function releaseBrowser(): Promise<void> {
  if (!connection) return;
  connection.users -= 1;
  if (connection.users > 0) return;
  const { browser } = connection;
  connection = null;
  await (await browser).close();
}

/** A page under test, with what it logged and what it tried to fetch from outside. */
export interface TestPage {
  page: Page;
  /** console.error messages and uncaught exceptions. */
  consoleErrors: string[];
  /** Requests to hosts other than localhost, which were aborted: the page's own, and workers' since it opened. */
  blockedRequests: string[];
}

/** A fresh browser context (its own cookies, storage, caches and service workers) in the run's Chromium. */
export interface TestBrowser {
  context: BrowserContext;
  /** Open a page of the given CSS size. */
  newPage: (size?: { width: number; height: number }) => Promise<TestPage>;
  close: () => Promise<void>;
}

const isLocal = (url: string): boolean => {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
};

/**
 * Every URL `isLocal` refuses (any scheme but data:, blob: and about:, to a host other than 127.0.0.1, localhost and
 * [::1]). A RegExp route is matched by the run's Playwright server, so the page's own requests go on without a round
 * trip to the test worker (a catch-all glob sent each of the explorer's ~70 requests there and back).
 */
const NOT_LOCAL = /^(?!(?:data|blob|about):)(?![a-z][a-z\d+.-]*:\/\/(?:[^/?#@]*@)?(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?(?:[/?#]|$))/i;

/**
 * Options of a test context: service workers are blocked unless asked for; reduced motion unless `reducedMotion:
 * 'no-preference'` is asked for (the map's label fades and camera flights draw every frame in software WebGL, a fifth
 * of the suite's time, while most tests read the state they end in; map.test and presenter.test keep the motion);
 * any other Playwright context option (e.g. timezoneId).
 */
export type ContextOptions = Pick<BrowserContextOptions, 'serviceWorkers' | 'timezoneId' | 'locale' | 'reducedMotion'>;

/**
 * A fresh context of the run's Chromium (call in beforeAll, close in afterAll): 1280×800 at 1×, requests outside
 * localhost aborted and recorded. Never downloads a browser.
 */
export async function launchBrowser(options: ContextOptions = {}): Promise<TestBrowser> {
  const browser = await acquireBrowser();
  let context: BrowserContext;
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, ...options, serviceWorkers: options.serviceWorkers ?? 'block', reducedMotion: options.reducedMotion ?? 'reduce' });
  } catch (error) {
    await releaseBrowser();
    throw error;
  }
  /** Aborted requests, with the page that made them (null for a worker's request). */
  const blocked: { url: string; page: Page | null }[] = [];
  await context.route(NOT_LOCAL, (route) => {
    const request = route.request();
    const url = request.url();
    if (isLocal(url)) return route.continue();
    let page: Page | null = null;
    try {
      page = request.frame().page();
    } catch {
      page = null;
    }
    blocked.push({ url, page });
    return route.abort('blockedbyclient');
  });
  let closed = false;
  return {
    context,
    async newPage(size = { width: 1280, height: 800 }) {
      const page = await context.newPage();
      await page.setViewportSize(size);
      const consoleErrors: string[] = [];
      const start = blocked.length;
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`${error.name}: ${error.message}`));
      return {
        page,
        consoleErrors,
        get blockedRequests() {
          return blocked.filter((b, i) => b.page === page || (b.page === null && i >= start)).map((b) => b.url);
        },
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await context.close();
      } finally {
        await releaseBrowser();
      }
    },
  };
}

/** An RGBA pixel. */
export type Rgba = [number, number, number, number];

/**
 * Read the map canvas pixels at CSS points (x, y) of the map's container, inside one `render` event of the map held by
 * `element` (an element with a MapLibre `map` property, e.g. <poverty-map>), so the WebGL drawing buffer is still
 * intact (no preserveDrawingBuffer needed). The one pixel reader of the browser tests.
 */
export function readMapPixels(element: Locator, points: readonly (readonly [number, number])[]): Promise<Rgba[]> {
  return element.evaluate(
    (el, pts) =>
      new Promise<[number, number, number, number][]>((resolve, reject) => {
        type MapLike = { getCanvas(): HTMLCanvasElement; once(type: string, fn: () => void): void; triggerRepaint(): void };
        const map = (el as unknown as { map: MapLike | null }).map;
        if (!map) return reject(new Error(`no map in <${el.localName}>`));
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
          if (!gl) return reject(new Error('no WebGL context'));
          const scale = canvas.width / canvas.clientWidth;
          const out = new Uint8Array(4);
          resolve(
            pts.map(([x, y]) => {
              gl.readPixels(Math.round(x * scale), Math.round(canvas.height - 1 - y * scale), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
              return [out[0]!, out[1]!, out[2]!, out[3]!];
            }),
          );
        });
        map.triggerRepaint();
      }),
    points,
  );
}

/** The map canvas pixels at geographic points [lng, lat], projected by the map `element` holds (see readMapPixels). */
export async function readMapPixelsAt(element: Locator, lngLats: readonly (readonly [number, number])[]): Promise<Rgba[]> {
  const points = await element.evaluate(
    (el, lls) => {
      const map = (el as unknown as { map: { project(ll: [number, number]): { x: number; y: number } } }).map;
      return lls.map((ll) => {
        const p = map.project([ll[0], ll[1]]);
        return [p.x, p.y] as [number, number];
      });
    },
    lngLats,
  );
  return readMapPixels(element, points);
}

/** The map canvas pixel at CSS position (x, y) of the first `selector` element's map (see readMapPixels). */
export async function readPixel(page: Page, x: number, y: number, selector = 'poverty-map'): Promise<Rgba> {
  const [pixel] = await readMapPixels(page.locator(selector).first(), [[x, y]]);
  return pixel!;
}

/** "#rrggbb" → [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** True when a pixel matches a colour within `tolerance` per channel. */
export function sameColor(pixel: Rgba, hex: string, tolerance = 3): boolean {
  const rgb = hexToRgb(hex);
  return rgb.every((c, i) => Math.abs(c - pixel[i]!) <= tolerance);
}
