// MODEL.md version 2's mechanisms (§2–§5), each worked by hand on BASE
// (helpers.ts: 10 engineers, salary 100,000 growing 10%, budget 20,000 at
// price 10 halving yearly, ceiling 3, half-gain 2,000 Mtok, adoption over 2
// years: multiplier 1.5, 2.5, 2.875; demand 10, 11, 12.1), switched on one at
// a time. Expected values are written out from the formulas.
import { describe, expect, it } from 'vitest';
import { near, nearAll, run, series, PLAIN } from './helpers';

/** 1 − 2^(−x): the saturating curve's gain at x half-gains. */
const g = (x: number) => 1 - Math.pow(2, -x);

/**
 * perHeadCost at BASE's costs (MODEL.md §3): salary × (1 + 1.5/5) × 1.1 bonus
 * × 1.2 on-cost, equity 10,000 × (1 + 1/5), plus the budget b: 1.716 salary + 12,000 + b.
 */
const perHead = (salary: number, b: number) => 1.716 * salary + 12_000 + b;

describe('gains already banked (tokens.budgetInUse)', () => {
  // In use: 10,000 a year = 1,000 Mtok at t = 0: 0.5 half-gains.
  const r = run({ tokens: { budgetInUse: 10_000 } });
  const banked = 1 + 2 * g(0.5);

  it('puts the banked gain into today’s output, and so into demand', () => {
    nearAll(series(r, 'demand'), [10 * banked, 10 * banked * 1.1, 10 * banked * 1.21]);
  });

  it('adopts only the part of the budget beyond today’s spend', () => {
    // t = 0: in use 1,000 Mtok (g = 0.2929), budget 2,000 Mtok (g = 0.5), adoption ½.
    const m0 = 1 + 2 * (g(0.5) + (g(1) - g(0.5)) * 0.5);
    // t = 1: full adoption: the budget's own curve, 1 + 2 g(2) = 2.5.
    nearAll(series(r, 'multiplier'), [m0, 2.5, 2.875]);
    near(r.years[0].required, (10 * banked) / m0);
  });

  it('loses adopted gain when a cut takes the budget below today’s spend', () => {
    // 2027: the budget is cut to 5,000, below the 10,000 in use: 5,000 / 5 = 1,000 Mtok.
    const cut = run({ tokens: { budgetInUse: 10_000 }, shocks: [{ year: 2027, cut: 0.75, lever: 'tokens' }] });
    near(cut.years[1].multiplier, 1 + 2 * g(0.5));
  });

  it('in shareOfSalary mode is a share of salary, like the budget', () => {
    // budget 0.2 × 100,000 = 20,000 and in use 0.1 × 100,000 = 10,000: the same as above at t = 0.
    const share = run({ tokens: { budgetMode: 'shareOfSalary', budget: 0.2, budgetInUse: 0.1 } });
    near(share.years[0].demand, 10 * banked);
  });
});

describe('demand that answers the cost of output (demand.elasticity)', () => {
  it('raises demand by (unitCost / refCost)^(−elasticity), the reference being no new tokens', () => {
    const r = run({ demand: { elasticity: 1 } });
    // t = 0: unit cost 203,600 / 1.5 against 183,600 / 1 with today's spend (0).
    const response0 = (perHead(100_000, 0) * 1.5) / perHead(100_000, 20_000);
    const response1 = (perHead(110_000, 0) * 2.5) / perHead(110_000, 20_000);
    nearAll(series(r, 'demandResponse').slice(0, 2), [response0, response1]);
    near(response0, 1.352652259332024);
    near(r.years[0].demand, 10 * response0);
    near(r.years[1].demand, 11 * response1);
    near(r.years[1].required, (11 * response1) / 2.5);
  });

  it('takes a square root at elasticity ½', () => {
    const r = run({ demand: { elasticity: 0.5 } });
    near(r.years[0].demandResponse, Math.sqrt((perHead(100_000, 0) * 1.5) / perHead(100_000, 20_000)));
  });

  it('lowers demand when the tools slow people down', () => {
    // Ceiling 0.5: multiplier 1 − 0.5 × 0.5 × ½ = 0.875 at t = 0, and a unit cost above the reference.
    const r = run({ demand: { elasticity: 1 }, productivity: { maxMultiplier: 0.5 } });
    near(r.years[0].demandResponse, (perHead(100_000, 0) * 0.875) / perHead(100_000, 20_000));
    expect(r.years[0].demandResponse).toBeLessThan(1);
  });

  it('measures the reference against today’s spend, fully adopted at each year’s price, when a budget is already in use', () => {
    // In use 10,000 a year (MODEL.md §2: refCost_t = perHeadCost with budget := inUse_t, over bankedFull_t).
    const r = run({ tokens: { budgetInUse: 10_000 }, demand: { elasticity: 1 } });
    const banked = 1 + 2 * g(0.5); // 1,000 Mtok at t = 0: 1.5858
    // t = 0: multiplier 1 + 2 (g(½) + (g(1) − g(½)) × ½) = 1.7929 (half adopted beyond today's spend);
    // unit cost 203,600 / 1.7929 = 113,560; reference 193,600 / 1.5858 = 122,085 → response 1.07507.
    const m0 = 1 + 2 * (g(0.5) + (g(1) - g(0.5)) * 0.5);
    const response0 = perHead(100_000, 10_000) / banked / (perHead(100_000, 20_000) / m0);
    // t = 1: the same 10,000 buys 2,000 Mtok at price 5: bankedFull_1 = 1 + 2 g(1) = 2, not the banked 1.5858;
    // reference 210,760 / 2 = 105,380 against 220,760 / 2.5 = 88,304 → response 1.19338.
    const response1 = perHead(110_000, 10_000) / 2 / (perHead(110_000, 20_000) / 2.5);
    nearAll(series(r, 'demandResponse').slice(0, 2), [response0, response1]);
    near(response0, 1.075071390454274);
    near(response1, 1.1933774234462764);
    // demand = engineers_0 × banked × (1 + growth)^t × response: 17.0483, then 20.8169.
    near(r.years[0].demand, 10 * banked * response0);
    near(r.years[1].demand, 20.8168590637837);
    near(r.years[1].required, 20.8168590637837 / 2.5);
  });

  it('is 1 for the totals when it is 1 for every team', () => {
    expect(series(run(), 'demandResponse')).toEqual([1, 1, 1]);
  });
});

describe('review and rework (productivity.reworkShare)', () => {
  it('keeps (1 − reworkShare) of the gain: net(m) = 1 + (m − 1)(1 − r)', () => {
    nearAll(series(run({ productivity: { reworkShare: 0.25 } }), 'multiplier'), [1.375, 2.125, 1 + 1.875 * 0.75]);
  });

  it('does not make a slowdown smaller', () => {
    // Ceiling 0.5: 1 − 0.5 g adoption, below 1, unchanged by rework.
    nearAll(series(run({ productivity: { maxMultiplier: 0.5, reworkShare: 0.5 } }), 'multiplier'), [0.875, 0.625, 1 - 0.5 * g(4)]);
  });
});

describe('uneven use (tokens.usageSpread)', () => {
  it('averages the curve over a log-normal spread of use (20-node Gauss–Hermite)', () => {
    // Budget 2,400 at price 1 = 1.2 half-gains of 2,000 Mtok; σ = 1. The mean gain
    // E[1 − 2^(−1.2 X)] = 0.4405417755853369 was computed independently with the same
    // rule at 60 digits (Python, Decimal), against 0.5647 without spread.
    const r = run({
      years: 1,
      tokens: { budget: 2_400, pricePerMillion: 1, usageSpread: 1 },
      productivity: { maxMultiplier: 2, adoptionYears: 1 },
    });
    near(r.years[0].multiplier, 1.4405417755853369, 1e-13);
  });

  it('σ = 0 is the curve itself', () => {
    expect(series(run({ tokens: { usageSpread: 0 } }), 'multiplier')).toEqual(series(run(), 'multiplier'));
  });
});

describe('plan learning (productivity.planLearning)', () => {
  it('corrects a share of the plan’s error each year: assumed_t = M + (A − M)(1 − learning)^t', () => {
    // A = 2 against M = 3, learning ½: assumed 2, 2.5, 2.75.
    const r = run({ productivity: { assumedMaxMultiplier: 2, planLearning: 0.5 } });
    const plan = [1 + 1 * g(1) * 0.5, 1 + 1.5 * g(2), 1 + 1.75 * g(4)];
    nearAll(series(r, 'planned'), [10 / plan[0], 11 / plan[1], 12.1 / plan[2]]);
  });

  it('learns nothing at 0 and everything at 1 (from t = 1)', () => {
    const none = run({ productivity: { assumedMaxMultiplier: 2, planLearning: 0 } });
    near(none.years[2].planned, 12.1 / (1 + g(4)));
    const all = run({ productivity: { assumedMaxMultiplier: 2, planLearning: 1 } });
    nearAll(series(all, 'planned'), [10 / 1.25, 11 / 2.5, 12.1 / 2.875]);
  });
});

describe('the hire limit (policy.hireLimit)', () => {
  it('caps external hires at hireLimit × last year’s team', () => {
    // No AI (ceiling 1), demand doubling, staffed to demand: the team wants 20, then 40.
    const r = run({ productivity: { maxMultiplier: 1 }, demand: { growth: 1 }, policy: { headcount: 'matchDemand', hireLimit: 0.05 } });
    // t = 1: floor 9, cap 0.5 → 9.5; t = 2: floor 8.55, cap 0.475 → 9.025.
    nearAll(series(r, 'engineers'), [10, 9.5, 9.025]);
    nearAll(series(r, 'hires'), [0, 0.5, 0.475]);
    nearAll(series(r, 'shortfall'), [0, 20 - 9.5, 40 - 9.025]);
  });

  it('null is no limit', () => {
    const r = run({ productivity: { maxMultiplier: 1 }, demand: { growth: 1 }, policy: { headcount: 'matchDemand', hireLimit: null } });
    nearAll(series(r, 'engineers'), [10, 20, 40]);
    nearAll(series(r, 'hires'), [0, 11, 40 - 18]);
  });
});

describe('promotions between teams (team promotion)', () => {
  const teams = (juniors: Record<string, unknown> = {}) => [
    { name: 'Juniors', engineers: 10, salary: 100_000, promotion: { to: 'Seniors', rate: 0.2 }, ...juniors },
    { name: 'Seniors', engineers: 10, salary: 100_000 },
  ];

  it('moves rate × last year’s juniors into the seniors; hold rehires the juniors, the seniors grow', () => {
    const r = run({ teams: teams() });
    // Juniors t = 1: floor 10 × 0.9 − 2 = 7, hold 10 → 3 hires. Seniors: floor 9 + 2 = 11 > 10, no layoffs → 11.
    nearAll(series(r, 'promotionsOut', 0), [0, 2, 2]);
    nearAll(series(r, 'hires', 0), [0, 3, 3]);
    nearAll(series(r, 'engineers', 1), [10, 11, 11 * 0.9 + 2]);
    nearAll(series(r, 'hires', 1), [0, 0, 0]);
    // Hires count external hires only; a promotion is not a hire.
    nearAll(series(r, 'hires'), [0, 3, 3]);
  });

  it('with layoffs the seniors lay off the surplus the promotions bring', () => {
    const r = run({ teams: teams(), policy: { layoffs: true } });
    nearAll(series(r, 'engineers', 1), [10, 10, 10]);
    nearAll(series(r, 'layoffs', 1), [0, 1, 1]);
  });

  it('stopping junior hiring (hire limit 0) drains the pipeline', () => {
    const r = run({ teams: teams({ policy: { hireLimit: 0 } }) });
    // Juniors: 10 → 7 → 4.9; the seniors receive 2, then 1.4.
    nearAll(series(r, 'engineers', 0), [10, 7, 4.9]);
    nearAll(series(r, 'promotionsOut', 0), [0, 2, 1.4]);
    nearAll(series(r, 'engineers', 1), [10, 11, 11 * 0.9 + 1.4]);
  });
});

describe('a headcount shock is an event (MODEL.md §3)', () => {
  const flat = { tokens: { budget: 0 }, demand: { growth: 0 } };

  it('under matchDemand the team is rehired the next year, with the hires counted', () => {
    const r = run(flat, { policy: { headcount: 'matchDemand' }, shocks: [{ year: 2027, cut: 0.2, lever: 'headcount' }] });
    nearAll(series(r, 'engineers'), [10, 8, 10]);
    nearAll(series(r, 'layoffs'), [0, 2, 0]);
    // 2027: the policy first replaces the 1 who left (floor 9, plan 10), then the event cuts 10 to 8
    // (MODEL.md §8: a year can show the policy's hires and the event's layoffs).
    // 2028: floor 8 × 0.9 = 7.2, plan 10 → 2.8 hires.
    nearAll(series(r, 'hires'), [0, 1, 2.8]);
  });

  it('under hold the cut stays', () => {
    const r = run(flat, { shocks: [{ year: 2027, cut: 0.2, lever: 'headcount' }] });
    nearAll(series(r, 'engineers'), [10, 8, 8]);
  });

  it('in the start year cuts p_0, counts as layoffs, and jobsChange counts from before the cut', () => {
    const r = run(flat, { shocks: [{ year: 2026, cut: 0.2, lever: 'headcount' }] });
    nearAll(series(r, 'engineers'), [8, 8, 8]);
    near(r.years[0].layoffs, 2);
    // Heads: engineers × (1 + 1/5 managers): 9.6 against 12 before the cut.
    near(r.years[0].jobsChange, -2.4);
  });
});

describe('one-off and other costs', () => {
  it('severance: months of cash pay per FTE laid off; hiring: a share of salary per hire', () => {
    const r = run(
      { tokens: { budget: 0 }, demand: { growth: 0 } },
      { policy: { headcount: 'matchDemand', severanceMonths: 6, hiringCostRate: 0.5 }, shocks: [{ year: 2027, cut: 0.2, lever: 'headcount' }] },
    );
    // 2027: 2 laid off × cash pay 110,000 × 1.1 × 6/12, and 1 hire × 110,000 × 0.5;
    // 2028: 2.8 hires × 121,000 × 0.5.
    nearAll(series(r, 'severanceCost'), [0, 2 * 121_000 * 0.5, 0]);
    nearAll(series(r, 'hiringCost'), [0, 110_000 * 0.5, 2.8 * 121_000 * 0.5]);
    const row = r.years[1];
    near(row.totalCost, (row.salaryCost as number) + (row.bonusCost as number) + (row.equityCost as number) + (row.tokenCost as number) + (row.onCost as number) + (row.otherCost as number) + 121_000 + 55_000);
    expect(r.summary.cumulativeLayoffs).toBeCloseTo(2, 12);
    expect(r.summary.cumulativeHires).toBeCloseTo(3.8, 12);
  });

  it('other costs per head: every head, managers and specialists too', () => {
    const r = run({ teams: [{ name: 'A', engineers: 10, salary: 100_000, otherCostPerHead: 5_000 }] });
    near(r.years[0].otherCost, 12 * 5_000);
  });
});

describe('the tax on a token allowance counted as pay', () => {
  it('tokenTax = benefitTaxRate × budget; cash after it = cash pay − tokenTax', () => {
    const r = run({ tokens: { countAsPay: true, benefitTaxRate: 0.5 } });
    near(r.years[0].tokenTax, 10_000);
    near(r.years[0].cashAfterTokenTax, 110_000 - 10_000);
  });

  it('is 0 when the budget is a work tool, not pay', () => {
    const r = run({ tokens: { countAsPay: false, benefitTaxRate: 0.5 } });
    expect(r.years[0].tokenTax).toBe(0);
    expect(r.years[0].cashAfterTokenTax).toBe(r.years[0].cashPay);
  });
});

describe('per-team raises, demand and policy', () => {
  it('a team’s own salaryGrowth, demand and policy replace the shared ones', () => {
    const r = run({
      teams: [
        { name: 'A', engineers: 10, salary: 100_000 },
        { name: 'B', engineers: 10, salary: 100_000, salaryGrowth: 0, demand: { growth: 0 }, policy: { headcount: 'matchDemand', layoffs: true } },
      ],
    });
    // Team B has the default bonus of 3% and no raises.
    nearAll(series(r, 'cashPay', 1), [103_000, 103_000, 103_000]);
    nearAll(series(r, 'demand', 1), [10, 10, 10]);
    nearAll(series(r, 'engineers', 1), [10, 10 / 2.5, 10 / 2.875]);
    nearAll(series(r, 'engineers', 0), [10, 10, 10]);
  });
});

describe('honest metrics', () => {
  it('managerRolesAtRisk = max(0, managers − required / span)', () => {
    // Hold 10 engineers, 2 managers; required 11 / 2.5 = 4.4 needs 0.88 managers.
    near(run().years[1].managerRolesAtRisk, 2 - 4.4 / 5);
  });

  it('costPerDemandMet divides by the output that meets demand, never by output nobody asked for', () => {
    const r = run(PLAIN);
    // Output 25 against demand 11 in 2027: cost per unit of demand met = cost / 11.
    near(r.years[1].costPerDemandMet, (r.years[1].totalCost as number) / 11);
    near(r.years[1].costPerOutput, (r.years[1].totalCost as number) / 25);
  });

  it('compares the final year with the no-AI baseline', () => {
    const r = run(PLAIN);
    // No AI, hold: 10 engineers × 121,000 for output 10 and demand 12.1 (all of it met? no: output 10).
    near(r.summary.costPerOutputVsNoAI as number, (r.years[2].costPerOutput as number) / (1_210_000 / 10) - 1);
    near(r.summary.costPerDemandMetVsNoAI as number, (r.years[2].costPerDemandMet as number) / (1_210_000 / 10) - 1);
  });
});
