// The formula engine in the app (issue 5): loaded the first time a scenario
// uses a custom curve (mathjs stays out of the initial bundle, PRODUCT.md
// budget), then handed to the results (setCurveCompiler) and to the store's
// check of typed formulas (formulaCheck.ts). `status` is the small piece of
// state the results wait on: until it is 'ready', a scenario with a custom
// curve shows "Loading the formula engine…" instead of simulating (simulate
// throws without a compiler).
import { create } from 'zustand';
import { loadFormulaChecker, loadFormulaEngine, usesCustomCurve } from '../formula';
import type { Scenario } from '../scenario/schema';
import { formulaErrors, setFormulaChecker, takeFallback } from './formulaCheck';
import { setCurveCompiler } from './results';
import { useStore } from './store';

export type FormulaEngineStatus = 'idle' | 'loading' | 'ready' | 'failed';

interface FormulaEngineState {
  status: FormulaEngineStatus;
  /** Why loading failed (status 'failed'). */
  message?: string;
}

export const useFormulaEngine = create<FormulaEngineState>()(() => ({ status: 'idle' }));

let loading: Promise<void> | undefined;

/**
 * Loads the engine once; later calls share the first. After loading, the
 * current scenario's formulas are checked: one the sandbox refuses (typed
 * while the engine loaded) sends the store back to the last good scenario,
 * with the message at the field.
 */
export function ensureFormulaEngine(): Promise<void> {
  if (useFormulaEngine.getState().status === 'ready') return Promise.resolve();
  loading ??= (async () => {
    useFormulaEngine.setState({ status: 'loading', message: undefined });
    try {
      const [compile, check] = await Promise.all([loadFormulaEngine(), loadFormulaChecker()]);
      setCurveCompiler(compile);
      setFormulaChecker(check);
      recheck();
      useFormulaEngine.setState({ status: 'ready' });
    } catch (error) {
      // A chunk that failed to load (offline before it was cached): say so, and let a retry load again.
      loading = undefined;
      useFormulaEngine.setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
  return loading;
}

/** After loading: refuse what the store accepted unchecked. */
function recheck() {
  const store = useStore.getState();
  const fallback = takeFallback();
  const errors = formulaErrors(store.scenario);
  if (!errors.length) return;
  const fieldErrors = { ...store.fieldErrors };
  for (const e of errors) fieldErrors[e.path] = e.message;
  useStore.setState(fallback ? { scenario: fallback, fieldErrors } : { fieldErrors });
}

export type FormulaGate =
  | { state: 'ready' }
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  /** The scenario (opened from a link or file) has a formula the sandbox refuses. */
  | { state: 'refused'; errors: { path: string; message: string }[] };

/** Whether results of `scenario` can be computed now, and if not, why. Pure apart from the engine's state. */
export function formulaGate(scenario: Scenario, status: FormulaEngineStatus, message?: string): FormulaGate {
  if (!usesCustomCurve(scenario)) return { state: 'ready' };
  if (status === 'failed') return { state: 'failed', message: message ?? 'the formula engine did not load' };
  if (status !== 'ready') return { state: 'loading' };
  const errors = formulaErrors(scenario);
  return errors.length ? { state: 'refused', errors } : { state: 'ready' };
}

/** Reset for tests: forget the loaded engine. */
export function resetFormulaEngineForTests() {
  loading = undefined;
  setCurveCompiler(undefined);
  setFormulaChecker(undefined);
  takeFallback(); // with no checker every formula passes: this only empties the list
  useFormulaEngine.setState({ status: 'idle', message: undefined });
}
