import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmt } from '../../../../src/data/checks-format';
import { districtValue, metricValues } from '../../../../src/data/dataset';
import { applyDraft, draftSummary, EMPTY_DRAFT } from '../../../../src/data/planning/draft';
import { checkDraft, setDraftCell, type TargetDraft } from '../../../../src/data/planning/draft-cells';
import { formatDraftParam, MAX_DRAFT_PARAM_CHARS, parseDraftParam } from '../../../../src/data/planning/draft-param';
import { builtInDataset } from './fixture';
import { customDataset, NEAR, NEAR_ID, RATE_ID, SCORE, SCORE_ID } from '../custom-fixture';

const dataset = builtInDataset();
const codes = new Set(dataset.join.joined.map((u) => u.feature.properties.gso_code));
const CAM_TUYEN = '19600';
const THANH_AN = '19603';

function draftFromUrl(raw: string): TargetDraft {
  const parsed = parseDraftParam(raw, codes);
  if (parsed.draft === null) throw new Error(parsed.reason.en);
  return parsed.draft;
}

describe('applyDraft: the worked example draft=19600:15 on the built-in Cam Lộ data', () => {
  const drafted = applyDraft(dataset, draftFromUrl('19600:15'));
  const camTuyen = metricValues(drafted, 'poverty_rate_end_2022').find((v) => v.gsoCode === CAM_TUYEN)!;

  it("sets Cam Tuyền's target to 15 instead of 10; its projected end becomes 94 households, 6,35 %", () => {
    expect(metricValues(dataset, 'reduction_target_2022').find((v) => v.gsoCode === CAM_TUYEN)!.value).toBe(10);
    expect(camTuyen.row.figures.target_2022).toBe(15);
    expect(camTuyen.row.figures.poor_end_2022).toBe(94);
    expect(fmt('vi', camTuyen.value!, 2)).toBe('6,35');
    expect(fmt('vi', camTuyen.printed!, 2)).toBe('6,35');
  });

  it('gives a district target of 29 and a projected end of 424 households, 2,84 %', () => {
    expect(districtValue(drafted, 'reduction_target_2022').value).toBe(29);
    expect(districtValue(drafted, 'poor_end_2022').value).toBe(424);
    expect(fmt('vi', districtValue(drafted, 'poverty_rate_end_2022').value!, 2)).toBe('2,84');
    expect(drafted.table.total!.figures).toMatchObject({ target_2022: 29, poor_end_2022: 424, poor_rate_end_2022: 2.84 });
    expect(draftSummary(dataset, drafted)).toMatchObject({ plan: { target: 24, poorEnd: 429 }, draft: { target: 29, poorEnd: 424 }, changed: 1 });
  });

  it('keeps every other unit row as it was and leaves the original dataset untouched', () => {
    drafted.table.units.forEach((row, i) => {
      const before = dataset.table.units[i]!;
      if (row.name === 'Cam Tuyên') expect(row).not.toBe(before);
      else expect(row).toBe(before);
    });
    expect(dataset.table.units.find((r) => r.name === 'Cam Tuyên')!.figures.target_2022).toBe(10);
    expect(dataset.table.total!.figures.poor_end_2022).toBe(429);
    expect(drafted.join.joined).toHaveLength(dataset.join.joined.length);
  });

  it('re-checks the drafted table: targets of the plan text are replaced, the join notes are kept', () => {
    const ids = drafted.findings.map((f) => f.id);
    expect(ids).not.toContain('stated:reduction_rate_2022');
    expect(ids).not.toContain('identity:Cam Tuyên:poor-target=end');
    expect(ids).not.toContain('rate:Cam Tuyên:poor_rate_end_2022');
    expect(ids).toContain('join:spelling:Cam Tuyên');
    expect(ids).toContain('rate:Cam Tuyên:poor_rate');
    expect(drafted.plan.stated.reduction_households_2022).toBeUndefined();
    expect(drafted.plan.stated.households).toEqual(dataset.plan.stated.households);
  });
});

describe('applyDraft on a table with measures of its own', () => {
  const custom = customDataset();
  const drafted = applyDraft(custom, new Map([[CAM_TUYEN, 15]]));

  it('keeps the custom definitions and every unit value, joined to the drafted units', () => {
    expect(drafted.custom?.metrics).toBe(custom.custom!.metrics);
    expect(drafted.custom?.values).toEqual(custom.custom!.values);
    expect(drafted.custom?.total).toEqual(custom.custom!.total);
    expect(metricValues(drafted, NEAR_ID).map((v) => v.value)).toEqual(NEAR);
    expect(metricValues(drafted, SCORE_ID).map((v) => v.value)).toEqual(SCORE);
    expect(districtValue(drafted, NEAR_ID).value).toBe(365);
    expect(districtValue(drafted, RATE_ID).value).toBeCloseTo(districtValue(custom, RATE_ID).value!, 10);
    expect(metricValues(drafted, 'reduction_target_2022').find((v) => v.gsoCode === CAM_TUYEN)!.value).toBe(15);
  });

  it('keeps custom values kept by unit only (no rows), and adds none to a plan without them', () => {
    const { rows: _rows, ...byUnit } = custom.custom!;
    const older = applyDraft({ ...custom, custom: byUnit }, new Map([[CAM_TUYEN, 15]]));
    expect(metricValues(older, NEAR_ID).map((v) => v.value)).toEqual(NEAR);
    expect('custom' in applyDraft(dataset, new Map([[CAM_TUYEN, 15]]))).toBe(false);
  });
});

describe('applyDraft: empty and refused drafts', () => {
  it('returns the dataset itself for the empty draft and for a draft whose cells are all refused', () => {
    expect(applyDraft(dataset, EMPTY_DRAFT)).toBe(dataset);
    expect(applyDraft(dataset, new Map([[CAM_TUYEN, 500]]))).toBe(dataset);
    expect(applyDraft(dataset, new Map([['99999', 3]]))).toBe(dataset);
  });

  it('skips a refused cell and applies the rest', () => {
    const drafted = applyDraft(dataset, new Map([[CAM_TUYEN, 500], [THANH_AN, 4]]));
    const byCode = new Map(metricValues(drafted, 'reduction_target_2022').map((v) => [v.gsoCode, v.value]));
    expect(byCode.get(CAM_TUYEN)).toBe(10);
    expect(byCode.get(THANH_AN)).toBe(4);
    const checks = checkDraft(dataset, new Map([[CAM_TUYEN, 500], [THANH_AN, 4], ['99999', 1]]));
    expect(checks.map((c) => [c.gsoCode, c.error?.code ?? null])).toEqual([
      [THANH_AN, null],
      [CAM_TUYEN, 'above-poor'],
      ['99999', 'unknown-unit'],
    ]);
  });
});

describe('setDraftCell: validation per cell, bilingual messages', () => {
  const start: TargetDraft = new Map([[THANH_AN, 3]]);
  const refusedCases: [string, string][] = [
    ['2,5', 'not-an-integer'],
    ['-3', 'negative'],
    ['110', 'above-poor'],
    ['mười', 'not-a-number'],
    ['1'.repeat(40), 'not-a-number'],
  ];
  it.each(refusedCases)('refuses “%s” (%s) at that cell and keeps the others', (text, code) => {
    const { draft, check } = setDraftCell(dataset, start, CAM_TUYEN, text);
    expect(check.error?.code).toBe(code);
    expect(draft).toBe(start);
    expect(check.error!.message.vi).toContain('Cam Tuyên');
    expect(check.error!.message.en).toContain('Cam Tuyên');
    expect(check.error!.message.vi).not.toBe(check.error!.message.en);
  });

  it('accepts a target, warns above the households able to escape, and clears on a blank cell', () => {
    const ok = setDraftCell(dataset, start, CAM_TUYEN, ' 15 ');
    expect(ok.check.error).toBeNull();
    expect(ok.check.warnings).toEqual([]);
    expect([...ok.draft]).toEqual([[THANH_AN, 3], [CAM_TUYEN, 15]]);
    const above = setDraftCell(dataset, ok.draft, CAM_TUYEN, '50');
    expect(above.check.warnings.map((w) => w.code)).toEqual(['above-able']);
    expect(above.draft.get(CAM_TUYEN)).toBe(50);
    const cleared = setDraftCell(dataset, above.draft, CAM_TUYEN, '');
    expect([...cleared.draft]).toEqual([[THANH_AN, 3]]);
  });

  it('warns of a negative remainder only when it says more than "above able"', () => {
    // Cam Tuyên prints BTXH 53 + able 48 ≠ poor 109: 57 leaves 52 poor, fewer than its 53 BTXH households.
    expect(setDraftCell(dataset, start, CAM_TUYEN, '57').check.warnings.map((w) => w.code)).toEqual(['above-able', 'negative-remainder']);
    // Thanh An prints BTXH 100 + able 6 = poor 106: the two warnings are the same fact, said once.
    expect(setDraftCell(dataset, start, THANH_AN, '7').check.warnings.map((w) => w.code)).toEqual(['above-able']);
  });
});

describe('parseDraftParam / formatDraftParam', () => {
  it('reads one and several entries', () => {
    expect([...draftFromUrl('19600:15')]).toEqual([[CAM_TUYEN, 15]]);
    expect([...draftFromUrl('19600:15,19603:4')]).toEqual([[CAM_TUYEN, 15], [THANH_AN, 4]]);
    expect([...draftFromUrl('')]).toEqual([]);
  });

  const hostile = [
    '19600:15,',
    ',19600:15',
    ' 19600:15',
    '19600:-1',
    '19600:+1',
    '19600:1.5',
    '19600:015',
    '19600:1234567',
    '1960:5',
    '196000:5',
    '99999:1',
    '19600:1,19600:2',
    '__proto__:1',
    'constructor:1',
    '19600=15',
    '19600:15;19603:4',
    '<script>:1',
    '19600:1e3',
    '19600:0x10',
    Array.from({ length: 9 }, (_, i) => `1960${i}:1`).join(','),
    '1'.repeat(MAX_DRAFT_PARAM_CHARS + 1),
  ];
  it.each(hostile.map((h) => [h.length > 40 ? `${h.slice(0, 40)}…` : h, h]))('refuses %s with a reason in both languages', (_label, raw) => {
    const result = parseDraftParam(raw, codes);
    expect(result.draft).toBeNull();
    expect(result.reason!.vi).toMatch(/draft/);
    expect(result.reason!.en).toMatch(/draft/);
    expect(result.reason!.vi.length).toBeLessThan(200);
  });

  it('round-trips any draft of known units (written sorted by code)', () => {
    const codeList = [...codes];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...codeList), fc.integer({ min: 0, max: 999_999 })), (entries) => {
        const draft = new Map(Object.entries(entries));
        const text = formatDraftParam(draft);
        const back = parseDraftParam(text, codes);
        expect(back.draft && Object.fromEntries(back.draft)).toEqual(entries);
        expect(text.split(',').map((e) => e.split(':')[0])).toEqual(text === '' ? [''] : [...draft.keys()].sort());
      }),
    );
  });
});
