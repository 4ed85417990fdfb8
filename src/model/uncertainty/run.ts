// Seeded Monte Carlo over the scenario's uncertainty ranges (MODEL.md §6).
// Each sample draws every ranged number from its triangular distribution,
// writes it into the prepared scenario (apply.ts: as if into the shared
// blocks, team overrides winning), runs the totals, and keeps the totals of
// the requested metrics for every year. Pure: the same scenario and seed give
// the same numbers on every machine (prng.ts).
//
// Speed (PRODUCT.md: 10,000 samples × 10 teams × 10 years ≤ 150 ms): one
// prepare() per run (custom formulas compiled once), one column buffer, only
// the totals of the kept metrics (runTotals with a plan), and no allocation per sample.
import type { Scenario } from '../../scenario/schema';
import { getPath } from '../../scenario/paths';
import { prepare, type Prepared } from '../prepare';
import { allocateColumns, runTotals, totalsBase, type Columns } from '../run';
import { totalsPlan } from '../aggregate';
import { M, YEAR_METRICS, type YearMetric } from '../metrics';
import type { CurveCompiler } from '../curve';
import { streamFor } from './prng';
import { clampMode, triangular } from './triangular';
import { rangeError, setterFor, teamsReached } from './apply';
import { TeamsState } from '../team';
import { HEADCOUNT_AND_COSTS_PATHS } from '../kernel/params';
import { bandsOf, type Band, type SampleSet } from './bands';
import type { Floats } from './quantile';

/** One uncertainty range as sampled: Triangular(low, mode, high). */
export interface RangeSpec {
  path: string;
  /** The scenario's own value of the number. */
  value: number;
  low: number;
  /** The scenario's value clamped into [low, high] (MODEL.md §6). */
  mode: number;
  high: number;
}

export interface UncertaintyOptions {
  /** Number of samples; the scenario's uncertainty.samples when omitted. */
  samples?: number;
  /** Seed, a whole number in [0, 2^32 − 1]; the scenario's uncertainty.seed when omitted. */
  seed?: number;
  /** Compiles custom formulas (once per run), as for simulate(). */
  compile?: CurveCompiler;
  /** Metrics whose samples are kept; every metric of MODEL.md §5 when omitted. */
  metrics?: readonly YearMetric[];
  /** runUncertainty checks these between chunks of samples and returns what it has when either says stop. */
  signal?: AbortSignal;
  shouldStop?: () => boolean;
  /** Samples per chunk between those checks (default 250). */
  chunkSize?: number;
}

export interface UncertaintyResult extends SampleSet {
  seed: number;
  /** Samples asked for; `samples` is fewer when the run was stopped early. */
  requested: number;
  complete: boolean;
  /** The kept metrics, in the order asked for. */
  metrics: YearMetric[];
  ranges: RangeSpec[];
  /** p10 / p50 / p90 per year of every kept number metric. */
  bands: Partial<Record<YearMetric, Band>>;
}

/** A run that can be advanced chunk by chunk (the Web Worker yields between chunks). */
export interface UncertaintyRun {
  readonly total: number;
  readonly done: number;
  readonly ranges: readonly RangeSpec[];
  /** Runs up to `count` more samples; returns the number done so far. */
  step(count: number): number;
  /** Bands and values of the samples done so far. */
  result(): UncertaintyResult;
}

const MAX_SAMPLES = 100_000;
/** The largest finite 32-bit float. */
const FLOAT32_MAX = 3.4028234663852886e38;

/** The scenario's ranges, sorted by path so that the order keys were written in does not matter. */
export function rangesOf(scenario: Scenario): RangeSpec[] {
  return Object.keys(scenario.uncertainty.ranges)
    .sort()
    .map((path) => {
      const [low, high] = scenario.uncertainty.ranges[path];
      const value = getPath(scenario, path);
      if (typeof value !== 'number') throw rangeError(path, 'names no number of the shared scenario blocks (for example "productivity.maxMultiplier")');
      if (!(Number.isFinite(low) && Number.isFinite(high) && low <= high)) throw rangeError(path, `must be [low, high] with low ≤ high, got [${low}, ${high}]`);
      return { path, value, low, high, mode: clampMode(value, low, high) };
    });
}

function wholeNumber(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name}: must be a whole number from ${min} to ${max}, got ${value}`);
  return value;
}

function checkedMetrics(metrics: readonly YearMetric[] | undefined): YearMetric[] {
  if (!metrics) return [...YEAR_METRICS];
  for (const m of metrics) if (!(YEAR_METRICS as readonly string[]).includes(m)) throw new Error(`metrics: "${String(m)}" is not a metric`);
  return [...new Set(metrics)];
}

/** The draws of one Monte Carlo run, shared by startUncertainty and onePassBands (the same samples, bit for bit). */
export interface Sampler {
  total: number;
  seed: number;
  ranges: RangeSpec[];
  prep: Prepared;
  cols: Columns;
  /** Draws the next sample's values, writes them into `prep` and runs the totals of the metrics into `cols`. */
  draw(): void;
}

/** The draws of `scenario`'s ranges; each sample forms the totals of `metrics` (every metric when omitted) and no others. */
export function sampler(scenario: Scenario, options: { samples?: number; seed?: number; compile?: CurveCompiler }, metrics?: readonly YearMetric[]): Sampler {
  const total = wholeNumber('samples', options.samples ?? scenario.uncertainty.samples, 1, MAX_SAMPLES);
  const seed = wholeNumber('seed', options.seed ?? scenario.uncertainty.seed, 0, 4_294_967_295);
  const ranges = rangesOf(scenario);
  const prep = prepare(scenario, { compile: options.compile });
  // σ fixed for every sample: the spread's mean gain from a table (spread.ts), 1 ms once instead of 18 exponentials a lookup.
  prep.tabulateSpread = !ranges.some((r) => r.path === 'tokens.usageSpread');
  const setters = ranges.map((r) => setterFor(prep, scenario, r.path));
  const streams = ranges.map((r) => streamFor(seed, r.path));
  const cols = allocateColumns(prep.teams.length, prep.years);
  const plan = totalsPlan(prep.years, metrics);
  // Teams no range reaches keep their parameters from the first sample, and those only headcount
  // and cost ranges reach keep their multipliers and demand too (team.ts): the same numbers, fewer steps.
  const reload = new Uint8Array(prep.teams.length);
  const fixed = new Uint8Array(prep.teams.length).fill(1);
  for (const { path } of ranges) {
    for (const k of teamsReached(scenario, path)) {
      reload[k] = 1;
      if (!HEADCOUNT_AND_COSTS_PATHS.has(path)) fixed[k] = 0;
    }
  }
  const state = new TeamsState(reload, fixed);
  return {
    total,
    seed,
    ranges,
    prep,
    cols,
    draw() {
      for (let r = 0; r < ranges.length; r++) {
        const { low, mode, high } = ranges[r];
        setters[r](triangular(streams[r].uniform(), low, mode, high));
      }
      runTotals(prep, cols, plan, state);
    },
  };
}

export function startUncertainty(scenario: Scenario, options: UncertaintyOptions = {}): UncertaintyRun {
  const metrics = checkedMetrics(options.metrics);
  const { total, seed, ranges, prep, cols, draw } = sampler(scenario, options, metrics);
  const years = prep.years;
  const sources = metrics.map((m) => totalsBase(cols) + M[m] * years);
  // 32-bit floats halve the memory of a large run; a metric with a total beyond their range (about 3.4e38,
  // which a scenario at its bounds can reach: the fuzz tests found a total cost of 9.7e44) would be stored
  // as ±Infinity, so its samples move to 64-bit floats from the first such value on.
  const values: Floats[] = metrics.map(() => new Float32Array(total * years));
  let done = 0;

  const run: UncertaintyRun = {
    total,
    ranges,
    get done() {
      return done;
    },
    step(count) {
      const end = Math.min(total, done + Math.max(0, Math.floor(count)));
      const data = cols.data;
      for (let s = done; s < end; s++) {
        draw();
        const at = s * years;
        for (let i = 0; i < values.length; i++) {
          let out = values[i];
          const from = sources[i];
          for (let t = 0; t < years; t++) {
            const v = data[from + t];
            if ((v > FLOAT32_MAX || v < -FLOAT32_MAX) && out instanceof Float32Array) out = values[i] = Float64Array.from(out);
            out[at + t] = v;
          }
        }
      }
      done = end;
      return done;
    },
    result() {
      const kept: SampleSet['values'] = {};
      metrics.forEach((m, i) => {
        kept[m] = done === total ? values[i] : values[i].slice(0, done * years);
      });
      const set: SampleSet = { startYear: prep.startYear, years, samples: done, values: kept };
      return { ...set, seed, requested: total, complete: done === total, metrics, ranges, bands: bandsOf(set) };
    },
  };
  return run;
}

/** Runs the Monte Carlo to the end (or until told to stop) and returns bands and samples. */
export function runUncertainty(scenario: Scenario, options: UncertaintyOptions = {}): UncertaintyResult {
  const run = startUncertainty(scenario, options);
  const chunk = Math.max(1, Math.floor(options.chunkSize ?? 250));
  while (run.done < run.total) {
    if (options.signal?.aborted || options.shouldStop?.()) break;
    run.step(chunk);
  }
  return run.result();
}
