/** The icon of a finding's severity (decorative: always shown next to the severity word). */
import { html, svg } from 'lit';
import type { Severity } from './findings-model';
import { TOKEN_DEFAULTS } from '../ui/tokens';

/** Colour of the mark on the coloured shape (the tokens' text-on-accent colour). */
const MARK = TOKEN_DEFAULTS['on-accent'];

/** A 1em inline SVG: a crossed circle (error), a triangle with "!" (warning) or a circle with "i" (note). */
export function severityIcon(severity: Severity) {
  const shape =
    severity === 'error'
      ? svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M5 5l6 6M11 5l-6 6" stroke=${MARK} stroke-width="2" stroke-linecap="round"/>`
      : severity === 'warning'
        ? svg`<path d="M8 1l7.5 13.5h-15z" fill="currentColor"/><path d="M8 6v4" stroke=${MARK} stroke-width="2" stroke-linecap="round"/><circle cx="8" cy="12.4" r="1.1" fill=${MARK}/>`
        : svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M8 7.2v4.6" stroke=${MARK} stroke-width="2" stroke-linecap="round"/><circle cx="8" cy="4.6" r="1.1" fill=${MARK}/>`;
  return html`<svg class="severity-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">${shape}</svg>`;
}
