// The metrics the uncertainty panel shows (names of MODEL.md §5): fans, the
// thresholds a user may ask about, and the tornado's figure. Labels come from
// the shared table (src/ui/metricLabels.ts), as the headline's do.
import type { YearMetric } from '../../model/metrics';
import type { ValueKind } from '../../charts/common/format';
import { PALETTE } from '../../charts/palette';
import { METRIC_LABELS } from '../metricLabels';

export interface MetricInfo {
  label: string;
  /** Lower case, for sentences ("roles at risk exceed 10"). */
  noun: string;
  kind: ValueKind;
  color: string;
}

export const METRIC_INFO = {
  engineers: { label: METRIC_LABELS.engineers, noun: 'engineers employed', kind: 'count', color: PALETTE.engineers },
  required: { label: METRIC_LABELS.required, noun: 'engineers needed', kind: 'count', color: PALETTE.required },
  rolesAtRisk: { label: METRIC_LABELS.rolesAtRisk, noun: 'roles at risk', kind: 'count', color: PALETTE.atRisk },
  jobsChange: { label: METRIC_LABELS.jobsChange, noun: 'the jobs change', kind: 'count', color: PALETTE.engineers },
  shortfall: { label: METRIC_LABELS.shortfall, noun: 'the shortfall', kind: 'output', color: PALETTE.shortfall },
  totalCost: { label: METRIC_LABELS.totalCost, noun: 'total cost', kind: 'money', color: PALETTE.ink },
  tokenCost: { label: METRIC_LABELS.tokenCost, noun: 'token cost', kind: 'money', color: PALETTE.tokens },
  costPerOutput: { label: METRIC_LABELS.costPerOutput, noun: 'cost per output', kind: 'money', color: PALETTE.ink },
  cashPay: { label: METRIC_LABELS.cashPay, noun: 'cash pay', kind: 'money', color: PALETTE.salary },
  tokenShare: { label: METRIC_LABELS.tokenShare, noun: 'the token share of pay', kind: 'percent', color: PALETTE.tokens },
  multiplier: { label: METRIC_LABELS.multiplier, noun: 'the productivity multiplier', kind: 'multiplier', color: PALETTE.output },
  expectationGap: { label: METRIC_LABELS.expectationGap, noun: 'the expectation gap', kind: 'percent', color: PALETTE.required },
  tokensExceedSalary: { label: METRIC_LABELS.tokensExceedSalary, noun: 'tokens exceed salary', kind: 'count', color: PALETTE.tokens },
} as const satisfies Partial<Record<YearMetric, MetricInfo>>;

export type ShownMetric = keyof typeof METRIC_INFO;

/** The fans, in reading order (PRODUCT.md capability 7). */
export const FAN_METRICS = ['engineers', 'required', 'rolesAtRisk', 'totalCost'] as const satisfies readonly ShownMetric[];

/** What a threshold may be about; tokensExceedSalary is yes/no. */
export const THRESHOLD_METRICS = Object.keys(METRIC_INFO) as ShownMetric[];

/** What the tornado may measure: every number metric of the list. */
export const TORNADO_METRICS = THRESHOLD_METRICS.filter((m) => m !== 'tokensExceedSalary');

export const isYesNo = (metric: ShownMetric) => metric === 'tokensExceedSalary';
