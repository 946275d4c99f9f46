/**
 * Styles of `<poverty-app>`: the map is the largest thing on screen at every width. Wide screens: controls | map |
 * panels filling the window below the header, each side column scrolling on its own; medium: the map across the
 * width above controls and panels; narrow: one column, map first.
 */
import { css } from 'lit';
import { focusRing, token } from '../ui/tokens';

/** The shell's stylesheet. */
export const appStyles = [focusRing, css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 100vh;
    font-family: 'Be Vietnam Pro', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    color: var(--bdgn-fg, #1a1a1a);
    background: var(--bdgn-bg, #f6f5f1);
  }
  .top { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; padding: 0.5rem 1rem; background: ${token['header-bg']}; color: ${token['header-fg']}; }
  .place-bar { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.5rem 1rem; padding: 0.5rem 1rem 0; }
  .place-bar place-picker { flex: 1 1 34rem; min-width: 0; }
  .place-extra { flex: 1 1 16rem; display: flex; flex-direction: column; gap: 0.35rem; font-size: 0.9rem; }
  .place-extra p { margin: 0; }
  .units { display: flex; align-items: center; gap: 0.4rem; font-weight: 600; }
  .units input { width: 1.1rem; height: 1.1rem; }
  .problem { color: ${token.error}; }
  .formed { margin: 0.5rem 0.75rem 0; font-size: 0.9rem; }
  .title { flex: 1 1 20rem; min-width: 0; }
  h1 { font-size: 1.15rem; margin: 0; line-height: 1.3; }
  .doc { margin: 0; font-size: 0.85rem; opacity: 0.9; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .actions button { font: inherit; font-size: 0.95rem; padding: 0.4rem 0.8rem; border-radius: 4px; border: 1px solid #fff; background: transparent; color: #fff; cursor: pointer; }
  .actions button:hover { background: rgb(255 255 255 / 15%); }
  .notice { margin: 0; padding: 0.4rem 1rem; background: ${token['warn-bg']}; color: #3d2f00; }
  .layout {
    flex: 1 1 auto;
    display: grid;
    gap: 0.75rem;
    padding: 0.75rem;
    min-height: 0;
    grid-template-columns: minmax(13rem, 15rem) minmax(0, 1fr) minmax(18rem, 23rem);
    grid-template-areas: 'controls map panels';
    min-block-size: 30rem;
  }
  .controls { grid-area: controls; display: flex; flex-direction: column; gap: 0.75rem; min-width: 0; min-height: 0; overflow: auto; contain: size; }
  .map { grid-area: map; position: relative; min-height: 0; border-radius: 6px; overflow: hidden; background: #fff; box-shadow: 0 1px 3px rgb(0 0 0 / 15%); }
  .map poverty-map { position: absolute; inset: 0; min-height: 0; }
  .map map-preview { position: absolute; inset: 0; z-index: 1; }
  .map:has(map-preview) poverty-map { visibility: hidden; }
  .panels { grid-area: panels; min-width: 0; min-height: 0; overflow: auto; contain: size; background: #fff; border-radius: 6px; box-shadow: 0 1px 3px rgb(0 0 0 / 15%); }
  footer { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.25rem 1rem; padding: 0.5rem 1rem; font-size: 0.85rem; color: #444; }
  footer p { margin: 0; }
  footer a { color: #0b5394; }
  @media print {
    :host { display: block; min-height: 0; background: #fff; }
    :host > :not(print-view) { display: none !important; }
  }
  @media (max-width: 1099px) {
    .layout { grid-template-columns: minmax(14rem, 17rem) minmax(0, 1fr); grid-template-areas: 'map map' 'controls panels'; min-block-size: 0; }
    .map { height: max(22rem, min(62vh, 75vw)); }
    .controls, .panels { contain: none; overflow: visible; }
  }
  @media (max-width: 699px) {
    .layout { grid-template-columns: minmax(0, 1fr); grid-template-areas: 'map' 'controls' 'panels'; padding: 0.5rem; gap: 0.5rem; }
    .map { height: max(20rem, min(62vh, 110vw)); }
    .top { padding: 0.4rem 0.5rem; gap: 0.35rem 0.5rem; }
    h1 { font-size: 1rem; }
    .doc { font-size: 0.75rem; }
    .actions { gap: 0.35rem; }
    .actions button { font-size: 0.85rem; padding: 0.3rem 0.55rem; }
    district-summary { order: 1; }
    footer { order: 2; }
  }
`];
