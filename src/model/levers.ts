// Downturn levers at equal savings (MODEL.md §4: "the app may solve for the cut
// of each lever that saves the same amount"). For each lever (tokens, salary,
// headcount) find the cut of a shock starting in `year` whose extra cumulative
// saving, on top of the scenario's own shocks, equals the target; then report
// what each cut does to output, jobs and pay in the final year.
//
// The saving of a cut is not always monotone in the cut: fewer tokens lower the
// multiplier, so a matchDemand policy plans more engineers, and a holdBudget
// policy rehires what a salary cut frees. So the solver scans a grid of cuts
// for the first bracket that crosses the target and closes in on the crossing.
import type { Lever, Scenario } from '../scenario/schema';
import type { CurveCompiler } from './curve';
import { prepare, type Prepared } from './prepare';
import { allocateColumns, columnSum, runColumns, totalsBase, type Columns } from './run';
import { M } from './metrics';
import { simulate } from './simulate';

export const LEVERS: readonly Lever[] = ['tokens', 'salary', 'headcount'];

export interface LeverTarget {
  /** Cumulative cost to save, in the scenario's currency, over the years from `year` on. */
  savings: number;
  /** Calendar year the cut starts (active in every later year, MODEL.md §4). */
  year: number;
}

export interface LeverOptions {
  compile?: CurveCompiler;
  /** Grid of cuts scanned before bisecting (default 16 steps). */
  steps?: number;
  /** Relative tolerance on the saving (default 1e-9 of the target). */
  tolerance?: number;
}

/** Final-year figures of a run, plus its cumulative costSaved (summary). */
export interface LeverOutcome {
  output: number | null;
  shortfall: number | null;
  engineers: number | null;
  jobsChange: number | null;
  rolesAtRisk: number | null;
  cashPay: number | null;
  costPerOutput: number | null;
  /** summary.costSaved: all shocks together, the scenario's own included. */
  costSaved: number;
  /** summary.cumulativeLayoffs: every FTE laid off over the years (v2: a headcount cut is counted here). */
  cumulativeLayoffs: number;
}

export interface LeverSolution {
  lever: Lever;
  /** False when no cut of this lever saves the target. */
  reachable: boolean;
  /** The cut (0..1) that saves the target; when unreachable, the cut that saves the most. */
  cut: number;
  /** Cumulative cost this cut saves beyond the scenario's own shocks. */
  saved: number;
  /** The most this lever can save (best cut of the grid, refined). */
  maxSaved: number;
  outcome: LeverOutcome;
}

export interface LeverComparison {
  year: number;
  savings: number;
  /** The scenario as it is, without the extra cut. */
  base: LeverOutcome;
  levers: LeverSolution[];
  /** Runs of the engine the solver made (simulate counts as one; for the benchmark). */
  runs: number;
}

function outcomeOf(scenario: Scenario, compile: CurveCompiler | undefined): LeverOutcome {
  const result = simulate(scenario, { compile });
  const last = result.years[result.years.length - 1];
  return {
    output: last.output,
    shortfall: last.shortfall,
    engineers: last.engineers,
    jobsChange: last.jobsChange,
    rolesAtRisk: last.rolesAtRisk,
    cashPay: last.cashPay,
    costPerOutput: last.costPerOutput,
    costSaved: result.summary.costSaved,
    cumulativeLayoffs: result.summary.cumulativeLayoffs,
  };
}

/** The scenario with one more shock appended to its own. */
export function withShock(scenario: Scenario, lever: Lever, cut: number, year: number): Scenario {
  return { ...scenario, shocks: [...scenario.shocks, { year, cut, lever }] };
}

/**
 * Saving of a cut on one lever: cumulative cost of the prepared scenario minus
 * that with one more shock of the lever in year index `from`: the lever's
 * factor multiplied by (1 − cut) from that year on, or, for headcount, an
 * event in that year alone (MODEL.md §3, v2: the policy acts on the smaller
 * team afterwards). Works on the prepared factors, so a custom curve is compiled once.
 */
function savingFn(prep: Prepared, lever: Lever, from: number, scratch: Columns, counter: { runs: number }) {
  const key = lever === 'tokens' ? 'tokenFactor' : lever === 'salary' ? 'salaryFactor' : 'headcountEvent';
  const original = prep[key];
  const factor = new Float64Array(original.length);
  const cut = { ...prep, [key]: factor } as Prepared;
  const cutYear = (t: number) => (lever === 'headcount' ? t === from : t >= from);
  counter.runs++;
  const baseCost = columnSum(runColumns(prep, scratch), totalsBase(scratch), M.totalCost);
  return (c: number) => {
    for (let t = 0; t < factor.length; t++) factor[t] = cutYear(t) ? original[t] * (1 - c) : original[t];
    counter.runs++;
    const cols = runColumns(cut, scratch);
    return baseCost - columnSum(cols, totalsBase(cols), M.totalCost);
  };
}

/** Golden-section refinement of the best cut in [a, b] (one run per step). */
function refineMax(f: (c: number) => number, a: number, b: number): { cut: number; saved: number } {
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < 30; i++) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = f(d);
    }
  }
  return fc > fd ? { cut: c, saved: fc } : { cut: d, saved: fd };
}

interface Solved {
  reachable: boolean;
  cut: number;
  saved: number;
  maxSaved: number;
}

/**
 * The cut in (lo, hi] where f crosses `target`, given f(lo) < target <= f(hi):
 * regula falsi with the Illinois step (a few runs for the smooth savings of the
 * engine), keeping the bracket, so it never does worse than bisection by much.
 */
function crossing(f: (c: number) => number, target: number, lo: number, hi: number, fLo: number, fHi: number, tolerance: number) {
  let gLo = fLo - target;
  let gHi = fHi - target;
  let side = 0;
  for (let k = 0; k < 100 && gHi > tolerance * target && hi - lo > 1e-15; k++) {
    let mid = hi - (gHi * (hi - lo)) / (gHi - gLo);
    // Bisect instead when the secant point is not strictly inside the bracket.
    if (!(mid > lo && mid < hi)) mid = (lo + hi) / 2;
    const g = f(mid) - target;
    if (g >= 0) {
      hi = mid;
      gHi = g;
      if (side === 1) gLo /= 2;
      side = 1;
    } else {
      lo = mid;
      gLo = g;
      if (side === -1) gHi /= 2;
      side = -1;
    }
  }
  return { cut: hi, saved: gHi + target };
}

/** Smallest cut whose saving reaches `target`, or the best cut when none does. */
export function solveCut(f: (c: number) => number, target: number, steps = 16, tolerance = 1e-9): Solved {
  const cuts = Array.from({ length: steps + 1 }, (_, i) => i / steps);
  const saved = cuts.map(f);
  let best = 0;
  for (let i = 1; i <= steps; i++) if (saved[i] > saved[best]) best = i;
  if (target <= 0) return { reachable: true, cut: 0, saved: 0, maxSaved: Math.max(0, saved[best]) };
  for (let i = 1; i <= steps; i++) {
    if (saved[i] < target) continue;
    const hit = crossing(f, target, cuts[i - 1], cuts[i], saved[i - 1], saved[i], tolerance);
    return { reachable: true, ...hit, maxSaved: saved[best] };
  }
  // No grid cut reaches the target: refine the best one (an interior maximum
  // can sit between grid points), and bisect up to it if it does.
  let top = { cut: cuts[best], saved: saved[best] };
  if (best > 0 && best < steps) {
    const refined = refineMax(f, cuts[best - 1], cuts[best + 1]);
    if (refined.saved > top.saved) top = refined;
  }
  if (best > 0 && top.saved >= target) {
    const hit = crossing(f, target, cuts[best - 1], top.cut, saved[best - 1], top.saved, tolerance);
    return { reachable: true, ...hit, maxSaved: top.saved };
  }
  return { reachable: false, cut: top.cut, saved: top.saved, maxSaved: Math.max(0, top.saved) };
}

export function solveLeverCuts(scenario: Scenario, target: LeverTarget, options: LeverOptions = {}): LeverComparison {
  const { compile } = options;
  const prep = prepare(scenario, { compile });
  const scratch = allocateColumns(prep.teams.length, prep.years);
  const from = Math.max(0, target.year - scenario.startYear);
  const counter = { runs: 0 };
  const savings = Number.isFinite(target.savings) ? Math.max(0, target.savings) : 0;
  const levers = LEVERS.map((lever): LeverSolution => {
    const f = savingFn(prep, lever, from, scratch, counter);
    const solved = solveCut(f, savings, options.steps, options.tolerance);
    counter.runs++;
    return { lever, ...solved, outcome: outcomeOf(withShock(scenario, lever, solved.cut, target.year), compile) };
  });
  counter.runs++;
  return { year: target.year, savings, base: outcomeOf(scenario, compile), levers, runs: counter.runs };
}

/** Cumulative total cost of the scenario over the years from `year` on: the scale of a savings target. */
export function costFrom(years: readonly { year: number; totalCost: number | null }[], year: number): number {
  let sum = 0;
  for (const row of years) if (row.year >= year) sum += row.totalCost ?? 0;
  return sum;
}
