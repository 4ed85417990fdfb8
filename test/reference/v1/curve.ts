// Productivity curves: how many times the no-AI output an engineer delivers
// with T million tokens a year (MODEL.md §2 and §6).

/** The variables a custom formula may use (MODEL.md §6). */
export interface CurveScope {
  T: number;
  t: number;
  half: number;
  maxMultiplier: number;
  price: number;
  budget: number;
  salary: number;
}

/** A compiled curve: raw multiplier for one scope. */
export type CurveFn = (scope: CurveScope) => number;

/** Turns a formula into a CurveFn, or throws an Error naming what is wrong. */
export type CurveCompiler = (expression: string) => CurveFn;

/**
 * raw(T) = 1 + (max - 1) * (1 - 2^(-T / half)): half the gain at `half` Mtok,
 * saturating at `max`. Monotone in T, equal to 1 at T = 0.
 */
export const saturating: CurveFn = ({ T, half, maxMultiplier }) =>
  1 + (maxMultiplier - 1) * (1 - Math.pow(2, -T / half));

// A custom formula may return anything; clamping keeps every later ratio finite.
export const CUSTOM_MIN = 0.01;
export const CUSTOM_MAX = 1000;

/** Wraps a custom curve so its value is finite and within [CUSTOM_MIN, CUSTOM_MAX]; NaN counts as 1 (no effect). */
export function clampCurve(fn: CurveFn): CurveFn {
  return (scope) => {
    const v = fn(scope);
    if (!Number.isFinite(v)) return Number.isNaN(v) ? 1 : v > 0 ? CUSTOM_MAX : CUSTOM_MIN;
    return v < CUSTOM_MIN ? CUSTOM_MIN : v > CUSTOM_MAX ? CUSTOM_MAX : v;
  };
}
