// MODEL.md §4: shocks cut one lever by a fraction from their year on; shocks
// on one lever multiply; a headcount cut acts through H_t and never compounds.
import { describe, expect, it } from 'vitest';
import { PLAIN, near, nearAll, run, series } from './helpers';

const shock = (year: number, cut: number, lever: string) => ({ year, cut, lever });

describe('token shocks', () => {
  it('cut budget_t from the shock’s year on, and the cut flows into tokens and the multiplier', () => {
    const r = run({ shocks: [shock(2027, 0.5, 'tokens')] });
    nearAll(series(r, 'budgetPerEngineer'), [20_000, 10_000, 10_000]);
    // tokens 10,000 / 5 = 2,000 and 10,000 / 2.5 = 4,000 → raw 2, 2.5 (full adoption from t = 1)
    nearAll(series(r, 'tokensPerEngineer'), [2_000, 2_000, 4_000]);
    nearAll(series(r, 'multiplier'), [1.5, 2, 2.5]);
  });

  it('multiply when several hit one lever, in the same year or later', () => {
    const r = run({ shocks: [shock(2027, 0.5, 'tokens'), shock(2028, 0.5, 'tokens'), shock(2028, 0.2, 'tokens')] });
    nearAll(series(r, 'budgetPerEngineer'), [20_000, 20_000 * 0.5, 20_000 * 0.5 * 0.5 * 0.8]);
  });

  it('are active from t = 0 when dated before the start, and do nothing after the horizon', () => {
    nearAll(series(run({ shocks: [shock(2020, 0.25, 'tokens')] }), 'budgetPerEngineer'), [15_000, 15_000, 15_000]);
    nearAll(series(run({ shocks: [shock(2029, 0.25, 'tokens')] }), 'budgetPerEngineer'), [20_000, 20_000, 20_000]);
  });

  it('raise the engineers planned under matchDemand', () => {
    const r = run({ policy: { headcount: 'matchDemand', layoffs: true }, shocks: [shock(2027, 0.5, 'tokens')] });
    // multiplier 2 instead of 2.5 at t = 1
    near(r.years[1].engineers, 11 / 2);
  });
});

describe('salary shocks', () => {
  it('cut salary_t, and cash pay follows', () => {
    const r = run({ shocks: [shock(2027, 0.1, 'salary')] });
    nearAll(series(r, 'cashPay'), [110_000, 110_000 * 0.9 * 1.1, 121_000 * 0.9 * 1.1]);
    // a perEngineer budget does not follow
    nearAll(series(r, 'budgetPerEngineer'), [20_000, 20_000, 20_000]);
  });

  it('cut a shareOfSalary budget with the salary', () => {
    const r = run({ tokens: { budgetMode: 'shareOfSalary', budget: 0.2 }, shocks: [shock(2027, 0.1, 'salary')] });
    nearAll(series(r, 'budgetPerEngineer'), [20_000, 0.2 * 99_000, 0.2 * 108_900]);
    nearAll(series(r, 'tokensPerEngineer'), [2_000, 19_800 / 5, 21_780 / 2.5]);
  });

  it('multiply on one lever', () => {
    const r = run({ shocks: [shock(2027, 0.1, 'salary'), shock(2027, 0.5, 'salary')] });
    near(r.years[1].cashPay, 110_000 * 0.9 * 0.5 * 1.1);
  });
});

describe('headcount shocks', () => {
  it('cut once: under hold the smaller team stays, without compounding', () => {
    // hold: 10, then 8 in 2027, and 8 again (not 6.4)
    nearAll(series(run({ shocks: [shock(2027, 0.2, 'headcount')] }), 'engineers'), [10, 8, 8]);
    // a second cut multiplies: H = 1, 0.8, 0.8 × 0.5
    const two = run({ shocks: [shock(2027, 0.2, 'headcount'), shock(2028, 0.5, 'headcount')] });
    nearAll(series(two, 'engineers'), [10, 8, 4]);
  });

  it('are events: the policy acts on the smaller team afterwards (MODEL.md §3, version 2)', () => {
    // matchDemand without layoffs: 2027: max(planned 4.4, floor 9) = 9, then the cut halves it to 4.5.
    // 2028: max(planned 12.1 / 2.875 = 4.209, floor 4.5 × 0.9 = 4.05) = 4.209 (version 1 kept 8.1 × 0.5 = 4.05).
    const r = run({ policy: { headcount: 'matchDemand', layoffs: false, attrition: 0.1 }, shocks: [shock(2027, 0.5, 'headcount')] });
    nearAll(series(r, 'engineers'), [10, 4.5, 12.1 / 2.875]);
    nearAll(series(r, 'layoffs'), [0, 4.5, 0]);
  });

  it('cut managers and costs with the engineers', () => {
    const r = run(PLAIN, { shocks: [shock(2027, 0.5, 'headcount')] });
    nearAll(series(r, 'managers'), [2, 1, 1]);
    // 5 engineers × (110,000 + 20,000), 5 × (121,000 + 20,000)
    nearAll(series(r, 'totalCost'), [1_200_000, 650_000, 705_000]);
  });

  it('of 1 leave no engineers; per-engineer ratios become null, never NaN', () => {
    const r = run({ shocks: [shock(2027, 1, 'headcount')] });
    expect(series(r, 'engineers')).toEqual([10, 0, 0]);
    expect(series(r, 'intensity', 0)).toEqual([1, null, null]);
    expect(series(r, 'costPerOutput', 0).slice(1)).toEqual([null, null]);
    nearAll(series(r, 'shortfall'), [0, 11, 12.1]);
  });
});
