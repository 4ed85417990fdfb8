// The Monte Carlo (src/model/uncertainty/run.ts): reproducible, seed-dependent,
// collapsing onto the deterministic run when ranges have no width, and with
// bands that can be worked out by hand when one number drives a metric.
import { describe, expect, it } from 'vitest';
import { runUncertainty, startUncertainty } from '../../../src/model/uncertainty/run';
import { simulate } from '../../../src/model/simulate';
import { YEAR_METRICS, BOOLEAN_METRICS, type YearMetric } from '../../../src/model/metrics';
import { setPath } from '../../../src/scenario/paths';
import type { CurveCompiler } from '../../../src/model/curve';
import { scenario, stubCompile } from '../model/helpers';
import { expectSameBits } from './helpers';

const RANGES = {
  'productivity.maxMultiplier': [1.5, 4],
  'tokens.priceDecline': [0.2, 0.6],
  'demand.growth': [0, 0.2],
  salaryGrowth: [0.02, 0.1],
};
const ranged = (extra: Record<string, unknown> = {}) =>
  scenario({ years: 5, policy: { headcount: 'matchDemand' }, uncertainty: { samples: 400, seed: 3, ranges: RANGES } }, extra);

const NUMBER_METRICS = YEAR_METRICS.filter((m) => !BOOLEAN_METRICS.has(m));

describe('reproducibility', () => {
  it('gives identical samples and bands for the same scenario and seed', () => {
    const a = runUncertainty(ranged());
    const b = runUncertainty(ranged());
    for (const m of YEAR_METRICS) expectSameBits(a.values[m]!, b.values[m]!, m);
    for (const m of NUMBER_METRICS) expectSameBits(a.bands[m]!.p50, b.bands[m]!.p50, m);
  });

  it('does not depend on the order the ranges were written in, nor on the chunk size', () => {
    const reversed = Object.fromEntries(Object.entries(RANGES).reverse());
    const a = runUncertainty(ranged(), { chunkSize: 7 });
    const b = runUncertainty(scenario({ years: 5, policy: { headcount: 'matchDemand' }, uncertainty: { samples: 400, seed: 3, ranges: reversed } }));
    expectSameBits(a.values.rolesAtRisk!, b.values.rolesAtRisk!);
  });

  it('gives different samples for another seed', () => {
    const a = runUncertainty(ranged());
    const b = runUncertainty(ranged(), { seed: 4 });
    expect(Array.from(b.values.multiplier!)).not.toEqual(Array.from(a.values.multiplier!));
    expect(b.seed).toBe(4);
  });

  it('keeps the draws of one range when another is added (a stream per range)', () => {
    // With a per-engineer budget, the multiplier depends on maxMultiplier and
    // prices, not on salaries: adding a salaryGrowth range must not move it.
    const one = scenario({ uncertainty: { samples: 200, seed: 9, ranges: { 'productivity.maxMultiplier': [1.5, 4] } } });
    const two = setPath(one, 'uncertainty.ranges', { 'productivity.maxMultiplier': [1.5, 4], salaryGrowth: [0, 0.2] });
    const a = runUncertainty(one);
    const b = runUncertainty(two);
    expectSameBits(b.values.multiplier!, a.values.multiplier!);
    expect(Array.from(b.values.cashPay!)).not.toEqual(Array.from(a.values.cashPay!));
  });
});

describe('zero-width ranges', () => {
  it('collapse every band onto the deterministic run (as 32-bit floats)', () => {
    const s = ranged();
    const fixed = setPath(s, 'uncertainty.ranges', {
      'productivity.maxMultiplier': [2, 2],
      'tokens.priceDecline': [0.5, 0.5],
      'demand.growth': [0.1, 0.1],
    });
    // [2, 2] where the scenario says 3: the run is that of maxMultiplier = 2.
    const deterministic = simulate(setPath(fixed, 'productivity.maxMultiplier', 2)).years;
    const r = runUncertainty(fixed, { samples: 50 });
    for (const m of NUMBER_METRICS) {
      deterministic.forEach((row, t) => {
        const want = row[m] === null ? NaN : Math.fround(row[m] as number);
        for (const q of ['p10', 'p50', 'p90'] as const) expect(Object.is(r.bands[m]![q][t], want), `${m} ${q} ${row.year}: ${r.bands[m]![q][t]} vs ${want}`).toBe(true);
      });
    }
  });
});

describe('bands by hand', () => {
  // Demand in year 1 is engineers · (1 + g) = 10 (1 + g), with g ~ Triangular(0, 0.05, 0.1):
  // F⁻¹(0.1) = √(0.1 · 0.1 · 0.05) = 0.02236, F⁻¹(0.5) = 0.05, F⁻¹(0.9) = 0.1 − 0.02236.
  it('follow the triangular quantiles of the one number that drives the metric', () => {
    const s = scenario({ demand: { growth: 0.05 }, uncertainty: { samples: 20_000, seed: 11, ranges: { 'demand.growth': [0, 0.1] } } });
    const band = runUncertainty(s).bands.demand!;
    const g10 = Math.sqrt(0.1 * 0.1 * 0.05);
    // Standard error of a sample quantile: √(p(1 − p)/n) / density ≈ 0.00024 in g at p10.
    expect(band.p10[1]).toBeCloseTo(10 * (1 + g10), 2);
    expect(band.p50[1]).toBeCloseTo(10.5, 2);
    expect(band.p90[1]).toBeCloseTo(10 * (1.1 - g10), 2);
    // Year 0 does not depend on growth: every sample agrees.
    expect([band.p10[0], band.p50[0], band.p90[0]]).toEqual([10, 10, 10]);
    expect(band.p10[2]).toBeLessThan(band.p50[2]);
  });
});

describe('options and result', () => {
  it('keeps only the metrics asked for, with bands for numbers only', () => {
    const r = runUncertainty(ranged(), { metrics: ['rolesAtRisk', 'tokensExceedSalary'], samples: 10 });
    expect(Object.keys(r.values).sort()).toEqual(['rolesAtRisk', 'tokensExceedSalary']);
    expect(Object.keys(r.bands)).toEqual(['rolesAtRisk']);
    expect(r.values.rolesAtRisk).toHaveLength(10 * 5);
    expect(r.ranges.map((x) => x.path)).toEqual(['demand.growth', 'productivity.maxMultiplier', 'salaryGrowth', 'tokens.priceDecline']);
    expect(r.ranges[1]).toEqual({ path: 'productivity.maxMultiplier', value: 3, low: 1.5, mode: 3, high: 4 });
  });

  it('defaults to the scenario’s samples and seed', () => {
    const r = runUncertainty(ranged(), { metrics: ['engineers'] });
    expect([r.samples, r.requested, r.seed, r.complete]).toEqual([400, 400, 3, true]);
  });

  it('stops between chunks when told to, returning the samples done so far', () => {
    let checks = 0;
    const full = runUncertainty(ranged(), { metrics: ['output'] });
    const part = runUncertainty(ranged(), { metrics: ['output'], chunkSize: 64, shouldStop: () => ++checks > 2 });
    expect([part.samples, part.complete, part.requested]).toEqual([128, false, 400]);
    expectSameBits(part.values.output!, full.values.output!.subarray(0, 128 * 5));
    const aborted = new AbortController();
    aborted.abort();
    expect(runUncertainty(ranged(), { signal: aborted.signal }).samples).toBe(0);
  });

  it('steps chunk by chunk to the same numbers', () => {
    const run = startUncertainty(ranged(), { metrics: ['totalCost'] });
    while (run.done < run.total) run.step(33);
    expectSameBits(run.result().values.totalCost!, runUncertainty(ranged(), { metrics: ['totalCost'] }).values.totalCost!);
  });

  it('compiles a custom formula once per run, not per sample', () => {
    let compiled = 0;
    const counting: CurveCompiler = (e) => (compiled++, stubCompile(e));
    const s = ranged({ productivity: { curve: 'custom', expression: 'ceiling' } });
    const r = runUncertainty(s, { compile: counting, samples: 300 });
    expect(compiled).toBe(1);
    expect(r.bands.multiplier!.p90[4]).toBeGreaterThan(r.bands.multiplier!.p10[4]);
  });

  it('refuses bad options and ranges with the field named', () => {
    expect(() => runUncertainty(ranged(), { samples: 0 })).toThrow('samples: must be a whole number from 1 to 100000, got 0');
    expect(() => runUncertainty(ranged(), { seed: -1 })).toThrow(/^seed: /);
    expect(() => runUncertainty(ranged(), { metrics: ['nope' as YearMetric] })).toThrow('metrics: "nope" is not a metric');
    const bad = setPath(ranged(), 'uncertainty.ranges', { 'policy.headcount': [0, 1] });
    expect(() => runUncertainty(bad)).toThrow(/^uncertainty\.ranges\["policy\.headcount"\]: names no number/);
    const reversed = setPath(ranged(), 'uncertainty.ranges', { salaryGrowth: [0.1, 0] });
    expect(() => runUncertainty(reversed)).toThrow(/^uncertainty\.ranges.*low ≤ high/);
  });

  it('does not change the scenario', () => {
    const s = ranged();
    const before = JSON.stringify(s);
    runUncertainty(s, { samples: 20 });
    expect(JSON.stringify(s)).toBe(before);
  });
});
