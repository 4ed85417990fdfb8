import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { linearMap, polylinePath, simplify } from '../../../src/charts/common/path';

describe('fast paths', () => {
  it('linearMap matches the d3 scale', () => {
    const scale = scaleLinear().domain([0, 200]).range([50, 450]);
    const f = linearMap(scale);
    for (const v of [0, 37.5, 200, 260]) expect(f(v)).toBeCloseTo(scale(v), 9);
  });

  it('drops points on a straight line, keeps corners', () => {
    // 0…10 along y = 2x, then a corner at x = 10, then flat.
    const xs = Array.from({ length: 21 }, (_, i) => i);
    const ys = xs.map((x) => (x <= 10 ? 2 * x : 20));
    expect(simplify(xs, ys)).toEqual([0, 10, 20]);
  });

  it('keeps a point that bends the line by more than the tolerance', () => {
    expect(simplify([0, 1, 2], [0, 0.3, 0], 0.25)).toEqual([0, 1, 2]);
    expect(simplify([0, 1, 2], [0, 0.2, 0], 0.25)).toEqual([0, 2]);
  });

  it('writes one decimal', () => {
    expect(polylinePath([0, 1.234, 2.5], [10.06, 7, 0.04])).toBe('M0,10.1L1.2,7L2.5,0');
  });
});
