// Results derived from the scenario, memoised by scenario identity: the store
// replaces the scenario object on every accepted edit, so a WeakMap keyed on it
// computes each run once however many components read it.
// The modules, not src/model/index.ts: the index re-exports the Monte Carlo, which would then ride in the first screen's chunk.
import { simulate, type SimulationResult } from '../model/simulate';
import { frontier, type Frontier } from '../model/frontier';
import type { Scenario } from '../scenario/schema';
import type { CurveCompiler } from '../model';
import { useDeferredValue } from 'react';
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
/**
 * The scenario for what is below the first screen (the charts after the lead, the other figures, the print
 * brief): React renders an edit there after the first screen has painted, and drops the work when the next
 * edit comes first (a slider dragged). `stale` says the page shows the scenario before: such a region marks
 * itself (data-stale) so that a reader of the page, or a test, can wait for it.
 */
export function useDeferredScenario(): { scenario: Scenario; stale: boolean } {
  const scenario = useStore((s) => s.scenario);
  const deferred = useDeferredValue(scenario);
  return { scenario: deferred, stale: deferred !== scenario };
}
export const useResult = () => resultFor(useStore((s) => s.scenario));
export const useFrontier = () => frontierFor(useStore((s) => s.scenario));
export const useBaselineResult = () => {
  const baseline = useStore((s) => s.baseline);
  return baseline ? resultFor(baseline) : null;
};
