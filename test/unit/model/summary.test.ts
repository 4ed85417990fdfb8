// MODEL.md §4–5: the summary of a run. PLAIN keeps a year's cost at
// engineers × (salary_t + budget_t): salary 100,000, 110,000, 121,000; budget 20,000.
import { describe, expect, it } from 'vitest';
import { PLAIN, near, run } from './helpers';

const BASE_TEAM = { name: 'A', engineers: 10, salary: 100_000, bonusRate: 0.1 };

describe('summary', () => {
  it('adds up cost and output over the years', () => {
    const s = run(PLAIN).summary;
    near(s.cumulativeCost, 10 * (120_000 + 130_000 + 141_000));
    near(s.cumulativeOutput, 10 * (1.5 + 2.5 + 2.875));
  });

  it('compares with the same scenario at budget 0', () => {
    const s = run(PLAIN).summary;
    near(s.noAICumulativeCost, 10 * (100_000 + 110_000 + 121_000));
    near(s.costVsNoAI, 3_910_000 - 3_310_000);
  });

  it('lets the no-AI baseline run its own policy (matchDemand staffs to demand at multiplier 1)', () => {
    const s = run(PLAIN, { policy: { headcount: 'matchDemand', layoffs: true } }).summary;
    near(s.noAICumulativeCost, 10 * 100_000 + 11 * 110_000 + 12.1 * 121_000);
  });

  it('reports costSaved = cost without the shocks − cost with them', () => {
    // half the engineers from 2027: 10 × 120,000 + 5 × 130,000 + 5 × 141,000
    const s = run(PLAIN, { shocks: [{ year: 2027, cut: 0.5, lever: 'headcount' }] }).summary;
    near(s.cumulativeCost, 1_200_000 + 650_000 + 705_000);
    near(s.costSaved, 3_910_000 - 2_555_000);
    expect(run(PLAIN).summary.costSaved).toBe(0);
  });

  it('finds the first year the budget per engineer reaches the salary', () => {
    // salary 100,000 flat; budget 25,000 doubling: 25k, 50k, 100k (equal counts), 200k
    const s = run({ years: 4, salaryGrowth: 0, tokens: { budget: 25_000, budgetGrowth: 1 } }).summary;
    expect(s.firstYearTokensExceedSalary).toBe(2028);
    expect(run().summary.firstYearTokensExceedSalary).toBeNull();
  });

  it('reports payForgone = Σ_t (salary_t − salary_0)(1 + bonusRate), weighted by engineers at t = 0', () => {
    // one team: (0 + 10,000 + 21,000) × 1.1
    near(run().summary.payForgone, 34_100);
    // with B: 30 engineers at 200,000, no bonus: (0 + 20,000 + 42,000) × 1
    const two = run({ teams: [BASE_TEAM, { name: 'B', engineers: 30, salary: 200_000, bonusRate: 0 }] });
    near(two.summary.payForgone, (10 * 34_100 + 30 * 62_000) / 40);
  });

  it('gives payForgone null when no team has engineers', () => {
    expect(run({ teams: [{ ...BASE_TEAM, engineers: 0 }] }).summary.payForgone).toBeNull();
  });
});
