// The 20-node Gauss–Hermite rule of the spread of use (MODEL.md §2, v2), its
// shortcuts and its table, against their definitions.
import { describe, expect, it } from 'vitest';
import { GH_NODES, GH_WEIGHTS, NODE_COUNT, meanSaturatingGain, spreadScales, spreadTable, tableGain } from '../../../src/model/spread';

/** Probabilists' Hermite polynomial He_n(x) by its recurrence. */
function hermite(n: number, x: number): number {
  let a = 1;
  let b = x;
  for (let k = 1; k < n; k++) [a, b] = [b, x * b - k * a];
  return b;
}

/** The full 20-node rule, written out plainly: Σ w (1 − 2^(−a·c)). */
function fullRule(a: number, sigma: number): number {
  let sum = 0;
  for (let i = 0; i < NODE_COUNT; i++) sum += GH_WEIGHTS[i] * (1 - Math.pow(2, -a * Math.exp(sigma * GH_NODES[i] - (sigma * sigma) / 2)));
  return sum;
}

describe('the nodes and weights', () => {
  it('are the 20 roots of He_20, symmetric', () => {
    expect(GH_NODES).toHaveLength(20);
    for (const z of GH_NODES) expect(Math.abs(hermite(20, z)) / Math.abs(hermite(19, z) * 20)).toBeLessThan(1e-12);
    GH_NODES.forEach((z, i) => expect(z).toBeCloseTo(-GH_NODES[19 - i], 14));
    // The largest root of the physicists' H_20 is 5.38748089001123; ×√2 for He_20.
    expect(GH_NODES[19]).toBeCloseTo(5.38748089001123 * Math.SQRT2, 12);
  });

  it('integrate the moments of N(0, 1) exactly up to degree 38', () => {
    const doubleFactorial = (k: number): number => (k <= 0 ? 1 : k * doubleFactorial(k - 2));
    for (let k = 0; k <= 38; k += 2) {
      let m = 0;
      for (let i = 0; i < NODE_COUNT; i++) m += GH_WEIGHTS[i] * GH_NODES[i] ** k;
      expect(m / doubleFactorial(k - 1)).toBeCloseTo(1, 9);
    }
  });

  it('give a use multiplier of mean 1 at every σ (X log-normal with mean 1)', () => {
    for (const sigma of [0.1, 1, 2, 3]) {
      const c = spreadScales(sigma, new Float64Array(NODE_COUNT));
      let mean = 0;
      for (let i = 0; i < NODE_COUNT; i++) mean += GH_WEIGHTS[i] * c[i];
      expect(mean).toBeCloseTo(1, 10);
    }
  });
});

describe('meanSaturatingGain', () => {
  it('is the 20-node rule to 1e-12 (18 nodes, stopped at underflow), and exactly 0 without tokens', () => {
    for (const sigma of [0.05, 0.5, 1, 1.75, 3]) {
      const c = spreadScales(sigma, new Float64Array(NODE_COUNT));
      expect(meanSaturatingGain(0, c)).toBe(0);
      for (let e = -12; e <= 14; e += 0.5) {
        const a = Math.pow(10, e);
        expect(Math.abs(meanSaturatingGain(a, c) - fullRule(a, sigma))).toBeLessThan(1e-12);
      }
    }
  });

  it('lies below the gain at the mean use (Jensen) and rises with a', () => {
    const c = spreadScales(1, new Float64Array(NODE_COUNT));
    let last = 0;
    for (const a of [0.01, 0.1, 0.5, 1, 1.2, 2, 5, 20]) {
      const g = meanSaturatingGain(a, c);
      expect(g).toBeLessThan(1 - Math.pow(2, -a));
      expect(g).toBeGreaterThan(last);
      last = g;
    }
  });
});

describe('the Monte Carlo’s table', () => {
  it('is within 1e-11 of the rule from a = 1e-20 to 1e15, at every σ', () => {
    for (const sigma of [0.05, 0.3, 1, 1.75, 3]) {
      const table = spreadTable(sigma);
      const c = spreadScales(sigma, new Float64Array(NODE_COUNT));
      let worst = 0;
      for (let e = -20; e <= 15; e += 0.0137) {
        const a = Math.pow(10, e);
        worst = Math.max(worst, Math.abs(tableGain(table, a) - meanSaturatingGain(a, c)));
      }
      expect(worst, `σ = ${sigma}`).toBeLessThan(1e-11);
      expect(tableGain(table, 0)).toBe(0);
    }
  });
});
