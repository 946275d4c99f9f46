/** Shared part of the transition tags `<map-legend>` and `<embed-legend>`: a `<choropleth-legend>` fed `.legend` and `.metric` instead of `.choropleth`. */
import { property } from 'lit/decorators.js';
import type { LegendModel } from '../classify/legend';
import type { MetricDef } from '../data/metrics';
import { ChoroplethLegend, type LegendSource } from './choropleth-legend';

/** @deprecated Give `<choropleth-legend>` the choropleth instead. */
export class LegacyLegend extends ChoroplethLegend {
  /** The legend model the map is drawn with. */
  @property({ attribute: false }) legend: LegendModel | null = null;
  /** The metric shown. */
  @property({ attribute: false }) metric: MetricDef | null = null;

  protected override source(): LegendSource | null {
    if (this.choropleth) return super.source();
    return this.legend && this.metric ? { legend: this.legend, metric: this.metric } : null;
  }
}
