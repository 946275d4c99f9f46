/**
 * Reading the explorer's map in a test: the element and its properties, its repaints and idle, its labels hidden or
 * shown, and pixels of its WebGL canvas.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PovertyMap } from '../../../src/map/poverty-map';
import { readMapPixelsAt, type Rgba } from './browser';

/** The map element inside the app (Playwright's CSS locators pierce the open shadow roots). */
export const mapElement = (page: Page): Locator => page.locator('poverty-map');

/** A property of the map element (e.g. `selected`, `highlighted`). */
export const mapProperty = <T>(page: Page, name: 'selected' | 'highlighted' | 'metric' | 'lang'): Promise<T> =>
  mapElement(page).evaluate((el: PovertyMap, key) => (el as unknown as Record<string, unknown>)[key], name) as Promise<T>;

/** The map's fills by GSO code, as its choropleth computes them. */
export const mapFills = (page: Page): Promise<Record<string, string>> => mapElement(page).evaluate((el: PovertyMap) => el.choropleth.fills);

/** How many times the map has finished repainting. */
export const renderCount = (page: Page): Promise<number> => mapElement(page).evaluate((el) => Number(el.getAttribute('data-render-count')));

/** Wait until the map has repainted more than `before` times. */
export async function waitRepaint(page: Page, before: number): Promise<void> {
  await expect.poll(() => renderCount(page), { timeout: 20_000 }).toBeGreaterThan(before);
}

/** Run `action` and wait for the map to finish the repaint it causes. */
export async function repaintAfter(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await renderCount(page);
  await action();
  await waitRepaint(page, before);
}

/** Wait until the map has drawn everything it was asked to (its next 'idle'). */
export async function mapIdle(page: Page): Promise<void> {
  await mapElement(page).evaluate(
    (el: PovertyMap) =>
      new Promise<void>((resolve) => {
        el.map!.once('idle', () => resolve());
        el.map!.triggerRepaint();
      }),
  );
}

/**
 * Hide or show the map's commune labels and wait until the map is idle again. Hidden through the layer's paint
 * opacity (with no transition), not its visibility: a layout change makes MapLibre lay out the labels' tiles again.
 */
export async function setLabels(page: Page, visible: boolean, selector = 'poverty-map'): Promise<void> {
  await page.locator(selector).evaluate(
    (el: PovertyMap, show) =>
      new Promise<void>((resolve) => {
        const map = el.map!;
        const saved = el as unknown as { savedLabelOpacity?: { opacity: unknown; transition: unknown } };
        const before = saved.savedLabelOpacity;
        if (!show && !before) {
          saved.savedLabelOpacity = { opacity: map.getPaintProperty('commune-labels', 'text-opacity'), transition: map.getPaintProperty('commune-labels', 'text-opacity-transition') };
          map.setPaintProperty('commune-labels', 'text-opacity-transition', { duration: 0, delay: 0 });
          map.setPaintProperty('commune-labels', 'text-opacity', 0);
        } else if (show && before) {
          map.setPaintProperty('commune-labels', 'text-opacity', before.opacity as never);
          delete saved.savedLabelOpacity;
        }
        // The transition is put back once the opacity is (so the labels come back at once, with no fade to wait for).
        map.once('idle', () => {
          if (show && before) map.setPaintProperty('commune-labels', 'text-opacity-transition', before.transition as never);
          resolve();
        });
        map.triggerRepaint();
      }),
    visible,
  );
}

/** The fill pixels at geographic points, read in one frame with the commune labels hidden (see setLabels). */
export async function fillPixelsAt(page: Page, lngLats: readonly (readonly [number, number])[]): Promise<Rgba[]> {
  await setLabels(page, false);
  try {
    return await readMapPixelsAt(mapElement(page), lngLats);
  } finally {
    await setLabels(page, true);
  }
}

/** The pixel at a geographic point (e.g. on a commune border). */
export async function pixelAt(page: Page, lngLat: [number, number]): Promise<Rgba> {
  const [pixel] = await readMapPixelsAt(mapElement(page), [lngLat]);
  return pixel!;
}
