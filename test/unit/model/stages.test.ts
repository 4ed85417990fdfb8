// The kernel's stages (src/model/team.ts) and what a Monte Carlo keeps from
// one sample to the next (TeamsState): the numbers HEADCOUNT_AND_COSTS_PATHS
// names leave the multipliers' and demand's columns as they were, and a
// Monte Carlo that keeps parameters and columns gives, sample for sample, the
// totals of preparing and running each drawn scenario afresh.
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../src/model/prepare';
import { blockSize, runColumns, totalsBase } from '../../../src/model/run';
import { M, YEAR_METRICS } from '../../../src/model/metrics';
import { BANKED_FULL_COLUMN, DEMAND_AT_ONE_COLUMN, IN_USE_COLUMN, PER_HEAD_COLUMN, PLAN_MULTIPLIER_COLUMN, SALARY_COLUMN, SPAN_COLUMN } from '../../../src/model/kernel/layout';
import { HEADCOUNT_AND_COSTS_PATHS } from '../../../src/model/kernel/params';
import { runUncertainty, rangesOf } from '../../../src/model/uncertainty/run';
import { streamFor } from '../../../src/model/uncertainty/prng';
import { triangular } from '../../../src/model/uncertainty/triangular';
import { getPath, setPath } from '../../../src/scenario/paths';
import type { Scenario } from '../../../src/scenario/schema';
import { scenario } from './helpers';
import { expectSameBits } from '../uncertainty/helpers';

// What the multipliers and demand stages write.
const EARLY_COLUMNS = [
  SALARY_COLUMN, M.pricePerMillion, M.budgetPerEngineer, IN_USE_COLUMN, M.tokensPerEngineer, SPAN_COLUMN, M.multiplier,
  PLAN_MULTIPLIER_COLUMN, BANKED_FULL_COLUMN, PER_HEAD_COLUMN, M.demandResponse, DEMAND_AT_ONE_COLUMN, M.demand, M.required, M.planned,
];

// Every mechanism the stages branch on: holdBudget and matchDemand teams, a promotion, a hire limit,
// severance and hiring costs, tokens as pay, demand answering cost, and a team with its own fields.
const TEAMS = [
  { name: 'A', engineers: 10, salary: 100_000, promotion: { to: 'B', rate: 0.1 } },
  { name: 'B', engineers: 20, salary: 150_000, tokens: { budget: 30_000, countAsPay: true, benefitTaxRate: 0.3 }, policy: { headcount: 'holdBudget', attrition: 0.05 } },
  { name: 'C', engineers: 5, salary: 90_000, productivity: { maxMultiplier: 2 }, policy: { hiringCostRate: 0.2 } },
];
const PATCH = {
  teams: TEAMS,
  years: 4,
  tokens: { budgetInUse: 5_000, countAsPay: true, benefitTaxRate: 0.2 },
  demand: { elasticity: 0.5 },
  policy: { headcount: 'matchDemand', attrition: 0.1, layoffs: true, hireLimit: 0.05, severanceMonths: 3, hiringCostRate: 0.1 },
  specialists: { perMillionSpend: 1 },
};
const base = scenario(PATCH);

const early = (s: Scenario) => {
  const prep = prepare(s);
  const cols = runColumns(prep);
  const n = prep.years;
  return prep.teams.flatMap((_, k) => EARLY_COLUMNS.flatMap((c) => [...cols.data.subarray(k * blockSize(n) + c * n, k * blockSize(n) + (c + 1) * n)]));
};
const totals = (s: Scenario) => {
  const cols = runColumns(prepare(s));
  return cols.data.slice(totalsBase(cols));
};

describe('numbers only headcount and costs read', () => {
  for (const path of HEADCOUNT_AND_COSTS_PATHS) {
    it(`${path} leaves the multipliers and demand as they were, and changes the totals`, () => {
      const value = getPath(base, path) as number;
      const other = setPath(base, path, value * 0.5 + 0.07);
      expectSameBits(early(other), early(base), path);
      expect(totals(other)).not.toEqual(totals(base));
    });
  }
});

/** The Monte Carlo's samples worked out the slow way: each drawn scenario set into the scenario and prepared afresh. */
function slowSamples(s: Scenario, samples: number) {
  const ranges = rangesOf(s);
  const streams = ranges.map((r) => streamFor(s.uncertainty.seed, r.path));
  const n = s.years;
  const values: Record<string, Float32Array> = Object.fromEntries(YEAR_METRICS.map((m) => [m, new Float32Array(samples * n)]));
  for (let i = 0; i < samples; i++) {
    let drawn = s;
    ranges.forEach((r, j) => {
      drawn = setPath(drawn, r.path, triangular(streams[j].uniform(), r.low, r.mode, r.high));
    });
    const t = totals(drawn);
    for (const m of YEAR_METRICS) for (let y = 0; y < n; y++) values[m][i * n + y] = t[M[m] * n + y];
  }
  return values;
}

describe('a Monte Carlo that keeps what no range reaches', () => {
  const cases: Record<string, Record<string, [number, number]>> = {
    'headcount and cost ranges only (every team keeps its multipliers and demand)': {
      'policy.attrition': [0.02, 0.2],
      'policy.severanceMonths': [0, 6],
      'tokens.benefitTaxRate': [0.1, 0.4],
    },
    'one range, which one team sets itself (that team keeps everything)': { 'productivity.maxMultiplier': [1.5, 4] },
    'a range one team sets itself, with one only the costs read': {
      'productivity.maxMultiplier': [1.5, 4],
      'policy.hiringCostRate': [0, 0.3],
    },
    'a range one team sets itself, with one only headcount reads': { 'tokens.budget': [10_000, 40_000], 'policy.hireLimit': [0.05, 0.3] },
  };
  for (const [name, ranges] of Object.entries(cases)) {
    it(`gives the totals of each drawn scenario prepared afresh: ${name}`, () => {
      const s = scenario(PATCH, { uncertainty: { samples: 40, seed: 7, ranges } });
      const run = runUncertainty(s);
      const slow = slowSamples(s, 40);
      for (const m of YEAR_METRICS) expectSameBits(run.values[m]!, slow[m], m);
    });
  }
});
