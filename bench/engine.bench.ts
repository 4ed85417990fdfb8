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
import type { ScenarioInput } from '../src/scenario/schema';
import { simulate } from '../src/model/simulate';
import { prepare } from '../src/model/prepare';
import { runColumns } from '../src/model/run';
import { frontier } from '../src/model/frontier';
import { runUncertainty } from '../src/model/uncertainty';
import { flips } from '../src/model/flips';
import { flipInputs } from '../src/scenario/flipInputs';

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

/**
 * 10 teams × 10 years with every mechanism of model version 2 on (issue 8's
 * budget): uneven use (σ = 1), demand answering cost, rework, gains already
 * banked, plan learning, a hire limit, a promotion from each even team into the
 * next, severance and hiring costs, other costs; shared blocks, a few per-team
 * overrides, a shock on each lever.
 */
function tenByTen() {
  const teams = Array.from({ length: 10 }, (_, i) => ({
    name: `Team ${i + 1}`,
    engineers: 10 + 5 * i,
    salary: 120_000 + 10_000 * i,
    equityPerYear: i % 3 === 0 ? 30_000 : 0,
    otherCostPerHead: 10_000,
    ...(i % 2 === 0 ? { promotion: { to: `Team ${i + 2}`, rate: 0.1 } } : {}),
    ...(i % 4 === 1 ? { tokens: { budget: 6_000 } } : {}),
    ...(i % 5 === 2 ? { productivity: { maxMultiplier: 2, assumedMaxMultiplier: 3 } } : {}),
  }));
  const input: ScenarioInput = {
    years: 10,
    teams,
    tokens: { budgetInUse: 1_200, usageSpread: 1 },
    productivity: { reworkShare: 0.2, planLearning: 0.3, assumedMaxMultiplier: 2 },
    demand: { growth: 0.03, elasticity: 0.5 },
    policy: { headcount: 'matchDemand', attrition: 0.1, layoffs: false, hireLimit: 0.15, severanceMonths: 2, hiringCostRate: 0.15 },
    specialists: { perMillionSpend: 0.5 },
    shocks: [
      { year: 2028, cut: 0.3, lever: 'tokens' },
      { year: 2029, cut: 0.05, lever: 'salary' },
      { year: 2030, cut: 0.1, lever: 'headcount' },
    ],
  };
  return loadScenario(input);
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
          ranges: { 'productivity.maxMultiplier': [1.1, 2], 'tokens.priceDecline': [0.1, 0.5], 'demand.growth': [0, 0.1], salaryGrowth: [0.02, 0.05] },
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
