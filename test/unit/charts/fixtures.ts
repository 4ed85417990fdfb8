// Hand-made year rows for the chart layout tests: few years, round numbers,
// so expected positions and sums can be worked out by hand.
import type { YearRow } from '../../../src/model';
import { YEAR_METRICS } from '../../../src/model';

export function row(year: number, values: Partial<YearRow>): YearRow {
  const out = { year } as Record<string, unknown>;
  for (const m of YEAR_METRICS) out[m] = m === 'tokensExceedSalary' ? false : 0;
  return { ...(out as YearRow), ...values };
}

/** Three years: engineers held at 40 while required falls 40 → 30 → 25. */
export const HEADCOUNT: YearRow[] = [
  row(2026, { engineers: 40, required: 40, planned: 40, rolesAtRisk: 0, jobsChange: 0 }),
  row(2027, { engineers: 40, required: 30, planned: 28, rolesAtRisk: 10, jobsChange: 0 }),
  row(2028, { engineers: 36, required: 25, planned: 22, rolesAtRisk: 11, jobsChange: -4 }),
];

/** Costs with totals that are the sums of the parts: 1,000 + 100 + 50 + 450 + 400 = 2,000, and so on. */
export const COSTS: YearRow[] = [
  row(2026, { salaryCost: 1000, bonusCost: 100, equityCost: 50, onCost: 450, tokenCost: 400, totalCost: 2000, output: 10, costPerOutput: 200, costPerDemandMet: 250 }),
  row(2027, { salaryCost: 900, bonusCost: 90, equityCost: 40, onCost: 420, tokenCost: 1550, totalCost: 3000, output: 12, costPerOutput: 250, costPerDemandMet: 300 }),
];

export const FMT = { currency: 'USD', locale: 'en-US' };
