// Results derived from the scenario, memoised by scenario identity: the store
// replaces the scenario object on every accepted edit, so a WeakMap keyed on it
// computes each run once however many components read it.
// The modules, not src/model/index.ts: the index re-exports the Monte Carlo, which would then ride in the first screen's chunk.
import { simulate, type SimulationResult } from '../model/simulate';
import { frontier, type Frontier } from '../model/frontier';
import type { Scenario } from '../scenario/schema';
import type { CurveCompiler } from '../model';
import { useStore } from './store';

const runs = new WeakMap<Scenario, SimulationResult>();
const frontiers = new WeakMap<Scenario, Frontier>();

/** The compiler for custom curves, once the formula engine has loaded (issue 5). */
let compiler: CurveCompiler | undefined;
export function setCurveCompiler(compile: CurveCompiler | undefined) {
  compiler = compile;
}
export const curveCompiler = () => compiler;

export function resultFor(scenario: Scenario): SimulationResult {
  let result = runs.get(scenario);
  if (!result) {
    result = simulate(scenario, { compile: compiler });
    runs.set(scenario, result);
  }
  return result;
}

export function frontierFor(scenario: Scenario): Frontier {
  let result = frontiers.get(scenario);
  if (!result) {
    result = frontier(scenario, { compile: compiler });
    frontiers.set(scenario, result);
  }
  return result;
}

export const useScenario = () => useStore((s) => s.scenario);
export const useResult = () => resultFor(useStore((s) => s.scenario));
export const useFrontier = () => frontierFor(useStore((s) => s.scenario));
export const useBaselineResult = () => {
  const baseline = useStore((s) => s.baseline);
  return baseline ? resultFor(baseline) : null;
};
