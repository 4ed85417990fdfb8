// Totals over teams (MODEL.md §5, §8): FTE, flows, output, demand, shortfall,
// roles at risk and costs are sums; the multiplier, intensity, demand
// response and cost ratios are ratios of sums; per-engineer figures are means
// weighted by engineers; the price is the teams' common price, or none.
import type { Prepared } from './prepare';
import { M } from './metrics';
import { COLUMNS, DEMAND_AT_ONE_COLUMN, DEMAND_MET_COLUMN, SALARY_COLUMN } from './team';

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
 * Team k's block starts at k × COLUMNS × years in `data`; the totals are
 * written into the same buffer from `o`. Teams are added in prep.order, the
 * order runTeams uses when it adds them itself (the Monte Carlo's path), so
 * both give the same totals bit for bit. The multiplier's denominator,
 * sum(engineers × baseOutput), is kept in the multiplier column while summing.
 */
export function aggregate(prep: Prepared, data: Float64Array, years: number, o: number): void {
  const target = data;
  const stride = COLUMNS * years;
  target.fill(0, o, o + stride);
  const oCapacity = o + M.multiplier * years;
  const oPrice = o + M.pricePerMillion * years;
  for (let position = 0; position < prep.order.length; position++) {
    const k = prep.order[position];
    const base = k * stride;
    const baseOutput = prep.teams[k].baseOutput;
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
    const p = base + M.pricePerMillion * years;
    for (let t = 0; t < years; t++) {
      target[oCapacity + t] += data[e + t] * baseOutput;
      if (position === 0) target[oPrice + t] = data[p + t];
      else if (target[oPrice + t] !== data[p + t]) target[oPrice + t] = NaN;
    }
  }
  finishTotals(target, years, o);
}

/** a / b when b > 0 and the ratio is finite, else NaN; no NaN literal, for the reason given at ratio() in team.ts. */
function over(a: number, b: number): number {
  const q = a / b;
  return b > 0 && q - q === 0 ? q : (q - q) / 0;
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
