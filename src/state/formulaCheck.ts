// The sandbox's check of custom formulas, as the store sees it (issue 5,
// PRODUCT.md capability 8). A leaf module, imported by store.ts: it holds the
// checker once src/state/formula.ts has loaded the formula engine (mathjs is a
// lazy chunk), and turns a refused formula into an error at its field,
// `productivity.expression` or `teams[2].productivity.expression`.
import type { Scenario } from '../scenario/schema';
import type { FieldError } from '../scenario/parse';
import type { FormulaCheck } from '../formula';
import { usesCustomCurve } from '../formula';

type Checker = (expression: string) => FormulaCheck;

let checker: Checker | undefined;
/** Results by formula text: a keystroke elsewhere in the editor must not parse the formula again. */
const checked = new Map<string, FormulaCheck>();

export function setFormulaChecker(check: Checker | undefined) {
  checker = check;
  checked.clear();
}

export const formulaCheckerReady = () => checker !== undefined;

function check(expression: string): FormulaCheck {
  let result = checked.get(expression);
  if (!result) {
    if (checked.size > 200) checked.clear();
    result = checker!(expression);
    checked.set(expression, result);
  }
  return result;
}

/**
 * Every formula the engine would compile (each team's effective curve, named
 * where its formula is written: the team's own block, or the shared one),
 * with the sandbox's message for those it refuses. Empty when none is refused,
 * and when the checker has not loaded yet (see `uncheckedFallback`).
 */
export function formulaErrors(scenario: Scenario): FieldError[] {
  if (!checker || !usesCustomCurve(scenario)) return [];
  const errors = new Map<string, string>();
  scenario.teams.forEach((team, i) => {
    const curve = team.productivity?.curve ?? scenario.productivity.curve;
    if (curve !== 'custom') return;
    const own = team.productivity?.expression !== undefined;
    const path = own ? `teams[${i}].productivity.expression` : 'productivity.expression';
    const result = check(own ? team.productivity!.expression! : scenario.productivity.expression);
    if (!result.ok) errors.set(path, result.message);
  });
  return [...errors].map(([path, message]) => ({ path, message }));
}

/**
 * The scenarios the store replaced while it could not check formulas (the
 * checker was still loading), oldest first. When the check later refuses the
 * current scenario's formula, the store goes back to the newest of these that
 * passes: the last good scenario stays, as for any refused entry.
 */
let unchecked: Scenario[] = [];

/** Called by the store when it accepts `next` without being able to check its formulas. */
export function noteUnchecked(previous: Scenario, next: Scenario) {
  if (checker || !usesCustomCurve(next)) return;
  unchecked.push(previous);
  if (unchecked.length > 100) unchecked = unchecked.slice(-100);
}

/** The newest replaced scenario whose formulas pass (call once the checker is set); clears the list. */
export function takeFallback(): Scenario | undefined {
  const list = unchecked;
  unchecked = [];
  for (let i = list.length - 1; i >= 0; i--) if (formulaErrors(list[i]).length === 0) return list[i];
  return undefined;
}
