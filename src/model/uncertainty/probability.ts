// Threshold probabilities from a Monte Carlo's samples (MODEL.md §6): the
// share of samples in which a metric crosses a value in any year up to and
// including a given year, for example P(rolesAtRisk > 10 by 2029) or
// P(tokensExceedSalary by 2028) = { metric: 'tokensExceedSalary', op: '>=', value: 1 }.
// Values are the stored 32-bit floats; a NaN value never crosses.
import type { YearMetric } from '../metrics';
import type { Floats } from './quantile';
import type { SampleSet } from './bands';

export type ThresholdOp = '>' | '<' | '>=' | '<=';

export interface Threshold {
  metric: YearMetric;
  op: ThresholdOp;
  value: number;
}

export interface ThresholdQuery extends Threshold {
  /** Calendar year, within the run's years. */
  byYear: number;
}

function valuesOf(set: SampleSet, metric: YearMetric): Floats {
  const values = set.values[metric];
  if (!values) throw new Error(`metric: the samples do not include "${metric}" (add it to the run's metrics)`);
  return values;
}

/**
 * For each year of the run, P(the metric crosses the value in that year or
 * any earlier one): a non-decreasing curve. Empty sample sets give NaN.
 */
export function crossingProbabilities(set: SampleSet, { metric, op, value }: Threshold): Float64Array {
  const values = valuesOf(set, metric);
  const { years, samples } = set;
  // firstCrossing[t]: samples whose first crossing is in year t.
  const firstCrossing = new Float64Array(years);
  for (let s = 0; s < samples; s++) {
    const at = s * years;
    for (let t = 0; t < years; t++) {
      const x = values[at + t];
      const crosses = op === '>' ? x > value : op === '<' ? x < value : op === '>=' ? x >= value : x <= value;
      if (crosses) {
        firstCrossing[t]++;
        break;
      }
    }
  }
  const out = new Float64Array(years);
  let cumulative = 0;
  for (let t = 0; t < years; t++) {
    cumulative += firstCrossing[t];
    out[t] = samples > 0 ? cumulative / samples : NaN;
  }
  return out;
}

/** P(the metric crosses the value in any year up to and including byYear); null without samples. */
export function probability(set: SampleSet, query: ThresholdQuery): number | null {
  const { startYear, years } = set;
  if (!['>', '<', '>=', '<='].includes(query.op)) throw new Error(`op: must be one of >, <, >=, <=, got ${String(query.op)}`);
  if (!Number.isInteger(query.byYear) || query.byYear < startYear || query.byYear >= startYear + years) {
    throw new Error(`byYear: must be a year from ${startYear} to ${startYear + years - 1}, got ${query.byYear}`);
  }
  if (set.samples === 0) return null;
  return crossingProbabilities(set, query)[query.byYear - startYear];
}
