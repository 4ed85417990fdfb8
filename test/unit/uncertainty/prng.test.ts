// The seeded generators (src/model/uncertainty/prng.ts). Reference outputs come
// from a C implementation with uint32_t arithmetic (the sources in prng.ts's
// header comment), so these tests fail if the JavaScript drifts from it.
import { describe, expect, it } from 'vitest';
import { Sfc32, fnv1a32, splitmix32, streamFor } from '../../../src/model/uncertainty/prng';
import { loadScenario } from '../../../src/scenario/parse';
import { numericPaths } from './helpers';

describe('splitmix32', () => {
  it('matches the C reference from state 0', () => {
    const next = splitmix32(0);
    expect([next(), next(), next(), next()]).toEqual([1684164658, 3653269916, 2939563536, 2141751570]);
  });
});

describe('sfc32', () => {
  it('matches the C reference for seeds 1 and 2^32 − 1', () => {
    const a = new Sfc32(1);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual([2420951833, 2513034076, 3847892949, 4064752930, 1169703512]);
    const b = new Sfc32(4294967295);
    expect(Array.from({ length: 5 }, () => b.next())).toEqual([2300869303, 3917632794, 3726809994, 1136427174, 1916388865]);
  });

  it('gives uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const g = new Sfc32(42);
    const n = 100_000;
    let sum = 0;
    let sumSq = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = g.uniform();
      sum += u;
      sumSq += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    // Standard error of the mean: sqrt(1/12 / n) ≈ 0.0009; allow 5 of them.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.0046);
    expect(Math.abs(sumSq / n - (sum / n) ** 2 - 1 / 12)).toBeLessThan(0.002);
  });
});

describe('streams per range', () => {
  it('hash paths with FNV-1a (published vectors) and seed a stream from seed ⊕ hash', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('productivity.maxMultiplier')).toBe(949061166);
    const s = streamFor(7, 'productivity.maxMultiplier');
    expect([s.next(), s.next(), s.next()]).toEqual([1443533838, 66569412, 2416382261]);
  });

  it('give every number a range may name its own stream', () => {
    const paths = numericPaths(loadScenario({ productivity: { assumedMaxMultiplier: 2 } }));
    expect(paths.length).toBeGreaterThanOrEqual(17);
    expect(new Set(paths.map(fnv1a32)).size).toBe(paths.length);
  });
});
