import { describe, expect, it } from 'vitest';
import { closestLang, resolveLang, type LangNode } from '../../../src/ui/lang-resolve';

/** A minimal element: a `lang` attribute (or none) and a parent. */
const el = (lang: string | null, parentNode: LangNode | null = null): LangNode => ({ getAttribute: (n) => (n === 'lang' ? lang : null), parentNode });
/** A shadow root belonging to `host`. */
const shadow = (host: LangNode): LangNode => ({ parentNode: null, host });

describe('closestLang', () => {
  it('finds the nearest ancestor with a lang, across shadow roots', () => {
    const app = el('en', el('vi'));
    const inner = el(null, shadow(el(null, shadow(app))));
    expect(closestLang(inner)).toBe('en');
  });

  it('reads regional tags and skips empty or unknown ones', () => {
    expect(closestLang(el('vi-VN'))).toBe('vi');
    expect(closestLang(el('', el('fr', el('en-GB'))))).toBe('en');
    expect(closestLang(el(null))).toBeNull();
  });
});

describe('resolveLang', () => {
  it('prefers the element’s own lang, then the closest [lang], then <html lang>, then Vietnamese', () => {
    const tree = el(null, el('en'));
    expect(resolveLang('vi', tree, 'en')).toBe('vi');
    expect(resolveLang('', tree, 'vi')).toBe('en');
    expect(resolveLang('', el(null), 'en')).toBe('en');
    expect(resolveLang('', null, '')).toBe('vi');
  });
});
