// The per-year metrics (MODEL.md §5) as labelled columns with units, for the
// files people open in a spreadsheet (the workbook and the reader's CSV). The
// column list is YEAR_METRICS itself, so a metric the engine adds appears on
// its own (labelled by its name until it gets a label and a kind here).
import { BOOLEAN_METRICS, YEAR_METRICS, type YearMetric } from '../model/metrics';
import { metricLabel } from '../ui/metricLabels';
import { t } from '../i18n';

/** How a column's numbers read: the unit in its header and the spreadsheet format. */
export type ColumnKind = 'fte' | 'money' | 'moneyPerEngineer' | 'percent' | 'ratio' | 'factor' | 'output' | 'tokens' | 'price' | 'costPerOutput' | 'yesNo' | 'number';

const KINDS: Partial<Record<YearMetric, ColumnKind>> = {
  engineers: 'fte', managers: 'fte', specialists: 'fte', required: 'fte', planned: 'fte', rolesAtRisk: 'fte', managerRolesAtRisk: 'fte',
  hires: 'fte', layoffs: 'fte', promotionsOut: 'fte', jobsChange: 'fte',
  output: 'output', demand: 'output', shortfall: 'output', demandResponse: 'factor',
  multiplier: 'ratio', intensity: 'ratio', expectationGap: 'percent',
  tokensPerEngineer: 'tokens', pricePerMillion: 'price', budgetPerEngineer: 'moneyPerEngineer',
  salaryCost: 'money', bonusCost: 'money', equityCost: 'money', tokenCost: 'money', onCost: 'money',
  otherCost: 'money', severanceCost: 'money', hiringCost: 'money', totalCost: 'money', overBudget: 'money',
  costPerOutput: 'costPerOutput', costPerDemandMet: 'costPerOutput', cashPay: 'moneyPerEngineer', advertisedPay: 'moneyPerEngineer',
  tokenShare: 'percent', tokenTax: 'moneyPerEngineer', cashAfterTokenTax: 'moneyPerEngineer',
};

/** The unit in a column's header, in the reader's language; `cur` is the scenario's currency. */
export function unitOf(kind: ColumnKind, cur: string): string {
  switch (kind) {
    case 'fte': return t('unit.fte');
    case 'money': return t('unit.curPerYear', { cur });
    case 'moneyPerEngineer': return t('unit.curPerYearPerEngineer', { cur });
    case 'percent': return '%';
    case 'ratio': return t('export.unit.ratio');
    case 'factor': return '×';
    case 'output': return t('export.unit.output');
    case 'tokens': return t('export.unit.tokens');
    case 'price': return t('export.unit.price', { cur });
    case 'costPerOutput': return t('export.unit.costPerOutput', { cur });
    case 'yesNo': return t('export.unit.yesNo');
    case 'number': return '';
  }
}

export interface MetricColumn {
  /** The MODEL.md §5 name. */
  metric: YearMetric;
  /** A getter: the metric's name in the reader's language when the file is made. */
  readonly label: string;
  kind: ColumnKind;
}

export function kindOf(metric: YearMetric): ColumnKind {
  return BOOLEAN_METRICS.has(metric) ? 'yesNo' : (KINDS[metric] ?? 'number');
}

/** Every per-year metric, in YEAR_METRICS order. */
export const METRIC_COLUMNS: readonly MetricColumn[] = YEAR_METRICS.map((metric) => ({
  metric,
  get label() {
    return metricLabel(metric);
  },
  kind: kindOf(metric),
}));

/** "Engineers (FTE)", "Token share of pay (%)". */
export function header(label: string, kind: ColumnKind, cur: string): string {
  const unit = unitOf(kind, cur);
  return unit ? t('export.header', { label, unit }) : label;
}
