// The Monte Carlo as a reader meets it (issue 11): 10,000 samples × 10 teams
// × 10 years with every model version 2 mechanism on (bench/tenByTen.ts),
// cold (the first run in a fresh process: what a reader opening a link waits
// for in a fresh worker, or a script calling the command line) and warm.
// Budgets: cold ≤ 300 ms (aim 100), warm ≤ 150 ms (aim 50).
//
// The child is bundled once with esbuild (as the app and the command line
// ship the engine, no tsx at run time), then started afresh for every cold
// figure. Inside the child only the run is timed: the scenario is validated
// before the clock starts. Three runs are timed:
// - app: runUncertainty keeping the metrics the app's worker asks for (the fans and thresholds);
// - bands: onePassBands of every number metric (the command line's --samples);
// - every: runUncertainty keeping every metric (what the command line did before).
// Each child then runs the same call 10 more times: the warm figures.
// Prints; never fails. Run: npx tsx bench/montecarlo.bench.ts
// Before and after a change: BASELINE=/tmp/old-child.mjs (this child bundled
// from the old commit, e.g. `git archive <commit> | tar -x -C /tmp/old`, a
// node_modules link, and the esbuild command below) alternates that bundle
// with this one in every round, and prints both.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(root, '.cache', 'bench', 'montecarlo-child.mjs');
const KINDS = ['app', 'bands', 'every'] as const;
const ROUNDS = Number(process.env.ROUNDS ?? 9);

mkdirSync(join(root, '.cache', 'bench'), { recursive: true });
const built = spawnSync(
  join(root, 'node_modules', '.bin', 'esbuild'),
  ['bench/montecarlo.child.ts', '--bundle', '--platform=node', '--format=esm', '--log-level=warning', '--loader:.po=empty', // the UI's metric lists import the catalogues' loader; no text is needed here
    `--outfile=${OUT}`],
  { cwd: root, stdio: 'inherit' },
);
if (built.status !== 0) throw new Error('esbuild failed');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

const BUILDS: Record<string, string> = { this: OUT, ...(process.env.BASELINE ? { baseline: process.env.BASELINE } : {}) };

console.log(`node ${process.version}; load average ${load()} (1, 5, 15 min); ${ROUNDS} fresh processes per case`);
const cold: Record<string, number[]> = {};
const warm: Record<string, number[]> = {};
const cpu: Record<string, number[]> = {};
const warmCpu: Record<string, number[]> = {};
// Rounds alternate the cases (and the builds), so that a change in the machine's load touches each alike.
for (let r = 0; r < ROUNDS; r++) {
  for (const kind of KINDS) {
    for (const [build, file] of Object.entries(BUILDS)) {
      const out = spawnSync(process.execPath, [file, kind], { cwd: root, encoding: 'utf8' });
      if (out.status !== 0) throw new Error(out.stderr);
      const m = JSON.parse(out.stdout) as { cold: number; coldCpu: number; warm: number[]; warmCpu: number[] };
      const key = `${build} ${kind}`;
      (cold[key] ??= []).push(m.cold);
      (cpu[key] ??= []).push(m.coldCpu);
      (warm[key] ??= []).push(median(m.warm));
      (warmCpu[key] ??= []).push(median(m.warmCpu));
    }
  }
}
const LABEL = {
  app: "runUncertainty, the app's metrics (the worker)",
  bands: 'onePassBands, every number metric (the command line)',
  every: 'runUncertainty keeping every metric',
};
// On a shared machine the wall clock includes waiting for a core: the CPU time is the steadier figure.
console.log('case'.padEnd(66) + 'cold median (range)'.padEnd(24) + 'cold cpu'.padEnd(12) + 'warm median (range)'.padEnd(24) + 'warm cpu');
for (const kind of KINDS) {
  for (const build of Object.keys(BUILDS)) {
    const key = `${build} ${kind}`;
    console.log(
      (build === 'this' ? LABEL[kind] : `  ${build}: ${process.env.BASELINE}`).padEnd(66) +
        `${median(cold[key]).toFixed(0)} ms (${range(cold[key])})`.padEnd(24) +
        `${median(cpu[key]).toFixed(0)} ms`.padEnd(12) +
        `${median(warm[key]).toFixed(0)} ms (${range(warm[key])})`.padEnd(24) +
        `${median(warmCpu[key]).toFixed(0)} ms`,
    );
  }
}
console.log(`budgets: cold ≤ 300 ms (aim 100), warm ≤ 150 ms (aim 50); load average at the end ${load()}`);
