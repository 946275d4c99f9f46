/** @deprecated `<map-legend>`: transition name of `<choropleth-legend variant="full">`; use that with `.choropleth`. */
import { customElement } from 'lit/decorators.js';
import { LegacyLegend } from './legacy-legend';

/** @deprecated The full legend under its old tag name. */
@customElement('map-legend')
export class MapLegend extends LegacyLegend {
  constructor() {
    super();
    this.variant = 'full';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'map-legend': MapLegend;
  }
}
