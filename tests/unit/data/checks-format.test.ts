import { describe, expect, it } from 'vitest';
import { eachRow, rowRef, type RowRef } from '../../../src/data/checks-format';
import type { PlanRow, PlanTable, UnitFigures } from '../../../src/data/types';

const row = (name: string, line: number): PlanRow => ({ name, gsoCode: null, row: line, figures: { households: 10, poor: 1 } as UnitFigures, raw: {} });

describe('eachRow', () => {
  it('visits the units then the totals row, each RowRef made once and only when asked for', () => {
    const table: PlanTable = { file: 't.csv', units: [row('Xã An', 2), row('Xã Bình', 3)], total: row('Tổng', 4) };
    const seen: string[] = [];
    const refs: RowRef[] = [];
    eachRow(table, (r, refOf) => {
      seen.push(r.name);
      if (r.name === 'Xã An') return;
      const ref = refOf();
      expect(refOf()).toBe(ref);
      refs.push(ref);
    });
    expect(seen).toEqual(['Xã An', 'Xã Bình', 'Tổng']);
    expect(refs).toEqual([rowRef(table.units[1]!, false), rowRef(table.total!, true)]);
    eachRow({ ...table, total: null }, (r) => seen.push(r.name));
    expect(seen.slice(3)).toEqual(['Xã An', 'Xã Bình']);
  });
});
