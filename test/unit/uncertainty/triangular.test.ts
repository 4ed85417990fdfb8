// Triangular sampling (src/model/uncertainty/triangular.ts): the inverse
// distribution function by hand, then the sampled mean, mode and shape.
import { describe, expect, it } from 'vitest';
import { clampMode, triangular, triangularMean } from '../../../src/model/uncertainty/triangular';
import { Sfc32 } from '../../../src/model/uncertainty/prng';

describe('triangular inverse distribution function', () => {
  it('on [0, 2] with mode 1: F(1) = 1/2; F⁻¹(1/8) = √(1/8·2·1) = 1/2, F⁻¹(7/8) = 2 − 1/2', () => {
    expect(triangular(0, 0, 1, 2)).toBe(0);
    expect(triangular(0.125, 0, 1, 2)).toBeCloseTo(0.5, 14);
    expect(triangular(0.5, 0, 1, 2)).toBeCloseTo(1, 14);
    expect(triangular(0.875, 0, 1, 2)).toBeCloseTo(1.5, 14);
  });

  it('with the mode at an end: on [0, 4] with mode 0, F⁻¹(3/4) = 4 − √(1/4·4·4) = 2', () => {
    expect(triangular(0.75, 0, 0, 4)).toBeCloseTo(2, 14);
    // mode at the high end: F⁻¹(1/4) = √(1/4·4·4) = 2
    expect(triangular(0.25, 0, 4, 4)).toBeCloseTo(2, 14);
  });

  it('returns the value itself for a zero-width range', () => {
    for (const u of [0, 0.3, 0.999]) expect(triangular(u, 2.5, 2.5, 2.5)).toBe(2.5);
  });

  it('stays within [low, high] up to u just below 1', () => {
    const u = 1 - 2 ** -32;
    const x = triangular(u, 1.2, 3, 4);
    expect(x).toBeLessThanOrEqual(4);
    expect(x).toBeGreaterThan(3.99);
  });
});

describe('mode', () => {
  it('is the scenario value clamped into the range', () => {
    expect(clampMode(3, 1.2, 4)).toBe(3);
    expect(clampMode(5, 1.2, 4)).toBe(4);
    expect(clampMode(1, 1.2, 4)).toBe(1.2);
  });
});

describe('sampled Triangular(1, 1.5, 4)', () => {
  const [low, mode, high] = [1, 1.5, 4];
  const n = 200_000;
  const g = new Sfc32(7);
  const draws = Float64Array.from({ length: n }, () => triangular(g.uniform(), low, mode, high));

  it('has mean (1 + 1.5 + 4) / 3 = 2.1667', () => {
    const mean = draws.reduce((a, b) => a + b, 0) / n;
    // sd = sqrt((a² + b² + c² − ab − ac − bc) / 18) ≈ 0.6455; standard error ≈ 0.0014.
    expect(triangularMean(low, mode, high)).toBeCloseTo(6.5 / 3, 14);
    expect(Math.abs(mean - 6.5 / 3)).toBeLessThan(0.007);
  });

  it('puts F(mode) = (1.5 − 1) / (4 − 1) = 1/6 of the draws below the mode', () => {
    const below = draws.filter((x) => x < mode).length / n;
    expect(Math.abs(below - 1 / 6)).toBeLessThan(0.005);
  });

  it('peaks at the mode: the densest of 12 equal bins holds 1.5', () => {
    const bins = new Array(12).fill(0);
    for (const x of draws) bins[Math.min(11, Math.floor(((x - low) / (high - low)) * 12))]++;
    const densest = bins.indexOf(Math.max(...bins));
    // bin width 0.25: bin 2 is [1.5, 1.75)
    expect([1, 2]).toContain(densest);
    expect(bins[11]).toBeLessThan(bins[2] / 5);
  });
});
