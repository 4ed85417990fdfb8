// p10 / p50 / p90 per metric and year of a Monte Carlo run, computed from the
// samples as they are drawn, for callers that print the bands and nothing else
// (the command line's --samples). runUncertainty() keeps every sample of every
// metric for threshold probabilities and then copies each year's values into
// a scratch list to select in; at 10,000 samples × 28 metrics × 10 years that
// is 11 MB of fresh memory, a strided gather per metric-year and most of the
// garbage of a run (issue 11). Here:
//
// - each (metric, year) is a lane of the samples' 32-bit values, stored
//   contiguously and with NaN left out as it is written, so the lane is the
//   list to select in: no copy, no second pass to filter;
// - a lane keeps no values while every sample agrees (an unranged input, a
//   year a range cannot reach yet): it remembers the value and a count, and
//   fills itself in only when a sample differs. Such lanes never touch their
//   part of the buffer, so its pages are never faulted in;
// - the order statistics of type-7 quantiles are selected within the lane
//   (buckets, then Floyd–Rivest: quantile.ts), never sorted;
// - the buffers live in a BandLanes the caller may keep and reuse for the
//   next run (a sweep runs many scenarios).
//
// The numbers are those of runUncertainty(…).bands, bit for bit: the same
// draws in the same order, the same 32-bit rounding of each value, the same
// order statistics and the same interpolation (test/unit/uncertainty/onePassBands.test.ts).
import type { Scenario } from '../../scenario/schema';
import { totalsBase } from '../run';
import { BOOLEAN_METRICS, M, YEAR_METRICS, type YearMetric } from '../metrics';
import type { CurveCompiler } from '../curve';
import { sampler } from './run';
import { PERCENTILES, type Band } from './bands';
import { orderStatistics } from './quantile';

export interface OnePassOptions {
  /** Number of samples; the scenario's uncertainty.samples when omitted. */
  samples?: number;
  /** Seed, a whole number in [0, 2^32 − 1]; the scenario's uncertainty.seed when omitted. */
  seed?: number;
  /** Compiles custom formulas (once per run), as for simulate(). */
  compile?: CurveCompiler;
  /** Metrics to band (yes/no metrics have none); every number metric of MODEL.md §5 when omitted. */
  metrics?: readonly YearMetric[];
}

export interface OnePassBands {
  samples: number;
  seed: number;
  startYear: number;
  years: number;
  /** p10 / p50 / p90 per year of each metric asked for. */
  bands: Partial<Record<YearMetric, Band>>;
}

/**
 * The lanes of a run: lane i collects data[source[i]] of every sample added.
 * Kept by a caller that runs many scenarios, its buffers are reused (they only grow).
 */
export class BandLanes {
  /** Lane i's values at [i × samples, i × samples + count[i]). */
  values = new Float32Array(0);
  count = new Int32Array(0);
  /** A lane's value while every sample so far agrees; `filled` once one differs. */
  first = new Float32Array(0);
  filled = new Uint8Array(0);
  /** Where lane i reads its value in the data passed to add(). */
  source = new Int32Array(0);
  lanes = 0;
  samples = 0;

  /** Room for `lanes` lanes of up to `samples` values, every lane empty; then set `source`. */
  reset(lanes: number, samples: number): void {
    if (this.values.length < lanes * samples) this.values = new Float32Array(lanes * samples);
    if (this.count.length < lanes) {
      this.count = new Int32Array(lanes);
      this.first = new Float32Array(lanes);
      this.filled = new Uint8Array(lanes);
      this.source = new Int32Array(lanes);
    }
    this.count.fill(0, 0, lanes);
    this.filled.fill(0, 0, lanes);
    this.lanes = lanes;
    this.samples = samples;
  }

  /**
   * Adds one sample: lane i gets data[source[i]] as a 32-bit float. A NaN is
   * left out; a value equal to every earlier one only counts; the first that
   * differs fills the lane with the earlier ones.
   */
  add(data: Float64Array): void {
    const { values, count, first, filled, source, lanes, samples } = this;
    for (let i = 0; i < lanes; i++) {
      const v = data[source[i]];
      if (v !== v) continue;
      const f = Math.fround(v);
      const c = count[i];
      if (filled[i] === 1) {
        values[i * samples + c] = f;
      } else if (c === 0) {
        first[i] = f;
      } else if (f !== first[i]) {
        const at = i * samples;
        values.fill(first[i], at, at + c);
        values[at + c] = f;
        filled[i] = 1;
      }
      count[i] = c + 1;
    }
  }

  /**
   * Type-7 quantiles (quantile.ts) of lane i for PERCENTILES, into band[·][t]:
   * the wanted order statistics x_⌊h⌋ (and x_⌊h⌋+1 where h has a fraction) are
   * found within the lane itself by orderStatistics (buckets, then selection;
   * the lane may be reordered), then interpolated as quantilesInPlace does.
   * A lane with no number gives NaN.
   */
  quantiles(i: number, band: Band, t: number): void {
    const n = this.count[i];
    const outs = [band.p10, band.p50, band.p90];
    if (n === 0 || this.filled[i] === 0) {
      // No number in any sample, or every sample agrees (bandOf's min === max).
      const value = n === 0 ? NaN : this.first[i];
      for (const out of outs) out[t] = value;
      return;
    }
    const ks: number[] = [];
    for (const p of PERCENTILES) {
      const h = (n - 1) * p;
      const k = Math.floor(h);
      // Ascending with p; each index once.
      if (!(ks[ks.length - 1] >= k)) ks.push(k);
      if (h > k && !(ks[ks.length - 1] >= k + 1)) ks.push(k + 1);
    }
    const base = i * this.samples;
    const xs = orderStatistics(this.values.subarray(base, base + n), n, ks);
    const x = (k: number) => xs[ks.indexOf(k)];
    PERCENTILES.forEach((p, q) => {
      const h = (n - 1) * p;
      const k = Math.floor(h);
      outs[q][t] = h > k ? x(k) + (h - k) * (x(k + 1) - x(k)) : x(k);
    });
  }
}

function bandedMetrics(metrics: readonly YearMetric[] | undefined): YearMetric[] {
  const all = YEAR_METRICS.filter((m) => !BOOLEAN_METRICS.has(m));
  if (!metrics) return all;
  for (const m of metrics) if (!all.includes(m)) throw new Error(`metrics: "${String(m)}" is not a metric with a band`);
  return [...new Set(metrics)];
}

/**
 * Runs the Monte Carlo of the scenario's uncertainty.ranges (the draws of
 * runUncertainty, MODEL.md §6) and returns only the bands. `lanes` may be
 * kept between calls to reuse its buffers.
 */
export function onePassBands(scenario: Scenario, options: OnePassOptions = {}, lanes = new BandLanes()): OnePassBands {
  const metrics = bandedMetrics(options.metrics);
  const { total, seed, prep, cols, draw } = sampler(scenario, options, metrics);
  const years = prep.years;
  lanes.reset(metrics.length * years, total);
  metrics.forEach((m, j) => {
    for (let t = 0; t < years; t++) lanes.source[j * years + t] = totalsBase(cols) + M[m] * years + t;
  });

  for (let s = 0; s < total; s++) {
    draw();
    lanes.add(cols.data);
  }

  const bands: Partial<Record<YearMetric, Band>> = {};
  metrics.forEach((m, j) => {
    const band: Band = { p10: new Float64Array(years), p50: new Float64Array(years), p90: new Float64Array(years) };
    for (let t = 0; t < years; t++) lanes.quantiles(j * years + t, band, t);
    bands[m] = band;
  });
  return { samples: total, seed, startYear: prep.startYear, years, bands };
}
