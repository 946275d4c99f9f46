import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanTable } from '../../../../src/data/plan-table';
import { readTableFile, sheetToPlanTable } from '../../../../src/data/table-read/read-table';

const annex = readFileSync(new URL('./fixtures/seed-annex.tsv', import.meta.url));
const builtIn = readFileSync(new URL('../../../../geo/plans/cam-lo-2022/table.csv', import.meta.url), 'utf8');

describe('the plan annex as pasted from Word', () => {
  it('reads to exactly the figures of the built-in table', async () => {
    const reading = await readTableFile({ name: 'seed-annex.tsv', bytes: new Uint8Array(annex) });
    expect(reading.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(reading.chosen).toBe(0);
    const layout = reading.sheets[0]?.layout;
    expect(layout?.headerRows).toEqual([0, 1]);
    const result = sheetToPlanTable(reading, 0);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.map((i) => i.message.en)));
    const expected = parsePlanTable(builtIn, 'table.csv');
    if (!expected.ok) throw new Error('built-in table does not parse');
    const strip = (row: { name: string; gsoCode: string | null; figures: object } | null) => row && { name: row.name, gsoCode: row.gsoCode, figures: row.figures };
    expect(result.value.table.units.map(strip)).toEqual(expected.value.units.map(strip));
    expect(strip(result.value.table.total)).toEqual(strip(expected.value.total));
    expect(result.value.table.units).toHaveLength(8);
    expect(result.value.table.units[0]?.row).toBe(3);
    expect(result.value.table.total?.row).toBe(11);
    expect(result.warnings.map((w) => [w.code, w.column])).toEqual([['mixed-decimal-marks', 'K']]);
  });

  it('proposes every column of the plan from the two header rows', async () => {
    const reading = await readTableFile({ text: annex.toString('utf8') });
    const targets = reading.sheets[0]?.columns?.columns.map((c) => c.target);
    expect(targets).toEqual([
      'unit', 'households', 'ethnic_minority_households', 'poor', 'poor_rate',
      'ethnic_minority_poor', 'ethnic_minority_poor_rate', 'social_protection', 'social_protection_rate',
      'able_to_escape', 'able_to_escape_rate', 'target_2022', 'poor_end_2022', 'poor_rate_end_2022',
    ]);
    const rate = reading.sheets[0]?.columns?.columns[4];
    expect(rate?.reason.en).toContain('Hộ nghèo');
  });
});
