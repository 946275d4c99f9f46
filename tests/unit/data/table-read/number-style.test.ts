import { describe, expect, it } from 'vitest';
import { columnDecimalMark, readColumnCell } from '../../../../src/data/table-read/number-style';
import { readTableFile, sheetToPlanTable } from '../../../../src/data/table-read/read-table';

async function figures(text: string) {
  const reading = await readTableFile({ name: 't.csv', bytes: new TextEncoder().encode(text) });
  const result = sheetToPlanTable(reading, 0);
  if (!result.ok) return result.issues.map((i) => i.message.en);
  return result.value.table.units.map((u) => [u.figures.households, u.figures.poor_rate]);
}

describe('number styles, decided per column', () => {
  it('finds the decimal mark a column uses', () => {
    expect(columnDecimalMark(['3,94', '0,72', '1.234'])).toBe(',');
    expect(columnDecimalMark(['3.94', '0.72', '12'])).toBe('.');
    expect(columnDecimalMark(['3.94', '0,72'])).toBe('mixed');
    expect(columnDecimalMark(['2.693', '1,481', '12'])).toBeNull();
  });

  it('reads a lone "1.234" in a rate column by the column’s mark', () => {
    expect(readColumnCell('1.234', 'rate', ',')).toEqual({ ok: true, value: 1234 });
    expect(readColumnCell('1.234', 'rate', '.')).toEqual({ ok: true, value: 1.234 });
    expect(readColumnCell('1,234', 'rate', '.')).toEqual({ ok: true, value: 1234 });
  });

  it('reads the three styles of a whole table alike', async () => {
    const expected = [[2693, 3.94], [1481, 0.72]];
    expect(await figures('Đơn vị;Dân cư (hộ);Hộ nghèo;Tỷ lệ hộ nghèo (%)\nThanh An;2.693;106;3,94\nCam Tuyên;1.481;11;0,72\n')).toEqual(expected);
    expect(await figures('Đơn vị\tDân cư (hộ)\tHộ nghèo\tTỷ lệ hộ nghèo (%)\nThanh An\t2.693\t106\t3.94\nCam Tuyên\t1.481\t11\t0.72\n')).toEqual(expected);
    expect(await figures('Đơn vị,Dân cư (hộ),Hộ nghèo,Tỷ lệ hộ nghèo (%)\nThanh An,"2,693",106,"3,94"\nCam Tuyên,"1,481",11,"0,72"\n')).toEqual(expected);
  });

  it('warns once when a column mixes decimal marks, as the plan’s annex does', async () => {
    const reading = await readTableFile({ text: 'Đơn vị\tDân cư (hộ)\tHộ nghèo\tTỷ lệ %\nCam An\t100\t3\t3.00\nCam Bình\t200\t4\t2,00\nCam Chính\t300\t5\t1.67' });
    const result = sheetToPlanTable(reading, 0);
    expect(result.ok && result.warnings.map((w) => [w.code, w.column, w.header])).toEqual([['mixed-decimal-marks', 'D', 'Tỷ lệ %']]);
  });
});
