// Totals over teams (MODEL.md §5): FTE, output, demand, shortfall, roles at
// risk and costs are sums; the multiplier and intensity are ratios of sums;
// per-engineer figures are means weighted by engineers.
import type { TeamParams } from './prepare';
import { M } from './metrics';
import { COLUMNS, SALARY_COLUMN } from './team';

const SUMMED = [
  M.engineers, M.managers, M.specialists, M.required, M.planned, M.rolesAtRisk, M.jobsChange,
  M.output, M.demand, M.shortfall, M.salaryCost, M.bonusCost, M.equityCost, M.tokenCost,
  M.onCost, M.totalCost, M.overBudget,
];
const WEIGHTED = [M.cashPay, M.advertisedPay, M.budgetPerEngineer, M.tokensPerEngineer, M.tokenShare, M.pricePerMillion, SALARY_COLUMN];

/**
 * Team k's block starts at k × COLUMNS × years in `data`; the totals are
 * written into the same buffer from `o`. The multiplier's denominator,
 * sum(engineers × baseOutput), is kept in the multiplier column while summing.
 */
export function aggregate(teams: readonly TeamParams[], data: Float64Array, years: number, o: number): void {
  const target = data;
  const stride = COLUMNS * years;
  target.fill(0, o, o + stride);
  const oCapacity = o + M.multiplier * years;
  for (let k = 0; k < teams.length; k++) {
    const base = k * stride;
    const baseOutput = teams[k].baseOutput;
    for (let i = 0; i < SUMMED.length; i++) {
      const c = SUMMED[i] * years;
      for (let t = 0; t < years; t++) target[o + c + t] += data[base + c + t];
    }
    const e = base + M.engineers * years;
    for (let i = 0; i < WEIGHTED.length; i++) {
      const c = WEIGHTED[i] * years;
      for (let t = 0; t < years; t++) {
        const w = data[e + t];
        // A team with no engineers adds nothing (its NaN ratios must not leak).
        if (w > 0) target[o + c + t] += w * data[base + c + t];
      }
    }
    for (let t = 0; t < years; t++) target[oCapacity + t] += data[e + t] * baseOutput;
  }
  finishTotals(target, years, o);
}

/** a / b when b > 0, else NaN; no NaN literal, for the reason given at ratio() in team.ts. */
function over(a: number, b: number): number {
  const q = a / b;
  return b > 0 ? q : (q - q) / 0;
}

/**
 * Turns the sums of a totals block (from `o`) into the reported totals: the
 * weighted sums into means, the capacity kept in the multiplier column into
 * the multiplier, and the other ratios. Shared by aggregate() and the
 * totals-only run (runTeams with addToTotals).
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
    const multiplier = over(output, capacity);
    const intensity = over(demand, capacity);
    target[oCapacity + t] = multiplier;
    target[o + M.intensity * years + t] = intensity;
    target[o + M.expectationGap * years + t] = over(intensity, multiplier) - 1;
    target[o + M.costPerOutput * years + t] = over(target[o + M.totalCost * years + t], output);
    const budget = target[o + M.budgetPerEngineer * years + t];
    const salary = target[o + SALARY_COLUMN * years + t];
    target[o + M.tokensExceedSalary * years + t] = engineers > 0 && budget > 0 && budget >= salary ? 1 : 0;
  }
}
