// MODEL.md §5 over all teams, per-team overrides, and rows.ts's row shape.
import { describe, expect, it } from 'vitest';
import { YEAR_METRICS } from '../../../src/model/metrics';
import { PLAIN, near, run, series } from './helpers';

// Full adoption from t = 0. Team A: 10 engineers, baseOutput 1, salary 100,000,
// tokens 20,000 / 10 = 2,000 Mtok → raw 1 + 2 × 0.5 = 2.
// Team B: 30 engineers, baseOutput 2, salary 200,000, overrides budget 80,000,
// price 20 and maxMultiplier 2: tokens 80,000 / 20 = 4,000 Mtok → 1 + 1 × 0.75 = 1.75.
const A = { name: 'A', engineers: 10, salary: 100_000, bonusRate: 0.1, equityPerYear: 10_000, baseOutput: 1 };
const B = {
  name: 'B', engineers: 30, salary: 200_000, bonusRate: 0.1, equityPerYear: 10_000, baseOutput: 2,
  tokens: { budget: 80_000, pricePerMillion: 20 },
  productivity: { maxMultiplier: 2 },
};
const twoTeams = (...extra: Record<string, unknown>[]) => run({ teams: [A, B], productivity: { adoptionYears: 1 } }, ...extra);

describe('per-team overrides', () => {
  it('replace only the fields given; the rest come from the shared block', () => {
    const r = twoTeams();
    near(r.teams[0].years[0].multiplier, 2);
    near(r.teams[1].years[0].tokensPerEngineer, 4_000);
    near(r.teams[1].years[0].multiplier, 1.75);
    // B's price still declines by the shared 50%: 20, 10
    near(r.teams[1].years[1].pricePerMillion, 10);
  });

  it('fall back to the shared value when an override is present but undefined', () => {
    const r = run({ teams: [{ ...A, tokens: { budget: undefined }, productivity: { maxMultiplier: undefined } }] });
    near(r.years[0].multiplier, 1.5);
  });
});

describe('totals over teams', () => {
  it('sum FTE, output, demand, required and costs', () => {
    const y = twoTeams().years[0];
    near(y.engineers, 40);
    near(y.managers, 2 + 6);
    near(y.output, 10 * 1 * 2 + 30 * 2 * 1.75); // 125
    near(y.demand, 10 + 60);
    near(y.required, 10 / 2 + 60 / (2 * 1.75));
    near(y.tokenCost, 10 * 20_000 + 30 * 80_000);
    near(y.salaryCost, 100_000 * (10 + 2 * 1.5) + 200_000 * (30 + 6 * 1.5));
    near(y.rolesAtRisk, 10 - 5 + (30 - 60 / 3.5));
  });

  it('take multiplier = output / Σ engineers × baseOutput and intensity = demand / Σ engineers × baseOutput', () => {
    const y = twoTeams().years[0];
    near(y.multiplier, 125 / (10 + 60));
    near(y.intensity, 70 / 70);
    near(y.expectationGap, 1 / (125 / 70) - 1);
    near(y.costPerOutput, (y.totalCost as number) / 125);
  });

  it('weight per-engineer figures by engineers', () => {
    const y = twoTeams().years[0];
    near(y.budgetPerEngineer, (10 * 20_000 + 30 * 80_000) / 40);
    near(y.tokensPerEngineer, (10 * 2_000 + 30 * 4_000) / 40);
    // The teams pay different prices: no one price for the totals (MODEL.md §8).
    expect(y.pricePerMillion).toBeNull();
    near(y.cashPay, (10 * 110_000 + 30 * 220_000) / 40);
    near(y.advertisedPay, (10 * 120_000 + 30 * 230_000) / 40);
    near(y.tokenShare, (10 * (20_000 / 140_000) + 30 * (80_000 / 310_000)) / 40);
  });

  it('compare the weighted mean budget with the weighted mean salary for tokensExceedSalary', () => {
    // A: budget 150,000 ≥ salary 100,000; B: 150,000 < 200,000. Means: 150,000 vs 175,000 (B weighs 30).
    const teams = (eA: number, eB: number) => [
      { ...A, engineers: eA, tokens: { budget: 150_000 } },
      { ...B, engineers: eB, tokens: { budget: 150_000 } },
    ];
    const r = run({ teams: teams(10, 30), salaryGrowth: 0, years: 1 });
    expect(r.teams[0].years[0].tokensExceedSalary).toBe(true);
    expect(r.years[0].tokensExceedSalary).toBe(false);
    // 30 in A, 10 in B: salary mean 125,000 ≤ 150,000
    expect(run({ teams: teams(30, 10), salaryGrowth: 0, years: 1 }).years[0].tokensExceedSalary).toBe(true);
  });

  it('leave out a team with no engineers from every mean; its own ratios are null', () => {
    const r = twoTeams({ teams: [A, B, { name: 'Empty', engineers: 0 }] });
    const y = r.years[0];
    near(y.engineers, 40);
    near(y.multiplier, 125 / 70);
    near(y.cashPay, (10 * 110_000 + 30 * 220_000) / 40);
    const empty = r.teams[2].years[0];
    expect(empty.intensity).toBeNull();
    expect(empty.expectationGap).toBeNull();
    expect(empty.costPerOutput).toBeNull();
    expect(empty.engineers).toBe(0);
  });

  it('are null for ratios once a headcount cut of 1 leaves no engineers at all', () => {
    const y = twoTeams({ shocks: [{ year: 2027, cut: 1, lever: 'headcount' }] }).years[1];
    for (const metric of ['multiplier', 'intensity', 'expectationGap', 'costPerOutput', 'cashPay', 'advertisedPay',
      'budgetPerEngineer', 'tokensPerEngineer', 'pricePerMillion', 'tokenShare'] as const) {
      expect(y[metric], metric).toBeNull();
    }
    expect(y.tokensExceedSalary).toBe(false);
    expect(y.engineers).toBe(0);
    near(y.shortfall, 70 * 1.1);
  });
});

describe('totals of the demand response and of the cost per unit of demand met (MODEL.md §5, §8)', () => {
  // One year, PLAIN costs (a head costs salary + budget), elasticity 1 shared, 2 for team D;
  // ceiling 3, price 10, half-gain 2,000 Mtok, adoption over 2 years (helpers.ts's BASE), nothing in use.
  // C: 10 engineers at 100,000, budget 20,000 → 1 half-gain, multiplier 1 + 2 × ½ × ½ = 1.5;
  //    unit cost 120,000 / 1.5 = 80,000 against the reference 100,000: response (0.8)^−1 = 1.25;
  //    demand 12.5, output 15 → min 12.5; total cost 10 × 120,000 = 1,200,000.
  // D: 20 engineers at 200,000, budget 60,000 → 3 half-gains, 1 + 2 × 0.875 × ½ = 1.875;
  //    unit cost 260,000 / 1.875 against 200,000: response (75 / 52)² = 2.0802515 (elasticity 2);
  //    demand 41.605030, output 37.5 → min 37.5; total cost 20 × 260,000 = 5,200,000.
  const C = { ...PLAIN.teams[0], name: 'C' };
  const D = { ...PLAIN.teams[0], name: 'D', engineers: 20, salary: 200_000, tokens: { budget: 60_000 }, demand: { elasticity: 2 } };
  const r = run(PLAIN, { years: 1, teams: [C, D], demand: { elasticity: 1 } });
  const [c, d] = r.teams.map((team) => team.years[0]);
  const total = r.years[0];

  it('gives each team its own response and cost per demand met', () => {
    near(c.demandResponse, 1.25);
    near(d.demandResponse, (75 / 52) ** 2);
    near(c.costPerDemandMet, 1_200_000 / 12.5); // 96,000: output beyond demand is not a saving
    near(d.costPerDemandMet, 5_200_000 / 37.5); // 138,667: only what was made is met
  });

  it('totals the response as Σ demand / Σ demand at response 1, and the cost as Σ cost / Σ min(output, demand)', () => {
    // (12.5 + 41.605030) / (10 + 20) = 1.8035010, not the plain mean of the two responses (1.6651).
    near(total.demand, 12.5 + 20 * (75 / 52) ** 2);
    near(total.demandResponse, (12.5 + 20 * (75 / 52) ** 2) / 30);
    near(total.demandResponse, 1.8035009861932938);
    // 6,400,000 / (12.5 + 37.5) = 128,000, against Σ cost / Σ min over the totals' own output and demand
    // (6,400,000 / min(52.5, 54.105) = 121,905): the minimum is taken team by team.
    near(total.costPerDemandMet, 128_000);
    near(total.totalCost, 6_400_000);
  });
});

describe('rows', () => {
  it('have exactly the keys year, then YEAR_METRICS in order, for totals and teams', () => {
    const r = twoTeams();
    expect(Object.keys(r.years[0])).toEqual(['year', ...YEAR_METRICS]);
    expect(Object.keys(r.teams[1].years[2])).toEqual(['year', ...YEAR_METRICS]);
    expect(series(r, 'tokensExceedSalary').every((v) => typeof v === 'boolean')).toBe(true);
    expect(r.years.map((row) => row.year)).toEqual([2026, 2027, 2028]);
  });
});
