/** Màu khung bản đồ / The colours of the map's frame, in a module of their own so the SVG map carries no MapLibre style code. */
import { TOKEN_DEFAULTS } from '../ui/tokens';

/**
 * Colours of the map's frame. The marks of the interface (focus, selection, text) are the style tokens'
 * defaults (a WebGL style cannot read CSS custom properties); the ground, neighbours, district outline,
 * hover and highlight outlines are map paint, like the palettes in src/classify.
 */
export const MAP_COLORS = {
  paper: '#f3f1ec',
  neighbourFill: '#e6e2da',
  neighbourLine: '#b9b3a8',
  neighbourText: '#8c857a',
  border: '#ffffff',
  outline: '#3b3a36',
  hover: '#2b2b2b',
  highlight: '#6a1b9a',
  selected: TOKEN_DEFAULTS.fg,
  focus: TOKEN_DEFAULTS.focus,
  text: TOKEN_DEFAULTS.fg,
} as const;
