// A fingerprint of Monte Carlo results, to check that a speed change leaves
// every number as it was: run before and after, compare the printed hashes.
// Covers the all-mechanism 10 × 10 case and every preset with ranges, for
// runUncertainty and onePassBands: every metric (the first hash), and a few
// (the second: the app's worker keeps five, and totals are formed only for
// the metrics kept).
// Run: npx tsx bench/fingerprint.ts
import { createHash } from 'node:crypto';
import { tenByTenUncertain } from './tenByTen';
import { runUncertainty } from '../src/model/uncertainty/run';
import { onePassBands } from '../src/model/uncertainty/onePassBands';
import { simulate } from '../src/model/simulate';
import { PRESETS } from '../src/scenario/allPresets';
import type { Scenario } from '../src/scenario/schema';
import type { YearMetric } from '../src/model/metrics';

// The app worker's metrics (the fans and the default thresholds), and ratios of sums with what they are made of.
const FEW: YearMetric[] = ['engineers', 'required', 'rolesAtRisk', 'totalCost', 'tokensExceedSalary'];
const RATIOS: YearMetric[] = ['multiplier', 'expectationGap', 'costPerDemandMet', 'demandResponse', 'pricePerMillion', 'cashPay'];

function subsetHash(scenario: Scenario, samples: number): string {
  const h = createHash('sha256');
  const run = runUncertainty(scenario, { samples, metrics: FEW });
  for (const [m, band] of Object.entries(run.bands)) h.update(m).update(band.p10).update(band.p50).update(band.p90);
  for (const [m, values] of Object.entries(run.values)) h.update(m).update(values!);
  const one = onePassBands(scenario, { samples, metrics: RATIOS });
  for (const [m, band] of Object.entries(one.bands)) h.update(m).update(band.p10).update(band.p50).update(band.p90);
  return h.digest('hex').slice(0, 16);
}

function hashOf(scenario: Scenario, samples: number): string {
  const h = createHash('sha256');
  const run = runUncertainty(scenario, { samples });
  for (const [m, band] of Object.entries(run.bands)) h.update(m).update(band.p10).update(band.p50).update(band.p90);
  for (const [m, values] of Object.entries(run.values)) h.update(m).update(values!);
  const one = onePassBands(scenario, { samples });
  for (const [m, band] of Object.entries(one.bands)) h.update(m).update(band.p10).update(band.p50).update(band.p90);
  h.update(JSON.stringify(simulate(scenario)));
  return h.digest('hex').slice(0, 16);
}

console.log('tenByTen', hashOf(tenByTenUncertain(), 2_000), subsetHash(tenByTenUncertain(), 2_000));
for (const p of PRESETS) {
  if (Object.keys(p.scenario.uncertainty.ranges).length) console.log(p.id, hashOf(p.scenario, 500), subsetHash(p.scenario, 500));
}
