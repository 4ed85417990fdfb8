// Opening a scenario that came from outside: a file, a saved scenario, a link
// (issue 12). The schema has checked it (parseScenario), but not its custom
// formula: the sandbox that checks formulas is part of the formula engine, a
// lazy chunk (PRODUCT.md budget), so parse.ts cannot. An edit in the editor
// gets that check in the store (store.update); an opened scenario gets it
// here, before it replaces the last good one. A refused formula is named in a
// notice and the current scenario stays, as for any refused input.
import type { FieldError } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { usesCustomCurve } from '../formula';
import { listProblems } from '../scenario/link/encode';
import { ensureFormulaEngine } from './formula';
import { formulaCheckerReady, formulaErrors } from './formulaCheck';
import { useStore } from './store';
import { t } from '../i18n';

/**
 * Open a file's or a saved scenario: waits for the formula engine when the
 * scenario has a custom curve, then checks its formulas. Returns the sandbox's
 * errors (the scenario was not opened), or [] once it is the store's scenario.
 * `beforeSet` runs just before the store changes (markDiscreteStep).
 */
export async function openScenario(scenario: Scenario, presetId: string | null, beforeSet?: () => void): Promise<FieldError[]> {
  if (usesCustomCurve(scenario)) await ensureFormulaEngine();
  // If the engine failed to load, nothing can check the formula, and nothing can run it either: the results show why.
  const errors = formulaErrors(scenario);
  if (errors.length) return errors;
  beforeSet?.();
  useStore.getState().setScenario(scenario, presetId);
  return [];
}

/**
 * Open a link's scenario at once (the page opens on it before its first
 * render). When the formula check has to wait for the engine, the scenario
 * opens now and is checked when the engine arrives: refused, the store goes
 * back to the scenario before it, with a notice.
 * Returns the errors when the check could be made now and refused it.
 */
export function openScenarioNow(scenario: Scenario, presetId: string | null): FieldError[] {
  const store = useStore.getState();
  if (!usesCustomCurve(scenario)) {
    store.setScenario(scenario, presetId);
    return [];
  }
  if (formulaCheckerReady()) {
    const errors = formulaErrors(scenario);
    if (errors.length) {
      store.notify('error', refusedText(errors));
      return errors;
    }
    store.setScenario(scenario, presetId);
    return [];
  }
  const previous = { scenario: store.scenario, presetId: store.presetId };
  store.setScenario(scenario, presetId);
  void ensureFormulaEngine().then(() => {
    const now = useStore.getState();
    // The reader moved on (an edit, another preset): the editor's own check covers what they did.
    if (now.scenario !== scenario) return;
    const errors = formulaErrors(scenario);
    if (!errors.length) return;
    now.setScenario(previous.scenario, previous.presetId);
    now.notify('error', refusedText(errors));
  });
  return [];
}

const refusedText = (errors: readonly FieldError[]) => t('link.formulaRefused', { problems: listProblems(errors) });
