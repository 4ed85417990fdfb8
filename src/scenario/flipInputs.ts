// The inputs "what would have to be true" may move (MODEL.md §6): every number
// of the shared blocks, with its bounds from the schema (bounds.ts), so the
// search never tries a value the scenario could not hold, and the scale that
// ranks the flips: the width of the input's uncertainty range when the
// scenario gives one (the move measured against what is plausible), else the
// value itself (a relative change), else, for a value of 0 (or one too small
// to measure a move by) without a range,
// 1 (every such shared number is a rate, share, elasticity or count of months
// or people, whose natural unit is 1), except the budget already in use,
// measured against the budget.
import type { Scenario } from './schema';
import { RANGE_ROOTS } from './paths';
import { boundsAt } from './bounds';
import type { FlipInput } from '../model/flips';


export function flipInputs(scenario: Scenario): FlipInput[] {
  const out: FlipInput[] = [];
  for (const root of RANGE_ROOTS) {
    const node = scenario[root as keyof Scenario];
    const fields: [string, unknown][] = typeof node === 'number' ? [[root, node]] : Object.entries(node as object).map(([k, v]) => [`${root}.${k}`, v]);
    for (const [path, value] of fields) {
      if (typeof value !== 'number') continue;
      const bounds = boundsAt(path);
      const { min, max } = bounds;
      if (min === undefined || max === undefined) continue;
      const range = scenario.uncertainty.ranges[path];
      const budget = scenario.tokens.budget;
      // A range's width or the value's own size serves only if every move within the bounds stays a finite
      // multiple of it: a subnormal one (a link may carry 2.5e-323) would put a flip at an infinite distance
      // (found by the fuzz tests, test/unit/fuzz/regressions.test.ts).
      const usable = (x: number) => x > 0 && Number.isFinite((max - min) / x);
      const width = range ? range[1] - range[0] : 0;
      const scale = usable(width) ? width : usable(Math.abs(value)) ? Math.abs(value) : path === 'tokens.budgetInUse' && budget > 0 ? budget : 1;
      out.push({ path, min, max, integer: bounds.integer, scale });
    }
  }
  return out;
}
