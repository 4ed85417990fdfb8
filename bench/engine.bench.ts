// Engine benchmarks against the budgets of PRODUCT.md ("Budgets"): `npm run bench`.
//
// Each case is warmed up, then timed call by call; the report gives the
// minimum, median and 95th percentile in microseconds and PASS/OVER by the
// median against the case's budget. tsx transpiles file by file; to time the
// code as the app and the CLI ship it, bundle first:
//   node_modules/.bin/esbuild bench/engine.bench.ts --bundle --platform=node --format=esm \
//     --outfile=.cache/bench/engine.bench.mjs && node .cache/bench/engine.bench.mjs
//
// To add a case (for example the Monte Carlo once src/model has it), append to
// CASES: a name, a budget in µs with its source, and a setup returning the call to time.
import { loadScenario } from '../src/scenario/parse';
import { simulate } from '../src/model/simulate';
import { prepare } from '../src/model/prepare';
import { runColumns } from '../src/model/run';
import { frontier } from '../src/model/frontier';
import { runUncertainty } from '../src/model/uncertainty';
import { flips } from '../src/model/flips';
import { flipInputs } from '../src/scenario/flipInputs';
import { tenByTen, TEN_BY_TEN_RANGES } from './tenByTen';

interface BenchCase {
  name: string;
  /** Median time allowed for one call, in µs. */
  budgetUs: number;
  /** Where the budget comes from. */
  source: string;
  /** Builds the inputs once and returns the call to time. */
  setup: () => () => unknown;
  /** Timed calls (after the warm-up); fewer for slow cases. */
  samples?: number;
  /** Warm-up calls (default 2,000); fewer for slow cases. */
  warmup?: number;
}

const CASES: BenchCase[] = [
  {
    name: 'simulate, 10 teams × 10 years',
    budgetUs: 100,
    source: 'PRODUCT.md: one deterministic run ≤ 0.1 ms in Node',
    setup: () => {
      const s = tenByTen();
      return () => simulate(s).years;
    },
  },
  {
    name: 'prepare + runColumns (reused buffer)',
    // 150 ms for 10,000 samples of 10 teams × 10 years → 15 µs a sample.
    budgetUs: 15,
    source: 'PRODUCT.md Monte Carlo budget ÷ 10,000 samples',
    setup: () => {
      const s = tenByTen();
      const cols = runColumns(prepare(s));
      return () => runColumns(prepare(s), cols);
    },
  },
  {
    name: 'frontier, 10 teams, final year',
    // [A] a tenth of the 16 ms edit-to-redraw budget: the frontier chart is one of several.
    budgetUs: 1_600,
    source: 'PRODUCT.md edit → redraw p95 16 ms, a tenth of it [A]',
    setup: () => {
      const s = tenByTen();
      return () => frontier(s);
    },
    samples: 1_000,
  },
  {
    name: 'Monte Carlo, 10,000 samples, all bands',
    budgetUs: 150_000,
    source: 'PRODUCT.md: 10,000 samples × 10 teams × 10 years ≤ 150 ms (aim 50)',
    setup: () => {
      const s = loadScenario({
        ...tenByTen(),
        uncertainty: {
          samples: 10_000,
          seed: 1,
          ranges: TEN_BY_TEN_RANGES,
        },
      });
      return () => runUncertainty(s).bands;
    },
    samples: 15,
    warmup: 3,
  },
  {
    name: 'what would have to be true, rolesAtRisk',
    // [A] off the main thread (the worker), so the budget is a reader's wait, not a frame.
    budgetUs: 300_000,
    source: 'issue 8: off the main thread when over a few ms; [A] 300 ms to show beside the headline',
    setup: () => {
      const s = tenByTen();
      const inputs = flipInputs(s);
      return () => flips(s, { metric: 'rolesAtRisk', threshold: 0.5 }, inputs);
    },
    samples: 10,
    warmup: 2,
  },
];

/** Sink for results, so the calls cannot be optimised away. */
let sink: unknown;

function measure(call: () => unknown, samples: number, warmup = 2_000): number[] {
  // Warm-up: at least 300 ms or 2,000 calls, whichever is later, so the JIT has settled.
  const warmUntil = performance.now() + 300;
  for (let i = 0; i < warmup || performance.now() < warmUntil; i++) sink = call();
  const times = new Array<number>(samples);
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    sink = call();
    times[i] = (performance.now() - start) * 1_000;
  }
  return times.sort((a, b) => a - b);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const fmt = (us: number) => us.toFixed(us < 10 ? 2 : 1).padStart(9);

// min is shown too: on a machine shared with other jobs it is the steadiest figure.
console.log(`node ${process.version}; times in µs per call; PASS/OVER by the median`);
console.log(`${'case'.padEnd(40)}${'min'.padStart(9)}${'median'.padStart(9)}${'p95'.padStart(9)}${'budget'.padStart(9)}  verdict`);
let over = 0;
for (const c of CASES) {
  const times = measure(c.setup(), c.samples ?? 5_000, c.warmup);
  const median = quantile(times, 0.5);
  const verdict = median <= c.budgetUs ? 'PASS' : 'OVER';
  if (verdict === 'OVER') over++;
  console.log(`${c.name.padEnd(40)}${fmt(times[0])}${fmt(median)}${fmt(quantile(times, 0.95))}${fmt(c.budgetUs)}  ${verdict}   (${c.source})`);
}
if (sink === undefined) console.log('');
console.log(over ? `${over} case(s) over budget` : 'all cases within budget');
