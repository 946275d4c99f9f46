import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDataset, metricValues, type Dataset } from '../../../../src/data/dataset';
import { joinTableToBoundaries, type CommuneFeature } from '../../../../src/data/join';
import { sumFigures } from '../../../../src/data/metrics';
import { parseCrosswalk, type CrosswalkRow } from '../../../../src/data/places/catalogue';
import { crosswalkProvincesFor, NEW_PROVINCES_OF_OLD, regroupFigures, regroupTo2025 } from '../../../../src/data/places/crosswalk';
import { unitFeatures, type PlaceUnitFeature } from '../../../../src/data/places/topology';
import { readProvinceTopology } from '../../../../src/data/places/topology-files';
import type { PlanRow, UnitFigures } from '../../../../src/data/types';
import { newProvinceTopology } from './place-fixtures';

/** The built-in Cam Lộ 2022 dataset, read from its files (the app imports them with Vite's ?raw). */
function camLo(): Dataset {
  const result = buildDataset({
    plan: { file: 'plan.json', json: JSON.parse(readFileSync('geo/plans/cam-lo-2022/plan.json', 'utf8')) },
    table: { file: 'table.csv', text: readFileSync('geo/plans/cam-lo-2022/table.csv', 'utf8') },
    boundaries: { file: 'cam-lo-communes.geojson', json: JSON.parse(readFileSync('geo/boundaries/cam-lo-communes.geojson', 'utf8')) },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function newFeatures(): PlaceUnitFeature[] {
  const topo = readProvinceTopology(newProvinceTopology(), '2025', '44');
  if (!topo.ok) throw new Error(topo.message.en);
  return unitFeatures(topo.value);
}

const row = (n: string, old: string | null, share: 'whole' | 'part', oldName: string | null, oldType = 'Xã'): CrosswalkRow => ({
  new: n, old, share, oldName, oldType, oldDistrict: '468', oldDistrictName: 'Huyện Cam Lộ', oldProvince: '45',
});

/** The NSO crosswalk rows of Cam Lộ district (2025 communes 19597 Cam Lộ and 19603 Hiếu Giang). */
const CAM_LO_ROWS: CrosswalkRow[] = [
  row('19597', '19597', 'whole', 'Cam Lộ', 'Thị trấn'),
  row('19597', '19612', 'whole', 'Cam Thành'),
  row('19597', '19618', 'whole', 'Cam Chính'),
  row('19597', '19621', 'whole', 'Cam Nghĩa'),
  row('19603', '19600', 'whole', 'Cam Tuyền'),
  row('19603', '19603', 'whole', 'Thanh An'),
  row('19603', '19606', 'whole', 'Cam Thủy'),
  row('19603', '19615', 'whole', 'Cam Hiếu'),
];

function figuresOf(dataset: Dataset, codes: string[]): UnitFigures[] {
  return codes.map((c) => dataset.join.joined.find((u) => u.feature.properties.gso_code === c)!.row.figures);
}

describe('regroupTo2025 with the built-in Cam Lộ 2022 plan', () => {
  const old = camLo();
  const result = regroupTo2025(old, CAM_LO_ROWS, newFeatures());
  if (!result.ok) throw new Error(result.message.en);
  const { dataset, regroup } = result;

  it('makes the 8 old units 2 communes, formed whole', () => {
    expect(dataset.table.units.map((u) => [u.name, u.gsoCode])).toEqual([['Hiếu Giang', '19603'], ['Cam Lộ', '19597']]);
    expect(dataset.join.joined.map((u) => [u.feature.properties.full_name, u.matchedBy])).toEqual([['Xã Hiếu Giang', 'gso-code'], ['Xã Cam Lộ', 'gso-code']]);
    expect(dataset.communes.map((f) => f.properties.gso_code)).toEqual(['19603', '19597']);
    expect(regroup['19597']).toMatchObject({ approximate: false, fullName: 'Xã Cam Lộ' });
    expect(regroup['19597']!.sources.map((s) => [s.code, s.name, s.share, s.printedName])).toEqual([
      ['19597', 'TT Cam Lộ', 'whole', 'TT Cam Lộ'],
      ['19612', 'Cam Thành', 'whole', 'Cam Thành'],
      ['19618', 'Cam Chính', 'whole', 'Cam Chính'],
      ['19621', 'Cam Nghĩa', 'whole', 'Cam Nghĩa'],
    ]);
    expect(regroup['19603']!.sources.map((s) => s.code)).toEqual(['19600', '19603', '19606', '19615']);
    expect(regroup['19603']!.note.vi).toBe('Gộp nguyên vẹn từ Cam Tuyền, Thanh An, Cam Thủy, Cam Hiếu: số hộ cộng lại, tỷ lệ tính lại từ tổng');
    expect(result.unplaced).toEqual([]);
  });

  it('sums households and poor households, and recomputes rates from the sums', () => {
    const camLoNew = dataset.table.units.find((u) => u.gsoCode === '19597')!.figures;
    expect(camLoNew.households).toBe(2095 + 2223 + 1466 + 1667);
    expect(camLoNew.poor).toBe(36 + 37 + 18 + 46);
    expect(camLoNew.poor_rate).toBe(1.84);
    expect(camLoNew.ethnic_minority_households).toBeNull();
    const hieuGiang = dataset.table.units.find((u) => u.gsoCode === '19603')!.figures;
    expect(hieuGiang.households).toBe(1481 + 2693 + 1489 + 1791);
    expect(hieuGiang.poor).toBe(109 + 106 + 57 + 44);
    expect(hieuGiang.ethnic_minority_households).toBe(101);
    expect(hieuGiang.poor_rate).toBe(Math.round((316 / 7454) * 10_000) / 100);
    expect(hieuGiang.ethnic_minority_poor_rate).toBe(Math.round((42 / 7454) * 10_000) / 100);
    for (const key of ['households', 'poor', 'social_protection', 'able_to_escape', 'target_2022', 'poor_end_2022'] as const) {
      expect(hieuGiang[key]).toBe(sumFigures(figuresOf(old, ['19600', '19603', '19606', '19615']))[key]);
    }
    const rate = metricValues(dataset, 'poverty_rate').find((v) => v.gsoCode === '19597')!;
    expect(rate.value).toBeCloseTo((137 / 7451) * 100, 12);
    expect(rate.printed).toBe(1.84);
  });

  it('keeps the district totals and the printed totals row unchanged', () => {
    expect(dataset.district).toEqual(old.district);
    expect(sumFigures(dataset.table.units.map((u) => u.figures))).toEqual(old.district);
    expect(dataset.table.total).toBe(old.table.total);
    expect(dataset.plan).toBe(old.plan);
    const districtChecks = (d: Dataset) => d.findings.filter((f) => f.kind === 'column-total' || f.kind === 'text-figure').map((f) => f.id);
    expect(districtChecks(dataset)).toEqual(districtChecks(old));
    expect(dataset.findings.filter((f) => f.id.startsWith('regroup:'))).toEqual([]);
    const totalRates = (d: Dataset) => d.findings.filter((f) => f.id.startsWith('rate:total:'));
    expect(totalRates(dataset)).toEqual(totalRates(old));
    expect(dataset.findings.filter((f) => f.kind === 'rate' && !f.id.startsWith('rate:total:'))).toEqual([]);
  });
});

describe('regroupTo2025 when old units are split or missing', () => {
  const old = camLo();

  it('marks a commune taking part of an old unit approximate and leaves its figures out', () => {
    const rows = CAM_LO_ROWS.map((r) => (r.old === '19606' ? { ...r, share: 'part' as const } : r));
    rows.push(row('19494', '19606', 'part', 'Cam Thủy'));
    const result = regroupTo2025(old, rows, newFeatures());
    if (!result.ok) throw new Error(result.message.en);
    expect(result.regroup['19603']).toMatchObject({ approximate: true, figures: null });
    expect(result.regroup['19603']!.note.en).toBe('Figures not computed (shares are never guessed): takes only part of Cam Thủy');
    expect(result.regroup['19494']).toMatchObject({ approximate: true, figures: null });
    expect(result.regroup['19494']!.sources).toEqual([{ code: '19606', name: 'Cam Thủy', share: 'part', inTable: true, printedName: 'Cam Thủy' }]);
    expect(result.regroup['19597']!.approximate).toBe(false);
    expect(result.dataset.table.units.map((u) => u.gsoCode)).toEqual(['19597']);
    expect(result.dataset.join.unmatchedFeatures.map((f) => f.properties.gso_code).sort()).toEqual(['19494', '19603']);
    expect(result.dataset.findings.filter((f) => f.id.startsWith('regroup:approximate')).map((f) => f.unit)).toEqual(['Xã Hiếu Giang', 'Phường Đông Hà']);
    expect(result.dataset.district).toEqual(old.district);
  });

  it('treats an old unit sent to two communes as split even when both rows say whole', () => {
    const rows = [...CAM_LO_ROWS, row('19494', '19621', 'whole', 'Cam Nghĩa')];
    const result = regroupTo2025(old, rows, newFeatures());
    expect(result.regroup['19597']!.approximate).toBe(true);
    expect(result.regroup['19597']!.sources.find((s) => s.code === '19621')!.share).toBe('part');
  });

  it('names old units without figures, and lists table rows the crosswalk does not place', () => {
    const rows = [...CAM_LO_ROWS.filter((r) => r.old !== '19615'), row('19603', '19609', 'whole', 'Cam An'), row('19603', null, 'whole', 'Khu vực bãi bồi')];
    const result = regroupTo2025(old, rows, newFeatures());
    if (!result.ok) throw new Error(result.message.en);
    expect(result.regroup['19603']!.note.vi).toBe('Chưa tính số liệu (không ước lượng phần chia): không có số liệu của Cam An, Khu vực bãi bồi');
    expect(result.unplaced.map((r) => r.name)).toEqual(['Cam Hiếu']);
    expect(result.dataset.findings.find((f) => f.id === 'regroup:unplaced:Cam Hiếu')!.severity).toBe('warning');
  });

  it('fails with a bilingual message when no commune can be given figures', () => {
    const result = regroupTo2025(old, CAM_LO_ROWS.map((r) => ({ ...r, share: 'part' as const })), newFeatures());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.vi).toContain('Không xã/phường 2025 nào');
    expect(regroupTo2025(old, [], newFeatures()).ok).toBe(false);
  });

  it('reports a 2025 commune this map has no boundary for', () => {
    const result = regroupTo2025(old, CAM_LO_ROWS, newFeatures().filter((f) => f.properties.gso_code !== '19603'));
    if (!result.ok) throw new Error(result.message.en);
    expect(result.dataset.findings.some((f) => f.id === 'regroup:no-feature:19603')).toBe(true);
    expect(result.regroup['19603']).toBeUndefined();
  });
});

describe('regroupFigures', () => {
  const old = camLo();
  const feature = (code: string): CommuneFeature => ({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, properties: { gso_code: code, name: `U${code}`, type: 'Xã', full_name: `Xã U${code}`, name_ascii: `U${code}`, source_units: [] } });
  const figures = fc.record({ households: fc.integer({ min: 1, max: 5000 }), poor: fc.integer({ min: 0, max: 500 }), em: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }) });

  it('preserves every count summed over whole merges and recomputes rates (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(figures, fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 12 }), (units) => {
        const rows: PlanRow[] = units.map(([f], i) => {
          const fig: UnitFigures = { ...sumFigures([]), households: f.households, poor: Math.min(f.poor, f.households), ethnic_minority_households: f.em };
          return { name: `U${10000 + i}`, gsoCode: String(10000 + i), row: i + 2, figures: fig, raw: {} };
        });
        const table = { file: 't.csv', units: rows, total: null };
        const communes = rows.map((r) => feature(r.gsoCode!));
        const dataset: Dataset = { ...old, table, communes, join: joinTableToBoundaries(table, communes), findings: [], district: sumFigures(rows.map((r) => r.figures)) };
        const targets = units.map(([, k]) => String(20000 + k));
        const crosswalk = rows.map((r, i) => row(targets[i]!, r.gsoCode, 'whole', r.name));
        const result = regroupTo2025(dataset, crosswalk, [...new Set(targets)].map(feature));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(sumFigures(result.dataset.table.units.map((u) => u.figures))).toEqual(dataset.district);
        for (const unit of result.dataset.table.units) {
          const sources = rows.filter((_, i) => targets[i] === unit.gsoCode).map((r) => r.figures);
          const sum = sumFigures(sources);
          expect(unit.figures.households).toBe(sum.households);
          expect(unit.figures.poor).toBe(sum.poor);
          expect(unit.figures.ethnic_minority_households).toBe(sum.ethnic_minority_households);
          expect(unit.figures.poor_rate).toBe(regroupFigures(sources).poor_rate);
          // Rates are rounded to 2 decimals as a plan prints them: within half a unit of the last digit (0.625 → 0.63).
          expect(Math.abs(unit.figures.poor_rate! - (sum.poor / sum.households) * 100)).toBeLessThanOrEqual(0.005 + 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('crosswalkProvincesFor', () => {
  it('gives the 2025 provinces of pre-2025 provinces', () => {
    expect(crosswalkProvincesFor('45')).toEqual(['44']);
    expect(crosswalkProvincesFor('82')).toEqual(['82', '80']);
    expect(crosswalkProvincesFor('99')).toEqual([]);
  });
});

const PLACES = 'public/places';
describe.skipIf(!existsSync(`${PLACES}/crosswalk/44.json`) || !existsSync(`${PLACES}/2025/44.json`))('with the built crosswalk of Quảng Trị', () => {
  it('regroups the Cam Lộ plan onto the real 2025 communes', () => {
    const rows = parseCrosswalk(JSON.parse(readFileSync(`${PLACES}/crosswalk/44.json`, 'utf8')));
    const topo = readProvinceTopology(JSON.parse(readFileSync(`${PLACES}/2025/44.json`, 'utf8')), '2025', '44');
    if (!rows.ok || !topo.ok) throw new Error('cannot read the built files');
    const result = regroupTo2025(camLo(), rows.value, unitFeatures(topo.value));
    if (!result.ok) throw new Error(result.message.en);
    expect(result.dataset.join.joined.map((u) => u.feature.properties.full_name).sort()).toEqual(['Xã Cam Lộ', 'Xã Hiếu Giang']);
    expect(Object.values(result.regroup).every((r) => !r.approximate)).toBe(true);
    expect(result.dataset.district).toEqual(camLo().district);
  });

  it('agrees with the crosswalk files on which 2025 provinces each old province went into', () => {
    const seen = new Map<string, Set<string>>();
    for (const file of readdirSync(`${PLACES}/crosswalk`).filter((f) => /^\d{2}\.json$/.test(f))) {
      const rows = parseCrosswalk(JSON.parse(readFileSync(`${PLACES}/crosswalk/${file}`, 'utf8')), file);
      expect(rows.ok, file).toBe(true);
      if (!rows.ok) continue;
      for (const r of rows.value) if (r.oldProvince) seen.set(r.oldProvince, (seen.get(r.oldProvince) ?? new Set()).add(file.slice(0, 2)));
    }
    for (const [old, news] of seen) expect([...news].sort(), old).toEqual([...crosswalkProvincesFor(old)].sort());
    expect(seen.size).toBe(Object.keys(NEW_PROVINCES_OF_OLD).length);
  });
});
