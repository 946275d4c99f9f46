/** The first frame's choropleth: the same classes and colours as the shell's pipeline gives the view. */
import { describe, expect, it } from 'vitest';
import { firstChoropleth, firstDataset } from '../../../src/app/first-frame';
import { createPipeline } from '../../../src/state/derive';
import { DEFAULT_VIEW } from '../../../src/state/view-state';

describe('firstChoropleth', () => {
  it('is the pipeline’s choropleth of the default view over the built-in plan', () => {
    const first = firstChoropleth(firstDataset(), DEFAULT_VIEW);
    const derived = createPipeline().derive(firstDataset(), DEFAULT_VIEW).choropleth;
    expect(first).not.toBeNull();
    expect({ ...first!, metric: first!.metric.id }).toEqual({ ...derived, metric: derived.metric.id });
    expect(first!.metric.label).toEqual(derived.metric.label);
  });
});
