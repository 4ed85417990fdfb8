// A custom curve under uneven use (MODEL.md §2: F(T, M) = E[f(T·X, M)], the
// 20-node Gauss–Hermite rule of src/model/kernel/gain.ts's customCurve),
// against a direct trapezoid integration over the log-normal (helpers.ts),
// within 1e-6 relative: the rule's own error for these smooth curves is far below.
import { describe, expect, it } from 'vitest';
import { customCurve } from '../../../src/model/kernel/gain';
import type { CurveScope } from '../../../src/model/curve';
import { lognormalMean, near, run } from './helpers';

/** 1 + (M − 1) T / (T + half): the stub compiler's "hyperbolic" (helpers.ts). */
const hyperbolic = (s: CurveScope) => 1 + ((s.maxMultiplier - 1) * s.T) / (s.T + s.half);
const scope = (half: number): CurveScope => ({ T: 0, t: 0, half, maxMultiplier: 0, price: 1, budget: 0, salary: 0 });

describe('a custom curve averaged over the spread of use', () => {
  it.each([0.5, 1, 1.5])('matches the trapezoid integral at σ = %s', (sigma) => {
    for (const T of [200, 2_000, 20_000]) {
      const direct = lognormalMean((x) => 1 + (2 * T * x) / (T * x + 2_000), sigma);
      near(customCurve(hyperbolic, scope(2_000), T, 3, sigma), direct, 1e-6);
    }
  });

  it('is below the curve at the mean use (Jensen: the curve is concave), and the curve itself at σ = 0', () => {
    // At T = half: f = 1 + 2 × ½ = 2 with no spread; σ = 1 averages in the flat top and the steep start.
    near(customCurve(hyperbolic, scope(2_000), 2_000, 3, 0), 2, 1e-15);
    expect(customCurve(hyperbolic, scope(2_000), 2_000, 3, 1)).toBeLessThan(2);
  });

  it('is the multiplier of a run with that curve', () => {
    // One year, full adoption, nothing in use, no rework: budget 20,000 at price 10 = 2,000 Mtok = one half-gain.
    const r = run({
      years: 1,
      tokens: { usageSpread: 1 },
      productivity: { curve: 'custom', expression: 'hyperbolic', adoptionYears: 1 },
    });
    near(r.years[0].multiplier, lognormalMean((x) => 1 + (2 * x) / (x + 1), 1), 1e-6);
  });
});
