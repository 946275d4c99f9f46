import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan, summarizeFindings } from '../../../src/data/checks';
import { parsePlanTable } from '../../../src/data/plan-table';
import { FIGURE_COLUMNS } from '../../../src/data/table-columns';
import type { Finding, FigureKey, PlanRow, PlanTable, StatedFigures, UnitFigures } from '../../../src/data/types';

// ---------------------------------------------------------------------------------------------------------
// Helpers: build small tables as CSV text and parse them, like a user-supplied file would be.

const HEADER = ['unit', ...FIGURE_COLUMNS.map((c) => c.id)];
type Cells = Partial<Record<FigureKey | 'unit', string | number>>;

/** Build a table through parsePlanTable; data rows are lines 2, 3, … of the file. */
function tableFrom(rows: Cells[]): PlanTable {
  const quote = (v: string | number | undefined) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  const text = [HEADER.map(quote).join(','), ...rows.map((r) => HEADER.map((h) => quote(r[h as keyof Cells])).join(','))].join('\n');
  const parsed = parsePlanTable(text, 'test.csv');
  if (!parsed.ok) throw new Error(`test table does not parse: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

/** Rate text rounded half-up to 2 decimals (the test's own arithmetic, independent of the checker). */
function pct(count: number, households: number, decimals = 2): string {
  const f = 10 ** decimals;
  return (Math.round((count / households) * 100 * f + 1e-7) / f).toFixed(decimals);
}

interface UnitSpec {
  unit: string;
  households: number;
  poor: number;
  social_protection: number;
  target_2022: number;
  ethnic_minority_households?: number;
  ethnic_minority_poor?: number;
}

/** A fully consistent row: able = poor − BTXH, end = poor − target, every rate recomputed. */
function consistent(u: UnitSpec): Cells {
  const able = u.poor - u.social_protection;
  const end = u.poor - u.target_2022;
  const h = u.households;
  const cells: Cells = {
    unit: u.unit,
    households: h,
    poor: u.poor,
    poor_rate: pct(u.poor, h),
    social_protection: u.social_protection,
    social_protection_rate: pct(u.social_protection, h),
    able_to_escape: able,
    able_to_escape_rate: pct(able, h),
    target_2022: u.target_2022,
    poor_end_2022: end,
    poor_rate_end_2022: pct(end, h),
  };
  if (u.ethnic_minority_households !== undefined) cells.ethnic_minority_households = u.ethnic_minority_households;
  if (u.ethnic_minority_poor !== undefined) {
    cells.ethnic_minority_poor = u.ethnic_minority_poor;
    cells.ethnic_minority_poor_rate = pct(u.ethnic_minority_poor, h);
  }
  return cells;
}

/** Totals row of consistent unit specs (blank EM cells stay out of the sums). */
function totalOf(units: UnitSpec[], name = 'Tổng'): Cells {
  const sum = (k: keyof UnitSpec) => units.reduce((s, u) => s + ((u[k] as number | undefined) ?? 0), 0);
  const spec: UnitSpec = {
    unit: name,
    households: sum('households'),
    poor: sum('poor'),
    social_protection: sum('social_protection'),
    target_2022: sum('target_2022'),
  };
  if (units.some((u) => u.ethnic_minority_households !== undefined)) spec.ethnic_minority_households = sum('ethnic_minority_households');
  if (units.some((u) => u.ethnic_minority_poor !== undefined)) spec.ethnic_minority_poor = sum('ethnic_minority_poor');
  return consistent(spec);
}

const A: UnitSpec = { unit: 'Xã An', households: 1000, poor: 50, social_protection: 30, target_2022: 5 };
const B: UnitSpec = { unit: 'Xã Bình', households: 2223, poor: 37, social_protection: 33, target_2022: 1 };
const C: UnitSpec = { unit: 'Thị trấn Cầu', households: 1481, poor: 109, social_protection: 53, target_2022: 10, ethnic_minority_households: 101, ethnic_minority_poor: 42 };

const byId = (findings: Finding[], id: string) => findings.find((f) => f.id === id);

// ---------------------------------------------------------------------------------------------------------

describe('checkPlan: consistent tables', () => {
  it('finds nothing in a consistent table with a totals row', () => {
    expect(checkPlan(tableFrom([consistent(A), consistent(B), consistent(C), totalOf([A, B, C])]))).toEqual([]);
  });

  it('finds nothing without a totals row, and accepts Vietnamese-formatted cells', () => {
    const t = tableFrom([{ ...consistent(B), households: '2.223', social_protection_rate: '1,48', poor_rate: '1,66%' }]);
    expect(checkPlan(t)).toEqual([]);
  });

  it('accepts both ways of rounding an exact half (round half up and half to even)', () => {
    // 1 / 4 000 = 0.025 % exactly: 0.02 and 0.03 are both correct two-decimal roundings
    const base = { unit: 'Xã Tie', households: 4000, poor: 1, social_protection: 1, target_2022: 0 };
    for (const printed of ['0.02', '0.03']) {
      expect(checkPlan(tableFrom([{ ...consistent(base), poor_rate: printed, social_protection_rate: printed }]))).toEqual([]);
    }
  });

  it('judges a rate at the precision it is printed with', () => {
    // 109 / 1 481 = 7.3599 %: "7.4" agrees at one decimal; "7.3" is one unit off
    const ok = checkPlan(tableFrom([{ ...consistent(C), poor_rate: '7.4' }]));
    expect(ok).toEqual([]);
    const slip = byId(checkPlan(tableFrom([{ ...consistent(C), poor_rate: '7,3' }])), 'rate:Thị trấn Cầu:poor_rate');
    expect(slip).toMatchObject({ severity: 'warning', printed: 7.3, recomputed: 7.4 });
  });
});

describe('checkPlan: rates', () => {
  it('reports a wrong rate with unit, column, row, printed and recomputed values and a bilingual message', () => {
    const findings = checkPlan(tableFrom([consistent(A), { ...consistent(C), poor_rate: '3.76' }]));
    expect(findings).toHaveLength(1);
    const f = findings[0] as Finding;
    expect(f).toMatchObject({
      id: 'rate:Thị trấn Cầu:poor_rate',
      kind: 'rate',
      severity: 'error',
      unit: 'Thị trấn Cầu',
      column: 'poor_rate',
      section: 'table',
      row: 3,
      printed: 3.76,
      recomputed: 7.36,
    });
    expect(f.message.vi).toContain('Tỷ lệ hộ nghèo của Thị trấn Cầu in là 3,76 % nhưng 109 / 1.481 hộ = 7,36 %');
    expect(f.message.en).toContain("Thị trấn Cầu's printed poverty rate is 3.76% but 109 / 1,481 households = 7.36%");
    expect(f.message.en).toContain('two adjacent digits swapped');
  });

  it('treats a one-digit rounding slip as a warning, not an error', () => {
    // 33 / 2 223 = 1.48448 %: correctly 1.48; 1.49 comes from rounding in steps
    const findings = checkPlan(tableFrom([{ ...consistent(B), social_protection_rate: '1.49' }]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'rate:Xã Bình:social_protection_rate', severity: 'warning', printed: 1.49, recomputed: 1.48 });
    expect(findings[0]?.message.en).toContain('rounding in several steps');
    // two units off is an error
    const two = checkPlan(tableFrom([{ ...consistent(B), social_protection_rate: '1.50' }]));
    expect(two[0]).toMatchObject({ severity: 'error', printed: 1.5, recomputed: 1.48 });
  });

  it('hints when the printed rate matches another denominator (the totals row households)', () => {
    const other: UnitSpec = { unit: 'Xã Đông', households: 13424, poor: 344, social_protection: 292, target_2022: 14 };
    const cRow = { ...consistent(C), ethnic_minority_poor_rate: pct(42, 14905) };
    const findings = checkPlan(tableFrom([cRow, consistent(other), totalOf([C, other])]));
    const f = byId(findings, 'rate:Thị trấn Cầu:ethnic_minority_poor_rate');
    expect(f).toMatchObject({ severity: 'error', printed: 0.28, recomputed: 2.84, row: 2 });
    expect(f?.message.vi).toContain('42 / 14.905 hộ (số hộ toàn huyện)');
    expect(f?.message.en).toContain("matches 42 / 14,905 households (the district's households)");
  });

  it('checks the rates of the totals row too', () => {
    const total = { ...totalOf([A, B]), poor_rate_end_2022: '9.99' };
    const f = byId(checkPlan(tableFrom([consistent(A), consistent(B), total])), 'rate:total:poor_rate_end_2022');
    expect(f).toMatchObject({ unit: null, row: 4, printed: 9.99, severity: 'error', recomputed: Number(pct(81, 3223)) });
    expect(f?.message.en).toContain("The totals row's printed end-2022 poverty rate");
  });

  it('reports a printed rate above 100 % as out of range', () => {
    const t = tableFrom([consistent(A)]);
    const row = t.units[0] as PlanRow;
    const broken: PlanTable = { ...t, units: [{ ...row, figures: { ...row.figures, poor_rate: 150 }, raw: { ...row.raw, poor_rate: '150' } }] };
    const findings = checkPlan(broken);
    expect(byId(findings, 'range:Xã An:poor_rate')).toMatchObject({ kind: 'range', severity: 'error', printed: 150 });
    expect(byId(findings, 'rate:Xã An:poor_rate')).toMatchObject({ severity: 'error', recomputed: 5 });
  });
});

describe('checkPlan: row identities', () => {
  it('finds BTXH + able ≠ poor and names the fix the totals row supports', () => {
    const cBad = { ...consistent(C), able_to_escape: 48, able_to_escape_rate: pct(48, 1481) }; // 53 + 48 = 101 ≠ 109
    const total = totalOf([A, C]); // built from the consistent C (able 56): its totals row is 8 higher
    const findings = checkPlan(tableFrom([consistent(A), cBad, total]));
    const identity = byId(findings, 'identity:Thị trấn Cầu:btxh+able=poor');
    expect(identity).toMatchObject({ kind: 'row-identity', severity: 'error', unit: 'Thị trấn Cầu', column: 'poor', row: 3, printed: 109, recomputed: 101 });
    expect(identity?.message.en).toContain('the totals row adds up if households able to escape poverty = 56 (= 109 − 53)');
    const total8 = byId(findings, 'total:able_to_escape');
    expect(total8).toMatchObject({ kind: 'column-total', severity: 'error', unit: null, row: 4, printed: 76, recomputed: 68 });
    expect(total8?.message.en).toContain("Thị trấn Cầu's households able to escape poverty were 56");
  });

  it('finds poor − target ≠ end of year, a target above the able-to-escape households and parts above wholes', () => {
    const row = { ...consistent(A), poor_end_2022: 44, poor_rate_end_2022: pct(44, 1000), target_2022: 25 };
    const em = { ...consistent(B), ethnic_minority_households: 10, ethnic_minority_poor: 40, ethnic_minority_poor_rate: pct(40, 2223) };
    const findings = checkPlan(tableFrom([row, em]));
    expect(byId(findings, 'identity:Xã An:poor-target=end')).toMatchObject({ printed: 44, recomputed: 25, row: 2, column: 'poor_end_2022' });
    expect(byId(findings, 'identity:Xã An:target<=able')).toMatchObject({ printed: 25, recomputed: 20, column: 'target_2022' });
    expect(byId(findings, 'identity:Xã Bình:em-poor<=poor')).toMatchObject({ printed: 40, recomputed: 37, row: 3 });
    expect(byId(findings, 'identity:Xã Bình:em-poor<=em-households')).toMatchObject({ printed: 40, recomputed: 10 });
    expect(findings.filter((f) => f.kind === 'row-identity').every((f) => f.severity === 'error')).toBe(true);
  });

  it('finds more poor households than households', () => {
    const t = tableFrom([{ unit: 'Xã Nhỏ', households: 10, poor: 12 }]);
    expect(byId(checkPlan(t), 'identity:Xã Nhỏ:poor<=households')).toMatchObject({ printed: 12, recomputed: 10, severity: 'error' });
  });
});

describe('checkPlan: column totals', () => {
  it('finds a wrong total', () => {
    const total = { ...totalOf([A, B]), households: 3300, poor_rate: pct(87, 3300), social_protection_rate: pct(63, 3300), able_to_escape_rate: pct(24, 3300), poor_rate_end_2022: pct(81, 3300) };
    const findings = checkPlan(tableFrom([consistent(A), consistent(B), total]));
    expect(findings.filter((f) => f.kind === 'column-total')).toEqual([
      expect.objectContaining({ id: 'total:households', printed: 3300, recomputed: 3223, row: 4, severity: 'error' }),
    ]);
    expect(findings[0]?.message.vi).toContain('dòng “Tổng” in 3.300 nhưng cộng 2 đơn vị được 3.223');
  });

  it('accepts blank cells when the total equals the sum of the others', () => {
    expect(checkPlan(tableFrom([consistent(A), consistent(C), consistent(B), totalOf([A, C, B])]))).toEqual([]);
  });

  it('counts blank cells as none and says so when the total differs', () => {
    const total = { ...totalOf([A, C, B]), ethnic_minority_households: 120 };
    const f = byId(checkPlan(tableFrom([consistent(A), consistent(C), consistent(B), total])), 'total:ethnic_minority_households');
    expect(f).toMatchObject({ printed: 120, recomputed: 101 });
    expect(f?.message.en).toContain('2 blank cells are counted as none');
  });
});

describe('checkPlan: stated figures', () => {
  const table = () => tableFrom([consistent(A), consistent(B), totalOf([A, B])]);
  const s = (value: number, printed: string, section: 'I' | 'III' = 'I') => ({ value, printed, section });
  // district: 3 223 households, 87 poor, 63 BTXH, 24 able, 6 fewer poor in 2022, 81 at the end
  const good: StatedFigures = {
    households: s(3223, '3.223'),
    poor: s(87, '87'),
    poor_rate: s(2.7, '2,70%'),
    social_protection: s(63, '63'),
    social_protection_rate: s(1.95, '1,95%'),
    able_to_escape: s(24, '24'),
    able_to_escape_rate: s(0.74, '0,74%'),
    near_poor: s(100, '100'),
    near_poor_rate: s(3.1, '3,10%'),
    poor_and_near_poor: s(187, '187'),
    reduction_households_2022: s(6, '6', 'III'),
    reduction_rate_2022: s(0.19, '0,19%', 'III'),
  };

  it('finds nothing when the text agrees with the table', () => {
    expect(checkPlan(table(), good)).toEqual([]);
  });

  it('finds stated counts and sums that disagree', () => {
    const findings = checkPlan(table(), { ...good, poor: s(90, '90'), poor_and_near_poor: s(200, '200'), reduction_households_2022: s(9, '9', 'III') });
    expect(byId(findings, 'stated:poor')).toMatchObject({ kind: 'text-figure', severity: 'error', section: 'I', row: null, printed: 90, recomputed: 87 });
    expect(byId(findings, 'stated:poor_and_near_poor')).toMatchObject({ printed: 200, recomputed: 190 });
    expect(byId(findings, 'stated:reduction_households_2022')).toMatchObject({ section: 'III', printed: 9, recomputed: 6 });
  });

  it('checks stated rates at their printed precision', () => {
    // 100 / 3 223 = 3.103 %: "3,1" agrees at one decimal; 63 / 3 223 = 1.955 % → 1,95, so "1,96" is one unit off
    const findings = checkPlan(table(), { ...good, near_poor_rate: s(3.1, '3,1%'), social_protection_rate: s(1.96, '1,96%'), poor_rate: s(2.9, '2,90%') });
    expect(byId(findings, 'stated:near_poor_rate')).toBeUndefined();
    expect(byId(findings, 'stated:social_protection_rate')).toMatchObject({ severity: 'warning', printed: 1.96, recomputed: 1.95 });
    expect(byId(findings, 'stated:poor_rate')).toMatchObject({ severity: 'error', printed: 2.9, recomputed: 2.7 });
  });

  it('says whether the reduction rate equals the printed start rate minus the printed end rate', () => {
    const total = { ...totalOf([A, B]), poor_rate_end_2022: '2.20' }; // 2.70 − 2.20 = 0.50
    const findings = checkPlan(tableFrom([consistent(A), consistent(B), total]), { ...good, reduction_rate_2022: s(0.5, '0,50%', 'III') });
    const f = byId(findings, 'stated:reduction_rate_2022');
    expect(f).toMatchObject({ severity: 'error', printed: 0.5, recomputed: 0.19, section: 'III' });
    expect(f?.message.en).toContain('starting poverty rate minus the printed end-2022 rate');
    const endRate = byId(findings, 'rate:total:poor_rate_end_2022');
    expect(endRate?.message.en).toContain('reduction stated in the text (section III)');
    const other = byId(checkPlan(table(), { ...good, reduction_rate_2022: s(0.5, '0,50%', 'III') }), 'stated:reduction_rate_2022');
    expect(other?.message.en).toContain('Nor does it equal the printed starting rate minus the printed end-2022 rate');
  });
});

describe('checkPlan: missing figures, order and summary', () => {
  it('never reports or crashes on missing figures', () => {
    const minimal = tableFrom([{ unit: 'Xã An', households: 1000, poor: 50 }, { unit: 'Xã Bình', households: 500, poor: 5 }, { unit: 'Tổng', households: 1500, poor: 55 }]);
    expect(checkPlan(minimal)).toEqual([]);
    expect(checkPlan(minimal, { poor_rate: { value: 3.67, printed: '3,67', section: 'I' }, near_poor_rate: { value: 1, printed: '1', section: 'I' } })).toEqual([]);
    const nulls: UnitFigures = {
      households: 0, ethnic_minority_households: null, poor: 0, poor_rate: 3, ethnic_minority_poor: null, ethnic_minority_poor_rate: 2,
      social_protection: null, social_protection_rate: null, able_to_escape: null, able_to_escape_rate: null, target_2022: null, poor_end_2022: null, poor_rate_end_2022: null,
    };
    const bare: PlanTable = { file: 'x', units: [{ name: 'Xã Trống', gsoCode: null, row: 2, figures: nulls, raw: {} }], total: null };
    expect(() => checkPlan(bare, { households: { value: 0, printed: '0', section: 'I' }, poor_rate: { value: 1, printed: '1', section: 'I' } })).not.toThrow();
    expect(checkPlan(bare)).toEqual([]);
  });

  it('sorts errors, then warnings, by table row, with unique ids, and summarises', () => {
    const findings = checkPlan(
      tableFrom([{ ...consistent(A), poor_rate: '5.01' }, { ...consistent(B), social_protection_rate: '1.49', poor_rate: '9.99' }, { ...consistent(C), poor_rate: '3.76' }]),
    );
    expect(findings.map((f) => [f.severity, f.row])).toEqual([
      ['error', 3],
      ['error', 4],
      ['warning', 2],
      ['warning', 3],
    ]);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    expect(summarizeFindings(findings)).toEqual({ error: 2, warning: 2, info: 0 });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties

const unitSpec = (i: number) =>
  fc
    .record({
      households: fc.integer({ min: 1, max: 6000 }),
      a: fc.nat(1_000_000),
      b: fc.nat(1_000_000),
      c: fc.nat(1_000_000),
      em: fc.option(fc.tuple(fc.nat(1_000_000), fc.nat(1_000_000)), { nil: undefined }),
    })
    .map(({ households, a, b, c, em }): UnitSpec => {
      const poor = a % (Math.floor(households / 3) + 1);
      const sp = b % (poor + 1);
      const target = c % (poor - sp + 1);
      const spec: UnitSpec = { unit: `Cam ${i + 1}`, households, poor, social_protection: sp, target_2022: target };
      if (em) {
        spec.ethnic_minority_households = em[0] % (households + 1);
        spec.ethnic_minority_poor = em[1] % (Math.min(poor, spec.ethnic_minority_households) + 1);
      }
      return spec;
    });

const specsArb = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => unitSpec(i))));

/** Print counts as a Vietnamese document would ("2.693") and, at random, rates with a decimal comma. */
function printed(cells: Cells, comma: boolean): Cells {
  const out: Cells = { ...cells };
  for (const [k, v] of Object.entries(cells)) {
    if (k === 'unit' || v === undefined) continue;
    const col = FIGURE_COLUMNS.find((c) => c.id === k);
    if (col?.kind === 'count') out[k as FigureKey] = new Intl.NumberFormat('vi-VN').format(Number(v));
    else if (comma) out[k as FigureKey] = String(v).replace('.', ',');
  }
  return out;
}

describe('checkPlan: properties', () => {
  it('finds no errors (indeed nothing) in random consistent tables', () => {
    fc.assert(
      fc.property(specsArb, fc.boolean(), fc.boolean(), (specs, withTotal, comma) => {
        const rows = specs.map((u) => printed(consistent(u), comma));
        if (withTotal) rows.push(printed(totalOf(specs), comma));
        const findings = checkPlan(tableFrom(rows));
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(findings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('names the unit when one of its counts is perturbed so that an identity breaks', () => {
    const field = fc.constantFrom<FigureKey>('poor', 'social_protection', 'able_to_escape', 'target_2022', 'poor_end_2022');
    fc.assert(
      fc.property(specsArb, fc.nat(), field, fc.integer({ min: 1, max: 50 }), fc.boolean(), (specs, pick, key, delta, withTotal) => {
        const index = pick % specs.length;
        const rows = specs.map((u) => consistent(u));
        if (withTotal) rows.push(totalOf(specs));
        const target = rows[index] as Cells;
        rows[index] = { ...target, [key]: Number(target[key]) + delta };
        const unit = target.unit as string;
        const findings = checkPlan(tableFrom(rows));
        expect(findings.some((f) => f.unit === unit && f.kind === 'row-identity')).toBe(true);
        if (withTotal) expect(findings.some((f) => f.id === `total:${key}`)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// The committed table of the Cam Lộ 2022 plan: well-formed findings, and findings wherever the test's own
// arithmetic finds a disagreement (no hard-coded list).

describe('checkPlan: the committed Cam Lộ 2022 table', () => {
  it('produces well-formed findings covering every disagreement the test recomputes', () => {
    const text = readFileSync(new URL('../../../geo/plans/cam-lo-2022/table.csv', import.meta.url), 'utf8');
    const parsed = parsePlanTable(text, 'table.csv');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const table = parsed.value;
    const findings = checkPlan(table);
    const lines = new Set([...table.units, ...(table.total ? [table.total] : [])].map((r) => r.row));

    const ids = findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of findings) {
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(['rate', 'row-identity', 'column-total', 'text-figure', 'name', 'range']).toContain(f.kind);
      expect(f.id).toMatch(/^[a-z-]+:.+/);
      expect(f.section).toBe('table');
      expect(f.row === null || lines.has(f.row)).toBe(true);
      expect(f.unit === null || table.units.some((u) => u.name === f.unit)).toBe(true);
      for (const v of [f.printed, f.recomputed]) expect(v === null || Number.isFinite(v)).toBe(true);
      expect(f.message.vi.length).toBeGreaterThan(20);
      expect(f.message.en.length).toBeGreaterThan(20);
      expect(f.message.vi).not.toContain('undefined');
      expect(f.message.en).not.toContain('NaN');
    }
    const order = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < findings.length; i++) expect(order[findings[i - 1]!.severity]).toBeLessThanOrEqual(order[findings[i]!.severity]);

    // The test's own recomputation.
    const expected = new Map<string, { printed: number; recomputed: number }>();
    const rows = [...table.units.map((r) => ({ r, key: r.name })), ...(table.total ? [{ r: table.total, key: 'total' }] : [])];
    for (const { r, key } of rows) {
      for (const col of FIGURE_COLUMNS) {
        const value = r.figures[col.id];
        const count = col.rateOf ? r.figures[col.rateOf] : null;
        if (!col.rateOf || value === null || count === null) continue;
        const raw = r.raw[col.id] ?? '';
        const decimals = raw.split(/[.,]/)[1]?.length ?? 0;
        const exact = (count / r.figures.households) * 100;
        if (Math.abs(value - exact) > 0.5 * 10 ** -decimals + 1e-9) expected.set(`rate:${key}:${col.id}`, { printed: value, recomputed: Number(exact.toFixed(decimals)) });
      }
      const { social_protection: sp, able_to_escape: able, poor } = r.figures;
      if (sp !== null && able !== null && sp + able !== poor) expected.set(`identity:${key}:btxh+able=poor`, { printed: poor, recomputed: sp + able });
    }
    if (table.total) {
      for (const col of FIGURE_COLUMNS.filter((c) => c.kind === 'count')) {
        const t = table.total.figures[col.id];
        const values = table.units.map((u) => u.figures[col.id]).filter((v): v is number => v !== null);
        const sum = values.reduce((a, b) => a + b, 0);
        if (t !== null && values.length > 0 && t !== sum) expected.set(`total:${col.id}`, { printed: t, recomputed: sum });
      }
    }
    expect(expected.size).toBeGreaterThan(0);
    for (const [id, values] of expected) {
      const f = byId(findings, id);
      expect(f, id).toBeDefined();
      expect(f?.printed).toBeCloseTo(values.printed, 9);
      expect(f?.recomputed).toBeCloseTo(values.recomputed, 9);
    }
    // and nothing of those kinds beyond what the test finds itself
    const checkedKinds = findings.filter((f) => f.kind === 'rate' || f.kind === 'column-total' || f.id.endsWith(':btxh+able=poor'));
    expect(checkedKinds.map((f) => f.id).sort()).toEqual([...expected.keys()].sort());
  });
});
