import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/dataset';
import { ImportController } from '../../../src/import/import-controller';
import { loadTable } from '../../../src/import/import-session';
import { builtInDataset } from './fixtures';

const BUILT_IN = readFileSync(new URL('../../../geo/plans/cam-lo-2022/table.csv', import.meta.url), 'utf8');
const BOUNDARIES = JSON.parse(readFileSync(new URL('../../../geo/boundaries/cam-lo-communes.geojson', import.meta.url), 'utf8'));

/** The built-in table with a "Số hộ cận nghèo" column of its own, placed on the built-in boundaries. */
async function withOwnMeasure(): Promise<Dataset> {
  const rows = Papa.parse<string[]>(BUILT_IN.trim()).data;
  const text = Papa.unparse(rows.map((r, i) => [...r, i === 0 ? 'Số hộ cận nghèo' : String(10 * i)]));
  const outcome = await loadTable({ text }, {}, { current: builtInDataset(), assets: null });
  if (outcome.stage !== 'placed') throw new Error(`stage ${outcome.stage}`);
  return outcome.located.dataset;
}

describe('ImportController and new boundaries', () => {
  it('keeps the table’s own measures when the dataset is rebuilt on the boundaries loaded', async () => {
    const current = await withOwnMeasure();
    expect(current.custom?.metrics.map((m) => m.id)).toEqual(['custom:so-ho-can-ngheo']);
    const applied: Dataset[] = [];
    const host = { addController: () => {}, removeController: () => {}, requestUpdate: () => {}, updateComplete: Promise.resolve(true) };
    const controller = new ImportController(host, { current: () => current, assets: () => null, apply: (dataset) => applied.push(dataset) });
    controller.restore(null, { file: 'cam-lo-communes.geojson', json: BOUNDARIES });
    expect(controller.issues).toEqual([]);
    expect(applied).toHaveLength(1);
    expect(applied[0]!.custom?.metrics).toEqual(current.custom?.metrics);
    expect(applied[0]!.custom?.values).toEqual(current.custom?.values);
  });
});
