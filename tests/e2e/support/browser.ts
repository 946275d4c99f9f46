/** End-to-end test support: serve the production build, drive Debian's Chromium offline, read map pixels. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Flags that let MapLibre render with software WebGL in headless Debian Chromium, with no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** A running preview server of dist/. */
export interface PreviewHandle {
  /** Base URL ending in "/", e.g. "http://127.0.0.1:41234/". */
  url: string;
  close: () => Promise<void>;
}

/** Serve the production build (dist/, built beforehand by `npm run build` or `npx vite build`) on a free port. */
export async function startPreview(): Promise<PreviewHandle> {
  if (!existsSync(join(ROOT, 'dist'))) throw new Error(`No production build in ${join(ROOT, 'dist')} — run \`npx vite build\` first`);
  const server = await preview({ root: ROOT, logLevel: 'silent', preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false } });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address) throw new Error('The preview server did not start listening');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** A page under test, with what it logged and what it tried to fetch from outside. */
export interface TestPage {
  page: Page;
  /** console.error messages and uncaught exceptions. */
  consoleErrors: string[];
  /** Requests to hosts other than localhost, which were aborted. */
  blockedRequests: string[];
}

/** A Chromium with a fresh profile. */
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

/** Launch Debian's Chromium (or CHROMIUM_PATH) headless with a fresh user-data dir; never downloads a browser. Service workers are blocked unless asked for. */
export async function launchBrowser(options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<TestBrowser> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath} — install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'bdgn-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  for (const stale of context.pages()) await stale.close();
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
          return blocked.slice(start);
        },
      };
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** An RGBA pixel. */
export type Rgba = [number, number, number, number];

/**
 * Read the map canvas pixel at CSS position (x, y) of the map's container, inside a `render` event of
 * the map (so the WebGL drawing buffer is still intact; no preserveDrawingBuffer needed).
 */
export async function readPixel(page: Page, x: number, y: number, selector = 'poverty-map'): Promise<Rgba> {
  return page.evaluate(
    ([sel, px, py]) =>
      new Promise<[number, number, number, number]>((resolve, reject) => {
        type MapLike = { getCanvas(): HTMLCanvasElement; once(type: string, fn: () => void): void; triggerRepaint(): void };
        const map = (document.querySelector(sel) as unknown as { map: MapLike | null } | null)?.map;
        if (!map) return reject(new Error(`no map in ${sel}`));
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
          if (!gl) return reject(new Error('no WebGL context'));
          const scale = canvas.width / canvas.clientWidth;
          const out = new Uint8Array(4);
          gl.readPixels(Math.round(px * scale), Math.round(canvas.height - 1 - py * scale), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
          resolve([out[0]!, out[1]!, out[2]!, out[3]!]);
        });
        map.triggerRepaint();
      }),
    [selector, x, y] as const,
  );
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
