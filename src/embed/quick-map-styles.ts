/** Styles of the SVG-first `<poverty-map>`: the SVG, its zoom buttons, focus ring, tooltip (as the MapLibre map's) and notice. */
import { css, unsafeCSS } from 'lit';
import { MAP_COLORS } from '../map/map-colors';
import { srOnly } from '../ui/shared-styles';

/**
 * The element's stylesheets (MapLibre's own are added by the zoomable layer when it loads; theirs make the map's
 * container position: relative, which `.map .gl.maplibregl-map` overrides so it keeps filling the element).
 */
export const quickMapStyles = [
  srOnly,
  css`
    :host { display: block; position: relative; min-height: 320px; min-width: 0; overflow: hidden; font-family: 'Be Vietnam Pro', system-ui, sans-serif; background: ${unsafeCSS(MAP_COLORS.paper)}; }
    .map { position: absolute; inset: 0; touch-action: pan-x pan-y; }
    :host(:not([cooperative])) .map { touch-action: none; }
    .map:focus { outline: none; }
    .map:focus-visible::after { content: ''; position: absolute; inset: 0; z-index: 5; border: 3px solid #1565c0; pointer-events: none; }
    .map .gl, .map .gl.maplibregl-map { position: absolute; inset: 0; }
    svg.choropleth { position: absolute; inset: 0; z-index: 1; display: block; }
    .commune { cursor: pointer; }
    .mark { pointer-events: none; }
    .label {
      font-size: 11.5px; font-weight: 600; fill: #1d1d1b; dominant-baseline: central; pointer-events: none;
      paint-order: stroke; stroke: rgb(255 255 255 / 90%); stroke-width: 3px; stroke-linejoin: round;
    }
    .zoom { position: absolute; z-index: 2; top: 10px; right: 10px; display: grid; background: #fff; border-radius: 4px; box-shadow: 0 0 0 2px rgb(0 0 0 / 10%); }
    .zoom button {
      width: 29px; height: 29px; padding: 0; border: 0; background: none; font: 600 20px/1 system-ui, sans-serif; color: #333; cursor: pointer;
    }
    .zoom button + button { border-top: 1px solid #ddd; }
    .zoom button:hover { background: rgb(0 0 0 / 5%); }
    .zoom button:focus-visible { outline: 3px solid #1565c0; outline-offset: 1px; }
    .loading { position: absolute; z-index: 2; left: 8px; bottom: 8px; margin: 0; padding: 2px 8px; border-radius: 4px; background: rgb(255 255 255 / 90%); font-size: 12px; color: #3d3a35; }
    .tooltip { position: absolute; z-index: 3; display: grid; gap: 2px; max-width: 230px; padding: 8px 10px; pointer-events: none;
      background: rgb(255 255 255 / 96%); color: #1d1d1b; border-radius: 6px; box-shadow: 0 2px 10px rgb(0 0 0 / 22%); font-size: 13px; line-height: 1.35; }
    .tooltip .title { font-size: 14px; }
    .tooltip .metric { color: #5b5750; font-size: 12px; }
    .tooltip .value { font-size: 16px; font-weight: 600; font-variant-numeric: tabular-nums; }
    .tooltip .ratio { font-variant-numeric: tabular-nums; }
    .tooltip .class { display: flex; align-items: center; gap: 6px; color: #3d3a35; font-size: 12px; }
    .swatch { display: inline-block; width: 12px; height: 12px; border: 1px solid rgb(0 0 0 / 25%); border-radius: 2px; }
    .notice { position: absolute; z-index: 4; left: 8px; right: 8px; bottom: 8px; margin: 0; display: flex; gap: 8px; align-items: start;
      padding: 6px 8px; background: #fff4ce; color: #3d2f00; border-radius: 4px; font-size: 13px; }
    .notice button { border: 0; background: none; font-size: 16px; cursor: pointer; }
  `,
];
