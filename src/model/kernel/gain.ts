// The curve's gain for the kernel (MODEL.md §2): the saturating curve's mean
// gain under the spread of use, remembered, and custom curves through their
// compiled formula. Module state (the memos, the last σ's node scales) is
// safe: one JavaScript call runs at a time, and a worker has its own module
// instance. Every memo is a pure function of its key: results are bit for bit
// those without it (test/unit/uncertainty/totals.test.ts).
import type { CurveFn, CurveScope } from '../curve';
import { meanSaturatingGain, spreadScales, spreadTable, tableGain, GH_WEIGHTS, NODE_COUNT, type SpreadTable } from '../spread';

// Use multipliers of the spread's nodes for the last σ seen (teams usually share it).
const scales = new Float64Array(NODE_COUNT);
let scalesSigma = Number.NaN;
function scalesFor(sigma: number): Float64Array {
  if (sigma !== scalesSigma) {
    spreadScales(sigma, scales);
    scalesSigma = sigma;
  }
  return scales;
}

/**
 * The team's curve F(T, M) = E[f(T·X, M)] for a custom formula (MODEL.md §2);
 * `scope` holds every variable but T and maxMultiplier. σ = 0 is one call, as in version 1.
 */
export function customCurve(curve: CurveFn, scope: CurveScope, T: number, maxMultiplier: number, sigma: number): number {
  scope.maxMultiplier = maxMultiplier;
  if (sigma === 0) {
    scope.T = T;
    return curve(scope);
  }
  const c = scalesFor(sigma);
  let sum = 0;
  for (let i = 0; i < NODE_COUNT; i++) {
    scope.T = T * c[i];
    sum += GH_WEIGHTS[i] * curve(scope);
  }
  return sum;
}

// The saturating curve's mean gain E[1 − 2^(−T·X/half)], remembered per year
// index for the last MEMO_WAYS keys (T, half, σ) seen there, whatever the use
// (the budget's tokens, the tokens already in use, the demand response's
// reference: the last two are often the same number). Teams that share their
// token settings (the usual case: overrides are sparse) have the same keys
// each year, so one evaluation serves them all, and a few teams with a budget
// of their own do not evict the others'. The exponentials are the dearest step
// of a team-year in the Monte Carlo (bench/uncertainty.bench.ts).
const MEMO_WAYS = 4;
// One interleaved array, a slot of MEMO_STRIDE numbers each (tokens, half, σ,
// gain), so that a lookup touches one cache line instead of four arrays.
const MEMO_STRIDE = 4;
let memo = new Float64Array(0);
let memoNext = new Uint8Array(0);

// Tables of the mean gain for the few σ a run of many samples meets (SpreadTable).
const tables = new Map<number, SpreadTable>();
let tabulate = false;
// The last table served: teams and samples usually share σ (a Map lookup by a number boxes it).
let lastTable: SpreadTable | null = null;
function tableFor(sigma: number): SpreadTable {
  if (lastTable !== null && lastTable.sigma === sigma) return lastTable;
  let table = tables.get(sigma);
  if (!table) {
    if (tables.size >= 8) tables.clear();
    table = spreadTable(sigma);
    tables.set(sigma, table);
  }
  lastTable = table;
  return table;
}

/**
 * The mean gain at year index t (memoGrow(years) first). Only the lookup is
 * here: V8 inlines it into the demand side's year loop, where a call that is
 * not inlined would box its three numbers and its result (four allocations
 * per team-year), and a miss, which computes the gain, stays out of line.
 * The four ways are written out, not a loop, to keep the inlined code small.
 */
export function saturatingGain(t: number, tokensT: number, halfT: number, sigma: number): number {
  const m = memo;
  const first = t * (MEMO_WAYS * MEMO_STRIDE);
  if (m[first] === tokensT && m[first + 1] === halfT && m[first + 2] === sigma) return m[first + 3];
  if (m[first + 4] === tokensT && m[first + 5] === halfT && m[first + 6] === sigma) return m[first + 7];
  if (m[first + 8] === tokensT && m[first + 9] === halfT && m[first + 10] === sigma) return m[first + 11];
  if (m[first + 12] === tokensT && m[first + 13] === halfT && m[first + 14] === sigma) return m[first + 15];
  // The key goes to the miss through a typed array, and the gain comes back through the memo: a
  // number passed to or returned from a call that is not inlined is boxed, one allocation each, and
  // the optimising compiler would then box the hits too, to merge them with the call's result.
  missKey[0] = tokensT;
  missKey[1] = halfT;
  missKey[2] = sigma;
  return m[gainMiss(t)];
}

const missKey = new Float64Array(3);

/** Computes the gain of missKey, remembers it in year t's next way, and returns where in the memo. */
function gainMiss(t: number): number {
  const tokensT = missKey[0];
  const halfT = missKey[1];
  const sigma = missKey[2];
  // σ = 0: version 1's expression exactly.
  const gain =
    sigma === 0 ? 1 - Math.exp((-Math.LN2 * tokensT) / halfT)
    : tabulate ? tableGain(tableFor(sigma), tokensT / halfT)
    : meanSaturatingGain(tokensT / halfT, scalesFor(sigma));
  const way = memoNext[t];
  memoNext[t] = way + 1 === MEMO_WAYS ? 0 : way + 1;
  const slot = t * (MEMO_WAYS * MEMO_STRIDE) + way * MEMO_STRIDE;
  memo[slot] = tokensT;
  memo[slot + 1] = halfT;
  memo[slot + 2] = sigma;
  memo[slot + 3] = gain;
  return slot + 3;
}

/**
 * Readies the memo for a run of `years` years whose spread is read from
 * tables or not (Prepared.tabulateSpread): a change of mode forgets every
 * remembered gain, since the two ways give numbers that differ in the last bits.
 */
export function memoFor(years: number, tabulateSpread: boolean): void {
  if (memo.length < MEMO_WAYS * MEMO_STRIDE * years) {
    // NaN never equals a key, so fresh slots always miss.
    memo = new Float64Array(MEMO_WAYS * MEMO_STRIDE * years).fill(NaN);
    memoNext = new Uint8Array(years);
  } else if (tabulate !== tabulateSpread) memo.fill(NaN);
  tabulate = tabulateSpread;
}

// The gain already banked (loadParams) for the last few (a, σ) seen: the exact
// 18-node rule, never the table, so its numbers are those without the memo.
// Every sample of a Monte Carlo loads every team's parameters again, and the
// teams usually share today's spend: without it, 18 exponentials per team and
// sample, a tenth of a run (issue 11's profile).
const BANKED_WAYS = 4;
const bankedKey = new Float64Array(2 * BANKED_WAYS).fill(NaN);
const bankedGain = new Float64Array(BANKED_WAYS);
let bankedNext = 0;
export function bankedMeanGain(a: number, sigma: number): number {
  for (let i = 0; i < BANKED_WAYS; i++) {
    if (bankedKey[2 * i] === a && bankedKey[2 * i + 1] === sigma) return bankedGain[i];
  }
  const gain = meanSaturatingGain(a, scalesFor(sigma));
  bankedKey[2 * bankedNext] = a;
  bankedKey[2 * bankedNext + 1] = sigma;
  bankedGain[bankedNext] = gain;
  bankedNext = (bankedNext + 1) % BANKED_WAYS;
  return gain;
}

/**
 * A custom curve's gross multiplier at the ceiling `maxMultiplier`: the gain of the budget in use, blended
 * toward the whole budget's by adoption; without tokens in use the baseline is 1, whatever the formula says
 * at T = 0 (docs/model.md). Leaves `scope.budget` at the budget it read last.
 */
export function customGross(
  curve: CurveFn, scope: CurveScope, tokensT: number, tokensInUseT: number, budgetT: number, inUseT: number,
  maxMultiplier: number, sigma: number, adoption: number,
): number {
  scope.budget = budgetT;
  const full = customCurve(curve, scope, tokensT, maxMultiplier, sigma);
  let inUse = 1;
  if (tokensInUseT > 0) {
    scope.budget = inUseT < budgetT ? inUseT : budgetT;
    inUse = customCurve(curve, scope, tokensInUseT, maxMultiplier, sigma);
  }
  return inUse + (full - inUse) * adoption;
}
