// One-at-a-time sensitivity (MODEL.md §6), the data of a tornado chart: each
// ranged number at its low and at its high end, every other number at the
// scenario's value; the swing of one metric's total in one year. Sorted by
// swing, largest first.
import type { Scenario } from '../../scenario/schema';
import { prepare } from '../prepare';
import { allocateColumns, runTotals, totalsBase, type Columns } from '../run';
import { totalsPlan } from '../aggregate';
import { M, YEAR_METRICS, type YearMetric } from '../metrics';
import type { CurveCompiler } from '../curve';
import type { Prepared } from '../prepare';
import { setterFor } from './apply';
import { rangesOf } from './run';

export interface SensitivityOptions {
  metric: YearMetric;
  /** Calendar year; the final year when omitted. */
  year?: number;
  compile?: CurveCompiler;
}

export interface SensitivityBar {
  /** The range's path, e.g. "productivity.maxMultiplier". */
  path: string;
  low: number;
  high: number;
  /** The scenario's own value of the number. */
  value: number;
  /** The metric with the number at its low end, and at its high end (null: a ratio with a zero denominator). */
  atLow: number | null;
  atHigh: number | null;
  /** |atHigh − atLow|; null when either is null. */
  swing: number | null;
}

export interface Sensitivity {
  metric: YearMetric;
  year: number;
  /** The metric with every number at the scenario's value. */
  base: number | null;
  /** Largest swing first; bars without a swing last; ties by path. */
  bars: SensitivityBar[];
}

const orNull = (x: number) => (x === x ? x : null);

export function sensitivity(scenario: Scenario, options: SensitivityOptions): Sensitivity {
  const { metric } = options;
  if (!(YEAR_METRICS as readonly string[]).includes(metric)) throw new Error(`metric: "${String(metric)}" is not a metric`);
  const last = scenario.startYear + scenario.years - 1;
  const year = options.year ?? last;
  if (!Number.isInteger(year) || year < scenario.startYear || year > last) {
    throw new Error(`year: must be a year from ${scenario.startYear} to ${last}, got ${year}`);
  }
  const prep: Prepared = prepare(scenario, { compile: options.compile });
  const cols: Columns = allocateColumns(prep.teams.length, prep.years);
  const at = totalsBase(cols) + M[metric] * prep.years + (year - scenario.startYear);
  // Only the metric's total is formed (aggregate.ts).
  const plan = totalsPlan(prep.years, [metric]);
  const measure = () => orNull(runTotals(prep, cols, plan).data[at]);

  const base = measure();
  const bars = rangesOf(scenario).map(({ path, low, high, value }): SensitivityBar => {
    const set = setterFor(prep, scenario, path);
    set(low);
    const atLow = measure();
    set(high);
    const atHigh = measure();
    set(value);
    const swing = atLow === null || atHigh === null ? null : Math.abs(atHigh - atLow);
    return { path, low, high, value, atLow, atHigh, swing };
  });
  const byPath = (a: SensitivityBar, b: SensitivityBar) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  bars.sort((a, b) => {
    if (a.swing === null || b.swing === null) return a.swing === b.swing ? byPath(a, b) : a.swing === null ? 1 : -1;
    return b.swing - a.swing || byPath(a, b);
  });
  return { metric, year, base, bars };
}
