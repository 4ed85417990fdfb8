// Triangular distribution on [low, high] with its peak at `mode` (MODEL.md §6),
// drawn by inverting its distribution function, so one uniform number gives
// one value and equal uniforms give equal values for any bounds.

/** The mode MODEL.md §6 asks for: the scenario's value clamped into [low, high]. */
export function clampMode(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value;
}

/**
 * Inverse distribution function of Triangular(low, mode, high) at u in [0, 1):
 *   F(mode) = (mode − low) / (high − low);
 *   u < F(mode): low + sqrt(u (high − low)(mode − low))
 *   otherwise:   high − sqrt((1 − u)(high − low)(high − mode))
 * A zero-width range returns its value for every u.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (!(width > 0)) return low;
  const left = mode - low;
  if (u * width < left) return low + Math.sqrt(u * width * left);
  const x = high - Math.sqrt((1 - u) * width * (high - mode));
  // Rounding must not push a draw outside the range.
  return x < low ? low : x;
}

/** Mean of Triangular(low, mode, high): (low + mode + high) / 3. */
export const triangularMean = (low: number, mode: number, high: number) => (low + mode + high) / 3;
