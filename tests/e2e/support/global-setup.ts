/**
 * Global setup of the e2e project: ONE preview server of the build and ONE headless Chromium for the whole run.
 * Test files get their URL and WebSocket endpoint with `inject('e2eServerUrl')` / `inject('e2eWsEndpoint')`
 * (see browser.ts) and open their own browser context. The teardown prints the suite's wall-clock duration.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, DIST, chromiumPath, servePreview } from './launch';

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
  const browser = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  project.provide('e2eServerUrl', server.url);
  project.provide('e2eWsEndpoint', browser.wsEndpoint());
  console.info(`e2e: serving ${DIST} at ${server.url}; Chromium ${browser.process().pid}`);
  return async () => {
    await browser.close();
    await server.close();
    console.info(`e2e suite: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
}
