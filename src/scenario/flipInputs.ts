// The inputs "what would have to be true" may move (MODEL.md §6): every number
// of the shared blocks, with its bounds from the schema (bounds.ts), so the
// search never tries a value the scenario could not hold, and the scale that
// ranks the flips: the width of the input's uncertainty range when the
// scenario gives one (the move measured against what is plausible), else the
// value itself (a relative change), else, for a value of 0 without a range,
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
      if (bounds.min === undefined || bounds.max === undefined) continue;
      const range = scenario.uncertainty.ranges[path];
      const budget = scenario.tokens.budget;
      const scale = range && range[1] > range[0] ? range[1] - range[0] : value !== 0 ? Math.abs(value) : path === 'tokens.budgetInUse' && budget > 0 ? budget : 1;
      out.push({ path, min: bounds.min, max: bounds.max, integer: bounds.integer, scale });
    }
  }
  return out;
}
