/**
 * The explorer keeps at most two WebGL contexts alive — the map on screen and the one off-screen export renderer —
 * however often presenter mode opens and closes and PNGs are exported.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapElement, useExplorer } from './support/app';

/** Record every WebGL context the page creates (before any script of the page runs). */
const COUNT_CONTEXTS = () => {
  const contexts: { canvas: HTMLCanvasElement; gl: WebGLRenderingContext }[] = [];
  (window as unknown as { webglContexts: typeof contexts }).webglContexts = contexts;
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const context = (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    if (context && (type === 'webgl' || type === 'webgl2') && !contexts.some((c) => c.gl === context)) contexts.push({ canvas: this, gl: context as WebGLRenderingContext });
    return context;
  } as typeof original;
};

/** WebGL contexts whose canvas is still in the page and not lost. */
const liveContexts = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { webglContexts: { canvas: HTMLCanvasElement; gl: WebGLRenderingContext }[] }).webglContexts.filter((c) => c.canvas.isConnected && !c.gl.isContextLost()).length);

// Reduced motion: the presenter's camera jumps instead of flying (what is counted here is WebGL contexts, not animation).
const explorer = useExplorer({ reducedMotion: 'reduce' });

async function presentAndLeave(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Trình chiếu/ }).click();
  const presenter = page.locator('presenter-mode[open]');
  await presenter.waitFor();
  await page.waitForFunction(() => {
    const map = document.querySelector('poverty-app')?.shadowRoot?.querySelector('poverty-map');
    return map?.getAttribute('data-camera')?.startsWith('situation|') === true;
  });
  await page.keyboard.press('Escape');
  await expect.poll(() => presenter.count()).toBe(0);
}

async function exportPng(page: Page): Promise<number> {
  await page.locator('export-menu .trigger').click();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 55_000 }), page.locator('export-menu [data-export="png-2"]').click()]);
  let bytes = 0;
  for await (const chunk of await file.createReadStream()) bytes += (chunk as Buffer).length;
  return bytes;
}

describe('WebGL contexts', () => {
  it('stay at most two and constant over 3 presenter openings and 3 PNG exports', async () => {
    const page = await explorer.open('', undefined, COUNT_CONTEXTS);
    const counts: Record<string, number> = { start: await liveContexts(page) };
    expect(counts['start']).toBe(1);
    for (let i = 1; i <= 3; i += 1) {
      await presentAndLeave(page);
      counts[`presenter ${i}`] = await liveContexts(page);
    }
    for (let i = 1; i <= 3; i += 1) {
      expect(await exportPng(page)).toBeGreaterThan(10_000);
      counts[`png ${i}`] = await liveContexts(page);
    }
    console.info(`live WebGL contexts: ${JSON.stringify(counts)}`);
    expect(Object.values(counts).every((n) => n <= 2), JSON.stringify(counts)).toBe(true);
    expect([counts['presenter 1'], counts['presenter 2'], counts['presenter 3']]).toEqual([1, 1, 1]);
    expect([counts['png 1'], counts['png 2'], counts['png 3']]).toEqual([2, 2, 2]);
    const created = await page.evaluate(() => (window as unknown as { webglContexts: unknown[] }).webglContexts.length);
    expect(created, 'contexts ever created: the map on screen and the export renderer').toBe(2);
  }, 300_000);
});
