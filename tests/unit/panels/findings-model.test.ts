import { describe, expect, it } from 'vitest';
import {
  countBySeverity,
  findingColumnLabel,
  findingItems,
  findingsForUnit,
  findingValueFormat,
  isRateFinding,
} from '../../../src/panels/findings-model';
import type { Finding } from '../../../src/data/types';
import { camLoDataset } from '../data/panels-fixture';

function finding(over: Partial<Finding>): Finding {
  return {
    id: over.id ?? 'x', kind: 'rate', severity: 'error', unit: null, column: null, section: 'table', row: null,
    printed: null, recomputed: null, message: { vi: 'vi', en: 'en' }, ...over,
  };
}

describe('findingColumnLabel', () => {
  it('labels table columns as the plan prints them', () => {
    expect(findingColumnLabel('poor_rate')).toEqual({ vi: 'Tỷ lệ hộ nghèo (%)', en: 'Poverty rate (%)' });
    expect(findingColumnLabel('unit')?.vi).toBe('Đơn vị');
  });

  it('labels figures stated only in the text', () => {
    expect(findingColumnLabel('reduction_rate_2022')?.vi).toBe('Mức giảm tỷ lệ hộ nghèo năm 2022');
    expect(findingColumnLabel('near_poor')?.en).toBe('Near-poor households');
  });

  it('is null without a column or for an unknown one', () => {
    expect(findingColumnLabel(null)).toBeNull();
    expect(findingColumnLabel('toString')).toBeNull();
  });
});

describe('findingValueFormat', () => {
  it('formats rates as percent with two decimals', () => {
    expect(isRateFinding({ column: 'ethnic_minority_poor_rate' })).toBe(true);
    expect(isRateFinding({ column: 'ethnic_minority_households_rate' })).toBe(true);
    expect(findingValueFormat(finding({ column: 'poor_rate', printed: 3.76, recomputed: 7.36 }))).toEqual({ unit: 'percent', decimals: 2 });
    expect(findingValueFormat(finding({ column: 'reduction_rate_2022', printed: 0.22, recomputed: 0.16 }))).toEqual({ unit: 'percent', decimals: 2 });
  });

  it('formats counts as whole households', () => {
    expect(isRateFinding({ column: 'poor' })).toBe(false);
    expect(isRateFinding({ column: null })).toBe(false);
    expect(findingValueFormat(finding({ column: 'able_to_escape', printed: 108, recomputed: 100 }))).toEqual({ unit: 'households', decimals: 0 });
  });
});

describe('findingItems', () => {
  const findings = [
    finding({ id: 'n', severity: 'info', unit: 'Cam Tuyên', column: 'unit', row: 7 }),
    finding({ id: 'w', severity: 'warning', unit: 'Cam Thành', column: 'social_protection_rate', row: 4 }),
    finding({ id: 'e2', severity: 'error', unit: null, column: 'able_to_escape', row: 10 }),
    finding({ id: 'e1', severity: 'error', unit: 'Cam Tuyên', column: 'poor_rate', row: 7 }),
    finding({ id: 'x', severity: 'error', unit: 'constructor', column: 'poor', row: 3 }),
  ];
  const unitToGso = { 'Cam Tuyên': '19600', 'Cam Thành': '19612' };

  it('orders errors, warnings, notes, then by table row', () => {
    expect(findingItems(findings, unitToGso).map((i) => i.finding.id)).toEqual(['x', 'e1', 'e2', 'w', 'n']);
  });

  it('keeps only the severities shown', () => {
    expect(findingItems(findings, unitToGso, ['warning', 'info']).map((i) => i.finding.id)).toEqual(['w', 'n']);
    expect(findingItems(findings, unitToGso, [])).toEqual([]);
  });

  it('links findings to the commune they concern, and only to known ones', () => {
    const byId = Object.fromEntries(findingItems(findings, unitToGso).map((i) => [i.finding.id, i]));
    expect(byId.e1!.gsoCode).toBe('19600');
    expect(byId.w!.gsoCode).toBe('19612');
    expect(byId.e2!.gsoCode).toBeNull();
    expect(byId.x!.gsoCode).toBeNull();
    expect(byId.e1!.columnLabel?.vi).toBe('Tỷ lệ hộ nghèo (%)');
  });

  it('counts findings by severity', () => {
    expect(countBySeverity(findings)).toEqual({ error: 3, warning: 1, info: 1 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe('on the Cam Lộ plan', () => {
  const dataset = camLoDataset();

  it('finds the known problems of Cam Tuyên, most serious first', () => {
    const own = findingsForUnit(dataset.findings, ['Cam Tuyên', 'Cam Tuyền', 'Xã Cam Tuyền']);
    expect(own.map((f) => f.id)).toEqual([
      'rate:Cam Tuyên:poor_rate',
      'rate:Cam Tuyên:ethnic_minority_poor_rate',
      'identity:Cam Tuyên:btxh+able=poor',
      'join:spelling:Cam Tuyên',
    ]);
  });

  it('summarises every finding of the plan', () => {
    const counts = countBySeverity(dataset.findings);
    expect(counts.error).toBeGreaterThanOrEqual(6);
    expect(counts.error + counts.warning + counts.info).toBe(dataset.findings.length);
    const items = findingItems(dataset.findings, { 'Cam Tuyên': '19600' });
    expect(items[0]!.finding.severity).toBe('error');
    expect(items.at(-1)!.finding.severity).toBe('info');
  });
});
