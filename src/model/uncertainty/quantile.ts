// Sample quantiles, "type 7" of Hyndman & Fan (1996), the default of R and
// NumPy: for n values sorted x_0 ≤ … ≤ x_{n−1} and a probability p,
//   h = (n − 1) p,   Q(p) = x_⌊h⌋ + (h − ⌊h⌋) (x_⌊h⌋+1 − x_⌊h⌋).
// Example: [1, 2, 3, 4] gives Q(0.1) = 1.3, Q(0.5) = 2.5, Q(0.9) = 3.7.
// The order statistics are found by selection (Floyd–Rivest) on a scratch
// copy, not by sorting: a band needs three quantiles of 10,000 values per
// metric and year, and selection is linear.

/**
 * Reorders a[lo..hi] so that a[k] holds the value it would have if a[lo..hi]
 * were sorted, every a[lo..k−1] ≤ a[k] and every a[k+1..hi] ≥ a[k]. No NaN.
 * Floyd & Rivest's SELECT (CACM 18(3), 1975, Algorithm 489): on a large
 * window it first selects within a small sample around the expected position,
 * so the pivot lands next to a[k] and each pass discards most of the window
 * (about n + min(k, n − k) comparisons, against about 3n for plain quickselect).
 * Equal values stop both scans, so runs of equal values split evenly.
 */
export function select(a: Float64Array, lo: number, hi: number, k: number): void {
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

function swap(a: Float64Array, i: number, j: number): void {
  const tmp = a[i];
  a[i] = a[j];
  a[j] = tmp;
}

function minOf(a: Float64Array, from: number, to: number): number {
  let m = a[from];
  for (let i = from + 1; i <= to; i++) if (a[i] < m) m = a[i];
  return m;
}

/** Selects the sorted list of order statistics ks[from..to] within a[lo..hi], middle first. */
function selectAll(a: Float64Array, lo: number, hi: number, ks: readonly number[], from: number, to: number): void {
  if (from > to) return;
  const mid = (from + to) >>> 1;
  const k = ks[mid];
  select(a, lo, hi, k);
  selectAll(a, lo, k - 1, ks, from, mid - 1);
  selectAll(a, k + 1, hi, ks, mid + 1, to);
}

/**
 * Type-7 quantiles of the first n values of `a` (reordered in place; no NaN)
 * for the probabilities `ps` (each in [0, 1]), written to `out` in the order
 * of `ps`. n = 0 gives NaN.
 */
export function quantilesInPlace(a: Float64Array, n: number, ps: readonly number[], out: { [i: number]: number }): void {
  if (n === 0) {
    for (let i = 0; i < ps.length; i++) out[i] = NaN;
    return;
  }
  const floors = [...new Set(ps.map((p) => Math.floor((n - 1) * p)))].sort((x, y) => x - y);
  selectAll(a, 0, n - 1, floors, 0, floors.length - 1);
  for (let i = 0; i < ps.length; i++) {
    const h = (n - 1) * ps[i];
    const k = Math.floor(h);
    const frac = h - k;
    if (frac === 0) {
      out[i] = a[k];
      continue;
    }
    // x_{k+1} is the least value after position k, up to the next selected statistic
    // (everything between two selected positions lies between their values).
    const next = floors.find((f) => f > k);
    const upper = minOf(a, k + 1, next ?? n - 1);
    out[i] = a[k] + frac * (upper - a[k]);
  }
}

/** Type-7 quantile of any list of numbers (NaN ignored); NaN when none is left. Does not change `values`. */
export function quantile(values: ArrayLike<number>, p: number): number {
  const a = Float64Array.from(Array.prototype.filter.call(values, (v: number) => v === v) as number[]);
  const out = [NaN];
  quantilesInPlace(a, a.length, [p], out);
  return out[0];
}
