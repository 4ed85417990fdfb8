// Threshold probabilities (src/model/uncertainty/probability.ts) on a sample
// set built by hand, then on a run where the answer can be counted directly.
import { describe, expect, it } from 'vitest';
import { crossingProbabilities, probability } from '../../../src/model/uncertainty/probability';
import type { SampleSet } from '../../../src/model/uncertainty/bands';
import { runUncertainty } from '../../../src/model/uncertainty/run';
import { scenario } from '../model/helpers';

// Four samples over 2026–2028 (rows: samples; columns: years).
const rolesAtRisk = [
  [0, 5, 12],
  [11, 0, 0],
  [0, 0, 0],
  [10, 10, NaN],
];
const set: SampleSet = {
  startYear: 2026,
  years: 3,
  samples: 4,
  values: { rolesAtRisk: Float32Array.from(rolesAtRisk.flat()) },
};

describe('probability', () => {
  it('counts samples that cross in any year up to and including byYear', () => {
    // > 10: sample 1 in 2026, sample 0 in 2028.
    expect(probability(set, { metric: 'rolesAtRisk', op: '>', value: 10, byYear: 2026 })).toBe(0.25);
    expect(probability(set, { metric: 'rolesAtRisk', op: '>', value: 10, byYear: 2027 })).toBe(0.25);
    expect(probability(set, { metric: 'rolesAtRisk', op: '>', value: 10, byYear: 2028 })).toBe(0.5);
    // >= 10 adds sample 3 from 2026.
    expect(probability(set, { metric: 'rolesAtRisk', op: '>=', value: 10, byYear: 2026 })).toBe(0.5);
    // < 1: samples 0 and 2 in 2026, sample 1 in 2027; sample 3 never (NaN does not count).
    expect(probability(set, { metric: 'rolesAtRisk', op: '<', value: 1, byYear: 2026 })).toBe(0.5);
    expect(probability(set, { metric: 'rolesAtRisk', op: '<', value: 1, byYear: 2028 })).toBe(0.75);
    expect(probability(set, { metric: 'rolesAtRisk', op: '<=', value: 5, byYear: 2027 })).toBe(0.75);
  });

  it('gives the whole curve by year, never decreasing', () => {
    expect(Array.from(crossingProbabilities(set, { metric: 'rolesAtRisk', op: '>', value: 4 }))).toEqual([0.5, 0.75, 0.75]);
  });

  it('refuses years outside the run, unknown ops and metrics that were not kept', () => {
    expect(() => probability(set, { metric: 'rolesAtRisk', op: '>', value: 1, byYear: 2029 })).toThrow('byYear: must be a year from 2026 to 2028, got 2029');
    expect(() => probability(set, { metric: 'rolesAtRisk', op: '!=' as '>', value: 1, byYear: 2026 })).toThrow(/^op: /);
    expect(() => probability(set, { metric: 'output', op: '>', value: 1, byYear: 2026 })).toThrow(/"output"/);
    expect(probability({ ...set, samples: 0 }, { metric: 'rolesAtRisk', op: '>', value: 1, byYear: 2026 })).toBeNull();
  });
});

describe('P(tokens exceed salary by a year) from a run', () => {
  it('equals the share of samples whose budget reaches the salary by then', () => {
    // Budget 100,000 grows at g ~ Triangular(0, 0.1, 0.3) against a flat salary of 120,000.
    const s = scenario({
      years: 4,
      salaryGrowth: 0,
      teams: [{ name: 'A', engineers: 10, salary: 120_000 }],
      tokens: { budget: 100_000, budgetGrowth: 0.1 },
      uncertainty: { samples: 2000, seed: 5, ranges: { 'tokens.budgetGrowth': [0, 0.3] } },
    });
    const r = runUncertainty(s, { metrics: ['tokensExceedSalary', 'budgetPerEngineer'] });
    const budget = r.values.budgetPerEngineer!;
    let byYear2 = 0;
    for (let i = 0; i < r.samples; i++) if (budget[i * 4 + 2] >= 120_000 || budget[i * 4 + 1] >= 120_000) byYear2++;
    const p = probability(r, { metric: 'tokensExceedSalary', op: '>=', value: 1, byYear: 2028 });
    expect(p).toBe(byYear2 / 2000);
    // By hand: 100,000 (1 + g)² ≥ 120,000 ⇔ g ≥ √1.2 − 1 = 0.0954;
    // P(g ≥ 0.0954) = 1 − 0.0954² / (0.3 · 0.1) = 0.6966 for Triangular(0, 0.1, 0.3).
    expect(p!).toBeCloseTo(1 - (Math.sqrt(1.2) - 1) ** 2 / 0.03, 1);
    expect(probability(r, { metric: 'tokensExceedSalary', op: '>=', value: 1, byYear: 2026 })).toBe(0);
  });
});
