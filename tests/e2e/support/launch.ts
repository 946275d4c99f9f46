/**
 * Starting what the browser tests run against: a static preview server of the build and Debian's Chromium.
 * No vitest import here: the e2e global setup (main process) and the test files (workers) both use it.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The build under test: `$E2E_DIST` (relative to the repository root, or absolute), else dist/. */
export const DIST = resolve(ROOT, process.env['E2E_DIST'] ?? 'dist');

/**
 * Flags that let MapLibre render with software WebGL in headless Debian Chromium, with no background traffic. The
 * page itself is composited in software: through SwiftShader, compositing took about half of the GPU process's CPU
 * time (WebGL canvases are still drawn by SwiftShader and read back as before).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-gpu-compositing',
];

/**
 * The same flags with WebGL drawn by Mesa's llvmpipe (ANGLE on the system's EGL, which Debian's Chromium package
 * brings), also in software. Its shaders are compiled once per GPU process and then cached, where SwiftShader compiled
 * them again for every page: the GPU process took ~30% less CPU over the suite (120 core-seconds instead of 171).
 */
export const LLVMPIPE_ARGS = [...CHROMIUM_ARGS.filter((flag) => !flag.includes('swiftshader')), '--use-angle=gl-egl', '--ignore-gpu-blocklist'];

/** Debian's Chromium (or `$CHROMIUM_PATH`); throws how to install it when missing. Never downloads a browser. */
export function chromiumPath(): string {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath} — install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`);
  }
  return executablePath;
}

/** A running preview server of the build. */
export interface PreviewHandle {
  /** Base URL ending in "/", e.g. "http://127.0.0.1:41234/". */
  url: string;
  close: () => Promise<void>;
}

/** Serve the production build (DIST, built beforehand by `npx vite build`) with Vite's preview server on a free port. */
export async function servePreview(): Promise<PreviewHandle> {
  if (!existsSync(resolve(DIST, 'index.html'))) throw new Error(`No production build in ${DIST} — run \`npx vite build\` first (or set E2E_DIST)`);
  // Vite is loaded only here: the test files, which use the run's shared server, do not pay for importing it.
  const { preview } = await import('vite');
  const server = await preview({
    root: ROOT,
    logLevel: 'silent',
    build: { outDir: DIST },
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address) throw new Error('The preview server did not start listening');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
