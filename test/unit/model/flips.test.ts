// What would have to be true (MODEL.md §6): each input's flip value, found by
// scan and bisection, checked against hand-worked crossings of BASE
// (helpers.ts: multiplier 1.5, 2.5, 2.875; demand 10 × 1.1^t; hold 10 engineers).
import { describe, expect, it } from 'vitest';
import { flips, type FlipInput } from '../../../src/model/flips';
import { flipInputs } from '../../../src/scenario/flipInputs';
import { simulate } from '../../../src/model';
import { scenario } from './helpers';
import fc from 'fast-check';

const input = (path: string, min: number, max: number): FlipInput => ({ path, min, max });

describe('flips', () => {
  const s = scenario();

  it('finds where roles at risk fall to a threshold as demand grows, to a relative 1e-6', () => {
    // 2028: roles at risk = 10 − 10 (1 + g)² / 2.875; it equals 4 when (1 + g)² = 1.725.
    const f = flips(s, { metric: 'rolesAtRisk', threshold: 4 }, [input('demand.growth', -0.9, 10)]);
    expect(f.value).toBeCloseTo(10 - 12.1 / 2.875, 12);
    expect(f.above).toBe(true);
    const [growth] = f.inputs;
    expect(growth.path).toBe('demand.growth');
    expect(growth.flip).toBeCloseTo(Math.sqrt(1.725) - 1, 6);
    expect(growth.holdsWhile).toBe('below');
    // The flip is on the other side: just past it the headline no longer holds.
    const past = simulate({ ...s, demand: { ...s.demand, growth: growth.flip! } }).years[2].rolesAtRisk!;
    expect(past).toBeLessThanOrEqual(4);
  });

  it('finds the ceiling below which the headline flips, and says it holds while the ceiling stays above', () => {
    // 2028: 10 − 12.1 / (1 + (M − 1) 0.9375) = 4 ⇔ M = 1 + (12.1/6 − 1) / 0.9375.
    const f = flips(s, { metric: 'rolesAtRisk', threshold: 4 }, [input('productivity.maxMultiplier', 0.1, 100)]);
    expect(f.inputs[0].flip).toBeCloseTo(1 + (12.1 / 6 - 1) / 0.9375, 5);
    expect(f.inputs[0].holdsWhile).toBe('above');
  });

  it('reports no flip within bounds, and ranks the closest first', () => {
    // Attrition does not move roles at risk under hold; the span of control does not either.
    const f = flips(s, { metric: 'rolesAtRisk', threshold: 4 }, [
      input('policy.attrition', 0, 1),
      input('demand.growth', -0.9, 10),
      input('productivity.maxMultiplier', 0.1, 100),
    ]);
    // The ceiling moves 3 → 2.08 (0.31 of itself), demand growth 0.1 → 0.31 (2.1 times itself).
    expect(f.inputs.map((i) => i.path)).toEqual(['productivity.maxMultiplier', 'demand.growth', 'policy.attrition']);
    expect(f.inputs[2]).toMatchObject({ flip: null, holdsWhile: null, distance: null });
  });

  it('keeps a distance finite when its scale is tiny (the 100,000-input fuzz: a scale this small gave Infinity)', () => {
    // The ceiling flips near 2.08 (above); over a scale of 1e-309 that is 0.9 / 1e-309 = 9e308, past the largest double.
    const f = flips(s, { metric: 'rolesAtRisk', threshold: 4 }, [{ ...input('productivity.maxMultiplier', 0.1, 100), scale: 1e-309 }]);
    expect(f.inputs[0].flip).toBeCloseTo(1 + (12.1 / 6 - 1) / 0.9375, 5);
    expect(f.inputs[0].distance).toBe(Number.MAX_VALUE);
  });

  it('reads a headline against the no-AI baseline, and leaves the baseline’s budget at 0', () => {
    // Cost per output versus no AI crosses 0 where the budget stops paying: below, it holds.
    const f = flips(s, { metric: 'costPerOutputVsNoAI', threshold: 0 }, [input('tokens.budget', 0, 1e9)]);
    expect(f.above).toBe(false);
    const flip = f.inputs[0].flip!;
    expect(flip).toBeGreaterThan(20_000);
    const at = (budget: number) => simulate({ ...s, tokens: { ...s.tokens, budget } }).summary.costPerOutputVsNoAI!;
    expect(at(flip * (1 - 1e-5))).toBeLessThan(0);
    expect(at(flip * (1 + 1e-5))).toBeGreaterThan(0);
  });

  it('refuses a headline it cannot read, naming the field', () => {
    expect(() => flips(s, { metric: 'nope' as never, threshold: 0 }, [])).toThrow('metric: "nope" is not a metric');
    expect(() => flips(s, { metric: 'rolesAtRisk', year: 2040, threshold: 0 }, [])).toThrow('year: must be a year from 2026 to 2028, got 2040');
  });

  it('ends for subnormal values and spans (a fuzzed link froze the page here: its first step underflowed to 0)', () => {
    // 2.5e-323 × 0.01 and 2.5e-323 × 1e-6 are both 0 in doubles.
    const tiny = { ...s, tokens: { ...s.tokens, benefitTaxRate: 2.5e-323 }, policy: { ...s.policy, severanceMonths: 8.893e-321 } };
    const f = flips(tiny, { metric: 'rolesAtRisk', threshold: 4 }, [input('tokens.benefitTaxRate', 0, 1), input('policy.severanceMonths', 0, 36)]);
    expect(f.inputs.map((i) => i.path).sort()).toEqual(['policy.severanceMonths', 'tokens.benefitTaxRate']);
    // Two directions, at most about 22 runs each, plus today's.
    expect(f.runs).toBeLessThan(100);
  });

  it('ends within a bounded number of runs wherever an input starts: at a bound, next to it, or subnormal', () => {
    // Scan: at most ~21 doubling steps to the bound (span / first step ≤ 1e6) and 1 more; bisection: at most 200.
    const PER_DIRECTION = 23 + 200;
    const all = flipInputs(s);
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        // How far from the bound: on it, a subnormal away, or a relative hair away.
        fc.oneof(fc.constantFrom(0, 5e-324, 2.5e-323, 1e-310), fc.double({ min: 1e-15, max: 1e-6, noNaN: true })),
        fc.boolean(),
        (one, delta, fromTop) => {
          const base = fromTop ? one.max : one.min;
          const value = Math.min(one.max, Math.max(one.min, base + (fromTop ? -1 : 1) * (delta < 1e-300 ? delta : delta * Math.max(1, Math.abs(base)))));
          const [root, key] = one.path.split('.');
          const moved = key ? { ...s, [root]: { ...(s[root as keyof typeof s] as object), [key]: value } } : { ...s, [root]: value };
          const f = flips(moved, { metric: 'rolesAtRisk', threshold: 4 }, [one]);
          expect(f.runs).toBeLessThanOrEqual(1 + 2 * PER_DIRECTION);
        },
      ),
      { numRuns: 150, seed: 20261203 },
    );
  });

  it('leaves the scenario as it was', () => {
    const before = JSON.stringify(s);
    flips(s, { metric: 'rolesAtRisk', threshold: 4 }, flipInputs(s));
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe('flipInputs', () => {
  it('lists every number of the shared blocks with its schema bounds', () => {
    const inputs = flipInputs(scenario());
    const growth = inputs.find((i) => i.path === 'demand.growth')!;
    expect(growth).toMatchObject({ min: -0.9, max: 10 });
    expect(inputs.map((i) => i.path)).toContain('tokens.usageSpread');
    expect(inputs.map((i) => i.path)).not.toContain('productivity.assumedMaxMultiplier');
    expect(inputs.map((i) => i.path)).not.toContain('tokens.budgetMode');
  });

  it('scales each by its uncertainty range, else by its value, else by 1 (the budget for the budget in use)', () => {
    const s = scenario({ uncertainty: { ranges: { 'demand.growth': [0, 0.2] } } });
    const byPath = Object.fromEntries(flipInputs(s).map((i) => [i.path, i.scale]));
    expect(byPath['demand.growth']).toBeCloseTo(0.2, 12);
    expect(byPath['productivity.maxMultiplier']).toBe(3);
    expect(byPath['demand.elasticity']).toBe(1);
    expect(byPath['tokens.budgetInUse']).toBe(20_000);
  });
});
