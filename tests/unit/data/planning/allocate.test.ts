import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLOCATION_RULES, allocate, allocationDraft, allocationUnits, type AllocationRule, type AllocationUnit } from '../../../../src/data/planning/allocate';
import { applyDraft } from '../../../../src/data/planning/draft';
import { checkDraft } from '../../../../src/data/planning/draft-cells';
import { builtInDataset } from './fixture';

const RULES = ALLOCATION_RULES.map((r) => r.id);

const unitArb: fc.Arbitrary<AllocationUnit> = fc
  .record({ households: fc.integer({ min: 1, max: 5000 }), poorShare: fc.double({ min: 0, max: 1, noNaN: true }), ableShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) })
  .map(({ households, poorShare, ableShare }) => {
    const poor = Math.floor(households * poorShare * 0.3);
    return { key: '', households, poor, able: ableShare === null ? null : Math.floor(poor * ableShare) };
  });

/** Units with keys by position, and a total between 0 and their poor households added up. */
const caseArb = fc
  .array(unitArb, { minLength: 1, maxLength: 25 })
  .map((units) => units.map((u, i) => ({ ...u, key: `u${i}` })))
  .chain((units) => {
    const poor = units.reduce((a, u) => a + u.poor, 0);
    return fc.record({ units: fc.constant(units), total: fc.integer({ min: 0, max: poor }), rule: fc.constantFrom(...RULES) });
  });

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('allocate: properties (fast-check)', () => {
  it('adds up to the total exactly, keeps 0 ≤ target ≤ poor, and each target within one household of its exact share', () => {
    fc.assert(
      fc.property(caseArb, ({ units, total: t, rule }) => {
        const a = allocate(units, t, rule);
        expect(total(a.targets)).toBe(t);
        expect(a.shortfall).toBe(0);
        a.targets.forEach((x, i) => {
          expect(Number.isInteger(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(units[i]!.poor);
          expect(Math.abs(x - a.shares[i]!)).toBeLessThan(1);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(caseArb, ({ units, total: t, rule }) => {
        expect(allocate(units, t, rule)).toEqual(allocate(structuredClone(units), t, rule));
      }),
    );
  });

  it('proportional-poor gives exact shares poor_i × total / Σ poor', () => {
    fc.assert(
      fc.property(caseArb, ({ units, total: t }) => {
        const poor = total(units.map((u) => u.poor));
        const a = allocate(units, t, 'proportional-poor');
        a.shares.forEach((s, i) => expect(s).toBeCloseTo(poor === 0 ? 0 : (units[i]!.poor * t) / poor, 6));
      }),
    );
  });

  it('equal-pp cuts every uncapped unit by the same points, and capped units lose all their poor households', () => {
    fc.assert(
      fc.property(caseArb, ({ units, total: t }) => {
        const a = allocate(units, t, 'equal-pp');
        if (t === 0) return;
        expect(a.pp).not.toBeNull();
        a.shares.forEach((s, i) => {
          const u = units[i]!;
          if (s < u.poor - 1e-9) expect((s / u.households) * 100).toBeCloseTo(a.pp!, 6);
          else expect(s).toBeCloseTo(u.poor, 9);
        });
      }),
    );
  });

  it('equal-pp gives its common points when the total fills the last unit exactly (fast-check counterexample, seed 2052854334)', () => {
    const units = [
      { key: 'u0', households: 4991, poor: 0, able: 0 },
      { key: 'u1', households: 2539, poor: 0, able: null },
      { key: 'u4', households: 4775, poor: 10, able: 0 },
    ];
    const a = allocate(units, 10, 'equal-pp');
    expect(a.targets).toEqual([0, 0, 10]);
    expect(a.pp).toBeCloseTo((10 / 4775) * 100, 9);
  });

  it('the exact shares of the proportional rules never fall when the total rises (the rounded targets may: see below)', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom<AllocationRule>('proportional-poor', 'proportional-able'), ({ units, total: t }, rule) => {
        const poor = total(units.map((u) => u.poor));
        if (t >= poor) return;
        const a = allocate(units, t, rule);
        const b = allocate(units, t + 1, rule);
        a.shares.forEach((s, i) => expect(b.shares[i]!).toBeGreaterThanOrEqual(s - 1e-9));
        expect(total(b.targets)).toBe(total(a.targets) + 1);
      }),
    );
  });
});

describe('allocate: rounding, ties, caps and edges', () => {
  const units = (poor: number[], households = 100): AllocationUnit[] => poor.map((p, i) => ({ key: `u${i}`, households, poor: p, able: p }));

  it('is not monotone in the total (Alabama paradox of largest remainder): raising 3 to 4 lowers the first unit', () => {
    expect(allocate(units([1, 3, 3]), 3, 'proportional-poor').targets).toEqual([1, 1, 1]);
    expect(allocate(units([1, 3, 3]), 4, 'proportional-poor').targets).toEqual([0, 2, 2]);
  });

  it('breaks ties by table order: equal remainders go to the units that come first', () => {
    expect(allocate(units([5, 5, 5]), 1, 'proportional-poor').targets).toEqual([1, 0, 0]);
    expect(allocate(units([5, 5, 5]), 2, 'proportional-poor').targets).toEqual([1, 1, 0]);
    expect(allocate(units([5, 5, 5]).reverse(), 1, 'proportional-poor').targets).toEqual([1, 0, 0]);
  });

  it('caps a unit at its poor households and spreads the rest over the others', () => {
    const us: AllocationUnit[] = [
      { key: 'small', households: 1000, poor: 2, able: 2 },
      { key: 'big', households: 1000, poor: 50, able: 50 },
    ];
    const a = allocate(us, 20, 'equal-pp');
    expect(a.targets).toEqual([2, 18]);
    expect(a.capped).toEqual(['small']);
  });

  it('proportional-able falls back to the poor households left when the able households cannot take the total', () => {
    const us: AllocationUnit[] = [
      { key: 'a', households: 100, poor: 10, able: 4 },
      { key: 'b', households: 100, poor: 10, able: 0 },
    ];
    expect(allocate(us, 4, 'proportional-able')).toMatchObject({ targets: [4, 0], fallback: false });
    expect(allocate(us, 14, 'proportional-able')).toMatchObject({ targets: [10, 4], fallback: true });
  });

  it('gives everyone all their poor households when the total is larger, and reports the shortfall', () => {
    expect(allocate(units([3, 4]), 10, 'equal-pp')).toMatchObject({ targets: [3, 4], shortfall: 3 });
    expect(allocate(units([0, 0]), 0, 'proportional-able').targets).toEqual([0, 0]);
  });

  it('refuses a total that is not a whole number of households', () => {
    expect(() => allocate(units([3]), 1.5, 'equal-pp')).toThrow(RangeError);
    expect(() => allocate(units([3]), -1, 'equal-pp')).toThrow(RangeError);
  });
});

describe('allocate on the built-in Cam Lộ data', () => {
  const dataset = builtInDataset();
  const us = allocationUnits(dataset);

  it.each(RULES)('%s: the plan total becomes a draft every cell of which is accepted', (rule) => {
    const planTotal = dataset.district.target_2022!;
    const a = allocate(us, planTotal, rule);
    const draft = allocationDraft(us, a);
    expect(checkDraft(dataset, draft).every((c) => c.error === null)).toBe(true);
    expect(applyDraft(dataset, draft).district.target_2022).toBe(planTotal);
  });
});
