// Totals over teams (MODEL.md §5, §8): FTE, flows, output, demand, shortfall,
// roles at risk and costs are sums; the multiplier, intensity, demand
// response and cost ratios are ratios of sums; per-engineer figures are means
// weighted by engineers; the price is the teams' common price, or none.
import type { Prepared } from './prepare';
import { M, YEAR_METRICS, type YearMetric } from './metrics';
import { COLUMNS, DEMAND_AT_ONE_COLUMN, DEMAND_MET_COLUMN, SALARY_COLUMN } from './kernel/layout';

const SUMMED = [
  M.engineers, M.managers, M.specialists, M.required, M.planned, M.rolesAtRisk, M.managerRolesAtRisk,
  M.hires, M.layoffs, M.promotionsOut, M.jobsChange, M.output, M.demand, M.shortfall,
  M.salaryCost, M.bonusCost, M.equityCost, M.tokenCost, M.onCost, M.otherCost, M.severanceCost, M.hiringCost,
  M.totalCost, M.overBudget, DEMAND_AT_ONE_COLUMN, DEMAND_MET_COLUMN,
];
const WEIGHTED = [
  M.cashPay, M.advertisedPay, M.budgetPerEngineer, M.tokensPerEngineer, M.tokenShare, M.tokenTax, M.cashAfterTokenTax, SALARY_COLUMN,
];

/**
 * Which totals to form: the sums and weighted sums a set of metrics needs,
 * with those their ratios are made of (finishTotals). A Monte Carlo that keeps
 * a few metrics (the app's worker: 5 of 39) adds only those columns.
 */
export interface TotalsPlan {
  years: number;
  /** The summed columns as runs of neighbours, [from, to) in numbers from a block's start: one tight loop each. */
  summed: Int32Array;
  weighted: Int32Array;
  /** Σ engineers × baseOutput, for the multiplier and intensity. */
  capacity: boolean;
  /** The teams' common price. */
  price: boolean;
}

/** The columns a total reads, beyond its own: ratios of sums, and the engineers weighted means divide by. */
const NEEDS: Partial<Record<YearMetric, number[]>> = {
  multiplier: [M.output],
  intensity: [M.demand],
  expectationGap: [M.output, M.demand],
  costPerOutput: [M.totalCost, M.output],
  demandResponse: [M.demand, DEMAND_AT_ONE_COLUMN],
  costPerDemandMet: [M.totalCost, DEMAND_MET_COLUMN],
  tokensExceedSalary: [M.engineers, M.budgetPerEngineer, SALARY_COLUMN],
};
const CAPACITY: ReadonlySet<YearMetric> = new Set(['multiplier', 'intensity', 'expectationGap']);

/** Sorted columns as runs of neighbours, [from × years, (to + 1) × years) each. */
function runsOf(columns: readonly number[], years: number): Int32Array {
  const runs: number[] = [];
  for (const c of columns) {
    if (runs.length && runs[runs.length - 1] === c * years) runs[runs.length - 1] = (c + 1) * years;
    else runs.push(c * years, (c + 1) * years);
  }
  return Int32Array.from(runs);
}

/** The plan for `metrics` (every metric when omitted) over `years`: the totals of those metrics, as aggregate() would form them. */
export function totalsPlan(years: number, metrics: readonly YearMetric[] = YEAR_METRICS): TotalsPlan {
  const columns = new Set<number>();
  for (const m of metrics) {
    columns.add(M[m]);
    for (const c of NEEDS[m] ?? []) columns.add(c);
  }
  const weighted = WEIGHTED.filter((c) => columns.has(c));
  if (weighted.length) columns.add(M.engineers);
  return {
    years,
    summed: runsOf(SUMMED.filter((c) => columns.has(c)).sort((a, b) => a - b), years),
    weighted: Int32Array.from(weighted),
    capacity: metrics.some((m) => CAPACITY.has(m)),
    price: columns.has(M.pricePerMillion),
  };
}

// The plan of every metric, for the last number of years asked.
let every = totalsPlan(1);

// Where each team's block starts and its base output, in prep.order (reused).
let bases = new Int32Array(0);
let baseOutputs = new Float64Array(0);

/**
 * Team k's block starts at k × COLUMNS × years in `data`; the totals are
 * written into the same buffer from `o`. Each total is summed over the teams
 * in prep.order, from 0, in a local: the same additions in the same order
 * whatever the plan, and one store per total instead of one per team. The
 * multiplier's denominator, sum(engineers × baseOutput), is kept in the
 * multiplier column. Totals outside the plan are left as finishTotals makes
 * them of zero sums: numbers that mean nothing.
 */
export function aggregate(prep: Prepared, data: Float64Array, years: number, o: number, plan?: TotalsPlan): void {
  const target = data;
  const stride = COLUMNS * years;
  if (!plan) {
    if (every.years !== years) every = totalsPlan(years);
    plan = every;
  } else if (plan.years !== years) throw new Error(`aggregate: a plan for ${plan.years} years, not ${years}`);
  const { summed, weighted, capacity, price } = plan;
  const { order, teams } = prep;
  const count = order.length;
  if (bases.length < count) {
    bases = new Int32Array(count);
    baseOutputs = new Float64Array(count);
  }
  for (let position = 0; position < count; position++) {
    bases[position] = order[position] * stride;
    baseOutputs[position] = teams[order[position]].baseOutput;
  }
  target.fill(0, o, o + stride);
  // Four totals at a time: each sum is a chain of dependent additions, and four
  // chains side by side keep the processor busy (twice as fast, Node 20). The
  // order of each total's additions is the same.
  for (let r = 0; r < summed.length; r += 2) {
    const to = summed[r + 1];
    let i = summed[r];
    for (; i + 4 <= to; i += 4) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let position = 0; position < count; position++) {
        const at = bases[position] + i;
        s0 += data[at];
        s1 += data[at + 1];
        s2 += data[at + 2];
        s3 += data[at + 3];
      }
      target[o + i] = s0;
      target[o + i + 1] = s1;
      target[o + i + 2] = s2;
      target[o + i + 3] = s3;
    }
    for (; i < to; i++) {
      let sum = 0;
      for (let position = 0; position < count; position++) sum += data[bases[position] + i];
      target[o + i] = sum;
    }
  }
  const e = M.engineers * years;
  for (let j = 0; j < weighted.length; j++) {
    const c = weighted[j] * years;
    let t = 0;
    for (; t + 2 <= years; t += 2) {
      let s0 = 0, s1 = 0;
      for (let position = 0; position < count; position++) {
        const at = bases[position] + t;
        const w0 = data[at + e];
        const w1 = data[at + e + 1];
        // A team with no engineers adds nothing (its NaN ratios must not leak).
        if (w0 > 0) s0 += w0 * data[at + c];
        if (w1 > 0) s1 += w1 * data[at + c + 1];
      }
      target[o + c + t] = s0;
      target[o + c + t + 1] = s1;
    }
    for (; t < years; t++) {
      let sum = 0;
      for (let position = 0; position < count; position++) {
        const w = data[bases[position] + e + t];
        if (w > 0) sum += w * data[bases[position] + c + t];
      }
      target[o + c + t] = sum;
    }
  }
  if (capacity) {
    for (let t = 0; t < years; t++) {
      let sum = 0;
      for (let position = 0; position < count; position++) sum += data[bases[position] + e + t] * baseOutputs[position];
      target[o + M.multiplier * years + t] = sum;
    }
  }
  if (price && count > 0) {
    // One price for all teams, or none (MODEL.md §8).
    const c = M.pricePerMillion * years;
    for (let t = 0; t < years; t++) {
      let common = data[bases[0] + c + t];
      for (let position = 1; position < count; position++) if (common !== data[bases[position] + c + t]) common = NaN;
      target[o + c + t] = common;
    }
  }
  finishTotals(target, years, o);
}

/** a / b when b > 0 and the ratio is finite, else NaN; no NaN literal, for the reason given at ratio() in kernel/formulas.ts. */
function over(a: number, b: number): number {
  const q = a / b;
  return b > 0 && q - q === 0 ? q : (q - q) / 0;
}

/**
 * Turns the sums of a totals block (from `o`) into the reported totals: the
 * weighted sums into means, the capacity kept in the multiplier column into
 * the multiplier, and the other ratios.
 */
export function finishTotals(target: Float64Array, years: number, o: number): void {
  const oEngineers = o + M.engineers * years;
  const oCapacity = o + M.multiplier * years;
  for (let t = 0; t < years; t++) {
    const engineers = target[oEngineers + t];
    for (let i = 0; i < WEIGHTED.length; i++) {
      const at = o + WEIGHTED[i] * years + t;
      target[at] = over(target[at], engineers);
    }
    const capacity = target[oCapacity + t];
    const output = target[o + M.output * years + t];
    const demand = target[o + M.demand * years + t];
    const totalCost = target[o + M.totalCost * years + t];
    const multiplier = over(output, capacity);
    const intensity = over(demand, capacity);
    target[oCapacity + t] = multiplier;
    target[o + M.intensity * years + t] = intensity;
    // Σ demand / Σ output − 1 (MODEL.md §8), written as version 1 wrote it: the same number, the same bits.
    target[o + M.expectationGap * years + t] = over(intensity, multiplier) - 1;
    target[o + M.costPerOutput * years + t] = over(totalCost, output);
    target[o + M.demandResponse * years + t] = over(demand, target[o + DEMAND_AT_ONE_COLUMN * years + t]);
    target[o + M.costPerDemandMet * years + t] = over(totalCost, target[o + DEMAND_MET_COLUMN * years + t]);
    const budget = target[o + M.budgetPerEngineer * years + t];
    const salary = target[o + SALARY_COLUMN * years + t];
    target[o + M.tokensExceedSalary * years + t] = engineers > 0 && budget > 0 && budget >= salary ? 1 : 0;
  }
}
