// The lever comparison for one scenario, target and year, memoised: the solver
// runs the engine some 60–120 times (src/model/levers.ts), and typing a target
// or re-rendering must not repeat it. Keyed by scenario identity like
// state/results.ts, with a few targets kept per scenario.
import { solveLeverCuts, type LeverComparison } from '../../model/levers';
import type { Scenario } from '../../scenario/schema';
import { curveCompiler } from '../../state/results';

const KEPT_PER_SCENARIO = 16;
const cache = new WeakMap<Scenario, Map<string, LeverComparison>>();

export function leversFor(scenario: Scenario, savings: number, year: number): LeverComparison {
  let byTarget = cache.get(scenario);
  if (!byTarget) {
    byTarget = new Map();
    cache.set(scenario, byTarget);
  }
  const key = `${savings}|${year}`;
  let result = byTarget.get(key);
  if (!result) {
    result = solveLeverCuts(scenario, { savings, year }, { compile: curveCompiler() });
    if (byTarget.size >= KEPT_PER_SCENARIO) byTarget.delete(byTarget.keys().next().value!);
    byTarget.set(key, result);
  }
  return result;
}
