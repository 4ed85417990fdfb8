// MODEL.md §3: headcount policies, managers and specialists, worked by hand on
// BASE (multiplier 1.5, 2.5, 2.875; demand 10, 11, 12.1) and PLAIN (costs =
// engineers × (salary_t + budget_t)).
import { describe, expect, it } from 'vitest';
import { PLAIN, near, nearAll, run, series } from './helpers';

const policy = (headcount: string, layoffs: boolean, attrition = 0.1) => ({ policy: { headcount, layoffs, attrition } });

describe('hold', () => {
  it('keeps p_t = p_{t-1} = engineers_0', () => {
    expect(series(run(policy('hold', true)), 'engineers')).toEqual([10, 10, 10]);
  });
});

describe('matchDemand', () => {
  it('with layoffs staffs to planned_t from t = 1 (p_0 = engineers_0)', () => {
    nearAll(series(run(policy('matchDemand', true)), 'engineers'), [10, 11 / 2.5, 12.1 / 2.875]);
  });

  it('without layoffs shrinks no faster than attrition: max(planned_t, p_{t-1}(1 − attrition))', () => {
    // planned 4.4 and 4.21 lie below the floor 10 · 0.9 = 9, then 9 · 0.9 = 8.1
    nearAll(series(run(policy('matchDemand', false, 0.1)), 'engineers'), [10, 9, 8.1]);
    // attrition 0.5: floor 5 beats 4.4; then floor 2.5 lies below planned 12.1 / 2.875
    nearAll(series(run(policy('matchDemand', false, 0.5)), 'engineers'), [10, 5, 12.1 / 2.875]);
  });

  it('hires up to planned when demand outgrows the team, layoffs or not', () => {
    // maxMultiplier 1: planned = demand = 10, 11, 12.1
    for (const layoffs of [true, false]) {
      nearAll(series(run(policy('matchDemand', layoffs), { productivity: { maxMultiplier: 1 } }), 'engineers'), [10, 11, 12.1]);
    }
  });

  it('staffs to a rosier plan and falls short of demand with the realized multiplier', () => {
    const r = run(policy('matchDemand', true), { productivity: { assumedMaxMultiplier: 5 } });
    // planned = demand / assumed: 11 / 4 = 2.75 and 12.1 / 4.75
    nearAll(series(r, 'engineers'), [10, 2.75, 12.1 / 4.75]);
    // output = engineers × multiplier; shortfall = demand − output
    nearAll(series(r, 'output'), [15, 2.75 * 2.5, (12.1 / 4.75) * 2.875]);
    nearAll(series(r, 'shortfall'), [0, 11 - 2.75 * 2.5, 12.1 - (12.1 / 4.75) * 2.875]);
    // intensity = demand / engineers; expectationGap = intensity / multiplier − 1 > 0
    near(r.years[1].intensity, 11 / 2.75);
    near(r.years[1].expectationGap, 11 / 2.75 / 2.5 - 1);
  });
});

describe('holdBudget', () => {
  // PLAIN, salaryGrowth 0.25, budget 25,000: per-head cost = salary_t + 25,000 =
  // 125,000, 150,000, 181,250; B = 10 × 125,000 = 1,250,000.
  const hb = (layoffs: boolean, attrition = 0.1, extra = {}) =>
    run(PLAIN, { salaryGrowth: 0.25, tokens: { budget: 25_000 } }, policy('holdBudget', layoffs, attrition), extra);

  it('with layoffs keeps total cost at B: p_t = B / perHeadCost_t', () => {
    const r = hb(true);
    nearAll(series(r, 'engineers'), [10, 1_250_000 / 150_000, 1_250_000 / 181_250]);
    nearAll(series(r, 'totalCost'), [1_250_000, 1_250_000, 1_250_000]);
    // 0 up to rounding: B / perHeadCost × perHeadCost may differ from B in the last bit.
    for (const x of series(r, 'overBudget')) expect(x).toBeLessThan(1e-6);
  });

  it('without layoffs keeps the attrition floor and reports the cost above B as overBudget', () => {
    const r = hb(false, 0.1);
    // floors 9 and 8.1 beat 8.33 and 6.90
    nearAll(series(r, 'engineers'), [10, 9, 8.1]);
    nearAll(series(r, 'overBudget'), [0, 9 * 150_000 - 1_250_000, 8.1 * 181_250 - 1_250_000]);
    // attrition 0.2: floors 8 and 6.67 lie below B / perHeadCost
    nearAll(series(hb(false, 0.2), 'engineers'), [10, 1_250_000 / 150_000, 1_250_000 / 181_250]);
  });

  it('takes B from t = 0 without shocks', () => {
    // A 20% token cut from the first year: per-head cost 120,000, 145,000, 176,250; B stays 1,250,000.
    const r = hb(true, 0.1, { shocks: [{ year: 2026, cut: 0.2, lever: 'tokens' }] });
    nearAll(series(r, 'engineers'), [10, 1_250_000 / 145_000, 1_250_000 / 176_250]);
    nearAll(series(r, 'totalCost'), [1_200_000, 1_250_000, 1_250_000]);
    for (const x of series(r, 'overBudget')) expect(x).toBeLessThan(1e-6);
  });

  it('counts each engineer’s share of managers, specialists, bonus, equity and on-costs', () => {
    // BASE with 0.5 specialists per 1M: t = 0 cost (see costs.test.ts) is B = 2,063,400.
    const r = run({ specialists: { perMillionSpend: 0.5 } }, policy('holdBudget', true));
    // One engineer at t = 1: managers 1/5, specialists 0.5 × 20,000 / 1e6 = 0.01;
    // salary 110,000 × (1 + 0.2 × 1.5 + 0.01 × 2) = 145,200; bonus 14,520;
    // equity 1.21 × 10,000 = 12,100; on-cost 0.2 × 159,720 = 31,944; tokens 20,000.
    const perHead1 = 145_200 + 14_520 + 12_100 + 31_944 + 20_000;
    near(r.years[1].engineers, 2_063_400 / perHead1);
    nearAll(series(r, 'totalCost'), [2_063_400, 2_063_400, 2_063_400]);
  });

  it('keeps its size when a head costs nothing (B / 0 is no headcount)', () => {
    // Salary cut to 0 from 2027 and no tokens: per-head cost 0.
    const r = run(PLAIN, { tokens: { budget: 0 } }, policy('holdBudget', true), {
      shocks: [{ year: 2027, cut: 1, lever: 'salary' }],
    });
    expect(series(r, 'engineers')).toEqual([10, 10, 10]);
    expect(series(r, 'totalCost')).toEqual([1_000_000, 0, 0]);
  });

  it('reports overBudget 0 under the other policies', () => {
    expect(series(run(PLAIN, { salaryGrowth: 0.25 }), 'overBudget')).toEqual([0, 0, 0]);
    expect(series(run(PLAIN, { salaryGrowth: 0.25 }, policy('matchDemand', false)), 'overBudget')).toEqual([0, 0, 0]);
  });
});

describe('managers and specialists', () => {
  it('gives managers_t = engineers_t / (spanOfControl (1 + spanGrowth)^t)', () => {
    nearAll(series(run(), 'managers'), [2, 2, 2]);
    // span 5, 10, 20
    nearAll(series(run({ managers: { spanGrowth: 1 } }), 'managers'), [2, 1, 0.5]);
  });

  it('adds specialists per 1M of token spend', () => {
    // spend = 10 × 20,000, 10 × 40,000, 10 × 80,000
    const r = run({ specialists: { perMillionSpend: 0.5 }, tokens: { budgetGrowth: 1 } });
    nearAll(series(r, 'specialists'), [0.5 * 0.2, 0.5 * 0.4, 0.5 * 0.8]);
  });
});
