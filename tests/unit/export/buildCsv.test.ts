import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildCsv, csvFields, customColumnNames, metricColumnName } from '../../../src/export/csv';
import { UTF8_BOM } from '../../../src/core/csv-cells';
import { parsePlanTable } from '../../../src/data/plan-table';
import { buildDataset } from '../../../src/data/dataset';
import { METRIC_IDS } from '../../../src/data/metrics';
import { camLo, camLoSources } from './fixture';
import { loadTable } from '../../../src/import/import-session';
import { districtValue, metricValues } from '../../../src/data/metric-values';
import { customDataset, NEAR, NEAR_ID, plan, RATE_ID, SCORE, SCORE_ID } from '../data/custom-fixture';

const dataset = camLo();

function rows(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
}

describe('buildCsv', () => {
  const csv = buildCsv(dataset, 'poverty_rate', 'vi');

  it('starts with a UTF-8 BOM, ends lines with CRLF and names columns by machine id', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(UTF8_BOM + csvFields('poverty_rate').join(','));
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    expect(csvFields('poverty_rate').slice(0, 5)).toEqual(['gso_code', 'unit', 'official_name', 'households', 'households_recomputed']);
  });

  it('has one row per commune in the plan order, then the printed totals row', () => {
    const out = rows(csv);
    expect(out).toHaveLength(9);
    expect(out.map((r) => r['unit'])).toEqual(['Thanh An', 'TT Cam Lộ', 'Cam Thành', 'Cam Thủy', 'Cam Nghĩa', 'Cam Tuyên', 'Cam Chính', 'Cam Hiếu', 'Tổng']);
    expect(out[5]).toMatchObject({ gso_code: '19600', official_name: 'Xã Cam Tuyền', households: '1481', poor: '109' });
    expect(out[8]).toMatchObject({ gso_code: '', official_name: 'Huyện Cam Lộ' });
  });

  it('writes printed rates with their printed decimals and a dot, recomputed rates to 4 decimals', () => {
    const tuyen = rows(csv)[5]!;
    expect(tuyen['poor_rate']).toBe('3.76');
    expect(tuyen['poor_rate_recomputed']).toBe('7.3599');
    expect(tuyen['poor_rate_end_2022']).toBe('6.68');
    expect(tuyen[metricColumnName('poverty_rate')]).toBe('7.3599');
    const total = rows(csv)[8]!;
    expect(total['able_to_escape_rate']).toBe('0.72');
    expect(rows(csv)[1]!['able_to_escape_rate']).toBe('0.53');
    expect(rows(csv)[4]!['able_to_escape_rate']).toBe('0.60');
  });

  it('gives the totals row both the printed totals and the communes added up', () => {
    const total = rows(csv)[8]!;
    expect(total['households']).toBe('14905');
    expect(total['households_recomputed']).toBe(String(dataset.district.households));
    expect(total['poor_recomputed']).toBe(String(dataset.district.poor));
    expect(Number(total['poor_rate_recomputed'])).toBeCloseTo((dataset.district.poor / dataset.district.households) * 100, 4);
    expect(total['poor_rate']).toBe('3.04');
  });

  it('leaves blank cells blank', () => {
    const thanhAn = rows(csv)[0]!;
    expect(thanhAn['ethnic_minority_households']).toBe('');
    expect(thanhAn['ethnic_minority_poor_rate']).toBe('');
  });

  it('parses back through parsePlanTable to the same figures, with only the extra columns as warnings', () => {
    for (const metric of METRIC_IDS) {
      for (const lang of ['vi', 'en'] as const) {
        const parsed = parsePlanTable(buildCsv(dataset, metric, lang), 'export.csv');
        if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
        expect(parsed.value.units.map((u) => [u.name, u.figures])).toEqual(dataset.table.units.map((u) => [u.name, u.figures]));
        expect(parsed.value.total?.figures).toEqual(dataset.table.total?.figures);
        expect(parsed.value.units.map((u) => u.gsoCode)).toEqual(dataset.join.joined.map((u) => u.feature.properties.gso_code));
        expect(parsed.warnings.every((w) => w.code === 'unknown-column')).toBe(true);
        expect(parsed.warnings.map((w) => w.column).sort()).toEqual(csvFields(metric).filter((f) => f.endsWith('_recomputed') || f === 'official_name' || f.startsWith('metric_')).sort());
      }
    }
  });

  it('reloads into a dataset with the same data-check findings on the figures', () => {
    const sources = camLoSources();
    const reloaded = buildDataset({ ...sources, table: { file: 'export.csv', text: buildCsv(dataset, 'poverty_rate', 'en') } });
    if (!reloaded.ok) throw new Error('reload failed');
    const figureFindings = (d: typeof dataset) => d.findings.filter((f) => f.kind !== 'name').map((f) => f.id);
    expect(figureFindings(reloaded.value)).toEqual(figureFindings(dataset));
    expect(reloaded.value.join.joined).toHaveLength(8);
  });

  it('writes English official names in English', () => {
    const out = rows(buildCsv(dataset, 'poverty_rate', 'en'));
    expect(out[1]!['official_name']).toBe('Cam Lộ town');
    expect(out[5]!['official_name']).toBe('Cam Tuyền commune');
    expect(out[8]!['official_name']).toBe('Cam Lộ district');
  });

  it('writes metric values in machine form, negatives included', () => {
    const out = rows(buildCsv(dataset, 'change_2022_pp', 'vi'));
    const value = out[5]![metricColumnName('change_2022_pp')]!;
    expect(value).toMatch(/^-\d+\.\d{1,4}$/);
    expect(Number(value)).toBeCloseTo(((99 - 109) / 1481) * 100, 4);
  });

  it('quotes cells per RFC 4180 and defuses formulas in names', () => {
    const edited = camLo((s) => ({ ...s, table: { ...s.table, text: s.table.text.replace('Cam Chính,', '"=Cam, ""Chính""",') } }));
    const out = buildCsv(edited, 'poverty_rate', 'vi');
    expect(out).toContain(`"'=Cam, ""Chính"""`);
  });

  it("prefixes with ' a unit name \"=HYPERLINK(...)\" and names starting with + - @, never numbers", () => {
    const names = ['=HYPERLINK("http://example.com","x")', '+Cam Chính', '-Cam Chính', '@Cam Chính'];
    for (const name of names) {
      const quoted = `"${name.replace(/"/g, '""')}",`;
      const edited = camLo((s) => ({ ...s, table: { ...s.table, text: s.table.text.replace('Cam Chính,', quoted) } }));
      const units = rows(buildCsv(edited, 'change_2022_pp', 'vi')).map((r) => r['unit']!);
      expect(units).toContain(`'${name}`);
      expect(units).not.toContain(name);
    }
    const out = rows(buildCsv(dataset, 'change_2022_pp', 'vi'));
    expect(out[5]![metricColumnName('change_2022_pp')]).toMatch(/^-\d/);
  });

  it('prefixes an official name that starts like a formula', () => {
    const edited = camLo((s) => {
      const plan = structuredClone(s.plan.json) as { district: { name: string } };
      plan.district.name = '=1+1';
      return { ...s, plan: { ...s.plan, json: plan } };
    });
    expect(rows(buildCsv(edited, 'poverty_rate', 'en')).at(-1)!['official_name']).toBe("'=1+1 district");
    expect(rows(buildCsv(edited, 'poverty_rate', 'vi')).at(-1)!['official_name']).toBe('Huyện =1+1');
  });
});

describe('buildCsv with a table’s own measures', () => {
  const custom = customDataset();
  const OWN = ['Số hộ cận nghèo', 'Tỷ lệ hộ cận nghèo', 'Điểm đánh giá (%)'];

  it('adds a column per measure, headed by the name it was read from, before the metric column', () => {
    const fields = csvFields(RATE_ID, custom.custom!.metrics);
    expect(fields.slice(-4)).toEqual([...OWN, metricColumnName(RATE_ID)]);
    expect(buildCsv(custom, RATE_ID, 'vi').split('\r\n')[0]).toBe(UTF8_BOM + fields.join(','));
  });

  it('writes each unit the map’s values and the totals row the printed totals, the metric column the district’s', () => {
    const out = rows(buildCsv(custom, RATE_ID, 'en'));
    expect(out.slice(0, 8).map((r) => [Number(r[OWN[0]!]), Number(r[OWN[2]!])])).toEqual(NEAR.map((n, i) => [n, SCORE[i]]));
    expect(out.slice(0, 8).map((r) => Number(r[metricColumnName(RATE_ID)]))).toEqual(metricValues(custom, RATE_ID).map((v) => Number(v.value!.toFixed(4))));
    expect(out[8]).toMatchObject({ unit: 'Tổng', [OWN[0]!]: '365', [OWN[1]!]: '2.45', [OWN[2]!]: '70' });
    expect(Number(out[8]![metricColumnName(RATE_ID)])).toBeCloseTo(districtValue(custom, RATE_ID).value!, 4);
    expect(rows(buildCsv(custom, NEAR_ID, 'vi'))[8]![metricColumnName(NEAR_ID)]).toBe('365');
    expect(rows(buildCsv(custom, SCORE_ID, 'vi'))[8]![metricColumnName(SCORE_ID)]).toBe('');
  });

  it('names the metric column after the metric shown: a custom id the dataset lacks is the default metric', () => {
    const out = buildCsv(plan, NEAR_ID, 'vi');
    expect(out.split('\r\n')[0]).toBe(UTF8_BOM + csvFields('poverty_rate').join(','));
  });

  it('heads a measure by its metric id when its name is blank or already a column', () => {
    const metrics = custom.custom!.metrics;
    const clash = [{ ...metrics[0]!, label: { vi: 'households', en: 'households' } }, metrics[1]!, { ...metrics[2]!, label: { vi: 'Tỷ lệ hộ cận nghèo', en: '' } }, { ...metrics[0]!, id: 'custom:x' as const, label: { vi: ' ', en: ' ' } }];
    expect(customColumnNames(clash)).toEqual([metrics[0]!.id, 'Tỷ lệ hộ cận nghèo', metrics[2]!.id, 'custom:x']);
  });

  it('still parses back to the plan’s figures, and loads back with the same measures and values', async () => {
    const text = buildCsv(custom, NEAR_ID, 'vi');
    const parsed = parsePlanTable(text, 'export.csv');
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
    expect(parsed.value.units.map((u) => u.figures)).toEqual(custom.table.units.map((u) => u.figures));
    const outcome = await loadTable({ text }, {}, { current: plan, assets: null });
    if (outcome.stage !== 'placed') throw new Error(`stage ${outcome.stage}`);
    const reloaded = outcome.located.dataset;
    for (const id of [NEAR_ID, RATE_ID, SCORE_ID] as const) expect(metricValues(reloaded, id).map((v) => v.value), id).toEqual(metricValues(custom, id).map((v) => v.value));
  });
});

