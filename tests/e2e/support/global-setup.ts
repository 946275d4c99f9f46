/**
 * Global setup of the e2e project: ONE preview server of the build and ONE headless Chromium for the whole run.
 * Test files get their URL and WebSocket endpoint with `inject('e2eServerUrl')` / `inject('e2eWsEndpoint')`
 * (see browser.ts) and open their own browser context. The teardown prints the suite's wall-clock duration.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, DIST, LLVMPIPE_ARGS, chromiumPath, servePreview } from './launch';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the shared preview server, ending in "/". */
    e2eServerUrl: string;
    /** WebSocket endpoint of the shared Chromium, for `chromium.connect`. */
    e2eWsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const server = await servePreview();
  const { browser, renderer } = await launchSoftwareGl();
  project.provide('e2eServerUrl', server.url);
  project.provide('e2eWsEndpoint', browser.wsEndpoint());
  console.info(`e2e: serving ${DIST} at ${server.url}; Chromium ${browser.process().pid}, WebGL by ${renderer}`);
  return async () => {
    await browser.close();
    await server.close();
    console.info(`e2e suite: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
}

/** The WebGL renderer a browser's pages get ("" when WebGL is refused). */
async function webglRenderer(server: BrowserServer): Promise<string> {
  const browser = await chromium.connect(server.wsEndpoint());
  try {
    const page = await browser.newPage();
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    });
  } finally {
    await browser.close();
  }
}

/** Chromium with WebGL by Mesa's llvmpipe where the system has it (see LLVMPIPE_ARGS), else by SwiftShader. */
async function launchSoftwareGl(): Promise<{ browser: BrowserServer; renderer: string }> {
  const llvmpipe = await chromium.launchServer({ executablePath: chromiumPath(), args: LLVMPIPE_ARGS, headless: true });
  const renderer = await webglRenderer(llvmpipe);
  if (/llvmpipe/i.test(renderer)) return { browser: llvmpipe, renderer };
  await llvmpipe.close();
  const swiftshader = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  return { browser: swiftshader, renderer: (await webglRenderer(swiftshader)) || 'nothing (WebGL refused)' };
}
