/** Styles shared by the planning elements: tables, forms, messages. */
import { css } from 'lit';
import { focusRing, token, tokens } from '../ui/tokens';
import { srOnly } from '../ui/shared-styles';

/** Base styles of a planning element. */
export const planningStyles = [
  tokens,
  focusRing,
  srOnly,
  css`
    :host { display: block; font-size: ${token['font-size']}; }
    h2 { font-size: 1.05rem; margin: 0 0 ${token['space-2']}; }
    p { margin: ${token['space-2']} 0; }
    .note { font-size: 0.85em; color: ${token.muted}; }
    .scroll { position: relative; overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
    caption { text-align: left; font-weight: 600; padding: ${token['space-1']} 0; }
    th, td { padding: 0.3em 0.45em; border-bottom: 1px solid ${token.border}; vertical-align: top; }
    thead th { font-size: 0.85em; vertical-align: bottom; border-bottom: 2px solid ${token.fg}; text-align: right; }
    thead th:first-child, tbody th, tfoot th { text-align: left; }
    tbody th { font-weight: 400; }
    td.num { text-align: right; white-space: nowrap; }
    tfoot th, tfoot td { font-weight: 600; border-top: 2px solid ${token.border}; }
    button, select, input { font: inherit; }
    button {
      padding: 0.35em 0.75em;
      border: 1px solid ${token['control-border']};
      border-radius: ${token['radius-small']};
      background: ${token.bg};
      color: ${token.fg};
      cursor: pointer;
    }
    button.primary { background: ${token.accent}; color: ${token['on-accent']}; border-color: ${token.accent}; }
    select, input[type='text'], input[type='number'] {
      padding: 0.25em 0.4em;
      border: 1px solid ${token['control-border']};
      border-radius: ${token['radius-small']};
      background: ${token.bg};
      color: ${token.fg};
    }
    .error { color: ${token['on-error-bg']}; background: ${token['error-bg']}; border-left: 4px solid ${token.error}; padding: 0.2em 0.45em; font-size: 0.85em; }
    .warning { color: ${token.warn}; font-size: 0.85em; }
    .status { font-size: 0.9em; }
    .row { display: flex; flex-wrap: wrap; gap: ${token['space-2']}; align-items: end; }
    label { display: inline-flex; flex-direction: column; gap: 0.15em; font-size: 0.9em; }
    .swatch { display: inline-block; width: 1em; height: 1em; border: 1px solid ${token['swatch-border']}; vertical-align: -0.15em; margin-right: 0.35em; }
  `,
];
