/** Styles of `<presenter-mode>`: closed, it is no box at all (its map lays out in the app); open, a high-contrast, large-type projector layout (the tokens' text colour on their background, AA+). */
import { css } from 'lit';
import { srOnly } from '../ui/shared-styles';
import { focusRing, token } from '../ui/tokens';

/** The presenter's stylesheet. */
export const presenterStyles = css`
  :host {
    display: contents;
    background: ${token.bg};
    color: ${token.fg};
    font-family: ${token.font};
  }
  :host([open]) { position: fixed; inset: 0; z-index: 2147483000; display: block; }
  .frame {
    position: absolute;
    inset: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr) clamp(320px, 31vw, 600px);
    grid-template-rows: auto minmax(0, 1fr) auto;
    grid-template-areas: 'bar bar' 'stage side' 'caption side';
    outline: none;
  }
  .bar { grid-area: bar; display: flex; align-items: center; gap: 1em; padding: 0.35rem 1.2rem 0.45rem; background: ${token.fg}; color: ${token.bg}; }
  .heading { flex: 1 1 auto; min-width: 0; }
  .kicker { margin: 0; font-size: clamp(16px, 1.35vw, 26px); line-height: 1.3; }
  h2 { margin: 0; font-size: clamp(30px, 3vw, 60px); line-height: 1.15; font-weight: 700; }
  .counter { margin: 0; font-size: clamp(28px, 2.6vw, 52px); font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .stage { grid-area: stage; position: relative; min-height: 0; }
  .stage ::slotted(*) { position: absolute; inset: 0; min-height: 0; }
  .caption { grid-area: caption; padding: 0.3em 0.9em 0.45em; border-top: 4px solid ${token.fg}; font-size: clamp(28px, 2.25vw, 48px); line-height: 1.25; }
  .caption p { margin: 0.12em 0; }
  .caption .lead { font-weight: 700; }
  .side {
    grid-area: side;
    display: flex;
    flex-direction: column;
    gap: 0.7rem;
    min-height: 0;
    overflow: auto;
    padding: 0.7rem 1rem;
    border-left: 4px solid ${token.fg};
    font-size: clamp(17px, 1.4vw, 30px);
  }
  .tools { display: flex; flex-wrap: wrap; gap: 0.3rem; }
  button {
    font: inherit;
    font-size: clamp(15px, 1.15vw, 24px);
    color: ${token.fg};
    background: ${token.bg};
    border: 2px solid ${token.fg};
    border-radius: 6px;
    min-height: 44px;
    padding: 0.2em 0.5em;
  }
  button { cursor: pointer; font-weight: 600; }
  button:hover { background: ${token.hover}; }
  button[aria-expanded='true'] { background: ${token.fg}; color: ${token.bg}; }
  .tools .arrow { min-width: 44px; font-size: clamp(20px, 1.6vw, 30px); line-height: 1; }
  .tools .exit { margin-left: auto; }
  ${focusRing}
  presenter-search { flex: 0 1 15em; min-width: 8em; font-size: clamp(16px, 1.2vw, 24px); }
  choropleth-legend {
    --bdgn-font-size: clamp(17px, 1.4vw, 30px);
    --bdgn-muted: ${token.fg};
    --bdgn-border: ${token.fg};
    --bdgn-swatch-border: ${token.fg};
  }
  .steps { position: absolute; z-index: 5; top: 0.75rem; left: 0.75rem; max-height: calc(100% - 1.5rem); font-size: clamp(18px, 1.5vw, 30px); }
  ${srOnly}
  .sentinel { position: absolute; width: 1px; height: 1px; overflow: hidden; }
  @media (max-width: 900px) {
    .frame { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto minmax(240px, 1fr) auto auto; grid-template-areas: 'bar' 'stage' 'caption' 'side'; overflow: auto; }
    .side { border-left: 0; border-top: 4px solid ${token.fg}; overflow: visible; }
  }
`;
