// MODEL.md §2, one team, one year: every formula on BASE (see helpers.ts for
// the numbers), worked by hand.
import { describe, expect, it } from 'vitest';
import { near, nearAll, run, series } from './helpers';

describe('prices, pay and budgets (MODEL.md §2)', () => {
  it('grows the salary by salaryGrowth a year, compounding (seen through cash pay = salary_t × 1.1)', () => {
    nearAll(series(run(), 'cashPay'), [100_000 * 1.1, 110_000 * 1.1, 121_000 * 1.1]);
  });

  it('lowers the price by priceDecline a year: price_t = p0 (1 − d)^t', () => {
    nearAll(series(run(), 'pricePerMillion'), [10, 5, 2.5]);
    // A negative decline is a price rise: 10 · 1.5^t.
    nearAll(series(run({ tokens: { priceDecline: -0.5 } }), 'pricePerMillion'), [10, 15, 22.5]);
  });

  it('grows a perEngineer budget by budgetGrowth', () => {
    const r = run({ tokens: { budgetGrowth: 1 } });
    nearAll(series(r, 'budgetPerEngineer'), [20_000, 40_000, 80_000]);
    // tokens_t = budget_t / price_t = 20,000/10, 40,000/5, 80,000/2.5
    nearAll(series(r, 'tokensPerEngineer'), [2_000, 8_000, 32_000]);
  });

  it('sets a shareOfSalary budget as a fraction of salary_t and ignores budgetGrowth', () => {
    const r = run({ tokens: { budgetMode: 'shareOfSalary', budget: 0.2, budgetGrowth: 1 } });
    nearAll(series(r, 'budgetPerEngineer'), [0.2 * 100_000, 0.2 * 110_000, 0.2 * 121_000]);
    nearAll(series(r, 'tokensPerEngineer'), [20_000 / 10, 22_000 / 5, 24_200 / 2.5]);
  });

  it('buys tokens_t = budget_t / price_t million tokens per engineer-year', () => {
    nearAll(series(run(), 'tokensPerEngineer'), [2_000, 4_000, 8_000]);
  });
});

describe('the productivity curve (MODEL.md §2)', () => {
  it('saturates: raw = 1 + (max − 1)(1 − 2^(−T/half)), at full adoption', () => {
    // tokens / half = 1, 2, 4 → 1 + 2 · (1/2, 3/4, 15/16)
    nearAll(series(run({ productivity: { adoptionYears: 1 } }), 'multiplier'), [2, 2.5, 2.875]);
  });

  it('doubles half_t each year with halfGainGrowth 1, so T/half stays 1 while prices halve', () => {
    nearAll(series(run({ productivity: { adoptionYears: 1, halfGainGrowth: 1 } }), 'multiplier'), [2, 2, 2]);
  });

  it('allows a ceiling below 1 (a slowdown): 1 − 0.2 · (1 − 2^−k)', () => {
    const r = run({ productivity: { adoptionYears: 1, maxMultiplier: 0.8 } });
    nearAll(series(r, 'multiplier'), [1 - 0.2 * 0.5, 1 - 0.2 * 0.75, 1 - 0.2 * (15 / 16)]);
  });

  it('ramps adoption linearly: adoption_t = min(1, (t + 1) / adoptionYears)', () => {
    // adoptionYears 2: 0.5, 1, 1 on raw 2, 2.5, 2.875
    nearAll(series(run(), 'multiplier'), [1 + 1 * 0.5, 2.5, 2.875]);
    // adoptionYears 4: 0.25, 0.5, 0.75
    nearAll(series(run({ productivity: { adoptionYears: 4 } }), 'multiplier'), [1 + 1 * 0.25, 1 + 1.5 * 0.5, 1 + 1.875 * 0.75]);
    // adoptionYears 1.5: 2/3, then full
    nearAll(series(run({ productivity: { adoptionYears: 1.5 } }), 'multiplier'), [1 + 1 * (2 / 3), 2.5, 2.875]);
  });

  it('gives multiplier 1 with a budget of 0', () => {
    expect(series(run({ tokens: { budget: 0 } }), 'multiplier')).toEqual([1, 1, 1]);
  });
});

describe('demand, required and planned engineers (MODEL.md §2)', () => {
  it('grows demand from engineers_0 × baseOutput by demand.growth', () => {
    nearAll(series(run(), 'demand'), [10, 11, 12.1]);
    nearAll(series(run({ teams: [{ engineers: 10, baseOutput: 2 }] }), 'demand'), [20, 22, 24.2]);
  });

  it('requires demand_t / (baseOutput × multiplier_t) engineers', () => {
    nearAll(series(run(), 'required'), [10 / 1.5, 11 / 2.5, 12.1 / 2.875]);
    // baseOutput 2 doubles both demand and output per engineer: the same engineers.
    nearAll(series(run({ teams: [{ engineers: 10, baseOutput: 2 }] }), 'required'), [20 / 3, 22 / 5, 24.2 / 5.75]);
  });

  it('plans with assumedMaxMultiplier in place of maxMultiplier', () => {
    const r = run({ productivity: { assumedMaxMultiplier: 5 } });
    // assumed = 1 + 4 · gain · adoption: 1 + 4 · 0.5 · 0.5 = 2, 1 + 4 · 0.75 = 4, 1 + 4 · 15/16 = 4.75
    nearAll(series(r, 'planned'), [10 / 2, 11 / 4, 12.1 / 4.75]);
    // The team still delivers with the realized multiplier.
    nearAll(series(r, 'required'), [10 / 1.5, 11 / 2.5, 12.1 / 2.875]);
    nearAll(series(r, 'multiplier'), [1.5, 2.5, 2.875]);
  });

  it('plans with the realized multiplier when assumedMaxMultiplier is null', () => {
    const r = run();
    expect(series(r, 'planned')).toEqual(series(r, 'required'));
  });
});

describe('custom curves (docs/model.md: values clamped to [0.01, 1000], NaN counts as 1)', () => {
  const custom = (expression: string) =>
    series(run({ productivity: { curve: 'custom', expression, adoptionYears: 1 } }), 'multiplier');

  it('uses the formula’s value as raw(T)', () => {
    // 1 + T / half = 1 + 1, 1 + 2, 1 + 4
    nearAll(custom('half'), [2, 3, 5]);
  });

  it('clamps values outside [0.01, 1000] and treats NaN as no effect', () => {
    expect(custom('huge')).toEqual([1000, 1000, 1000]);
    expect(custom('inf')).toEqual([1000, 1000, 1000]);
    // 1 + (0.01 − 1) · 1 is 0.01 up to rounding.
    nearAll(custom('negative'), [0.01, 0.01, 0.01]);
    nearAll(custom('negInf'), [0.01, 0.01, 0.01]);
    expect(custom('nan')).toEqual([1, 1, 1]);
  });

  it('passes the ceiling to the formula, and the assumed ceiling when planning', () => {
    const r = run({ productivity: { curve: 'custom', expression: 'ceiling', adoptionYears: 1, assumedMaxMultiplier: 4 } });
    nearAll(series(r, 'multiplier'), [3, 3, 3]);
    nearAll(series(r, 'planned'), [10 / 4, 11 / 4, 12.1 / 4]);
  });

  it('applies the adoption ramp to a custom curve', () => {
    const r = run({ productivity: { curve: 'custom', expression: 'ceiling', adoptionYears: 2 } });
    nearAll(series(r, 'multiplier'), [1 + 2 * 0.5, 3, 3]);
    near(r.years[0].required, 10 / 2);
  });
});
