// What would have to be true (MODEL.md §6, v2): for a headline (a metric, a
// year and a threshold, "roles at risk in 2030 above 0.5"), and for each
// numeric input of the shared blocks, the value nearest today's at which the
// headline crosses its threshold, all else equal, searched within the
// input's bounds, or none. Turns "1 role at risk" into "1 role at risk, as
// long as demand grows less than 5.6% a year".
//
// The search: from today's value outward in each direction, a scan whose
// steps double (fine near today's value, reaching any bound within about 40
// runs), then bisection of the first bracket that crosses, to
// a relative 1e-6. A headline that crosses and crosses back between two scan
// points is not seen: the scan is dense where the answer matters, near today.
// Each value is written into one prepared scenario (the Monte Carlo's setters,
// uncertainty/apply.ts) and run through runTotals, which forms only the totals read.
import type { Scenario } from '../scenario/schema';
import type { CurveCompiler } from './curve';
import { prepare, type Prepared } from './prepare';
import { allocateColumns, columnSum, runTotals, totalsBase, type Columns } from './run';
import { totalsPlan } from './aggregate';
import { M, YEAR_METRICS, type YearMetric } from './metrics';
import { setterFor, type Setter } from './uncertainty/apply';

/** Headlines read from the summary: the final year (or every year) against the no-AI baseline. */
export const SUMMARY_HEADLINES = ['costPerOutputVsNoAI', 'costPerDemandMetVsNoAI', 'costVsNoAI'] as const;
export type SummaryHeadline = (typeof SUMMARY_HEADLINES)[number];

/**
 * The headline each lens leads with (PRODUCT.md): the union lens and the
 * newsroom whether any role is at risk in the final year (roles shown rounded:
 * 0.5 is where "1 role" becomes "no role"), finance whether AI makes output
 * cheaper than without it. The app shows the flips beside the sentence; the
 * command line prints both headlines' flips.
 */
export const LENS_HEADLINES = {
  union: { metric: 'rolesAtRisk', threshold: 0.5 },
  finance: { metric: 'costPerOutputVsNoAI', threshold: 0 },
  newsroom: { metric: 'rolesAtRisk', threshold: 0.5 },
} as const satisfies Record<string, Headline>;

export interface Headline {
  metric: YearMetric | SummaryHeadline;
  /** Calendar year of a year metric; the final year when omitted. */
  year?: number;
  threshold: number;
}

/** An input the search may move: a dotted path of the shared blocks and its bounds. */
export interface FlipInput {
  path: string;
  min: number;
  max: number;
  /** Whole numbers only (none of the shared numbers today; kept for the contract). */
  integer?: boolean;
  /**
   * What counts as a large move of this input, for ranking: the width of its
   * uncertainty range, or its own size (flipInputs() decides). Default: the
   * larger of |value| and |flip|.
   */
  scale?: number;
}

export interface Flip {
  path: string;
  /** The scenario's own value. */
  value: number;
  /** The value nearest `value` at which the headline crosses its threshold, or null: not within bounds. */
  flip: number | null;
  /** The headline holds while the input stays below the flip, or above it (null without a flip). */
  holdsWhile: 'below' | 'above' | null;
  /** |flip − value| / the input's scale: 0 is a knife edge; 1 is a move the size of its range (or of itself). */
  distance: number | null;
}

export interface Flips {
  headline: Required<Headline>;
  /** The headline metric today (null when undefined, for example a ratio without output). */
  value: number | null;
  /** Whether the metric is above the threshold today. */
  above: boolean | null;
  /** Closest flips first; inputs with no flip within bounds last, by path. */
  inputs: Flip[];
  /** Engine runs the search made (for the benchmark). */
  runs: number;
}

export interface FlipOptions {
  compile?: CurveCompiler;
  /** Relative tolerance of the bisection (default 1e-6). */
  tolerance?: number;
}

const orNull = (x: number) => (x === x ? x : null);

/** A function of the inputs' values: the headline metric, from one or two prepared runs. */
function measureFor(scenario: Scenario, headline: Required<Headline>, compile: CurveCompiler | undefined) {
  const prep = prepare(scenario, { compile });
  const cols = allocateColumns(prep.teams.length, prep.years);
  // Hundreds of runs at one σ (or a few): the spread from its table (spread.ts).
  prep.tabulateSpread = true;
  const years = prep.years;
  const metric = headline.metric;
  if ((YEAR_METRICS as readonly string[]).includes(metric)) {
    const at = totalsBase(cols) + M[metric as YearMetric] * years + (headline.year - scenario.startYear);
    // Only the headline's total is formed (aggregate.ts).
    const plan = totalsPlan(years, [metric as YearMetric]);
    return { preps: [prep], measure: () => orNull(runTotals(prep, cols, plan).data[at]) };
  }
  // Against the no-AI baseline: the same scenario with every budget 0, its policies rerun (MODEL.md §5).
  const noAI = prepare(scenario, { compile, noTokens: true });
  noAI.tabulateSpread = true;
  const baseCols: Columns = allocateColumns(prep.teams.length, years);
  const finalAt = (m: number) => totalsBase(cols) + m * years + years - 1;
  // As simulate() sums it (run.ts: stops at the largest double rather than reach Infinity).
  const cumulative = (c: Columns) => columnSum(c, totalsBase(c), M.totalCost);
  const plan = totalsPlan(years, ['totalCost', 'costPerOutput', 'costPerDemandMet']);
  const measure = () => {
    runTotals(prep, cols, plan);
    runTotals(noAI, baseCols, plan);
    if (metric === 'costVsNoAI') return orNull(cumulative(cols) - cumulative(baseCols));
    const m = metric === 'costPerOutputVsNoAI' ? M.costPerOutput : M.costPerDemandMet;
    const mine = cols.data[finalAt(m)];
    const base = baseCols.data[finalAt(m)];
    const r = mine / base - 1;
    return mine === mine && base === base && base !== 0 && Number.isFinite(r) ? r : null;
  };
  return { preps: [prep, noAI], measure };
}

/** The budget of the no-AI baseline stays 0 whatever the input: its setters skip these. */
const NO_AI_FIXED = new Set(['tokens.budget', 'tokens.budgetInUse']);

export function flips(scenario: Scenario, headline: Headline, inputs: readonly FlipInput[], options: FlipOptions = {}): Flips {
  const last = scenario.startYear + scenario.years - 1;
  const full: Required<Headline> = { metric: headline.metric, threshold: headline.threshold, year: headline.year ?? last };
  if (!(YEAR_METRICS as readonly string[]).includes(full.metric) && !(SUMMARY_HEADLINES as readonly string[]).includes(full.metric)) {
    throw new Error(`metric: "${String(full.metric)}" is not a metric`);
  }
  if (!Number.isInteger(full.year) || full.year < scenario.startYear || full.year > last) {
    throw new Error(`year: must be a year from ${scenario.startYear} to ${last}, got ${full.year}`);
  }
  if (!Number.isFinite(full.threshold)) throw new Error(`threshold: must be a finite number, got ${full.threshold}`);
  const tolerance = options.tolerance ?? 1e-6;
  const { preps, measure } = measureFor(scenario, full, options.compile);
  let runs = 0;
  const side = (value: number | null): number => {
    runs++;
    return value === null ? 0 : value > full.threshold ? 1 : -1;
  };
  const today = measure();
  const now = side(today);

  const results = inputs.map(({ path, min, max, scale: given }): Flip => {
    const value = readNumber(scenario, path);
    if (value === null || now === 0) return { path, value: value ?? NaN, flip: null, holdsWhile: null, distance: null };
    // A table per σ pays only while σ stays put: not when σ is the input being moved.
    for (const p of preps) p.tabulateSpread = path !== 'tokens.usageSpread';
    const setters: Setter[] = preps.map((p, i) => (i === 1 && NO_AI_FIXED.has(path) ? () => undefined : setterFor(p as Prepared, scenario, path)));
    const at = (x: number) => {
      for (const set of setters) set(x);
      return side(measure());
    };
    let best: number | null = null;
    for (const direction of [1, -1]) {
      const bound = direction > 0 ? max : min;
      if (direction > 0 ? value >= bound : value <= bound) continue;
      const found = scan(at, value, bound, direction, now, tolerance);
      if (found !== null && (best === null || Math.abs(found - value) < Math.abs(best - value))) best = found;
    }
    for (const set of setters) set(value);
    if (best === null) return { path, value, flip: null, holdsWhile: null, distance: null };
    const scale = given !== undefined && given > 0 ? given : Math.max(Math.abs(best), Math.abs(value));
    return { path, value, flip: best, holdsWhile: best > value ? 'below' : 'above', distance: scale > 0 ? Math.min(Math.abs(best - value) / scale, Number.MAX_VALUE) : 0 };
  });
  results.sort((a, b) => {
    if (a.distance === null || b.distance === null) return a.distance === b.distance ? cmp(a.path, b.path) : a.distance === null ? 1 : -1;
    return a.distance - b.distance || cmp(a.path, b.path);
  });
  return { headline: full, value: today, above: now === 0 ? null : now > 0, inputs: results, runs };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function readNumber(scenario: Scenario, path: string): number | null {
  let node: unknown = scenario;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return null;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' && Number.isFinite(node) ? node : null;
}

/**
 * The first value from `value` toward `bound` where the headline is on another
 * side than `now` (a crossing, or a point where it is undefined counts as no
 * crossing), refined by bisection; null when none is found.
 */
function scan(at: (x: number) => number, value: number, bound: number, direction: number, now: number, tolerance: number): number | null {
  const span = Math.abs(bound - value);
  // First step: a hundredth of the value's own size, or a millionth of the span for a value at 0.
  // Both underflow to 0 for subnormal values and spans (a link may carry 2.5e-323): the steps
  // would never grow, so the scan goes straight to the bound. Otherwise the doubling reaches
  // the bound within about 21 runs (span / unit ≤ 1e6).
  const step = Math.max(Math.abs(value) * 0.01, span * 1e-6);
  const unit = step > 0 ? step : span;
  let inside = value;
  for (let k = 1; ; k++) {
    const offset = unit * (Math.pow(2, k) - 1);
    const x = offset >= span ? bound : value + direction * offset;
    const s = at(x);
    if (s !== 0 && s !== now) return bisect(at, inside, x, now, tolerance);
    if (s === now) inside = x;
    if (x === bound) return null;
  }
}

/** Bisection between `inside` (on today's side) and `outside` (across), to a relative `tolerance`; returns the crossing point on the far side. */
function bisect(at: (x: number) => number, inside: number, outside: number, now: number, tolerance: number): number {
  for (let i = 0; i < 200; i++) {
    const scale = Math.max(Math.abs(inside), Math.abs(outside), 1e-300);
    if (Math.abs(outside - inside) <= tolerance * scale) break;
    const mid = (inside + outside) / 2;
    if (mid === inside || mid === outside) break;
    const s = at(mid);
    if (s === now) inside = mid;
    else if (s !== 0) outside = mid;
    // Undefined in between: treat as across (the headline no longer holds there).
    else outside = mid;
  }
  return outside;
}
