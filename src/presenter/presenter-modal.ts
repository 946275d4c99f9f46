/** DOM support of a modal full-screen layer: who had focus, making the rest of the page inert, the Fullscreen API. */

/** The element focused now, looking through shadow roots (e.g. the Present button inside the app shell). */
export function deepActiveElement(): HTMLElement | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : null;
}

/**
 * Make everything outside `element` inert: its siblings and those of every ancestor and shadow host above it,
 * up to <body>. Returns the function that undoes it (elements already inert are left alone).
 */
export function inertOutside(element: Element): () => void {
  const changed: HTMLElement[] = [];
  let node: Node = element;
  while (node.parentNode && node !== document.body) {
    const parent = node.parentNode;
    for (const sibling of parent.children) {
      if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert && sibling.tagName !== 'SCRIPT' && sibling.tagName !== 'STYLE') {
        sibling.inert = true;
        changed.push(sibling);
      }
    }
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return () => changed.forEach((e) => (e.inert = false));
}

/** True when `element` is the one shown full screen (document.fullscreenElement names only its outermost shadow host). */
export function holdsFullscreen(element: Element): boolean {
  return (element.getRootNode() as Document | ShadowRoot).fullscreenElement === element;
}

type KeyboardLock = { keyboard?: { lock?: (keys: string[]) => Promise<void>; unlock?: () => void } };

/**
 * Ask for full screen on `element` (it needs a user gesture) and, where the browser can, keep single Escape presses
 * for the page (holding Escape still leaves full screen). Resolves false when refused or unsupported.
 */
export async function enterFullscreen(element: Element): Promise<boolean> {
  if (!document.fullscreenEnabled || document.fullscreenElement || !element.requestFullscreen) return false;
  try {
    await element.requestFullscreen({ navigationUI: 'hide' });
    await (navigator as Navigator & KeyboardLock).keyboard?.lock?.(['Escape']).catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}

/** Leave full screen when `element` holds it, and release the Escape key; resolves once the page is out of full screen. */
export async function exitFullscreen(element: Element): Promise<void> {
  (navigator as Navigator & KeyboardLock).keyboard?.unlock?.();
  if (holdsFullscreen(element)) await document.exitFullscreen().catch(() => undefined);
}
