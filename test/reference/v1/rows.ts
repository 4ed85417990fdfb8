// Column buffers → row objects. Written out field by field: an object literal
// of fixed shape is several times faster to build than one filled by a loop,
// and a test checks that the keys are exactly YEAR_METRICS, in order.
import { M, type YearRow } from './metrics';

export function toRows(b: Float64Array, years: number, startYear: number, base = 0): YearRow[] {
  const rows = new Array<YearRow>(years);
  // NaN (a zero denominator) becomes null (MODEL.md §5).
  const v = (m: number, t: number) => {
    const x = b[base + m * years + t];
    return x === x ? x : null;
  };
  for (let t = 0; t < years; t++) {
    rows[t] = {
      year: startYear + t,
      engineers: v(M.engineers, t),
      managers: v(M.managers, t),
      specialists: v(M.specialists, t),
      required: v(M.required, t),
      planned: v(M.planned, t),
      rolesAtRisk: v(M.rolesAtRisk, t),
      jobsChange: v(M.jobsChange, t),
      output: v(M.output, t),
      demand: v(M.demand, t),
      shortfall: v(M.shortfall, t),
      multiplier: v(M.multiplier, t),
      intensity: v(M.intensity, t),
      expectationGap: v(M.expectationGap, t),
      tokensPerEngineer: v(M.tokensPerEngineer, t),
      pricePerMillion: v(M.pricePerMillion, t),
      budgetPerEngineer: v(M.budgetPerEngineer, t),
      salaryCost: v(M.salaryCost, t),
      bonusCost: v(M.bonusCost, t),
      equityCost: v(M.equityCost, t),
      tokenCost: v(M.tokenCost, t),
      onCost: v(M.onCost, t),
      totalCost: v(M.totalCost, t),
      costPerOutput: v(M.costPerOutput, t),
      cashPay: v(M.cashPay, t),
      advertisedPay: v(M.advertisedPay, t),
      tokenShare: v(M.tokenShare, t),
      overBudget: v(M.overBudget, t),
      tokensExceedSalary: b[base + M.tokensExceedSalary * years + t] === 1,
    };
  }
  return rows;
}
