/** @deprecated `<embed-legend>`: transition name of `<choropleth-legend variant="compact">`; use that with `.choropleth`. */
import { customElement } from 'lit/decorators.js';
import { LegacyLegend } from './legacy-legend';

/** @deprecated The compact legend under its old tag name. */
@customElement('embed-legend')
export class EmbedLegend extends LegacyLegend {
  constructor() {
    super();
    this.variant = 'compact';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'embed-legend': EmbedLegend;
  }
}
