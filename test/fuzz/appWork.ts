// What the app computes when it opens a scenario, beyond simulate(): the
// frontier chart (src/state/results.ts frontierFor), "what would have to be
// true" beside the headline for each lens's headline (src/ui/headline/useFlips.ts
// → worker flips job, with src/scenario/flipInputs.ts), and, when the scenario
// has uncertainty ranges, the Monte Carlo fans (src/ui/uncertainty/UncertaintyPanel.tsx,
// FAN_METRICS) and the tornado of roles at risk in the final year
// (src/ui/uncertainty/Tornado.tsx), as the worker runs them (src/worker/host.ts).
// The Monte Carlo runs a small sample count: the point is that it ends and
// stays finite for this scenario, not its statistics. A fuzzed link with a
// subnormal tax rate once froze the page in the flips search (src/model/flips.ts,
// commit 41d7555) while simulate() alone was fine: this is the code it hid in.
import { frontier } from '../../src/model/frontier';
import { flips, LENS_HEADLINES, type Headline } from '../../src/model/flips';
import { runUncertainty } from '../../src/model/uncertainty/run';
import { sensitivity } from '../../src/model/uncertainty/sensitivity';
import { YEAR_METRICS } from '../../src/model/metrics';
import { flipInputs } from '../../src/scenario/flipInputs';
import { rangeCount } from '../../src/scenario/paths';
import { FAN_METRICS } from '../../src/ui/uncertainty/metrics';
import { compileFormula } from '../../src/formula/sandbox';
import type { Scenario } from '../../src/scenario/schema';
import { nonFinite } from './checks';

/** Samples of the Monte Carlo here (the app runs the scenario's own count, up to 100,000, in chunks in the worker). */
export const APP_SAMPLES = 20;

/** The lenses' headlines, each once (union and newsroom share one). */
const HEADLINES: Headline[] = [...new Map(Object.values(LENS_HEADLINES).map((h) => [`${h.metric}>${h.threshold}`, h as Headline])).values()];

/** The fans' metrics in MODEL.md's order, as UncertaintyPanel's keptMetrics asks for them with no threshold. */
const FAN_REQUEST = YEAR_METRICS.filter((m) => (FAN_METRICS as readonly string[]).includes(m));

/**
 * The Monte Carlo's NaN is its null (src/model/uncertainty/bands.ts: a ratio with a zero denominator, left out
 * of the bands; a year with no number left is NaN): read typed arrays with NaN as null, keep ±Infinity.
 */
function samplesAsNulls(node: unknown): unknown {
  if (node instanceof Float32Array || node instanceof Float64Array) return Array.from(node, (v) => (Number.isNaN(v) ? null : v));
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(samplesAsNulls);
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, samplesAsNulls(v)]));
}

/**
 * Runs what the app computes on opening `scenario`; returns the first problem (a throw, or a NaN or ±Infinity
 * where the result has no null to give), or null. Never throws.
 */
export function appWork(scenario: Scenario): string | null {
  const compile = compileFormula;
  let step = 'frontier';
  try {
    const bad = nonFinite(frontier(scenario, { compile }));
    if (bad) return `frontier: ${bad}`;
    const inputs = flipInputs(scenario);
    for (const headline of HEADLINES) {
      step = `flips (${headline.metric})`;
      const found = nonFinite(flips(scenario, headline, inputs, { compile }));
      if (found) return `${step}: ${found}`;
    }
    if (rangeCount(scenario) > 0) {
      step = 'uncertainty';
      const run = runUncertainty(scenario, { samples: APP_SAMPLES, metrics: FAN_REQUEST, compile });
      const samples = nonFinite(samplesAsNulls({ values: run.values, bands: run.bands, ranges: run.ranges }));
      if (samples) return `uncertainty (${APP_SAMPLES} samples): ${samples}`;
      step = 'tornado';
      const tornado = nonFinite(sensitivity(scenario, { metric: 'rolesAtRisk', compile }));
      if (tornado) return `tornado (rolesAtRisk): ${tornado}`;
    }
    return null;
  } catch (error) {
    return `${step} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 400);
  }
}
