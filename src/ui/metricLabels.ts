// What each per-year metric (MODEL.md §5) is called on screen: one table, so
// the headline, the uncertainty panel and any later view name a figure alike.
// The words come from the catalogue (`metric.<name>`), read when used, so they
// follow the reader's language; a metric the catalogue does not name yet (a
// new one in YEAR_METRICS) shows its MODEL.md name until it does.
import { YEAR_METRICS, type YearMetric } from '../model/metrics';
import { tOr } from '../i18n';

export const metricLabel = (metric: YearMetric): string => tOr(`metric.${metric}`, metric);

export const METRIC_LABELS: Readonly<Record<YearMetric, string>> = Object.defineProperties(
  {},
  Object.fromEntries(YEAR_METRICS.map((m) => [m, { get: () => metricLabel(m), enumerable: true }])),
) as Record<YearMetric, string>;
