// The per-year metrics every run reports (MODEL.md §5, version 2), in one order shared by
// the engine's columns, JSON and CSV output, links and the UI.

export const YEAR_METRICS = [
  'engineers',
  'managers',
  'specialists',
  'required',
  'planned',
  'rolesAtRisk',
  'managerRolesAtRisk',
  'hires',
  'layoffs',
  'promotionsOut',
  'jobsChange',
  'output',
  'demand',
  'demandResponse',
  'shortfall',
  'multiplier',
  'intensity',
  'expectationGap',
  'tokensPerEngineer',
  'pricePerMillion',
  'budgetPerEngineer',
  'salaryCost',
  'bonusCost',
  'equityCost',
  'tokenCost',
  'onCost',
  'otherCost',
  'severanceCost',
  'hiringCost',
  'totalCost',
  'costPerOutput',
  'costPerDemandMet',
  'cashPay',
  'advertisedPay',
  'tokenShare',
  'tokenTax',
  'cashAfterTokenTax',
  'overBudget',
  'tokensExceedSalary',
] as const;

export type YearMetric = (typeof YEAR_METRICS)[number];

/** Column index of each metric in the engine's Float64Array buffers. */
export const M = Object.fromEntries(YEAR_METRICS.map((name, i) => [name, i])) as { [K in YearMetric]: number };
export const METRIC_COUNT = YEAR_METRICS.length;

/** Metrics that are yes/no (stored as 1/0 in columns, booleans in rows). */
export const BOOLEAN_METRICS: ReadonlySet<YearMetric> = new Set(['tokensExceedSalary']);

/** One year's figures. A ratio with a zero denominator is null, never NaN. */
export type YearRow = { year: number } & { [K in Exclude<YearMetric, 'tokensExceedSalary'>]: number | null } & {
  tokensExceedSalary: boolean;
};
