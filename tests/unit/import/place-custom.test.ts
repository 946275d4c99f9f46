/** A table with a column the plan does not have: read, placed, and its own measure carried into the Dataset by GSO code. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { districtValue, metricValues } from '../../../src/data/metric-values';
import { loadTable } from '../../../src/import/import-session';
import { placeDataset } from '../../../src/import/place-dataset';
import { builtInDataset } from './fixtures';

const BUILT_IN = readFileSync(new URL('../../../geo/plans/cam-lo-2022/table.csv', import.meta.url), 'utf8');
const NEAR_POOR = [60, 30, 41, 52, 48, 75, 20, 39];

/** The built-in table with a "Số hộ cận nghèo" column (and its total) after the units. */
function withNearPoor(): string {
  const rows = Papa.parse<string[]>(BUILT_IN.trim()).data;
  const sum = NEAR_POOR.reduce((a, b) => a + b, 0);
  return Papa.unparse(rows.map((r, i) => [...r, i === 0 ? 'Số hộ cận nghèo' : String(i <= NEAR_POOR.length ? NEAR_POOR[i - 1] : sum)]));
}

describe('a table with a column of its own', () => {
  it('needs no column review and becomes a Dataset with a custom count metric whose values join the communes by GSO code', async () => {
    const current = builtInDataset();
    const outcome = await loadTable({ text: withNearPoor() }, {}, { current, assets: null });
    if (outcome.stage !== 'placed') throw new Error(`stage ${outcome.stage}: ${JSON.stringify(outcome.issues)}`);
    const dataset = outcome.located.dataset;
    expect(dataset.custom?.metrics).toEqual([
      { id: 'custom:so-ho-can-ngheo', label: { vi: 'Số hộ cận nghèo', en: 'Số hộ cận nghèo' }, kind: 'count', unit: 'households', decimals: 0, numerator: null, denominator: null },
    ]);
    const byName = Object.fromEntries(metricValues(dataset, 'custom:so-ho-can-ngheo').map((v) => [v.printedName, v.value]));
    expect(byName).toEqual({ 'Thanh An': 60, 'TT Cam Lộ': 30, 'Cam Thành': 41, 'Cam Thủy': 52, 'Cam Nghĩa': 48, 'Cam Tuyên': 75, 'Cam Chính': 20, 'Cam Hiếu': 39 });
    const thanhAn = dataset.join.joined.find((u) => u.row.name === 'Thanh An')!.feature.properties.gso_code;
    expect(dataset.custom?.values[thanhAn]).toEqual({ 'custom:so-ho-can-ngheo': 60 });
    expect(districtValue(dataset, 'custom:so-ho-can-ngheo')).toEqual({ value: 365, numerator: 365, denominator: null, printed: null });
  });
});

describe('a table with a rate of its own beside its count', () => {
  it('recomputes the district rate from the summed counts', async () => {
    const current = builtInDataset();
    const rows = Papa.parse<string[]>(withNearPoor().trim()).data;
    const text = Papa.unparse(rows.map((r, i) => {
      if (i === 0) return [...r, 'Tỷ lệ hộ cận nghèo'];
      const households = Number(r[1]!.replace('.', ''));
      return [...r, (Number(r.at(-1)) / households * 100).toFixed(2)];
    }));
    const outcome = await loadTable({ text }, {}, { current, assets: null });
    if (outcome.stage !== 'placed') throw new Error(`stage ${outcome.stage}: ${JSON.stringify(outcome.issues)}`);
    const dataset = outcome.located.dataset;
    expect(dataset.custom?.metrics[1]).toEqual({
      id: 'custom:ty-le-ho-can-ngheo', label: { vi: 'Tỷ lệ hộ cận nghèo', en: 'Tỷ lệ hộ cận nghèo' }, kind: 'rate', unit: 'percent', decimals: 2, numerator: 'custom:so-ho-can-ngheo', denominator: 'households',
    });
    const district = districtValue(dataset, 'custom:ty-le-ho-can-ngheo');
    expect(district.value).toBeCloseTo((365 / 14905) * 100, 10);
    expect(district.printed).toBe(2.45);
    expect(metricValues(dataset, 'custom:ty-le-ho-can-ngheo').find((v) => v.printedName === 'Cam Tuyên')).toMatchObject({ value: 5.06, numerator: 75, denominator: 1481 });
  });

  it('keeps its values when the dataset is placed again (as on new boundaries) from the dataset’s own custom part', async () => {
    const current = builtInDataset();
    const outcome = await loadTable({ text: withNearPoor() }, {}, { current, assets: null });
    if (outcome.stage !== 'placed') throw new Error(outcome.stage);
    const { dataset, matching, features } = outcome.located;
    const again = placeDataset({ table: dataset.table, matching, features, plan: dataset.plan, planOfPlace: true, custom: dataset.custom ?? null });
    expect(again.custom?.values).toEqual(dataset.custom?.values);
    expect(placeDataset({ table: dataset.table, matching, features, plan: dataset.plan, planOfPlace: true }).custom).toBeUndefined();
  });
});
