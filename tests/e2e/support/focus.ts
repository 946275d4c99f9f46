/** Keyboard focus in a test: the focused element through shadow roots, tabbing to an element, blurring. */
import type { Page } from 'playwright-core';

/** The deepest focused element (through shadow roots): a short description and how its focus is drawn. */
export interface FocusInfo {
  /** Shadow hosts from the document down, then the element: "poverty-app > metric-controls > select#metric". */
  path: string;
  tag: string;
  role: string | null;
  name: string;
  /** Outline style of the element, or of its ::after (the map draws its focus ring there), or 'box-shadow'. */
  indicator: string;
}

/** Describe the element that has the keyboard focus. */
export async function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    let el = document.activeElement as Element | null;
    const hosts: string[] = [];
    while (el?.shadowRoot?.activeElement) {
      hosts.push(el.tagName.toLowerCase());
      el = el.shadowRoot.activeElement;
    }
    if (!el) return { path: '', tag: '', role: null, name: '', indicator: 'none' };
    const tag = el.tagName.toLowerCase();
    const style = getComputedStyle(el);
    const after = getComputedStyle(el, '::after');
    const indicator =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
        ? style.outlineStyle
        : after.content !== 'none' && after.borderTopStyle !== 'none' && parseFloat(after.borderTopWidth) > 0
          ? `::after border ${after.borderTopStyle}`
          : style.boxShadow !== 'none'
            ? 'box-shadow'
            : 'none';
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
    return { path: [...hosts, `${tag}${el.id ? `#${el.id}` : ''}`].join(' > '), tag, role: el.getAttribute('role'), name, indicator };
  });
}

/** Press Tab until the focused element matches (at most `max` presses); returns what was passed on the way. */
export async function tabUntil(page: Page, match: (f: FocusInfo) => boolean, max = 60, key = 'Tab'): Promise<FocusInfo[]> {
  const passed: FocusInfo[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    passed.push(now);
    if (match(now)) return passed;
  }
  throw new Error(`not reached after ${max} × ${key}; passed: ${passed.map((f) => f.path).join(' | ')}`);
}

/** Blur whatever has the keyboard focus, through shadow roots. */
export async function blurFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    el?.blur();
  });
}
