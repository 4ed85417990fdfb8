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

/** The weights of the 18 inner nodes divided by their own sum: meanSaturatingGain's rule (a mean of a constant is that constant). */
const INNER_WEIGHTS: Float64Array = (() => {
  let sum = 0;
  for (let i = 1; i < W.length - 1; i++) sum += W[i];
  return Float64Array.from(W, (w, i) => (i === 0 || i === W.length - 1 ? 0 : w / sum));
})();

/** The use multipliers exp(σ z_i − σ²/2) of the 20 nodes, for one σ, into `out`. */
export function spreadScales(sigma: number, out: Float64Array): Float64Array {
  const shift = (sigma * sigma) / 2;
  for (let i = 0; i < NODE_COUNT; i++) out[i] = Math.exp(sigma * Z[i] - shift);
  return out;
}

/**
 * E[1 − 2^(−a·X)], the saturating curve's mean gain at a = T / half, with
 * `scales` from spreadScales(σ).
 *
 * Two shortcuts, both within MODEL.md's allowance (an error against the
 * 20-node rule below 1e-9 relative; test/unit/model/spread.test.ts checks it):
 * the outermost two nodes are left out and the others' weights rescaled to sum
 * to 1 (their weight is 1.26e-13 each: at most 5e-13 of gain, 5e-11 of a
 * multiplier with a ceiling of 100, against a multiplier of at least 0.1), and the sum stops once the exponential
 * underflows to 0 (the nodes' scales grow with z, so every later term is 0
 * too: exact). 1 − Σ w e^(…) loses nothing that matters: the multiplier
 * 1 + (M − 1) G is accurate to 1e-16 absolute.
 */
export function meanSaturatingGain(a: number, scales: Float64Array): number {
  // No tokens, no gain: exactly 0, as without spread.
  if (a === 0) return 0;
  const k = -Math.LN2 * a;
  let sum = 0;
  for (let i = 1; i < NODE_COUNT - 1; i++) {
    const e = Math.exp(k * scales[i]);
    if (e === 0) break;
    sum += INNER_WEIGHTS[i] * e;
  }
  return 1 - sum;
}

/**
 * The mean gain as a function of u = ln a, tabulated for one σ, for the
 * Monte Carlo: 10,000 samples ask for it about 300,000 times, and a lookup is a
 * logarithm and a cubic instead of 18 exponentials. The table holds G and
 * dG/du (both exact, from the same rule) at steps of 1/128 in u; cubic Hermite
 * interpolation then errs by at most h⁴/384 × max|G⁗| ≈ 1e-11 of gain
 * (test/unit/model/spread.test.ts measures it against meanSaturatingGain over
 * σ from 0.05 to 3 and a from 1e-20 to 1e15), within MODEL.md's allowance of
 * 1e-9 relative. Below the table G is its series ln2·a·E[X] − (ln2·a)²E[X²]/2
 * (the next term is below 1e-40), above it the rule itself.
 */
export class SpreadTable {
  declare sigma: number;
  declare g: Float64Array;
  declare d: Float64Array;
  declare m1: number;
  declare m2: number;
  declare scales: Float64Array;
  constructor(sigma: number, g: Float64Array, d: Float64Array, m1: number, m2: number, scales: Float64Array) {
    this.sigma = sigma;
    this.g = g;
    this.d = d;
    this.m1 = m1;
    this.m2 = m2;
    this.scales = scales;
  }
}

const U_MIN = -40;
const U_MAX = 28;
const STEPS_PER_UNIT = 128;
const TABLE_SIZE = (U_MAX - U_MIN) * STEPS_PER_UNIT + 1;

export function spreadTable(sigma: number): SpreadTable {
  const scales = spreadScales(sigma, new Float64Array(NODE_COUNT));
  const g = new Float64Array(TABLE_SIZE);
  const d = new Float64Array(TABLE_SIZE);
  let m1 = 0;
  let m2 = 0;
  for (let i = 1; i < NODE_COUNT - 1; i++) {
    m1 += INNER_WEIGHTS[i] * scales[i];
    m2 += INNER_WEIGHTS[i] * scales[i] * scales[i];
  }
  for (let j = 0; j < TABLE_SIZE; j++) {
    const a = Math.exp(U_MIN + j / STEPS_PER_UNIT);
    const k = Math.LN2 * a;
    let sum = 0;
    let slope = 0;
    for (let i = 1; i < NODE_COUNT - 1; i++) {
      const e = Math.exp(-k * scales[i]);
      sum += INNER_WEIGHTS[i] * e;
      slope += INNER_WEIGHTS[i] * scales[i] * e;
    }
    g[j] = 1 - sum;
    // dG/du = a dG/da = ln2 · a · Σ w c e^(−ln2 a c).
    d[j] = k * slope;
  }
  return new SpreadTable(sigma, g, d, m1, m2, scales);
}

/** meanSaturatingGain(a, scales of table.sigma), within 1e-11, from the table. */
export function tableGain(table: SpreadTable, a: number): number {
  if (a === 0) return 0;
  const u = Math.log(a);
  if (u < U_MIN) {
    const x = Math.LN2 * a;
    return x * table.m1 - 0.5 * x * x * table.m2;
  }
  if (!(u < U_MAX)) return meanSaturatingGain(a, table.scales);
  const position = (u - U_MIN) * STEPS_PER_UNIT;
  const j = Math.floor(position);
  const t = position - j;
  const h = 1 / STEPS_PER_UNIT;
  const t2 = t * t;
  const t3 = t2 * t;
  const g = table.g;
  const d = table.d;
  return (2 * t3 - 3 * t2 + 1) * g[j] + (t3 - 2 * t2 + t) * h * d[j] + (-2 * t3 + 3 * t2) * g[j + 1] + (t3 - t2) * h * d[j + 1];
}
