// p10 / p50 / p90 per year from the samples of a Monte Carlo run (MODEL.md §6),
// type-7 quantiles (see quantile.ts). A sample whose value is NaN (a ratio
// with a zero denominator) is left out; a year with no number left is NaN.
import { BOOLEAN_METRICS, YEAR_METRICS, type YearMetric } from '../metrics';
import { quantilesInPlace, type Floats } from './quantile';

/** Per year: the 10th, 50th and 90th percentile of a metric over the samples. */
export interface Band {
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
}

export const PERCENTILES = [0.1, 0.5, 0.9] as const;

/** The values of a run: what bands and threshold probabilities are computed from. */
export interface SampleSet {
  startYear: number;
  years: number;
  /** Number of samples in `values`. */
  samples: number;
  /**
   * Per kept metric: the totals of sample s in year index t at [s × years + t],
   * as 32-bit floats (7 significant digits; yes/no metrics as 1 / 0), or 64-bit ones for a metric whose
   * totals go beyond the 32-bit range (run.ts).
   */
  values: Partial<Record<YearMetric, Floats>>;
}

/** The band of one metric's values (laid out as in SampleSet). `scratch` needs room for `samples` numbers. */
export function bandOf(values: Floats, samples: number, years: number, scratch = new Float64Array(samples)): Band {
  const band: Band = { p10: new Float64Array(years), p50: new Float64Array(years), p90: new Float64Array(years) };
  const out = [0, 0, 0];
  for (let t = 0; t < years; t++) {
    let n = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = t; i < samples * years; i += years) {
      const v = values[i];
      if (v !== v) continue;
      scratch[n++] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (n > 0 && min === max) {
      // Every sample agrees (an unranged input, or a year a range cannot reach yet).
      out[0] = out[1] = out[2] = min;
    } else {
      quantilesInPlace(scratch, n, PERCENTILES, out, min, max);
    }
    band.p10[t] = out[0];
    band.p50[t] = out[1];
    band.p90[t] = out[2];
  }
  return band;
}

/** Bands of every kept number metric (yes/no metrics have no band: use probability()). */
export function bandsOf(set: SampleSet): Partial<Record<YearMetric, Band>> {
  const bands: Partial<Record<YearMetric, Band>> = {};
  const scratch = new Float64Array(set.samples);
  for (const metric of YEAR_METRICS) {
    const values = set.values[metric];
    if (values && !BOOLEAN_METRICS.has(metric)) bands[metric] = bandOf(values, set.samples, set.years, scratch);
  }
  return bands;
}

export interface BandPoint {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

/** One row per year, `{ year, METRIC: { p10, p50, p90 } }`, NaN as null: the command line's JSON (PRODUCT.md). */
export function bandRows(startYear: number, years: number, bands: Partial<Record<YearMetric, Band>>): Array<Record<string, number | BandPoint>> {
  const v = (x: number) => (x === x ? x : null);
  const rows: Array<Record<string, number | BandPoint>> = [];
  for (let t = 0; t < years; t++) {
    const row: Record<string, number | BandPoint> = { year: startYear + t };
    for (const metric of YEAR_METRICS) {
      const band = bands[metric];
      if (band) row[metric] = { p10: v(band.p10[t]), p50: v(band.p50[t]), p90: v(band.p90[t]) };
    }
    rows.push(row);
  }
  return rows;
}
