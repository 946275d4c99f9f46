/** Style fragments shared by the elements. */
import { css } from 'lit';

/** `.sr-only`: text for screen readers only, kept out of the layout (and out of horizontal scrolling). */
export const srOnly = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
