import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/core/format';
import { applyDraft, EMPTY_DRAFT } from '../../../src/data/planning/draft';
import { parseDraftParam } from '../../../src/data/planning/draft-param';
import { buildDraftTable, isBlockPaste, pasteColumn, pastedColumn } from '../../../src/planning/draft-table-model';
import { builtInDataset } from '../data/planning/fixture';

const plan = builtInDataset();
const codes = plan.join.joined.map((u) => u.feature.properties.gso_code);
const CAM_TUYEN = '19600';
const THANH_AN = '19603';

function fromUrl(raw: string) {
  const parsed = parseDraftParam(raw, new Set(codes));
  if (!parsed.draft) throw new Error(parsed.reason.en);
  return parsed.draft;
}

describe('buildDraftTable', () => {
  it('shows the plan as printed for the empty draft: no unit changed, totals are the units added up', () => {
    const model = buildDraftTable(plan, applyDraft(plan, EMPTY_DRAFT), EMPTY_DRAFT);
    expect(model.rows.map((r) => r.gsoCode)).toEqual(codes);
    expect(model.rows.every((r) => !r.changed && r.target === r.planTarget)).toBe(true);
    expect(model.totals.target).toBe(plan.table.units.reduce((s, r) => s + (r.figures.target_2022 ?? 0), 0));
    expect(model.changedNames).toEqual([]);
  });

  it('draft=19600:15: Cam Tuyền 15 → 94 households, 6,35 %; district 29, 424 households, 2,84 %', () => {
    const draft = fromUrl('19600:15');
    const model = buildDraftTable(plan, applyDraft(plan, draft), draft);
    const row = model.rows.find((r) => r.gsoCode === CAM_TUYEN)!;
    expect(row).toMatchObject({ planTarget: 10, target: 15, poorEnd: 94, changed: true });
    expect(formatNumber(row.rateEnd, 'vi', 2)).toBe('6,35');
    expect(model.totals).toMatchObject({ planTarget: 24, target: 29, poorEnd: 424 });
    expect(formatNumber(model.totals.rateEnd, 'vi', 2)).toBe('2,84');
    expect(model.summary).toMatchObject({ plan: { target: 24, poorEnd: 429 }, draft: { target: 29, poorEnd: 424 }, changed: 1 });
    expect(model.changedNames).toEqual([row.name]);
    expect(formatNumber(row.share, 'vi', 1)).toBe(formatNumber((15 / 29) * 100, 'vi', 1));
    const shares = model.rows.reduce((s, r) => s + (r.share ?? 0), 0);
    expect(shares).toBeCloseTo(100, 9);
  });

  it('warns beside a target above the households able to escape poverty (Thanh An: 6 able)', () => {
    const draft = fromUrl(`${THANH_AN}:7`);
    const row = buildDraftTable(plan, applyDraft(plan, draft), draft).rows.find((r) => r.gsoCode === THANH_AN)!;
    expect(row.target).toBe(7);
    expect(row.warnings.map((w) => w.code)).toEqual(['above-able']);
    expect(row.warnings[0]!.message.vi).toContain('6');
  });

  it('a draft equal to the plan marks no unit as changed', () => {
    const draft = fromUrl(`${CAM_TUYEN}:10`);
    expect(buildDraftTable(plan, applyDraft(plan, draft), draft).changedNames).toEqual([]);
  });
});

describe('pasting a column from Excel', () => {
  it('reads one value per line (CRLF or LF), the first cell of tab-separated lines, dropping the final empty line', () => {
    expect(pastedColumn('15\r\n4\r\n')).toEqual(['15', '4']);
    expect(pastedColumn('15\t99\n 4 \t1')).toEqual(['15', '4']);
    expect(pastedColumn('15')).toEqual(['15']);
    expect(isBlockPaste('15')).toBe(false);
    expect(isBlockPaste('15\n4')).toBe(true);
    expect(isBlockPaste('15\t4')).toBe(true);
  });

  it('fills downwards from the cell, refuses bad cells at their place and keeps every other value', () => {
    const result = pasteColumn(plan, EMPTY_DRAFT, codes, 0, ['2', '2,5', '-1', '5000', '1']);
    expect(result.checks.map((c) => c.gsoCode)).toEqual(codes.slice(0, 5));
    expect(result.checks.map((c) => c.check.error?.code ?? null)).toEqual([null, 'not-an-integer', 'negative', 'above-poor', null]);
    expect([...result.draft]).toEqual([
      [codes[0], 2],
      [codes[4], 1],
    ]);
    for (const c of result.checks.filter((x) => x.check.error)) {
      expect(c.check.error!.message.vi).toMatch(/không được nhận/);
      expect(c.check.error!.message.en).toMatch(/not accepted/);
    }
  });

  it('counts the values past the last row as overflow, and keeps the draft it was given for refused cells', () => {
    const before = fromUrl(`${codes.at(-1)}:1`);
    const result = pasteColumn(plan, before, codes, codes.length - 1, ['x', '2', '3']);
    expect(result.overflow).toBe(2);
    expect(result.checks).toHaveLength(1);
    expect(result.checks[0]!.check.error!.code).toBe('not-a-number');
    expect(result.draft).toBe(before);
  });
});
