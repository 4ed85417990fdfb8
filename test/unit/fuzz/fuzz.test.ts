// The fuzzers of issue 12 at a count that keeps the suite fast, with a fixed
// seed: every untrusted entry point, every property of test/fuzz/checks.ts.
// `npm run fuzz` runs the same at any count and seed, and there the 100 ms
// per input (and 2 s for what the app computes on opening it) is a failure.
// Here the limits are ten and two and a half times that, each re-timed once:
// a loaded CI machine does not fail, a hang or a fall off a performance cliff
// does (the flips search once froze on a subnormal input). FUZZ_RUNS and
// FUZZ_SEED override the count and seed.
import { afterAll, describe, expect, it } from 'vitest';
import { ENTRIES } from '../../fuzz/entries';
import { formatDetails, formatTable, runEntry, type Stats } from '../../fuzz/runner';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
/** FUZZ_ONLY=parser,link runs only those. */
const ONLY = process.env.FUZZ_ONLY?.split(',');
const LIMITS = { timeLimitMs: 1_000, appLimitMs: 5_000 };
const all: Stats[] = [];

afterAll(() => {
  if (all.length) console.info(`fuzz, ${RUNS} runs per entry point, seed ${SEED}\n${formatTable(all)}\n${process.env.FUZZ_ONLY ? formatDetails(all) : ''}`);
});

describe('every untrusted entry point, fuzzed', () => {
  it.each(ENTRIES.filter((e) => !ONLY || ONLY.includes(e.name)).map((e) => [e.name, e] as const))('%s: refused with the field named, or simulated to finite numbers that survive link and file', async (_, entry) => {
    const stats = await runEntry(entry as never, { runs: RUNS, seed: SEED, ...LIMITS });
    all.push(stats);
    expect(stats.tried).toBe(RUNS);
    // Both kinds of outcome are exercised, or the generators have drifted from the schema.
    expect(stats.accepted).toBeGreaterThan(RUNS / 20);
    expect(stats.refused).toBeGreaterThan(RUNS / 20);
    expect(stats.failures, formatDetails([stats])).toBe(0);
  }, 180_000);
});
