// The metrics the uncertainty panel shows (names of MODEL.md §5): fans, the
// thresholds a user may ask about, and the tornado's figure. Labels follow the
// headline figures' (src/ui/headline/figures.ts).
import type { YearMetric } from '../../model/metrics';
import type { ValueKind } from '../../charts/common/format';
import { PALETTE } from '../../charts/palette';

export interface MetricInfo {
  label: string;
  /** Lower case, for sentences ("roles at risk exceed 10"). */
  noun: string;
  kind: ValueKind;
  color: string;
}

export const METRIC_INFO = {
  engineers: { label: 'Engineers', noun: 'engineers employed', kind: 'count', color: PALETTE.engineers },
  required: { label: 'Engineers needed', noun: 'engineers needed', kind: 'count', color: PALETTE.required },
  rolesAtRisk: { label: 'Roles at risk', noun: 'roles at risk', kind: 'count', color: PALETTE.atRisk },
  jobsChange: { label: 'Jobs change', noun: 'the jobs change', kind: 'count', color: PALETTE.engineers },
  shortfall: { label: 'Shortfall', noun: 'the shortfall', kind: 'output', color: PALETTE.shortfall },
  totalCost: { label: 'Total cost', noun: 'total cost', kind: 'money', color: PALETTE.ink },
  tokenCost: { label: 'Token cost', noun: 'token cost', kind: 'money', color: PALETTE.tokens },
  costPerOutput: { label: 'Cost per output', noun: 'cost per output', kind: 'money', color: PALETTE.ink },
  cashPay: { label: 'Cash pay', noun: 'cash pay', kind: 'money', color: PALETTE.salary },
  tokenShare: { label: 'Token share of pay', noun: 'the token share of pay', kind: 'percent', color: PALETTE.tokens },
  multiplier: { label: 'Productivity multiplier', noun: 'the productivity multiplier', kind: 'multiplier', color: PALETTE.output },
  expectationGap: { label: 'Expectation gap', noun: 'the expectation gap', kind: 'percent', color: PALETTE.required },
  tokensExceedSalary: { label: 'Tokens exceed salary', noun: 'tokens exceed salary', kind: 'count', color: PALETTE.tokens },
} as const satisfies Partial<Record<YearMetric, MetricInfo>>;

export type ShownMetric = keyof typeof METRIC_INFO;

/** The fans, in reading order (PRODUCT.md capability 7). */
export const FAN_METRICS = ['engineers', 'required', 'rolesAtRisk', 'totalCost'] as const satisfies readonly ShownMetric[];

/** What a threshold may be about; tokensExceedSalary is yes/no. */
export const THRESHOLD_METRICS = Object.keys(METRIC_INFO) as ShownMetric[];

/** What the tornado may measure: every number metric of the list. */
export const TORNADO_METRICS = THRESHOLD_METRICS.filter((m) => m !== 'tokensExceedSalary');

export const isYesNo = (metric: ShownMetric) => metric === 'tokensExceedSalary';
