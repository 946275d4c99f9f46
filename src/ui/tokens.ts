/**
 * The one sheet of style tokens. Each token is a CSS custom property a page may set (`--bdgn-fg` …)
 * with the app's default as fallback; elements interpolate `token.*` and include `tokens` (base font
 * and colours of a host) and `focusRing` (the one focus ring: 3px, one colour with ≥ 3:1 contrast on
 * white, on the page background #f6f5f1 and on the header #12355b).
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** Default value of every token, by token name (the custom property is `--bdgn-<name>`). */
export const TOKEN_DEFAULTS = {
  font: "'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  'font-size': '0.95rem',
  fg: '#1a1a1a',
  muted: '#4a4a4a',
  bg: '#fff',
  'page-bg': '#f6f5f1',
  'header-bg': '#12355b',
  'header-fg': '#fff',
  accent: '#0b5394',
  'on-accent': '#fff',
  link: '#0b5394',
  border: '#c4c4c4',
  'control-border': '#767676',
  'swatch-border': 'rgb(0 0 0 / 35%)',
  hover: '#f0f4f8',
  'selected-bg': '#dbe9f7',
  highlight: '#fff4ce',
  'warn-bg': '#fff4ce',
  warn: '#8a4b00',
  error: '#b3261e',
  'error-bg': '#fdecea',
  'on-error-bg': '#410e0b',
  ok: '#1b5e20',
  focus: '#c76a00',
  'focus-width': '3px',
  radius: '6px',
  'radius-small': '4px',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
} as const;

/** Names of the tokens. */
export type TokenName = keyof typeof TOKEN_DEFAULTS;

/** `var(--bdgn-<name>, <default>)` as a CSS value. */
function tokenVar(name: TokenName): CSSResult {
  return unsafeCSS(`var(--bdgn-${name}, ${TOKEN_DEFAULTS[name]})`);
}

/** Every token as a CSS value to interpolate into `css`: `color: ${token.fg};`. */
export const token = Object.fromEntries(
  (Object.keys(TOKEN_DEFAULTS) as TokenName[]).map((name) => [name, tokenVar(name)]),
) as Record<TokenName, CSSResult>;

/** Base of every element: the font stack, text colour and size of the host. */
export const tokens = css`
  :host {
    font-family: ${token.font};
    color: ${token.fg};
  }
`;

/** The one focus ring, on every focusable control of the element. */
export const focusRing = css`
  :focus-visible {
    outline: ${token['focus-width']} solid ${token.focus};
    outline-offset: 2px;
  }
`;
