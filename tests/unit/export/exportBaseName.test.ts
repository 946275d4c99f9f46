import { describe, expect, it } from 'vitest';
import { exportBaseName, machineNumber, printedCell, recomputedFigures, slug } from '../../../src/export/figures';
import { camLo } from './fixture';

describe('exportBaseName', () => {
  it('names files after district, plan year and metric id', () => {
    const dataset = camLo();
    expect(exportBaseName(dataset, 'poverty_rate')).toBe('cam-lo-2022-poverty-rate');
    expect(exportBaseName(dataset, 'change_2022_pp')).toBe('cam-lo-2022-change-2022-pp');
  });

  it('slugs Vietnamese names to ASCII', () => {
    expect(slug('Đa Krông')).toBe('da-krong');
    expect(slug('  Thị xã Quảng Trị! ')).toBe('thi-xa-quang-tri');
  });
});

describe('recomputedFigures', () => {
  it('keeps counts and recomputes rates from them', () => {
    const tuyen = camLo().table.units.find((u) => u.name === 'Cam Tuyên')!;
    const out = recomputedFigures(tuyen.figures);
    expect(out.households).toBe(1481);
    expect(out.poor_rate).toBeCloseTo((109 / 1481) * 100, 10);
    expect(out.ethnic_minority_poor_rate).toBeCloseTo((42 / 1481) * 100, 10);
  });
});

describe('printedCell and machineNumber', () => {
  it('write printed rates with their printed decimals and counts as integers', () => {
    const row = { figures: { ...camLo().table.units[0]!.figures, poor_rate: 0.6 }, raw: { poor_rate: '0,60' } };
    expect(printedCell(row, 'poor_rate')).toBe('0.60');
    expect(printedCell(row, 'households')).toBe(2693);
    expect(printedCell(row, 'ethnic_minority_households')).toBeNull();
  });

  it('round to 4 decimals and drop non-finite values', () => {
    expect(machineNumber(7.359892)).toBe(7.3599);
    expect(machineNumber(Number.NaN)).toBeNull();
    expect(machineNumber(null)).toBeNull();
  });
});
