import { describe, expect, it } from 'vitest';
import { presenterAction, stepAfter } from '../../../src/presenter/presenter-keys';

describe('presenter keys', () => {
  it('maps clicker and keyboard keys to actions', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(presenterAction(key)).toEqual({ kind: 'next' });
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(presenterAction(key)).toEqual({ kind: 'previous' });
    expect(presenterAction('Home')).toEqual({ kind: 'first' });
    expect(presenterAction('End')).toEqual({ kind: 'last' });
    expect(presenterAction('3')).toEqual({ kind: 'jump', index: 2 });
    expect(presenterAction('0')).toBeNull();
    expect(presenterAction('l')).toEqual({ kind: 'list' });
    expect(presenterAction('/')).toEqual({ kind: 'search' });
    expect(presenterAction('Escape')).toEqual({ kind: 'escape' });
    expect(presenterAction('ArrowRight', { ctrl: true })).toBeNull();
    expect(presenterAction('toString')).toBeNull();
  });

  it('moves between steps and stops at the ends', () => {
    expect(stepAfter({ kind: 'next' }, 8, 9)).toBe(8);
    expect(stepAfter({ kind: 'next' }, 2, 9)).toBe(3);
    expect(stepAfter({ kind: 'previous' }, 0, 9)).toBe(0);
    expect(stepAfter({ kind: 'last' }, 0, 9)).toBe(8);
    expect(stepAfter({ kind: 'first' }, 5, 9)).toBe(0);
    expect(stepAfter({ kind: 'jump', index: 8 }, 0, 9)).toBe(8);
    expect(stepAfter({ kind: 'jump', index: 8 }, 1, 5)).toBe(1);
    expect(stepAfter({ kind: 'list' }, 4, 9)).toBe(4);
  });
});
