// One-pass bands (src/model/uncertainty/onePassBands.ts), what the command
// line prints for --samples: the same numbers as runUncertainty(…).bands, bit
// for bit, for the presets, for random ranges and for hand-made lanes with
// NaN, ties and signed zeros; buffers reused across runs change nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BandLanes, onePassBands } from '../../../src/model/uncertainty/onePassBands';
import { bandOf, runUncertainty, type Band } from '../../../src/model/uncertainty';
import { BOOLEAN_METRICS, YEAR_METRICS } from '../../../src/model/metrics';
import { PRESETS } from '../../../src/scenario/allPresets';
import { loadScenario } from '../../../src/scenario/parse';
import { getPath } from '../../../src/scenario/paths';
import type { Scenario } from '../../../src/scenario/schema';
import { expectSameBits, numericPaths } from './helpers';

const BANDED = YEAR_METRICS.filter((m) => !BOOLEAN_METRICS.has(m));

function expectSameBands(actual: Partial<Record<string, Band>>, expected: Partial<Record<string, Band>>, label: string) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const metric of Object.keys(expected)) {
    for (const q of ['p10', 'p50', 'p90'] as const) expectSameBits(actual[metric]![q], expected[metric]![q], `${label} ${metric}.${q}`);
  }
}

/** Today's bands: every number metric kept and banded by runUncertainty. */
const today = (scenario: Scenario, options: { samples?: number; seed?: number } = {}) =>
  runUncertainty(scenario, { ...options, metrics: BANDED }).bands;

describe('one-pass bands equal runUncertainty’s', () => {
  // 500 samples go straight to selection, 3,000 through the buckets (quantile.ts's BUCKET_MIN_LENGTH).
  it.each([500, 3000])('for every preset, %i samples', (samples) => {
    for (const { id, scenario } of PRESETS) {
      expectSameBands(onePassBands(scenario, { samples, seed: 7 }).bands, today(scenario, { samples, seed: 7 }), id);
    }
  });

  it('for random ranges, samples and seeds (fast-check)', () => {
    const base = loadScenario({
      years: 4,
      teams: [{ name: 'A', engineers: 12 }, { name: 'B', engineers: 30, tokens: { budget: 9000 } }],
      policy: { headcount: 'matchDemand', layoffs: true },
    });
    const paths = numericPaths(base);
    fc.assert(
      fc.property(
        fc.subarray(paths, { minLength: 0, maxLength: 4 }),
        fc.array(fc.tuple(fc.double({ min: 0.5, max: 1, noNaN: true }), fc.double({ min: 1, max: 1.6, noNaN: true })), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 1500 }),
        fc.nat({ max: 4_294_967_295 }),
        (chosen, widths, samples, seed) => {
          // Each range brackets the scenario's value (0 stays [0, 0.1], a negative value flips).
          const ranges = Object.fromEntries(
            chosen.map((path, i) => {
              const value = getPath(base, path) as number;
              const [lo, hi] = value === 0 ? [0, 0.1] : [value * widths[i][0], value * widths[i][1]].sort((a, b) => a - b);
              return [path, [lo, hi]];
            }),
          );
          const scenario = loadScenario({ ...base, uncertainty: { samples, seed, ranges } });
          expectSameBands(onePassBands(scenario).bands, today(scenario), JSON.stringify(ranges));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('with one BandLanes reused across scenarios of other sizes', () => {
    const lanes = new BandLanes();
    const [a, b, c] = [PRESETS[1].scenario, PRESETS[8].scenario, PRESETS[3].scenario];
    const runs = [
      [a, 2000],
      [b, 300],
      [c, 1200],
      [a, 50],
    ] as const;
    for (const [scenario, samples] of runs) {
      expectSameBands(onePassBands(scenario, { samples, seed: 3 }, lanes).bands, today(scenario, { samples, seed: 3 }), `${scenario.title} ${samples}`);
    }
  });

  it('for a scenario without ranges: every band is the single run', () => {
    const scenario = loadScenario({ years: 2, teams: [{ engineers: 12 }] });
    const { bands } = onePassBands(scenario, { samples: 10 });
    expectSameBands(bands, today(scenario, { samples: 10 }), 'plain');
  });
});

describe('BandLanes against bandOf, lane by lane', () => {
  // Values with NaN, ties, signed zeros and spreads wide and narrow, in lanes of a few samples to a few thousand.
  const value = fc.oneof(
    fc.constant(NaN),
    fc.constant(0),
    fc.constant(-0),
    fc.integer({ min: -5, max: 5 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.double({ min: 1, max: 1 + 1e-9, noNaN: true }),
  );
  it('gives bandOf’s numbers for the 32-bit values of every lane', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(value, { minLength: 1, maxLength: 2600, size: 'max' }), (years, list) => {
        const samples = Math.floor(list.length / years) || 1;
        const data = Float64Array.from({ length: samples * years }, (_, i) => list[i % list.length]);
        // bandOf's layout: sample s, year t at [s × years + t], as 32-bit floats.
        const expected = bandOf(Float32Array.from(data), samples, years);
        const lanes = new BandLanes();
        lanes.reset(years, samples);
        for (let t = 0; t < years; t++) lanes.source[t] = t;
        for (let s = 0; s < samples; s++) lanes.add(data.subarray(s * years, (s + 1) * years));
        const band: Band = { p10: new Float64Array(years), p50: new Float64Array(years), p90: new Float64Array(years) };
        for (let t = 0; t < years; t++) lanes.quantiles(t, band, t);
        // A zero's sign may differ where bandOf's selection meets 0 and −0 in another order; it prints as 0 either way.
        for (const q of ['p10', 'p50', 'p90'] as const) {
          band[q].forEach((v, t) => {
            if (v === 0) expect(Math.abs(expected[q][t]), `${q}[${t}]`).toBe(0);
            else expect(Object.is(v, expected[q][t]) || (v !== v && expected[q][t] !== expected[q][t]), `${q}[${t}] ${v} vs ${expected[q][t]}`).toBe(true);
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('options', () => {
  const scenario = PRESETS[1].scenario;
  it('bands only the metrics asked for, and takes the scenario’s samples and seed when left out', () => {
    const run = onePassBands(scenario, { metrics: ['rolesAtRisk', 'totalCost'] });
    expect(Object.keys(run.bands)).toEqual(['rolesAtRisk', 'totalCost']);
    expect([run.samples, run.seed, run.startYear, run.years]).toEqual([scenario.uncertainty.samples, scenario.uncertainty.seed, scenario.startYear, scenario.years]);
    expectSameBits(run.bands.totalCost!.p90, today(scenario).totalCost!.p90);
  });

  it('refuses a yes/no metric and samples or seeds out of bounds', () => {
    expect(() => onePassBands(scenario, { metrics: ['tokensExceedSalary'] })).toThrow('metrics: "tokensExceedSalary" is not a metric with a band');
    expect(() => onePassBands(scenario, { samples: 0 })).toThrow('samples: must be a whole number from 1 to 100000, got 0');
    expect(() => onePassBands(scenario, { seed: 2 ** 32 })).toThrow('seed: must be a whole number');
  });
});
