// `npm run fuzz -- [--runs N] [--seed S] [--only parser,link,…] [--time-limit MS] [--app-limit MS] [--no-shrink]`
// Fuzzes every untrusted entry point (issue 12) and prints, per entry point:
// tried, refused, accepted, failures, the slowest input's time and the seed.
// Defaults: 10,000 runs, a seed from the clock (printed, so a run can be
// replayed), a 100 ms limit per input (run + simulate, re-timed once), and
// 2,000 ms for what the app computes on opening what it accepted (frontier,
// flips, a 20-sample Monte Carlo, the tornado; runner.ts), re-timed once: a
// generous limit, there to catch a hang or a cliff, not to measure speed.
// FUZZ_RUNS and FUZZ_SEED set the same (and are what the vitest run reads).
// Exits 1 when any input fails.
import { parseArgs } from 'node:util';
import { ENTRIES } from './entries';
import { formatDetails, formatTable, runEntry, type Stats } from './runner';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    seed: { type: 'string' },
    only: { type: 'string' },
    'time-limit': { type: 'string' },
    'app-limit': { type: 'string' },
    'no-shrink': { type: 'boolean' },
  },
});

const int = (text: string | undefined, name: string): number | undefined => {
  if (text === undefined || text === '') return undefined;
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < 0) {
    process.stderr.write(`${name} must be a whole number, got ${JSON.stringify(text)}\n`);
    process.exit(2);
  }
  return n;
};

const runs = int(values.runs, '--runs') ?? int(process.env.FUZZ_RUNS, 'FUZZ_RUNS') ?? 10_000;
const seed = int(values.seed, '--seed') ?? int(process.env.FUZZ_SEED, 'FUZZ_SEED') ?? (Date.now() % 2 ** 31);
const timeLimitMs = int(values['time-limit'], '--time-limit') ?? 100;
const appLimitMs = int(values['app-limit'], '--app-limit') ?? 2_000;
const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
const unknown = only?.filter((name) => !ENTRIES.some((e) => e.name === name)) ?? [];
if (unknown.length) {
  process.stderr.write(`--only: no entry point called ${unknown.join(', ')}; they are ${ENTRIES.map((e) => e.name).join(', ')}\n`);
  process.exit(2);
}

const all: Stats[] = [];
for (const entry of ENTRIES) {
  if (only && !only.includes(entry.name)) continue;
  process.stderr.write(`${entry.name}: ${entry.source}\n`);
  const stats = await runEntry(entry as never, { runs, seed, timeLimitMs, appLimitMs, shrink: !values['no-shrink'] });
  all.push(stats);
  process.stderr.write(`  ${stats.tried} tried, ${stats.failures} failures, ${(stats.elapsedMs / 1000).toFixed(1)} s\n`);
}
process.stdout.write(`\n${formatTable(all)}\n\n${formatDetails(all)}\n`);
process.exit(all.some((s) => s.failures) ? 1 : 0);
