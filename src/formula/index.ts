// The formula engine, loaded on demand: mathjs stays out of the initial
// bundle (PRODUCT.md budget) and arrives only when a scenario has a custom
// curve or the editor checks a formula.
import type { CurveCompiler } from '../model/curve';
import type { FormulaCheck } from './sandbox';

export { FORMULA_VARIABLES, FORMULA_CONSTANTS, FORMULA_FUNCTIONS, MAX_FORMULA_LENGTH } from './names';
export type { FormulaCheck } from './sandbox';

let loading: Promise<typeof import('./sandbox')> | undefined;
const sandbox = () => (loading ??= import('./sandbox'));

/** The compiler for simulate({ compile }), runUncertainty({ compile }) and friends. */
export async function loadFormulaEngine(): Promise<CurveCompiler> {
  return (await sandbox()).compileFormula;
}

/** The field-level check for the editor: `{ ok: false, message }` names what is not allowed. */
export async function loadFormulaChecker(): Promise<(expression: string) => FormulaCheck> {
  return (await sandbox()).checkFormula;
}

/** Whether a scenario needs the formula engine: its shared block or a team uses a custom curve. */
export function usesCustomCurve(scenario: { productivity: { curve: string }; teams: readonly { productivity?: { curve?: string } }[] }): boolean {
  return scenario.productivity.curve === 'custom' || scenario.teams.some((team) => team.productivity?.curve === 'custom');
}
