// Type-7 quantiles (src/model/uncertainty/quantile.ts): worked examples, then
// selection against a full sort on random lists, duplicates included.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUCKET_MIN_LENGTH, quantile, quantilesInPlace, select } from '../../../src/model/uncertainty/quantile';

describe('type-7 quantiles, worked by hand', () => {
  it('[1, 2, 3, 4]: h = 3p → Q(0.1) = 1.3, Q(0.5) = 2.5, Q(0.9) = 3.7', () => {
    expect(quantile([4, 1, 3, 2], 0.1)).toBeCloseTo(1.3, 14);
    expect(quantile([4, 1, 3, 2], 0.5)).toBeCloseTo(2.5, 14);
    expect(quantile([4, 1, 3, 2], 0.9)).toBeCloseTo(3.7, 14);
  });

  it('[10, 20, 30, 40, 50]: h = 4p → 14, 30, 46', () => {
    const a = Float64Array.from([50, 10, 40, 20, 30]);
    const out = [0, 0, 0];
    quantilesInPlace(a, 5, [0.1, 0.5, 0.9], out);
    expect(out[0]).toBeCloseTo(14, 12);
    expect(out[1]).toBe(30);
    expect(out[2]).toBeCloseTo(46, 12);
  });

  it('R: quantile(c(1, 3, 4, 8, 9, 12, 15, 16, 22), c(.1, .5, .9)) = 2.6, 9, 17.2', () => {
    const values = [15, 1, 22, 9, 4, 16, 3, 12, 8];
    expect(quantile(values, 0.1)).toBeCloseTo(2.6, 12);
    expect(quantile(values, 0.5)).toBe(9);
    expect(quantile(values, 0.9)).toBeCloseTo(17.2, 12);
  });

  it('ends, ties, one value, none, and NaN left out', () => {
    expect(quantile([3, 1, 2], 0)).toBe(1);
    expect(quantile([3, 1, 2], 1)).toBe(3);
    // sorted [1, 5, 5, 5], h = 1.5 → 5
    expect(quantile([5, 5, 1, 5], 0.5)).toBe(5);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantile([NaN, 2, NaN, 4], 0.5)).toBe(3);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
});

const reference = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const k = Math.floor(h);
  return k + 1 < s.length ? s[k] + (h - k) * (s[k + 1] - s[k]) : s[k];
};

describe('selection agrees with sorting', () => {
  it('select() leaves a[k] in sorted position with smaller values left, larger right', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 1500, size: 'max' }), fc.nat(), (list, kSeed) => {
        const a = Float64Array.from(list);
        const k = kSeed % a.length;
        select(a, 0, a.length - 1, k);
        const sorted = [...list].sort((x, y) => x - y);
        expect(a[k]).toBe(sorted[k]);
        let misplaced = 0;
        for (let i = 0; i < a.length; i++) if (i < k ? a[i] > a[k] : i > k && a[i] < a[k]) misplaced++;
        expect(misplaced).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  const check = (list: number[]) => {
    const a = Float64Array.from(list);
    const out = [0, 0, 0];
    quantilesInPlace(a, a.length, [0.1, 0.5, 0.9], out);
    [0.1, 0.5, 0.9].forEach((p, i) => {
      const want = reference(list, p);
      expect(Math.abs(out[i] - want), `p${p * 100} of ${list.length} values`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
    });
  };

  it('p10, p50 and p90 match a full sort for short lists (selection)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 1000, size: 'max' }),
          fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 1000, size: 'max' }),
        ),
        check,
      ),
      { numRuns: 150 },
    );
  });

  it(`p10, p50 and p90 match a full sort for long lists (${BUCKET_MIN_LENGTH}+ values, buckets)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: BUCKET_MIN_LENGTH, maxLength: 4000 }),
          // few distinct values, and a spike: most values equal, a few far away
          fc.array(fc.integer({ min: 0, max: 3 }), { minLength: BUCKET_MIN_LENGTH, maxLength: 4000 }),
          fc.array(fc.oneof({ weight: 20, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.double({ min: 0, max: 1e9, noNaN: true }) }), { minLength: BUCKET_MIN_LENGTH, maxLength: 4000 }),
          // values that differ only in their last bits
          fc.array(fc.integer({ min: 0, max: 50 }).map((i) => 1 + i * Number.EPSILON), { minLength: BUCKET_MIN_LENGTH, maxLength: 4000 }),
        ),
        check,
      ),
      { numRuns: 60 },
    );
  });

  it('handles spans too small to divide into buckets, and skewed lists', () => {
    check(Array.from({ length: 2000 }, (_, i) => (i % 3) * 5e-324));
    check(Array.from({ length: 5000 }, (_, i) => Math.exp((i * 7919) % 5000 / 100)));
    check(Array.from({ length: 1024 }, (_, i) => (i === 7 ? -1e300 : i === 8 ? 1e300 : i % 2)));
  });
});
