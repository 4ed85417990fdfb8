// The command line and the Monte Carlo as a user meets them (issue 11,
// PRODUCT.md budgets): every figure but the last comes from fresh processes.
//
// 1. Start to exit of the built bin for a preset, against a bare `node -e 0`
//    (budget: at most 3× it, and ≤ 300 ms; aim 150 ms), and through `npm run`.
// 2. The Monte Carlo of 10,000 samples × 10 teams × 10 years, cold: the first
//    run in a fresh process (budget ≤ 300 ms, aim 100 ms), for the command
//    line's bands (onePassBands) and for runUncertainty keeping every metric
//    (what --samples cost before); and the whole bin with --samples 10000.
// 3. The same Monte Carlo warm, in this process (budget ≤ 150 ms, aim 50 ms).
//
// Runs of the compared commands alternate, so that a change in the machine's
// load touches both alike; the median and the range (min–max) are printed,
// with the load average, since the machine is shared. Prints; never fails.
// Run: npx tsx bench/cli.bench.ts (part of npm run bench).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../src/scenario/parse';
import { runUncertainty } from '../src/model/uncertainty/run';
import { onePassBands } from '../src/model/uncertainty/onePassBands';
import { BOOLEAN_METRICS, YEAR_METRICS } from '../src/model/metrics';

const root = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(root, 'dist-cli', 'tokens-sim.js');
const BANDED = YEAR_METRICS.filter((m) => !BOOLEAN_METRICS.has(m));

/** 10 teams × 10 years, headcount matching demand, five ranges (as bench/uncertainty.bench.ts). */
const MC_INPUT = {
  years: 10,
  teams: Array.from({ length: 10 }, (_, i) => ({ name: `Team ${i + 1}`, engineers: 10 + i })),
  policy: { headcount: 'matchDemand' as const },
  uncertainty: {
    samples: 10_000,
    seed: 1,
    ranges: {
      'productivity.maxMultiplier': [1.1, 2] as [number, number],
      'productivity.halfGainTokens': [1000, 4000] as [number, number],
      'tokens.priceDecline': [0.1, 0.5] as [number, number],
      'demand.growth': [0, 0.1] as [number, number],
      salaryGrowth: [0.02, 0.05] as [number, number],
    },
  },
};

const RUNS = {
  onePass: (s: ReturnType<typeof loadScenario>) => onePassBands(s, { metrics: BANDED }).bands,
  everyMetric: (s: ReturnType<typeof loadScenario>) => runUncertainty(s, { metrics: BANDED }).bands,
};
type RunName = keyof typeof RUNS;

// ---- child: one cold run in this fresh process, its time on stdout ----
if (process.argv[2] === 'child') {
  const scenario = loadScenario(MC_INPUT); // outside the timing: validation is not the Monte Carlo
  const t0 = performance.now();
  RUNS[process.argv[3] as RunName](scenario);
  process.stdout.write(String(performance.now() - t0));
  process.exit(0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
const line = (label: string, xs: number[], note = '') =>
  console.log(`  ${label.padEnd(50)} median ${median(xs).toFixed(0).padStart(5)} ms  range ${spread(xs).padStart(9)} ms  (${xs.length} runs)${note}`);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/** Wall time of a command, start to exit, in ms. */
function timed(command: string, args: string[]): number {
  const t0 = performance.now();
  const out = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
  const ms = performance.now() - t0;
  if (out.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${out.status}`);
  return ms;
}

/** Alternates the commands round by round; returns each one's times. */
function alternate(commands: Record<string, [string, string[]]>, rounds: number): Record<string, number[]> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) for (const [name, [cmd, args]] of Object.entries(commands)) times[name].push(timed(cmd, args));
  return times;
}

if (!existsSync(BIN)) spawnSync('npm', ['run', 'build:cli'], { cwd: root, stdio: 'inherit' });
console.log(`node ${process.version}; load average ${load()} (1, 5, 15 min) on a machine shared with other jobs`);

// 1. Start to exit.
console.log('\nCommand line, start to exit (budget: ≤ 3 × node -e 0 and ≤ 300 ms; aim 150 ms)');
for (let i = 0; i < 3; i++) alternate({ a: ['node', ['-e', '0']], b: ['node', [BIN, '--preset', 'typical-spend']] }, 1); // disk cache
const start = alternate(
  {
    'node -e 0': ['node', ['-e', '0']],
    'tokens-sim --preset typical-spend': ['node', [BIN, '--preset', 'typical-spend']],
    'tokens-sim --version': ['node', [BIN, '--version']],
  },
  21,
);
for (const [name, xs] of Object.entries(start)) {
  const ratio = name === 'node -e 0' ? '' : `  = ${(median(xs) / median(start['node -e 0'])).toFixed(2)} × node -e 0`;
  line(name, xs, ratio);
}
// npm's own start-up comes on top of the program's; `npm run` cannot be faster than it.
const npmRun = alternate(
  {
    'npm run -s simulate -- --preset typical-spend': ['npm', ['run', '-s', 'simulate', '--', '--preset', 'typical-spend']],
    'npm run -s simulate -- --version': ['npm', ['run', '-s', 'simulate', '--', '--version']],
  },
  7,
);
for (const [name, xs] of Object.entries(npmRun)) line(name, xs, `  = ${(median(xs) / median(start['node -e 0'])).toFixed(2)} × node -e 0`);
const npmAlone = median(npmRun['npm run -s simulate -- --version']) - median(start['tokens-sim --version']);
console.log(`  npm's own share of a call ≈ ${npmAlone.toFixed(0)} ms (npm run … --version minus tokens-sim --version)`);

// 2. Cold Monte Carlo, a fresh process each.
console.log('\nMonte Carlo, 10,000 samples × 10 teams × 10 years, cold: the first run in a fresh process (budget ≤ 300 ms; aim 100 ms)');
const child = (name: RunName): [string, string[]] => [process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'child', name]];
const cold = { onePass: [] as number[], everyMetric: [] as number[] };
for (let r = 0; r < 7; r++) {
  for (const name of ['onePass', 'everyMetric'] as const) {
    const [cmd, args] = child(name);
    const out = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
    cold[name].push(Number(out.stdout));
  }
}
line('one-pass bands (the command line, every metric)', cold.onePass);
line('runUncertainty keeping every metric (before)', cold.everyMetric);

const dir = mkdtempSync(join(tmpdir(), 'cli-bench-'));
try {
  const file = join(dir, 'ten-by-ten.json');
  writeFileSync(file, JSON.stringify(MC_INPUT));
  const bin = alternate({ plain: ['node', [BIN, file]], bands: ['node', [BIN, file, '--samples', '10000', '--seed', '1']] }, 7);
  line('tokens-sim FILE (10 teams × 10 years)', bin.plain);
  line('tokens-sim FILE --samples 10000, start to exit', bin.bands, `  (+${(median(bin.bands) - median(bin.plain)).toFixed(0)} ms for the bands)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// 3. Warm, in this process.
console.log('\nThe same Monte Carlo, warm in this process (budget ≤ 150 ms; aim 50 ms)');
const scenario = loadScenario(MC_INPUT);
for (const name of ['onePass', 'everyMetric'] as const) {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    RUNS[name](scenario);
    if (i >= 5) times.push(performance.now() - t0);
  }
  line(name === 'onePass' ? 'one-pass bands (the command line)' : 'runUncertainty keeping every metric', times);
}
console.log(`\nload average at the end ${load()}`);
