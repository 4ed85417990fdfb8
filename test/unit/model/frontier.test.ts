// MODEL.md §6, the trade-off frontier, checked against hand formulas and a
// fine brute-force scan. Scenario: 10 engineers at 100,000 with one manager per
// 4 engineers at the same pay, nothing else: loaded cost per engineer = 125,000 + b.
// At t = 0: price 10, half 2,000 Mtok, ceiling 3, demand 10:
// n(b) = 10 / (1 + 2 (1 − 2^(−b / 20,000))), cost(b) = n(b) (125,000 + b).
import { describe, expect, it } from 'vitest';
import { frontier } from '../../../src/model/frontier';
import { lognormalMean, near, scenario, stubCompile } from './helpers';

const F = {
  years: 1,
  teams: [{ name: 'A', engineers: 10, salary: 100_000, bonusRate: 0, equityPerYear: 0, onCostRate: 0, baseOutput: 1 }],
  managers: { spanOfControl: 4, spanGrowth: 0, salaryRatio: 1 },
  specialists: { perMillionSpend: 0 },
  productivity: { adoptionYears: 3 }, // the frontier assumes full adoption whatever the ramp
};
const n = (b: number) => 10 / (1 + 2 * (1 - Math.pow(2, -b / 20_000)));
const cost = (b: number) => n(b) * (125_000 + b);

/** Brute force: the cheapest b on a grid of `step`, and the largest b with cost ≤ cost(0). */
function scan(f: (b: number) => number, end: number, step: number) {
  let best = 0;
  let lastUnder = 0;
  for (let b = 0; b <= end; b += step) {
    if (f(b) < f(best)) best = b;
    if (f(b) <= f(0)) lastUnder = b;
  }
  return { best, lastUnder };
}

describe('frontier (MODEL.md §6)', () => {
  const result = frontier(scenario(F));

  it('computes n(b) and cost(b) at full adoption for every point of the curve', () => {
    expect(result.points.length).toBeGreaterThan(100);
    near(result.points[0].budget, 0);
    for (const p of result.points) {
      near(p.engineersNeeded, n(p.budget));
      near(p.totalCost, cost(p.budget));
      near(p.costPerOutput, cost(p.budget) / 10);
    }
    // a check value: at b = 20,000, n = 10 / 2 = 5 and cost = 5 × 145,000
    near(n(20_000), 5);
    near(result.current.totalCost, 725_000);
    near(result.current.budget, 20_000);
  });

  it('finds the cost-minimising budget of a fine brute-force scan', () => {
    const { best } = scan(cost, 1_000_000, 1);
    expect(Math.abs(result.optimum.budget - best)).toBeLessThanOrEqual(1);
    expect(result.optimum.totalCost).toBeLessThanOrEqual(cost(best) * (1 + 1e-12));
    near(result.optimum.totalCost, cost(result.optimum.budget));
  });

  it('finds the break-even: the largest b with cost ≤ cost(0)', () => {
    const { lastUnder } = scan(cost, 6_000_000, 10);
    expect(Math.abs(result.breakEven.budget - lastUnder)).toBeLessThanOrEqual(10);
    expect(cost(result.breakEven.budget)).toBeLessThanOrEqual(1_250_000 * (1 + 1e-12));
    expect(cost(result.breakEven.budget + 1)).toBeGreaterThan(1_250_000);
    expect(result.breakEvenBeyondSweep).toBe(false);
  });

  it('finds the optimum even when a huge current budget stretches the grid past it', () => {
    // The sweep runs to twice the current budget (2e9): the optimum lies in its first cell.
    const wide = frontier(scenario(F, { tokens: { budget: 1e9 } }));
    const { best } = scan(cost, 1_000_000, 1);
    expect(Math.abs(wide.optimum.budget - best)).toBeLessThanOrEqual(1);
    expect(wide.optimum.totalCost).toBeLessThan(1_250_000);
  });

  it('uses the chosen year’s salary, price, half-gain point and demand', () => {
    // 2027: salary 110,000 → 137,500 + b; price 5; half 2,000 × 2; demand 11:
    // n = 11 / (1 + 2 (1 − 2^(−b / (5 × 4,000))))
    const later = frontier(scenario(F, { years: 3, salaryGrowth: 0.1, demand: { growth: 0.1 }, productivity: { halfGainGrowth: 1 } }), { year: 2027 });
    expect(later.year).toBe(2027);
    for (const p of later.points.slice(0, 50)) {
      const needed = 11 / (1 + 2 * (1 - Math.pow(2, -p.budget / 20_000)));
      near(p.engineersNeeded, needed);
      near(p.totalCost, needed * (137_500 + p.budget));
    }
    // The final year when no year is given.
    expect(frontier(scenario(F, { years: 3 })).year).toBe(2028);
  });

  it('adds up the engineers and costs of several teams at a shared budget b', () => {
    // B: 30 engineers, baseOutput 2, salary 200,000 (→ 250,000 + b), price 20, ceiling 2.
    const B = { name: 'B', engineers: 30, salary: 200_000, bonusRate: 0, equityPerYear: 0, onCostRate: 0, baseOutput: 2,
      tokens: { pricePerMillion: 20, budget: 80_000 }, productivity: { maxMultiplier: 2 } };
    const two = frontier(scenario(F, { teams: [F.teams[0], B] }));
    const nB = (b: number) => 60 / (2 * (1 + (1 - Math.pow(2, -b / 40_000))));
    for (const p of two.points) {
      near(p.engineersNeeded, n(p.budget) + nB(p.budget));
      near(p.totalCost, cost(p.budget) + nB(p.budget) * (250_000 + p.budget));
      near(p.costPerOutput, (cost(p.budget) + nB(p.budget) * (250_000 + p.budget)) / 70);
    }
    // current = engineer-weighted mean budget
    near(two.current.budget, (10 * 20_000 + 30 * 80_000) / 40);
  });

  it('loads the budget with on-costs when tokens count as pay', () => {
    const paid = frontier(scenario(F, { teams: [{ ...F.teams[0], onCostRate: 0.2 }], tokens: { countAsPay: true } }));
    for (const p of paid.points) near(p.totalCost, n(p.budget) * 1.2 * (125_000 + p.budget));
  });

  it('puts the optimum at 0 when the ceiling is 1 or below, and the break-even there too', () => {
    for (const maxMultiplier of [1, 0.8]) {
      const flat = frontier(scenario(F, { productivity: { maxMultiplier } }));
      expect(flat.optimum.budget).toBe(0);
      near(flat.optimum.totalCost, 10 * 125_000 / 1);
      // every b > 0 costs more than b = 0: the break-even is 0 up to the bisection's resolution
      expect(flat.breakEven.budget).toBeLessThan(1e-6 * flat.points[flat.points.length - 1].budget);
    }
  });

  it('accepts a custom curve', () => {
    // raw = 1 + T / half: n = 10 / (1 + b / 20,000)
    const custom = frontier(scenario(F, { productivity: { curve: 'custom', expression: 'half' } }), { compile: stubCompile });
    for (const p of custom.points.slice(0, 20)) near(p.engineersNeeded, 10 / (1 + p.budget / 20_000));
  });
});

describe('frontier with the demand response, the spread and rework (MODEL.md §2, §6)', () => {
  // F's team (cost per head 125,000 + b, price 10, half-gain 2,000 Mtok, ceiling 3), with σ = 0.5,
  // a quarter of the gain to rework, elasticity ½ and 10,000 a year already in use.
  const FR = frontier(scenario(F, {
    tokens: { usageSpread: 0.5, budgetInUse: 10_000 },
    productivity: { reworkShare: 0.25 },
    demand: { elasticity: 0.5 },
  }));
  // E(k) = E[1 − 2^(−k·X)], X log-normal with mean 1, σ = 0.5 (by the trapezoid rule, helpers.ts):
  // E(0.5) = 0.2818766 (0.2929 without spread), E(1) = 0.4707472 (0.5 without).
  const E = (k: number) => lognormalMean((x) => 1 - Math.pow(2, -k * x), 0.5);
  // mult(b) = net(F) = 1 + (3 − 1) · E(b / 20,000) · (1 − 0.25) = 1 + 1.5 E(b / 20,000).
  const mult = (b: number) => 1 + 1.5 * E(b / 20_000);
  // banked = mult(10,000) = 1.4228149; refCost = (125,000 + 10,000) / banked = 94,882.34.
  const banked = mult(10_000);
  const refCost = 135_000 / banked;
  // demand(b) = 10 · banked · (unit(b) / refCost)^(−½), unit(b) = (125,000 + b) / mult(b).
  const unit = (b: number) => (125_000 + b) / mult(b);
  const demand = (b: number) => 10 * banked * Math.pow(unit(b) / refCost, -0.5);

  it('at b = 0: no new gain, and demand answers the dearer output: 10 √(1.08 · banked) = 12.396', () => {
    // (unit / refCost)^(−½) = √(94,882.34 / 125,000) = 0.87123; demand = 14.228 × 0.87123 = 12.396.
    const p = FR.points[0];
    near(p.budget, 0);
    near(banked, 1.4228148724727498, 1e-6);
    near(p.demand, 10 * Math.sqrt(1.08 * banked), 1e-6);
    near(p.demand, 12.396128679, 1e-6);
    near(p.engineersNeeded, p.demand, 1e-6); // mult(0) = 1
    near(p.totalCost, 12.396128679 * 125_000, 1e-6); // 1,549,516
    near(p.costPerOutput, 125_000, 1e-12);
  });

  it('at the scenario’s 20,000: mult 1.70612, demand 15.0336, 8.8115 engineers, 1,277,674', () => {
    // mult = 1 + 1.5 × 0.4707472 = 1.7061208; unit = 145,000 / 1.7061208 = 84,988.12;
    // demand = 14.228149 × √(94,882.34 / 84,988.12) = 15.033565; n = 15.033565 / 1.7061208 = 8.811548;
    // cost = 8.811548 × 145,000 = 1,277,674; cost per output = the unit cost, 84,988.12.
    const p = FR.current;
    near(p.budget, 20_000);
    near(mult(20_000), 1.7061208334618203, 1e-6);
    near(p.demand, demand(20_000), 1e-6);
    near(p.demand, 15.033564814, 1e-6);
    near(p.engineersNeeded, 8.811547529, 1e-6);
    near(p.totalCost, 1_277_674.3917, 1e-6);
    near(p.costPerOutput, unit(20_000), 1e-6);
  });
});
