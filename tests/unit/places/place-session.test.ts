import { describe, expect, it } from 'vitest';
import { parsePlaceParam } from '../../../src/data/places/place-id';
import { canRegroup, openPlace, regroupPlan } from '../../../src/places/place-session';
import { hasNoFigures } from '../../../src/data/dataset-model';
import { buildDistrictSummary } from '../../../src/panels/district-summary-model';
import { camLo, fileLoader } from './places-fixture';

describe('openPlace', () => {
  it('opens Quảng Trị 2025: 78 communes with no figures, outline, neighbouring provinces, 78 label points', async () => {
    const { loader, log } = fileLoader();
    const result = await openPlace(parsePlaceParam('2025-44')!, loader);
    if (!result.ok) throw new Error(result.error.message.en);
    const view = result.value;
    expect(view.dataset.communes).toHaveLength(78);
    expect(view.dataset.join.joined).toHaveLength(0);
    expect(hasNoFigures(view.dataset), 'a place opened without a table has no figures').toBe(true);
    expect(buildDistrictSummary(view.dataset), 'so its summary shows no sums of nothing ("0 hộ")').toEqual([]);
    expect(view.context.labelPoints.features).toHaveLength(78);
    expect(view.context.outline.features).toHaveLength(1);
    const neighbours = view.context.neighbours.features.map((f) => (f.properties as { name: string }).name);
    expect(neighbours).toEqual(expect.arrayContaining(['Hà Tĩnh', 'Huế']));
    expect(neighbours).not.toContain('Quảng Trị');
    expect(view.title.vi).toBe('Tỉnh Quảng Trị (từ 1/7/2025)');
    expect(view.credit.vi).toMatch(/^Ranh giới 2025/);
    expect(view.templateUnits).toHaveLength(78);
    // The vintage's provinces load beside the index and the province's file.
    expect([...log.files].sort()).toEqual(['2025/44.json', '2025/provinces.json', 'index.json']);
  });

  it('opens Phú Thọ before 2025 by district, one unit per district', async () => {
    const { loader } = fileLoader();
    const result = await openPlace(parsePlaceParam('2013-25', 'district')!, loader);
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.value.dataset.communes).toHaveLength(13);
    expect(result.value.dataset.communes.every((f) => ['Huyện', 'Thị xã', 'Thành phố', 'Quận'].includes(f.properties.type))).toBe(true);
    expect(result.value.title.en).toBe('Phú Thọ province (before 2025)');
  });

  it('fetches each file once: a second place of the same province reads nothing new', async () => {
    const { loader, log } = fileLoader();
    await openPlace(parsePlaceParam('2013-45-468')!, loader);
    const first = log.files.length;
    const again = await openPlace(parsePlaceParam('2013-45-464')!, loader);
    expect(again.ok).toBe(true);
    expect(log.files.length).toBe(first);
    expect(log.files).not.toContain('2013/provinces.json');
  });

  it('says which file could not be loaded when offline, in both languages', async () => {
    const { loader } = fileLoader({ offline: true });
    const result = await openPlace(parsePlaceParam('2025-44')!, loader);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ file: 'index.json', reason: 'offline' });
    expect(result.error.message.vi).toMatch(/index\.json.*ngoại tuyến/);
    expect(result.error.message.en).toMatch(/index\.json.*offline/);
  });

  it('reports a damaged province file as invalid, naming it, and forgets the failure', async () => {
    const { loader, log } = fileLoader({ override: { '2025/44.json': '{"type":"Topology","arcs":[[[0,0]]],"objects":{}' } });
    const result = await openPlace(parsePlaceParam('2025-44')!, loader);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ file: '2025/44.json', reason: 'invalid' });
    expect(result.error.message.vi).toContain('2025/44.json');
    await openPlace(parsePlaceParam('2025-44')!, loader);
    expect(log.files.filter((f) => f === '2025/44.json')).toHaveLength(2);
    expect(log.files.filter((f) => f === 'index.json')).toHaveLength(1);
  });

  it('refuses a place the catalogue does not have, without fetching its file', async () => {
    const { loader, log } = fileLoader();
    const result = await openPlace(parsePlaceParam('2025-99')!, loader);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ file: 'index.json', reason: 'unknown-place' });
    expect(log.files).not.toContain('2025/99.json');
  });

  it('reports a missing file with its status', async () => {
    const { loader } = fileLoader();
    const result = await loader.crosswalk('99');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ file: 'crosswalk/99.json', reason: 'missing' });
  });
});

describe('regroupPlan on the built-in Cam Lộ 2022 plan', async () => {
  const { loader, log } = fileLoader();
  const old = camLo();
  const result = await regroupPlan(old, loader);
  if (!result.ok) throw new Error(result.error.message.en);
  const view = result.value;

  it('loads the crosswalk and the 2025 communes of Quảng Trị (old province 45 → 44)', () => {
    expect(log.files).toEqual(['index.json', 'crosswalk/44.json', '2025/44.json']);
  });

  it('keeps the plan’s figures: the regrouped plan has figures and a summary, as the plan has', () => {
    expect([hasNoFigures(old), hasNoFigures(view.dataset)]).toEqual([false, false]);
    expect(buildDistrictSummary(view.dataset).map((item) => item.id)).toContain('households');
  });

  it('shows 2 communes, Xã Cam Lộ and Xã Hiếu Giang, with summed households and recomputed rates', () => {
    const rows = Object.fromEntries(view.dataset.join.joined.map((u) => [u.feature.properties.full_name, u.row.figures]));
    expect(Object.keys(rows).sort()).toEqual(['Xã Cam Lộ', 'Xã Hiếu Giang']);
    expect(rows['Xã Cam Lộ']!.households).toBe(2095 + 2223 + 1466 + 1667);
    expect(rows['Xã Cam Lộ']!.poor).toBe(36 + 37 + 18 + 46);
    expect(rows['Xã Cam Lộ']!.poor_rate).toBe(Math.round(((36 + 37 + 18 + 46) / (2095 + 2223 + 1466 + 1667)) * 10000) / 100);
    expect(rows['Xã Hiếu Giang']!.households).toBe(2693 + 1489 + 1481 + 1791);
    expect(view.dataset.table.total).toBe(old.table.total);
  });

  it('lists the old units each came from, and nothing is approximate', () => {
    expect(view.regroup!['19597']!.sources.map((s) => s.name)).toEqual(['TT Cam Lộ', 'Cam Thành', 'Cam Chính', 'Cam Nghĩa']);
    expect(view.approximate).toEqual([]);
  });

  it('frames and labels the 2 communes and draws other 2025 communes around them', () => {
    expect(view.context.labelPoints.features.map((f) => f.properties!.gso_code).sort()).toEqual(['19597', '19603']);
    expect(view.context.outline.features).toHaveLength(1);
    expect(view.context.neighbours.features.length).toBeGreaterThan(0);
    const [w, s, e, n] = view.bbox;
    expect(w).toBeLessThan(e);
    expect(s).toBeLessThan(n);
    expect(e - w).toBeLessThan(0.5);
    expect(view.title.vi).toBe('Huyện Cam Lộ, Quảng Trị — trên xã/phường từ 1/7/2025');
    expect(view.units).toBe('2025');
  });
});

describe('canRegroup', () => {
  it('is offered for a pre-2025 plan of a known province, not for a blank place', async () => {
    const { loader } = fileLoader();
    const index = await loader.index();
    if (!index.ok) throw new Error('index');
    expect(canRegroup(camLo(), index.value)).toBe(true);
    const place = await openPlace(parsePlaceParam('2013-25')!, loader);
    if (!place.ok) throw new Error('place');
    expect(canRegroup(place.value.dataset, index.value)).toBe(false);
  });
});
