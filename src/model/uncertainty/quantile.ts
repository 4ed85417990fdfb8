// Sample quantiles, "type 7" of Hyndman & Fan (1996), the default of R and
// NumPy: for n values sorted x_0 ≤ … ≤ x_{n−1} and a probability p,
//   h = (n − 1) p,   Q(p) = x_⌊h⌋ + (h − ⌊h⌋) (x_⌊h⌋+1 − x_⌊h⌋).
// Example: [1, 2, 3, 4] gives Q(0.1) = 1.3, Q(0.5) = 2.5, Q(0.9) = 3.7.
// The order statistics x_k are found without sorting: a band needs three
// quantiles of 10,000 values per metric and year. Large lists are first
// counted into equal-width buckets between their least and greatest value, so
// only the few values in the buckets that hold the wanted x_k are selected
// (three passes over the list); small ones go straight to Floyd–Rivest.
// The selection takes 32-bit lists too: onePassBands.ts finds the order
// statistics in its stored 32-bit samples themselves, not in a 64-bit copy.

/** A list of numbers selection can reorder in place. */
export type Floats = Float32Array | Float64Array;

/**
 * Reorders a[lo..hi] so that a[k] holds the value it would have if a[lo..hi]
 * were sorted, every a[lo..k−1] ≤ a[k] and every a[k+1..hi] ≥ a[k]. No NaN.
 * Floyd & Rivest's SELECT (CACM 18(3), 1975, Algorithm 489): on a large
 * window it first selects within a small sample around the expected position,
 * so the pivot lands next to a[k] and each pass discards most of the window
 * (about n + min(k, n − k) comparisons, against about 3n for plain quickselect).
 * Equal values stop both scans, so runs of equal values split evenly.
 */
export function select(a: Floats, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    if (hi - lo > 600) {
      const n = hi - lo + 1;
      const m = k - lo + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      select(a, Math.max(lo, Math.floor(k - (m * s) / n + sd)), Math.min(hi, Math.floor(k + ((n - m) * s) / n + sd)), k);
    }
    const pivot = a[k];
    let i = lo;
    let j = hi;
    swap(a, lo, k);
    if (a[hi] > pivot) swap(a, lo, hi);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
    }
    if (a[lo] === pivot) swap(a, lo, j);
    else swap(a, ++j, hi);
    // Now a[j] is the pivot, a[lo..j−1] ≤ pivot ≤ a[j+1..hi].
    if (j <= k) lo = j + 1;
    if (k <= j) hi = j - 1;
  }
}

function swap(a: Floats, i: number, j: number): void {
  const tmp = a[i];
  a[i] = a[j];
  a[j] = tmp;
}

/** Selects the sorted list of order statistics ks[from..to] within a[lo..hi], middle first. */
function selectAll(a: Floats, lo: number, hi: number, ks: readonly number[], from: number, to: number): void {
  if (from > to) return;
  const mid = (from + to) >>> 1;
  const k = ks[mid];
  select(a, lo, hi, k);
  selectAll(a, lo, k - 1, ks, from, mid - 1);
  selectAll(a, k + 1, hi, ks, mid + 1, to);
}

const BUCKETS = 1024;
/** Lists shorter than this go straight to selection. */
export const BUCKET_MIN_LENGTH = 1024;
// Scratch for bucketed selection, reused across calls (JavaScript runs one call at a time).
const counts = new Int32Array(BUCKETS);
const slotOf = new Int32Array(BUCKETS).fill(-1);
let pool = new Float64Array(0);

/**
 * The order statistics ks (sorted, distinct, each in [0, n)) of a[0..n−1],
 * by buckets: count the values per bucket, find each x_k's bucket and its
 * rank there, copy only those buckets' values and select within them. The
 * bucket of a value, ⌊(v − min) · scale⌋, never decreases as v grows, so every
 * value of a lower bucket is ≤ every value of a higher one. Leaves `a` as it was.
 */
function bucketed(a: Floats, n: number, ks: readonly number[], min: number, max: number, out: number[]): boolean {
  const scale = BUCKETS / (max - min);
  if (!Number.isFinite(scale)) return false; // a span too small to divide: select instead
  // A value's bucket, ⌊(v − min) · scale⌋ capped at the last, written out in both loops below rather
  // than a function: the first run of a fresh worker runs these loops before V8 has optimised them,
  // and a call per value there made the first bands 10× slower than the next (issue 11).
  const last = BUCKETS - 1;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const b = ((a[i] - min) * scale) | 0;
    counts[b < last ? b : last]++;
  }
  // Each wanted k: its bucket and rank within it; then a region of `pool` per distinct bucket.
  const where: number[] = [];
  const rank: number[] = [];
  const starts: number[] = [];
  const sizes: number[] = [];
  let below = 0;
  let j = 0;
  for (let b = 0; b < BUCKETS && j < ks.length; b++) {
    const c = counts[b];
    if (j < ks.length && ks[j] < below + c) {
      slotOf[b] = starts.length;
      starts.push(starts.length ? starts[starts.length - 1] + sizes[sizes.length - 1] : 0);
      sizes.push(c);
      while (j < ks.length && ks[j] < below + c) {
        where.push(slotOf[b]);
        rank.push(ks[j] - below);
        j++;
      }
    }
    below += c;
  }
  const total = starts[starts.length - 1] + sizes[sizes.length - 1];
  if (pool.length < total) pool = new Float64Array(Math.max(total, 2 * pool.length));
  const fill = starts.slice();
  for (let i = 0; i < n; i++) {
    const v = a[i];
    const b = ((v - min) * scale) | 0;
    const slot = slotOf[b < last ? b : last];
    if (slot >= 0) pool[fill[slot]++] = v;
  }
  for (let i = 0; i < ks.length; i++) {
    const s = where[i];
    select(pool, starts[s], starts[s] + sizes[s] - 1, starts[s] + rank[i]);
    out[i] = pool[starts[s] + rank[i]];
  }
  for (let b = 0; b < BUCKETS; b++) slotOf[b] = -1;
  return true;
}

/**
 * The order statistics ks (sorted, distinct, in [0, n)) of the first n values of `a` (may be reordered; no NaN).
 * A caller that knows their least and greatest value passes them, and saves a pass over the list.
 */
export function orderStatistics(a: Floats, n: number, ks: readonly number[], least = NaN, greatest = NaN): number[] {
  const out = new Array<number>(ks.length);
  if (n >= BUCKET_MIN_LENGTH) {
    let min = least;
    let max = greatest;
    if (!(min <= max)) {
      min = max = a[0];
      for (let i = 1; i < n; i++) {
        const v = a[i];
        if (v < min) min = v;
        else if (v > max) max = v;
      }
    }
    if (min === max) return out.fill(min);
    if (bucketed(a, n, ks, min, max, out)) return out;
  }
  selectAll(a, 0, n - 1, ks, 0, ks.length - 1);
  for (let i = 0; i < ks.length; i++) out[i] = a[ks[i]];
  return out;
}

/**
 * Type-7 quantiles of the first n values of `a` (may be reordered; no NaN)
 * for the probabilities `ps` (each in [0, 1]), written to `out` in the order
 * of `ps`. n = 0 gives NaN. `min` and `max`, when known, are those of the values.
 */
export function quantilesInPlace(a: Float64Array, n: number, ps: readonly number[], out: { [i: number]: number }, min = NaN, max = NaN): void {
  if (n === 0) {
    for (let i = 0; i < ps.length; i++) out[i] = NaN;
    return;
  }
  // Every x_⌊h⌋, and x_⌊h⌋+1 where h has a fraction.
  const wanted = new Set<number>();
  for (const p of ps) {
    const h = (n - 1) * p;
    wanted.add(Math.floor(h));
    if (h > Math.floor(h)) wanted.add(Math.floor(h) + 1);
  }
  const ks = [...wanted].sort((x, y) => x - y);
  const values = orderStatistics(a, n, ks, min, max);
  const x = (k: number) => values[ks.indexOf(k)];
  for (let i = 0; i < ps.length; i++) {
    const h = (n - 1) * ps[i];
    const k = Math.floor(h);
    out[i] = h > k ? x(k) + (h - k) * (x(k + 1) - x(k)) : x(k);
  }
}

/** Type-7 quantile of any list of numbers (NaN ignored); NaN when none is left. Does not change `values`. */
export function quantile(values: ArrayLike<number>, p: number): number {
  const a = Float64Array.from(Array.prototype.filter.call(values, (v: number) => v === v) as number[]);
  const out = [NaN];
  quantilesInPlace(a, a.length, [p], out);
  return out[0];
}
