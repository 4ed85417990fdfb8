// Fast polyline paths for long series (the frontier's 241-point sweep): map
// with plain arithmetic, drop points that a 0.25 px straight line would pass
// through anyway (Ramer–Douglas–Peucker), write one decimal. Converting
// full-precision doubles to text is what made the d3 path the hottest spot of
// an edit; 1/10 px is below what a screen shows.
import type { ScaleLinear } from 'd3-scale';

/** The scale as plain arithmetic (a linear scale without clamping is a + b·v). */
export function linearMap(scale: ScaleLinear<number, number>): (v: number) => number {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Indices of the points to keep so no dropped point is more than `tolerance` px off the line. */
export function simplify(xs: ArrayLike<number>, ys: ArrayLike<number>, tolerance = 0.25): number[] {
  const n = xs.length;
  if (n <= 2) return Array.from({ length: n }, (_, i) => i);
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const stack: [number, number][] = [[0, n - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const dx = xs[b] - xs[a];
    const dy = ys[b] - ys[a];
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = tol2;
    for (let i = a + 1; i < b; i++) {
      // Squared distance from point i to the segment a–b.
      const t = len2 > 0 ? Math.max(0, Math.min(1, ((xs[i] - xs[a]) * dx + (ys[i] - ys[a]) * dy) / len2)) : 0;
      const ex = xs[a] + t * dx - xs[i];
      const ey = ys[a] + t * dy - ys[i];
      const d = ex * ex + ey * ey;
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(i);
  return out;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** An SVG polyline path through the kept points, one decimal. */
export function polylinePath(xs: ArrayLike<number>, ys: ArrayLike<number>, tolerance = 0.25): string {
  const idx = simplify(xs, ys, tolerance);
  let d = '';
  for (let j = 0; j < idx.length; j++) d += `${j ? 'L' : 'M'}${r1(xs[idx[j]])},${r1(ys[idx[j]])}`;
  return d;
}
