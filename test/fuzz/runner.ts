// Runs one entry point's property over `runs` inputs from `seed` (fast-check)
// and counts what happened: tried, refused, accepted, failures, the slowest
// input. A failure does not stop the run (every failure is counted); the
// first few are kept with their inputs, and `shrink` re-runs the same seed
// with a failing property so fast-check reports its smallest counterexample
// and the path that replays it.
import fc from 'fast-check';
import { canary, changedCanary, nonFinite, refusalProblem, roundTrip, simulateOpened, type Outcome } from './checks';
import { describeInput } from './hostile';
import { appWork } from './appWork';
import type { Entry } from './entries';
import type { SimulationResult } from '../../src/model';

export interface RunOptions {
  runs: number;
  seed: number;
  /**
   * Inputs slower than this (run + simulate, ms) are failures, after one re-timing
   * (a garbage collection or a loaded machine can stall any single call). Leave
   * undefined to only measure: the normal test suite never fails on time.
   */
  timeLimitMs?: number;
  /**
   * The same for what the app computes on opening the accepted scenarios (appWork.ts), per input, after one
   * re-timing. Undefined: measured only.
   */
  appLimitMs?: number;
  /** On failure, replay the seed with fast-check's shrinking (slow; for `npm run fuzz`). */
  shrink?: boolean;
  /** How many failures to keep with their inputs. */
  keep?: number;
}

export interface Failure {
  reason: string;
  input: string;
}

export interface Stats {
  entry: string;
  seed: number;
  tried: number;
  refused: number;
  accepted: number;
  failures: number;
  /** Accepted scenarios whose link is longer than a link may be (they travel as files). */
  tooLongForLink: number;
  /** Inputs over the time limit at first measurement (re-timed; only those slow twice fail). */
  retimed: number;
  slowestMs: number;
  slowestInput: string;
  /** The five slowest inputs, slowest first. */
  slowest: { ms: number; input: string }[];
  /** The same for the app's work on opening (appWork.ts). */
  appRetimed: number;
  slowestAppMs: number;
  slowestApp: { ms: number; input: string }[];
  elapsedMs: number;
  kept: Failure[];
  /** fast-check's shrunk counterexample and replay path, with `shrink`. */
  shrunk?: { counterexample: string; path: string | null; reason: string };
}

interface Timed {
  outcome: Outcome;
  results: SimulationResult[];
  ms: number;
}

async function timed<T>(entry: Entry<T>, input: T): Promise<Timed> {
  const start = performance.now();
  const outcome = await entry.run(input);
  const results = outcome.kind === 'accepted' ? outcome.opened.map((o) => simulateOpened(o.scenario)) : [];
  return { outcome, results, ms: performance.now() - start };
}

/** What the app computes on opening each scenario: the first problem, and the time it took. */
function timedApp(entry: Entry<never>, outcome: Outcome): { problem: string | null; ms: number } {
  const start = performance.now();
  let problem: string | null = null;
  if (outcome.kind === 'accepted' && entry.appWork !== false) for (const opened of outcome.opened) problem ??= appWork(opened.scenario);
  return { problem, ms: performance.now() - start };
}

/** Keeps the five slowest, slowest first. */
function noteSlow(list: { ms: number; input: string }[], ms: number, input: unknown) {
  if (list.length < 5 || ms > list[list.length - 1].ms) {
    list.push({ ms, input: describeInput(input, 160) });
    list.sort((a, b) => b.ms - a.ms);
    list.length = Math.min(list.length, 5);
  }
}

/** Every check on one input; returns the first problem, or null. Never throws. */
async function examine<T>(entry: Entry<T>, input: T, options: RunOptions, stats: Stats): Promise<string | null> {
  const before = canary();
  let run: Timed;
  try {
    run = await timed(entry, input);
    if (options.timeLimitMs !== undefined && run.ms > options.timeLimitMs) {
      stats.retimed += 1;
      const again = await timed(entry, input);
      run = { ...run, ms: Math.min(run.ms, again.ms) };
    }
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 400);
  }
  if (run.ms > stats.slowestMs) {
    stats.slowestMs = run.ms;
    stats.slowestInput = describeInput(input, 160);
  }
  noteSlow(stats.slowest, run.ms, input);
  let app = timedApp(entry as Entry<never>, run.outcome);
  if (options.appLimitMs !== undefined && app.ms > options.appLimitMs) {
    stats.appRetimed += 1;
    app = { ...app, ms: Math.min(app.ms, timedApp(entry as Entry<never>, run.outcome).ms) };
  }
  stats.slowestAppMs = Math.max(stats.slowestAppMs, app.ms);
  if (run.outcome.kind === 'accepted' && entry.appWork !== false) noteSlow(stats.slowestApp, app.ms, input);
  try {
    const { outcome } = run;
    for (const [i, part] of (outcome.parts ?? []).entries()) {
      const problem = refusalProblem(part);
      if (problem) return `part ${i}: ${problem}`;
    }
    if (outcome.kind === 'refused') {
      stats.refused += 1;
      const problem = refusalProblem(outcome.errors);
      if (problem) return problem;
    } else {
      stats.accepted += 1;
      for (let i = 0; i < outcome.opened.length; i++) {
        const bad = nonFinite(run.results[i]);
        if (bad) return `simulated to a non-finite number: ${bad}`;
        if (app.problem) return `on opening, ${app.problem}`;
        const trip = roundTrip(outcome.opened[i], run.results[i]);
        if (trip.tooLongForLink) stats.tooLongForLink += 1;
        if (trip.problem) return trip.problem;
      }
    }
    const after = entry.after?.(input, outcome);
    if (after) return after;
  } catch (error) {
    return `a check threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 400);
  }
  const changed = changedCanary(before, canary());
  if (changed) return `a built-in prototype changed: ${changed}`;
  if (options.timeLimitMs !== undefined && run.ms > options.timeLimitMs) return `took ${run.ms.toFixed(1)} ms (limit ${options.timeLimitMs} ms, twice)`;
  if (options.appLimitMs !== undefined && app.ms > options.appLimitMs) return `what the app computes on opening took ${app.ms.toFixed(1)} ms (limit ${options.appLimitMs} ms, twice)`;
  return null;
}

export async function runEntry<T>(entry: Entry<T>, options: RunOptions): Promise<Stats> {
  const stats = emptyStats(entry.name, options.seed);
  const keep = options.keep ?? 5;
  const start = performance.now();
  await fc.check(
    fc.asyncProperty(entry.arbitrary, async (input) => {
      stats.tried += 1;
      const problem = await examine(entry, input, options, stats);
      if (problem) {
        stats.failures += 1;
        if (stats.kept.length < keep) stats.kept.push({ reason: problem, input: describeInput(input) });
      }
      return true;
    }),
    { numRuns: options.runs, seed: options.seed },
  );
  stats.elapsedMs = performance.now() - start;
  if (stats.failures && options.shrink) stats.shrunk = await shrinkFirst(entry, options);
  return stats;
}

/** Replay with a failing property: fast-check shrinks the first failure and gives its path. */
async function shrinkFirst<T>(entry: Entry<T>, options: RunOptions): Promise<Stats['shrunk']> {
  const scratch = emptyStats(entry.name, options.seed);
  let reason = '';
  const details = await fc.check(
    fc.asyncProperty(entry.arbitrary, async (input) => {
      const problem = await examine(entry, input, { ...options, timeLimitMs: options.timeLimitMs }, scratch);
      if (problem) reason = problem;
      return problem === null;
    }),
    { numRuns: options.runs, seed: options.seed, endOnFailure: false, interruptAfterTimeLimit: 60_000 },
  );
  if (!details.failed || !details.counterexample) return undefined;
  return { counterexample: describeInput(details.counterexample[0], 600), path: details.counterexamplePath, reason };
}

function emptyStats(entry: string, seed: number): Stats {
  return { entry, seed, tried: 0, refused: 0, accepted: 0, failures: 0, tooLongForLink: 0, retimed: 0, slowestMs: 0, slowestInput: '', slowest: [], appRetimed: 0, slowestAppMs: 0, slowestApp: [], elapsedMs: 0, kept: [] };
}

/** The report's table: one row per entry point. */
export function formatTable(all: readonly Stats[]): string {
  const head = ['entry', 'tried', 'refused', 'accepted', 'failures', 'slowest ms', 'slowest app ms', 'seed', 'time s', 'link too long', 're-timed', 'app re-timed'];
  const rows = all.map((s) =>
    [s.entry, s.tried, s.refused, s.accepted, s.failures, s.slowestMs.toFixed(1), s.slowestAppMs.toFixed(1), s.seed, (s.elapsedMs / 1000).toFixed(1), s.tooLongForLink, s.retimed, s.appRetimed].map(String),
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

/** The failures kept, the slowest inputs and any shrunk counterexample, for people. */
export function formatDetails(all: readonly Stats[]): string {
  const out: string[] = [];
  for (const s of all) {
    out.push(`${s.entry}: slowest inputs`);
    for (const slow of s.slowest) out.push(`  ${slow.ms.toFixed(1).padStart(7)} ms  ${slow.input}`);
    out.push(`${s.entry}: slowest on opening (frontier, flips, Monte Carlo, tornado)`);
    for (const slow of s.slowestApp) out.push(`  ${slow.ms.toFixed(1).padStart(7)} ms  ${slow.input}`);
    for (const f of s.kept) out.push(`  FAIL ${f.reason}\n       input ${f.input}`);
    if (s.shrunk) out.push(`  shrunk: ${s.shrunk.reason}\n       input ${s.shrunk.counterexample}\n       replay: npm run fuzz -- --only ${s.entry} --seed ${s.seed} --runs ${s.tried} (fast-check path ${s.shrunk.path})`);
  }
  return out.join('\n');
}
