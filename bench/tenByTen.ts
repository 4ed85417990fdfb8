// The engine benchmarks' scenario: 10 teams × 10 years with every mechanism
// of model version 2 on, shared by bench/engine.bench.ts and
// bench/montecarlo.bench.ts so that both time the same case.
import { loadScenario } from '../src/scenario/parse';
import type { Scenario, ScenarioInput } from '../src/scenario/schema';

/**
 * 10 teams × 10 years with every mechanism of model version 2 on (issue 8's
 * budget): uneven use (σ = 1), demand answering cost, rework, gains already
 * banked, plan learning, a hire limit, a promotion from each even team into the
 * next, severance and hiring costs, other costs; shared blocks, a few per-team
 * overrides, a shock on each lever.
 */
export function tenByTen() {
  const teams = Array.from({ length: 10 }, (_, i) => ({
    name: `Team ${i + 1}`,
    engineers: 10 + 5 * i,
    salary: 120_000 + 10_000 * i,
    equityPerYear: i % 3 === 0 ? 30_000 : 0,
    otherCostPerHead: 10_000,
    ...(i % 2 === 0 ? { promotion: { to: `Team ${i + 2}`, rate: 0.1 } } : {}),
    ...(i % 4 === 1 ? { tokens: { budget: 6_000 } } : {}),
    ...(i % 5 === 2 ? { productivity: { maxMultiplier: 2, assumedMaxMultiplier: 3 } } : {}),
  }));
  const input: ScenarioInput = {
    years: 10,
    teams,
    tokens: { budgetInUse: 1_200, usageSpread: 1 },
    productivity: { reworkShare: 0.2, planLearning: 0.3, assumedMaxMultiplier: 2 },
    demand: { growth: 0.03, elasticity: 0.5 },
    policy: { headcount: 'matchDemand', attrition: 0.1, layoffs: false, hireLimit: 0.15, severanceMonths: 2, hiringCostRate: 0.15 },
    specialists: { perMillionSpend: 0.5 },
    shocks: [
      { year: 2028, cut: 0.3, lever: 'tokens' },
      { year: 2029, cut: 0.05, lever: 'salary' },
      { year: 2030, cut: 0.1, lever: 'headcount' },
    ],
  };
  return loadScenario(input);
}

/** The Monte Carlo ranges of the engine benchmarks (10,000 samples of tenByTen). */
export const TEN_BY_TEN_RANGES: Record<string, [number, number]> = {
  'productivity.maxMultiplier': [1.1, 2],
  'tokens.priceDecline': [0.1, 0.5],
  'demand.growth': [0, 0.1],
  salaryGrowth: [0.02, 0.05],
};

/** tenByTen with its ranges: the Monte Carlo case of issue 11 (10,000 samples × 10 teams × 10 years). */
export function tenByTenUncertain(samples = 10_000, seed = 1): Scenario {
  return loadScenario({ ...tenByTen(), uncertainty: { samples, seed, ranges: TEN_BY_TEN_RANGES } });
}
