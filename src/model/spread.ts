// Uneven token use across people (MODEL.md §2, v2). A person uses T·X tokens,
// X log-normal with mean 1 (ln X ~ N(−σ²/2, σ²)); the team's curve is the
// expectation E[f(T·X)], taken with the 20-node Gauss–Hermite rule in its
// probabilists' form: E[h(Z)] ≈ Σ w_i h(z_i) / Σ w_i for Z ~ N(0, 1), exact
// for polynomials up to degree 39. Since f is concave in T for the saturating
// curve, the spread lowers the multiplier (Jensen's inequality).
//
// The nodes are the roots of the Hermite polynomial He_20 and the weights
// 20! / (20² He_19(z_i)²), computed at 60 digits (Newton's method on the
// three-term recurrence) and rounded to doubles; test/unit/model/spread.test.ts
// checks them against the recurrence and the moments of N(0, 1).

const Z = [
  -7.619048541679758, -6.510590157013654, -5.5787388058932015, -4.734581334046055, -3.9439673506573163,
  -3.1890148165533896, -2.458663611172368, -1.7452473208141268, -1.0429453488027511, -0.3469641570813559,
  0.3469641570813559, 1.0429453488027511, 1.7452473208141268, 2.458663611172368, 3.1890148165533896,
  3.9439673506573163, 4.734581334046055, 5.5787388058932015, 6.510590157013654, 7.619048541679758,
];
const W = [
  1.257800672437927e-13, 2.4820623623151786e-10, 6.127490259982948e-8, 4.402121090230853e-6, 0.00012882627996192944,
  0.0018301031310804928, 0.013997837447101003, 0.061506372063976904, 0.16173933398399995, 0.2607930634495549,
  0.2607930634495549, 0.16173933398399995, 0.061506372063976904, 0.013997837447101003, 0.0018301031310804928,
  0.00012882627996192944, 4.402121090230853e-6, 6.127490259982948e-8, 2.4820623623151786e-10, 1.257800672437927e-13,
];

export const NODE_COUNT = Z.length;
export const GH_NODES: readonly number[] = Z;

/** The weights divided by their sum, so that Σ w = 1 to the last bit the sum allows. */
export const GH_WEIGHTS: Float64Array = (() => {
  let sum = 0;
  for (const w of W) sum += w;
  return Float64Array.from(W, (w) => w / sum);
})();

/** The use multipliers exp(σ z_i − σ²/2) of the 20 nodes, for one σ, into `out`. */
export function spreadScales(sigma: number, out: Float64Array): Float64Array {
  const shift = (sigma * sigma) / 2;
  for (let i = 0; i < NODE_COUNT; i++) out[i] = Math.exp(sigma * Z[i] - shift);
  return out;
}

/**
 * E[1 − 2^(−a·X)], the saturating curve's mean gain at a = T / half, with
 * `scales` from spreadScales(σ). expm1 keeps the small gains of small budgets accurate.
 */
export function meanSaturatingGain(a: number, scales: Float64Array): number {
  const k = -Math.LN2 * a;
  let sum = 0;
  for (let i = 0; i < NODE_COUNT; i++) sum -= GH_WEIGHTS[i] * Math.expm1(k * scales[i]);
  return sum;
}
