/** The keys of presenter mode, as slide clickers and keyboards send them, mapped to actions. Pure. */

/** What a key asks presenter mode to do. */
export type PresenterAction =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'jump'; index: number }
  | { kind: 'list' }
  | { kind: 'search' }
  | { kind: 'escape' };

const KEYS: Record<string, PresenterAction> = {
  ArrowRight: { kind: 'next' },
  ArrowDown: { kind: 'next' },
  PageDown: { kind: 'next' },
  ' ': { kind: 'next' },
  ArrowLeft: { kind: 'previous' },
  ArrowUp: { kind: 'previous' },
  PageUp: { kind: 'previous' },
  Home: { kind: 'first' },
  End: { kind: 'last' },
  l: { kind: 'list' },
  L: { kind: 'list' },
  '/': { kind: 'search' },
  Escape: { kind: 'escape' },
};

/** The action of a key (KeyboardEvent.key), or null; keys held with Ctrl, Alt or Meta are left to the browser. */
export function presenterAction(key: string, modifiers: { ctrl?: boolean; alt?: boolean; meta?: boolean } = {}): PresenterAction | null {
  if (modifiers.ctrl || modifiers.alt || modifiers.meta) return null;
  if (/^[1-9]$/.test(key)) return { kind: 'jump', index: Number(key) - 1 };
  return Object.hasOwn(KEYS, key) ? KEYS[key]! : null;
}

/** The step a navigation action leads to from `index` among `count` steps (unchanged at the ends and for a jump past the last). */
export function stepAfter(action: PresenterAction, index: number, count: number): number {
  if (count <= 0) return 0;
  switch (action.kind) {
    case 'next':
      return Math.min(count - 1, index + 1);
    case 'previous':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'jump':
      return action.index >= 0 && action.index < count ? action.index : index;
    default:
      return index;
  }
}
