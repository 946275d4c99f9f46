/**
 * Styles of `<poverty-map>`: MapLibre's controls given the tokens' focus ring, the focus ring, tooltip and notice. MapLibre's own
 * rules come from the page's maplibre-gl.css, adopted into the shadow root by the map controller (map-assets.ts).
 */
import { css, unsafeCSS } from 'lit';
import { srOnly } from '../ui/shared-styles';
import { token } from '../ui/tokens';
import { MAP_COLORS } from './style';

const paper = unsafeCSS(MAP_COLORS.paper);

/** The map element's stylesheets. */
export const povertyMapStyles = [
  css`
    :host { display: block; position: relative; min-height: 320px; min-width: 0; overflow: hidden; font-family: ${token.font}; background: ${paper}; }
    .map { position: absolute; inset: 0; }
    .map:focus { outline: none; }
    .map:focus-visible::after { content: ''; position: absolute; inset: 0; z-index: 5; border: ${token['focus-width']} solid ${token.focus}; pointer-events: none; }
    ${srOnly}
    .tooltip { position: absolute; z-index: 3; display: grid; gap: 2px; max-width: 230px; padding: 8px 10px; pointer-events: none;
      background: rgb(255 255 255 / 96%); color: ${token.fg}; border-radius: ${token.radius}; box-shadow: 0 2px 10px rgb(0 0 0 / 22%); font-size: 13px; line-height: 1.35; }
    .tooltip .title { font-size: 14px; }
    .tooltip .metric { color: ${token.muted}; font-size: 12px; }
    .tooltip .value { font-size: 16px; font-weight: 600; font-variant-numeric: tabular-nums; }
    .tooltip .ratio { font-variant-numeric: tabular-nums; }
    .tooltip .class { display: flex; align-items: center; gap: 6px; color: ${token.muted}; font-size: 12px; }
    .swatch { display: inline-block; width: 12px; height: 12px; border: 1px solid rgb(0 0 0 / 25%); border-radius: 2px; }
    .notice { position: absolute; z-index: 3; left: 8px; right: 56px; top: 8px; margin: 0; display: flex; gap: 8px; align-items: start;
      padding: 6px 8px; background: ${token['warn-bg']}; color: ${token.fg}; border-radius: ${token['radius-small']}; font-size: 13px; }
    .notice button { border: 0; background: none; font-size: 16px; cursor: pointer; }
    .maplibregl-ctrl button.reset-view { display: grid; place-items: center; color: ${token.fg}; }
    .maplibregl-ctrl-attrib { font-size: 11px; }
    .maplibregl-ctrl-attrib-button:focus, .maplibregl-ctrl-group button:focus { box-shadow: none; }
    .maplibregl-ctrl-attrib-button:focus-visible, .maplibregl-ctrl-group button:focus-visible {
      outline: ${token['focus-width']} solid ${token.focus};
      outline-offset: 1px;
    }
  `,
];
