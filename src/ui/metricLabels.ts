// What each per-year metric (MODEL.md §5) is called on screen: one table, so
// the headline, the uncertainty panel and any later view name a figure alike.
import type { YearMetric } from '../model';

export const METRIC_LABELS: Record<YearMetric, string> = {
  engineers: 'Engineers',
  managers: 'Managers',
  specialists: 'Specialists',
  required: 'Engineers needed',
  planned: 'Engineers planned',
  rolesAtRisk: 'Roles at risk',
  jobsChange: 'Jobs change',
  output: 'Output',
  demand: 'Demand',
  shortfall: 'Shortfall',
  multiplier: 'Productivity multiplier',
  intensity: 'Intensity',
  expectationGap: 'Expectation gap',
  tokensPerEngineer: 'Tokens per engineer',
  pricePerMillion: 'Token price per million',
  budgetPerEngineer: 'Token budget',
  salaryCost: 'Salaries',
  bonusCost: 'Bonuses',
  equityCost: 'Equity',
  tokenCost: 'Token cost',
  onCost: 'On-costs',
  totalCost: 'Total cost',
  costPerOutput: 'Cost per output',
  cashPay: 'Cash pay',
  advertisedPay: 'Advertised pay',
  tokenShare: 'Token share of pay',
  overBudget: 'Over budget',
  tokensExceedSalary: 'Tokens exceed salary',
};
