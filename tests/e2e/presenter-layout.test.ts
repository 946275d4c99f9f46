/** Presenter mode is a layout around the explorer's own map: the same element, full screen, and back again intact. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectMapMatchesLegend, focused, mapElement, renderCount, useExplorer, valuesOf, waitRepaint } from './support/app';

const explorer = useExplorer();

/** The map element's box on the page. */
const mapBox = async (page: Page) => (await mapElement(page).boundingBox())!;

describe('presenter layout', () => {
  it('shows the same map element full screen and restores the normal layout, drawn, with focus back on Present', async () => {
    const page = await explorer.open('', { width: 1280, height: 720 });
    // The feature elements load after the first map is drawn; measure the layout once they are all in place.
    await page.evaluate(() => Promise.all(['place-picker', 'import-drop', 'export-menu', 'presenter-mode'].map((t) => customElements.whenDefined(t))));
    await page.locator('poverty-app place-picker fieldset').waitFor();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const before = await mapBox(page);
    await mapElement(page).evaluate((el) => ((window as unknown as { explorerMap: Element }).explorerMap = el));

    await page.getByRole('button', { name: /Trình chiếu/ }).click();
    const presenter = page.locator('presenter-mode[open]');
    await presenter.waitFor();
    await expect.poll(() => mapElement(page).getAttribute('data-camera')).toBe('situation|');
    expect(await mapElement(page).count()).toBe(1);
    expect(await presenter.locator('poverty-map').evaluate((el) => el === (window as unknown as { explorerMap: Element }).explorerMap)).toBe(true);
    const stage = (await presenter.locator('.stage').boundingBox())!;
    const shown = await mapBox(page);
    expect(shown).toEqual(stage);
    expect(shown.width * shown.height).toBeGreaterThan(before.width * before.height);
    expect(await mapElement(page).getAttribute('metric')).toBe('poor_households');

    await page.keyboard.press('Escape');
    await expect.poll(() => presenter.count()).toBe(0);
    await expect.poll(() => mapElement(page).getAttribute('metric')).toBe('poverty_rate');
    expect(await mapBox(page)).toEqual(before);
    expect(await mapElement(page).getAttribute('data-camera')).toBeNull();
    const back = await focused(page);
    expect(back.tag).toBe('button');
    expect(back.name).toMatch(/Trình chiếu/);
    await expectMapMatchesLegend(page, valuesOf('poverty_rate'));
  });

  it('draws again when the map element is removed and appended again', async () => {
    const page = await explorer.open('?metric=poverty_rate_end_2022');
    const renders = await renderCount(page);
    await mapElement(page).evaluate((el) => {
      const parent = el.parentNode!;
      el.remove();
      parent.appendChild(el);
    });
    await waitRepaint(page, renders);
    await expectMapMatchesLegend(page, valuesOf('poverty_rate_end_2022'));
  });
});
