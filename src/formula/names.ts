// What a custom productivity formula may use (MODEL.md §6). Kept apart from
// sandbox.ts so the editor can list the names without loading mathjs.

/** The variables, one per field of CurveScope (src/model/curve.ts). */
export const FORMULA_VARIABLES = ['T', 't', 'half', 'maxMultiplier', 'price', 'budget', 'salary'] as const;

/** Named constants. */
export const FORMULA_CONSTANTS = ['e', 'pi'] as const;

/**
 * The functions and how many arguments each takes [min, max]: enough for
 * saturating, power-law, logarithmic and capped curves, nothing that builds
 * matrices, strings or loops. log(x, base) takes an optional base.
 */
export const FORMULA_FUNCTIONS = {
  abs: [1, 1],
  sqrt: [1, 1],
  exp: [1, 1],
  log: [1, 2],
  log2: [1, 1],
  log10: [1, 1],
  pow: [2, 2],
  min: [1, Infinity],
  max: [1, Infinity],
} as const satisfies Record<string, readonly [number, number]>;

/** The schema's bound on productivity.expression (src/scenario/schema.ts). */
export const MAX_FORMULA_LENGTH = 500;

export const describeNames = (names: readonly string[]) => names.join(', ');
