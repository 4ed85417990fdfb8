// The per-year metrics (MODEL.md §5) as labelled columns with units, for the
// files people open in a spreadsheet (the workbook and the reader's CSV). The
// column list is YEAR_METRICS itself, so a metric the engine adds appears on
// its own (labelled by its name until it gets a label and a kind here).
import { BOOLEAN_METRICS, YEAR_METRICS, type YearMetric } from '../model/metrics';
import { METRIC_LABELS } from '../ui/metricLabels';

/** How a column's numbers read: the unit in its header and the spreadsheet format. */
export type ColumnKind = 'fte' | 'money' | 'moneyPerEngineer' | 'percent' | 'ratio' | 'output' | 'tokens' | 'price' | 'costPerOutput' | 'yesNo' | 'number';

const KINDS: Partial<Record<YearMetric, ColumnKind>> = {
  engineers: 'fte', managers: 'fte', specialists: 'fte', required: 'fte', planned: 'fte', rolesAtRisk: 'fte', jobsChange: 'fte',
  output: 'output', demand: 'output', shortfall: 'output',
  multiplier: 'ratio', intensity: 'ratio', expectationGap: 'percent',
  tokensPerEngineer: 'tokens', pricePerMillion: 'price', budgetPerEngineer: 'moneyPerEngineer',
  salaryCost: 'money', bonusCost: 'money', equityCost: 'money', tokenCost: 'money', onCost: 'money', totalCost: 'money', overBudget: 'money',
  costPerOutput: 'costPerOutput', cashPay: 'moneyPerEngineer', advertisedPay: 'moneyPerEngineer', tokenShare: 'percent',
};

/** The unit in a column's header; `cur` is the scenario's currency. */
export function unitOf(kind: ColumnKind, cur: string): string {
  switch (kind) {
    case 'fte': return 'FTE';
    case 'money': return `${cur}/yr`;
    case 'moneyPerEngineer': return `${cur}/yr per engineer`;
    case 'percent': return '%';
    case 'ratio': return '× pre-AI';
    case 'output': return 'engineer-years of pre-AI work';
    case 'tokens': return 'tokens/yr per engineer';
    case 'price': return `${cur} per million tokens`;
    case 'costPerOutput': return `${cur} per unit of output`;
    case 'yesNo': return 'yes/no';
    case 'number': return '';
  }
}

export interface MetricColumn {
  /** The MODEL.md §5 name. */
  metric: YearMetric;
  label: string;
  kind: ColumnKind;
}

export function kindOf(metric: YearMetric): ColumnKind {
  return BOOLEAN_METRICS.has(metric) ? 'yesNo' : (KINDS[metric] ?? 'number');
}

/** Every per-year metric, in YEAR_METRICS order. */
export const METRIC_COLUMNS: readonly MetricColumn[] = YEAR_METRICS.map((metric) => ({
  metric,
  label: (METRIC_LABELS as Partial<Record<string, string>>)[metric] ?? metric,
  kind: kindOf(metric),
}));

/** "Engineers (FTE)", "Token share of pay (%)". */
export function header(label: string, kind: ColumnKind, cur: string): string {
  const unit = unitOf(kind, cur);
  return unit ? `${label} (${unit})` : label;
}
