// One-at-a-time sensitivity (src/model/uncertainty/sensitivity.ts) on a plain
// scenario whose swings can be worked by hand.
import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../../src/model/uncertainty/sensitivity';
import { simulate } from '../../../src/model/simulate';
import { scenario, PLAIN } from '../model/helpers';

// PLAIN: 10 engineers, salary 100,000, no bonus, equity, on-cost or paid
// managers; tokens 20,000 per engineer; hold policy. So in 2027 (t = 1)
// totalCost = 10 × (100,000 (1 + salaryGrowth) + budget).
const s = scenario(PLAIN, {
  uncertainty: {
    ranges: {
      'productivity.maxMultiplier': [1, 5],
      salaryGrowth: [0, 0.2],
      'tokens.budget': [0, 40_000],
      'demand.growth': [0, 0.3],
    },
  },
});

describe('sensitivity', () => {
  const result = sensitivity(s, { metric: 'totalCost', year: 2027 });

  it('reports the base value with every number at the scenario’s value', () => {
    // 10 × (110,000 + 20,000)
    expect(result.base).toBeCloseTo(1_300_000, 6);
    expect(result.base).toBe(simulate(s).years[1].totalCost);
  });

  it('swings each ranged number from low to high, sorted by swing', () => {
    expect(result.bars.map((b) => b.path)).toEqual(['tokens.budget', 'salaryGrowth', 'demand.growth', 'productivity.maxMultiplier']);
    const [budget, growth, demand, ceiling] = result.bars;
    // budget 0 → 10 × 110,000; 40,000 → 10 × 150,000
    expect(budget.atLow).toBeCloseTo(1_100_000, 6);
    expect(budget.atHigh).toBeCloseTo(1_500_000, 6);
    expect(budget.swing).toBeCloseTo(400_000, 6);
    // salary growth 0 → 10 × 120,000; 0.2 → 10 × 140,000
    expect(growth.swing).toBeCloseTo(200_000, 6);
    expect(growth).toMatchObject({ low: 0, high: 0.2, value: 0.1 });
    // Under "hold", neither demand nor the ceiling changes cost: ties sorted by path.
    expect([demand.swing, ceiling.swing]).toEqual([0, 0]);
  });

  it('defaults to the final year and works for any metric', () => {
    const r = sensitivity(s, { metric: 'required' });
    expect(r.year).toBe(2028);
    // 2028: demand 10 · 1.1² = 12.1; tokens 20,000 / 2.5 = 8,000 Mtok = 4 halves → gain 1 − 2⁻⁴ = 0.9375;
    // required = demand / (1 + (max − 1) · gain) = 12.1 / 2.875.
    expect(r.base).toBeCloseTo(12.1 / 2.875, 10);
    const [ceiling, budget, demand, salary] = r.bars;
    // max 1 → 12.1; max 5 → 12.1 / (1 + 4 · 0.9375) = 12.1 / 4.75: swing 9.55
    expect(ceiling).toMatchObject({ path: 'productivity.maxMultiplier' });
    expect(ceiling.atLow).toBeCloseTo(12.1, 10);
    expect(ceiling.atHigh).toBeCloseTo(12.1 / 4.75, 10);
    // budget 0 → 12.1; 40,000 → 16,000 Mtok = 8 halves → 12.1 / (1 + 2 (1 − 2⁻⁸)): swing 8.06
    expect(budget).toMatchObject({ path: 'tokens.budget' });
    expect(budget.swing).toBeCloseTo(12.1 - 12.1 / (1 + 2 * (1 - 2 ** -8)), 10);
    // growth 0 → 10 / 2.875; 0.3 → 16.9 / 2.875: swing 2.4
    expect(demand).toMatchObject({ path: 'demand.growth' });
    expect(demand.swing).toBeCloseTo(6.9 / 2.875, 10);
    expect(salary).toMatchObject({ path: 'salaryGrowth', swing: 0 });
  });

  it('leaves the scenario and later runs untouched', () => {
    const before = JSON.stringify(s);
    sensitivity(s, { metric: 'output' });
    expect(JSON.stringify(s)).toBe(before);
    expect(sensitivity(s, { metric: 'totalCost', year: 2027 })).toEqual(result);
  });

  it('refuses years outside the run and unknown metrics', () => {
    expect(() => sensitivity(s, { metric: 'totalCost', year: 2030 })).toThrow('year: must be a year from 2026 to 2028, got 2030');
    expect(() => sensitivity(s, { metric: 'bogus' as 'output' })).toThrow('metric: "bogus" is not a metric');
  });
});
