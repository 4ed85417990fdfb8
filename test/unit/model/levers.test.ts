import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadScenario } from '../../../src/scenario/parse';
import type { ScenarioInput } from '../../../src/scenario/schema';
import { simulate } from '../../../src/model';
import { LEVERS, costFrom, solveCut, solveLeverCuts, withShock } from '../../../src/model/levers';

// A team whose costs can be added up by hand: no specialists (their number
// follows token spend), tokens not counted as pay, no growth anywhere.
const plain: ScenarioInput = {
  startYear: 2026,
  years: 3,
  teams: [{ name: 'A', engineers: 10, salary: 100_000, bonusRate: 0.1, equityPerYear: 5_000, onCostRate: 0.2, baseOutput: 1 }],
  salaryGrowth: 0,
  managers: { spanOfControl: 5, spanGrowth: 0, salaryRatio: 1.5 },
  specialists: { perMillionSpend: 0, salaryRatio: 1 },
  tokens: { budgetMode: 'perEngineer', budget: 10_000, budgetGrowth: 0, pricePerMillion: 1, priceDecline: 0 },
  productivity: { maxMultiplier: 2, halfGainTokens: 5_000, halfGainGrowth: 0, adoptionYears: 1 },
  demand: { growth: 0 },
  policy: { headcount: 'hold', attrition: 0.1, layoffs: false, severanceMonths: 0, hiringCostRate: 0 },
};

/** The extra saving of a cut, measured by the engine through summary.costSaved. */
function savedBy(input: ScenarioInput, lever: (typeof LEVERS)[number], cut: number, year: number): number {
  const scenario = loadScenario(input);
  return simulate(withShock(scenario, lever, cut, year)).summary.costSaved - simulate(scenario).summary.costSaved;
}

describe('solveLeverCuts', () => {
  it('cuts tokens by savings ÷ token spend on a hold policy (hand-checked)', () => {
    // Token spend from 2027: 10 engineers × 10,000 × 2 years = 200,000; saving 50,000 needs a 25% cut.
    const result = solveLeverCuts(loadScenario(plain), { savings: 50_000, year: 2027 });
    const tokens = result.levers.find((l) => l.lever === 'tokens')!;
    expect(tokens.reachable).toBe(true);
    expect(tokens.cut).toBeCloseTo(0.25, 8);
    expect(tokens.saved).toBeCloseTo(50_000, 3);
    expect(tokens.maxSaved).toBeCloseTo(200_000, 3);
  });

  it('cuts salary by savings ÷ (salary + bonus + on-cost) and headcount by savings ÷ total cost (hand-checked)', () => {
    // Per year: engineers 10, managers 2. Salary cost 100,000 × (10 + 2 × 1.5) = 1,300,000; bonus 130,000;
    // on-cost 0.2 × 1,430,000 = 286,000; pay-linked cost 1,716,000. Equity 12 × 5,000 = 60,000; tokens 100,000.
    // Total 1,876,000 a year; two active years.
    const result = solveLeverCuts(loadScenario(plain), { savings: 100_000, year: 2027 });
    const [, salary, headcount] = result.levers;
    expect(salary.lever).toBe('salary');
    expect(salary.cut).toBeCloseTo(100_000 / (2 * 1_716_000), 8);
    expect(headcount.lever).toBe('headcount');
    // A headcount cut is an event (MODEL.md §3): under hold the smaller team stays for both years.
    expect(headcount.cut).toBeCloseTo(100_000 / (2 * 1_876_000), 8);
  });

  it('pays severance on a headcount cut: 2 months of cash pay per FTE laid off (hand-checked)', () => {
    // Cash pay 110,000: a cut c lays off 10c engineers once, costing 10c × 110,000 × 2/12, and saves
    // c × 1,876,000 in each of two years: 100,000 = c (3,752,000 − 183,333.33).
    const result = solveLeverCuts(loadScenario({ ...plain, policy: { ...plain.policy, severanceMonths: 2 } }), { savings: 100_000, year: 2027 });
    expect(result.levers[2].cut).toBeCloseTo(100_000 / (2 * 1_876_000 - (10 * 110_000 * 2) / 12), 8);
  });

  it('under matchDemand the team is rehired after a headcount cut, so the cut saves one year only', () => {
    const match = {
      ...plain,
      policy: { ...plain.policy, headcount: 'matchDemand' as const },
      productivity: { ...plain.productivity, maxMultiplier: 1 },
      demand: { growth: 0, elasticity: 0 },
    };
    // No AI gain and fixed demand: the plan is 10 engineers; a cut in 2027 is rehired in 2028 (hiring cost 0 here).
    expect(savedBy(match, 'headcount', 0.2, 2027)).toBeCloseTo(0.2 * 1_876_000, 3);
  });

  it('says when a lever cannot reach the target, with the most it can save', () => {
    const result = solveLeverCuts(loadScenario(plain), { savings: 300_000, year: 2027 });
    const tokens = result.levers[0];
    expect(tokens.reachable).toBe(false);
    expect(tokens.cut).toBe(1);
    expect(tokens.maxSaved).toBeCloseTo(200_000, 3);
    expect(result.levers[1].reachable).toBe(true);
    expect(result.levers[2].reachable).toBe(true);
  });

  it('reports the outcome of each cut from the engine, and the scenario as it is', () => {
    const scenario = loadScenario(plain);
    const result = solveLeverCuts(scenario, { savings: 100_000, year: 2027 });
    const headcount = result.levers[2];
    const run = simulate(withShock(scenario, 'headcount', headcount.cut, 2027));
    const last = run.years.at(-1)!;
    expect(headcount.outcome.engineers).toBe(last.engineers);
    expect(headcount.outcome.output).toBe(last.output);
    expect(headcount.outcome.shortfall).toBe(last.shortfall);
    expect(headcount.outcome.costSaved).toBeCloseTo(100_000, 3);
    expect(result.base.engineers).toBe(10);
    expect(result.base.costSaved).toBe(0);
    // A salary cut leaves engineers alone and lowers cash pay: 110,000 × (1 − cut).
    expect(result.levers[1].outcome.engineers).toBe(10);
    expect(result.levers[1].outcome.cashPay).toBeCloseTo(110_000 * (1 - result.levers[1].cut), 6);
  });

  it('saves beyond the scenario’s own shocks', () => {
    const input = { ...plain, shocks: [{ year: 2026, cut: 0.5, lever: 'tokens' as const }] };
    const result = solveLeverCuts(loadScenario(input), { savings: 25_000, year: 2027 });
    // Token spend from 2027 is now 100,000: a quarter of it is 25,000.
    expect(result.levers[0].cut).toBeCloseTo(0.25, 8);
    expect(result.base.costSaved).toBeCloseTo(150_000, 3);
    expect(result.levers[0].outcome.costSaved).toBeCloseTo(175_000, 3);
  });

  it('a zero target needs no cut', () => {
    const result = solveLeverCuts(loadScenario(plain), { savings: 0, year: 2027 });
    expect(result.levers.map((l) => l.cut)).toEqual([0, 0, 0]);
    expect(result.levers.every((l) => l.reachable)).toBe(true);
  });

  it('every reachable cut saves the target within tolerance, whatever the policy', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('hold', 'matchDemand', 'holdBudget'),
        fc.boolean(),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.integer({ min: 2026, max: 2030 }),
        fc.double({ min: 1.1, max: 4, noNaN: true }),
        (headcount, layoffs, share, year, maxMultiplier) => {
          const input: ScenarioInput = {
            years: 5,
            teams: [{ engineers: 30 }, { name: 'B', engineers: 12, salary: 90_000 }],
            tokens: { budget: 40_000 },
            productivity: { maxMultiplier },
            policy: { headcount, layoffs },
          };
          const scenario = loadScenario(input);
          const savings = share * costFrom(simulate(scenario).years, year);
          const result = solveLeverCuts(scenario, { savings, year });
          for (const lever of result.levers) {
            expect(lever.cut).toBeGreaterThanOrEqual(0);
            expect(lever.cut).toBeLessThanOrEqual(1);
            if (lever.reachable) expect(Math.abs(savedBy(input, lever.lever, lever.cut, year) - savings)).toBeLessThan(1e-6 * savings);
            else expect(lever.maxSaved).toBeLessThan(savings);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('solveCut', () => {
  it('finds the first crossing of a saving that rises then falls', () => {
    // f peaks at c = 0.5 with 1; 0.75 is first reached at c = 0.25.
    const f = (c: number) => 1 - 4 * (c - 0.5) ** 2;
    const hit = solveCut(f, 0.75);
    expect(hit.reachable).toBe(true);
    expect(hit.cut).toBeCloseTo(0.25, 8);
  });

  it('finds a narrow peak between grid points when only it reaches the target', () => {
    // Peak 1 at c = 0.51; the grid (steps of 1/16) sees at most 0.9, at c = 0.5.
    const f = (c: number) => Math.max(0, 1 - 1000 * (c - 0.51) ** 2);
    const hit = solveCut(f, 0.95);
    expect(hit.reachable).toBe(true);
    expect(f(hit.cut)).toBeGreaterThanOrEqual(0.95);
    expect(f(hit.cut)).toBeCloseTo(0.95, 6);
  });

  it('reports the best cut when nothing reaches the target', () => {
    // A peak of 0.5 at c = 0.3, between grid points; and a lever whose every cut costs more.
    const hit = solveCut((c: number) => 0.5 - Math.abs(c - 0.3), 1);
    expect(hit.reachable).toBe(false);
    expect(hit.cut).toBeCloseTo(0.3, 6);
    expect(hit.maxSaved).toBeCloseTo(0.5, 6);
    const never = solveCut((c: number) => -c, 1);
    expect([never.reachable, never.cut, never.maxSaved]).toEqual([false, 0, 0]);
  });
});

describe('costFrom', () => {
  it('adds the total cost of the years from the one given', () => {
    const rows = [{ year: 2026, totalCost: 1 }, { year: 2027, totalCost: 2 }, { year: 2028, totalCost: null }];
    expect(costFrom(rows, 2027)).toBe(2);
  });
});
