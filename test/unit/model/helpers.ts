// Small scenarios with round numbers for the hand-worked tests of MODEL.md
// §2–6. Expected values are written out in each test from the formulas, never
// taken from the engine's own helpers.
import { expect } from 'vitest';
import { loadScenario } from '../../../src/scenario/parse';
import type { ScenarioInput } from '../../../src/scenario/schema';
import { simulate, type SimulationResult } from '../../../src/model/simulate';
import type { CurveCompiler } from '../../../src/model/curve';
import type { YearMetric } from '../../../src/model/metrics';

/**
 * One team of 10 engineers over 2026–2028. With these numbers:
 * salary_t = 100,000 · 1.1^t = 100,000, 110,000, 121,000
 * price_t = 10 · 0.5^t = 10, 5, 2.5; budget 20,000 → tokens 2,000, 4,000, 8,000 Mtok
 * tokens / half = 1, 2, 4 → raw = 1 + 2(1 − 2^−k) = 2, 2.5, 2.875
 * adoption (2 years) = 0.5, 1, 1 → multiplier = 1.5, 2.5, 2.875
 * demand = 10 · 1.1^t = 10, 11, 12.1
 * Every version 2 mechanism is at its neutral value (MODEL.md §0); the tests of
 * a mechanism switch it on with a patch.
 */
export const BASE = {
  startYear: 2026,
  years: 3,
  teams: [{ name: 'A', engineers: 10, salary: 100_000, bonusRate: 0.1, equityPerYear: 10_000, onCostRate: 0.2, baseOutput: 1 }],
  salaryGrowth: 0.1,
  managers: { spanOfControl: 5, spanGrowth: 0, salaryRatio: 1.5 },
  specialists: { perMillionSpend: 0, salaryRatio: 2 },
  tokens: {
    budgetMode: 'perEngineer', budget: 20_000, budgetGrowth: 0, pricePerMillion: 10, priceDecline: 0.5, countAsPay: false,
    budgetInUse: 0, usageSpread: 0, benefitTaxRate: 0,
  },
  productivity: {
    curve: 'saturating', maxMultiplier: 3, halfGainTokens: 2_000, halfGainGrowth: 0, adoptionYears: 2, assumedMaxMultiplier: null,
    planLearning: 0, reworkShare: 0,
  },
  demand: { growth: 0.1, elasticity: 0 },
  policy: { headcount: 'hold', attrition: 0.1, layoffs: false, hireLimit: null, severanceMonths: 0, hiringCostRate: 0 },
} satisfies ScenarioInput;

/**
 * Costs reduced to salary and tokens: no bonus, equity, on-cost, manager pay
 * or specialists, so a year's total cost is engineers × (salary_t + budget_t).
 */
export const PLAIN = {
  teams: [{ name: 'A', engineers: 10, salary: 100_000, bonusRate: 0, equityPerYear: 0, onCostRate: 0, baseOutput: 1 }],
  managers: { spanOfControl: 5, spanGrowth: 0, salaryRatio: 0 },
  specialists: { perMillionSpend: 0, salaryRatio: 0 },
} satisfies ScenarioInput;

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Deep merge of plain objects; lists and other values of later patches replace earlier ones. */
export function merge(...parts: Plain[]): Plain {
  const out: Plain = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      out[key] = isPlain(value) && isPlain(out[key]) ? merge(out[key] as Plain, value) : value;
    }
  }
  return out;
}

/** BASE with patches applied (a `teams` patch replaces the whole list). */
export const scenario = (...patches: Plain[]) => loadScenario(merge(BASE, ...patches));

/**
 * A stand-in formula engine for custom curves: the expression names one of a
 * few fixed functions, so the tests do not depend on src/formula.
 */
export const stubCompile: CurveCompiler = (expression) => {
  const fns: Record<string, (s: { T: number; half: number; maxMultiplier: number }) => number> = {
    nan: () => NaN,
    huge: () => 1e9,
    inf: () => Infinity,
    negInf: () => -Infinity,
    negative: () => -5,
    half: (s) => 1 + s.T / s.half,
    wild: (s) => 1 + 50 * Math.sin(s.T),
    ceiling: (s) => s.maxMultiplier,
    // Concave, like the saturating curve, but not it: 1 + (M − 1) T / (T + half).
    hyperbolic: (s) => 1 + ((s.maxMultiplier - 1) * s.T) / (s.T + s.half),
  };
  const fn = fns[expression.trim()];
  if (!fn) throw new Error(`stub compiler: unknown expression ${expression}`);
  return fn;
};

export const run = (...patches: Plain[]): SimulationResult => simulate(scenario(...patches), { compile: stubCompile });

/** One metric of the totals (or of team k), year by year. */
export function series(result: SimulationResult, metric: YearMetric, team?: number): (number | boolean | null)[] {
  const rows = team === undefined ? result.years : result.teams[team].years;
  return rows.map((row) => row[metric]);
}

/** Equal to a relative 1e-10 (rounding of a few operations), with the expected value in the failure. */
export function near(actual: unknown, expected: number, rel = 1e-10): void {
  expect(typeof actual, `expected a number near ${expected}, got ${String(actual)}`).toBe('number');
  const tolerance = rel * Math.max(1, Math.abs(expected));
  if (!(Math.abs((actual as number) - expected) <= tolerance)) expect(actual).toBe(expected);
}

export function nearAll(actual: readonly unknown[], expected: readonly number[], rel = 1e-10): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => near(actual[i], value, rel));
}

/**
 * E[f(X)] for X log-normal with mean 1 (ln X ~ N(−σ²/2, σ²), MODEL.md §2) by the trapezoid rule
 * over z ∈ [−8, 8] of the standard normal density: an integration independent of the engine's
 * Gauss–Hermite nodes. With 2,000 points (h = 0.008) the rule is exact to far below 1e-9 for the
 * smooth, bounded curves of these tests; the tails beyond 8 weigh 1e-15.
 */
export function lognormalMean(f: (x: number) => number, sigma: number, points = 2_000): number {
  const h = 16 / (points - 1);
  let sum = 0;
  for (let i = 0; i < points; i++) {
    const z = -8 + i * h;
    const w = i === 0 || i === points - 1 ? 0.5 : 1;
    sum += w * f(Math.exp(sigma * z - (sigma * sigma) / 2)) * Math.exp(-(z * z) / 2);
  }
  return (sum * h) / Math.sqrt(2 * Math.PI);
}
