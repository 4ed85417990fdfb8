// The metrics the uncertainty panel shows (names of MODEL.md §5): fans, the
// thresholds a user may ask about, and the tornado's figure. Labels come from
// the shared table (src/ui/metricLabels.ts), as the headline's do.
import type { YearMetric } from '../../model/metrics';
import type { ValueKind } from '../../charts/common/format';
import { PALETTE } from '../../charts/palette';
import { metricLabel } from '../metricLabels';

export interface MetricInfo {
  /** A getter: the metric's name in the reader's language. */
  readonly label: string;
  kind: ValueKind;
  color: string;
}

const info = <K extends ValueKind>(metric: YearMetric, kind: K, color: string) => ({
  get label() {
    return metricLabel(metric);
  },
  kind,
  color,
});

export const METRIC_INFO = {
  engineers: info('engineers', 'count', PALETTE.engineers),
  required: info('required', 'count', PALETTE.required),
  rolesAtRisk: info('rolesAtRisk', 'count', PALETTE.atRisk),
  jobsChange: info('jobsChange', 'count', PALETTE.engineers),
  shortfall: info('shortfall', 'output', PALETTE.shortfall),
  totalCost: info('totalCost', 'money', PALETTE.ink),
  tokenCost: info('tokenCost', 'money', PALETTE.tokens),
  costPerOutput: info('costPerOutput', 'money', PALETTE.ink),
  cashPay: info('cashPay', 'money', PALETTE.salary),
  tokenShare: info('tokenShare', 'percent', PALETTE.tokens),
  multiplier: info('multiplier', 'multiplier', PALETTE.output),
  expectationGap: info('expectationGap', 'percent', PALETTE.required),
  tokensExceedSalary: info('tokensExceedSalary', 'count', PALETTE.tokens),
} satisfies Partial<Record<YearMetric, MetricInfo>>;

export type ShownMetric = keyof typeof METRIC_INFO;

/** The fans, in reading order (PRODUCT.md capability 7). */
export const FAN_METRICS = ['engineers', 'required', 'rolesAtRisk', 'totalCost'] as const satisfies readonly ShownMetric[];

/** What a threshold may be about; tokensExceedSalary is yes/no. */
export const THRESHOLD_METRICS = Object.keys(METRIC_INFO) as ShownMetric[];

/** What the tornado may measure: every number metric of the list. */
export const TORNADO_METRICS = THRESHOLD_METRICS.filter((m) => m !== 'tokensExceedSalary');

export const isYesNo = (metric: ShownMetric) => metric === 'tokensExceedSalary';
