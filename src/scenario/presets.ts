// The preset scenarios of scenarios/*.json (PRODUCT.md, capability 2).
// Static imports, so Vite bundles them and tsx/Node reads them alike; each is
// validated once at load, so a broken preset fails loudly at start-up (and in
// test/presets) instead of opening as a half-valid scenario.
import { loadScenario, ScenarioError } from './parse';
import type { Scenario } from './schema';
import statusQuo from '../../scenarios/status-quo.json';
import typicalSpend from '../../scenarios/typical-spend.json';
import evidenceCentral from '../../scenarios/evidence-central.json';
import halfSalaryTokens from '../../scenarios/half-salary-tokens.json';
import tokensAboveSalary from '../../scenarios/tokens-above-salary.json';
import oneDoesThree from '../../scenarios/one-does-three.json';
import rosyPlan from '../../scenarios/rosy-plan.json';
import worksAgreement from '../../scenarios/works-agreement.json';
import juniorsAndSeniors from '../../scenarios/juniors-and-seniors.json';
import flatBudget from '../../scenarios/flat-budget.json';
import downturnCutTokens from '../../scenarios/downturn-cut-tokens.json';
import downturnCutPay from '../../scenarios/downturn-cut-pay.json';
import downturnCutPeople from '../../scenarios/downturn-cut-people.json';
import swedenTokensAsPay from '../../scenarios/sweden-tokens-as-pay.json';

export interface Preset {
  /** Kebab-case id: the file name without `.json`, used in links and `--preset`. */
  readonly id: string;
  readonly scenario: Scenario;
}

export const DEFAULT_PRESET_ID = 'typical-spend';

// Display order: the baseline and the default first, then by theme.
const FILES: readonly (readonly [string, unknown])[] = [
  ['status-quo', statusQuo],
  ['typical-spend', typicalSpend],
  ['evidence-central', evidenceCentral],
  ['half-salary-tokens', halfSalaryTokens],
  ['tokens-above-salary', tokensAboveSalary],
  ['one-does-three', oneDoesThree],
  ['rosy-plan', rosyPlan],
  ['works-agreement', worksAgreement],
  ['juniors-and-seniors', juniorsAndSeniors],
  ['flat-budget', flatBudget],
  ['downturn-cut-tokens', downturnCutTokens],
  ['downturn-cut-pay', downturnCutPay],
  ['downturn-cut-people', downturnCutPeople],
  ['sweden-tokens-as-pay', swedenTokensAsPay],
];

/** Presets are shared by every caller: freezing turns an accidental mutation into an error. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function load(id: string, json: unknown): Preset {
  try {
    return deepFreeze({ id, scenario: loadScenario(json) });
  } catch (error) {
    if (error instanceof ScenarioError) throw new Error(`scenarios/${id}.json: ${error.message}`, { cause: error });
    throw error;
  }
}

export const PRESETS: readonly Preset[] = Object.freeze(FILES.map(([id, json]) => load(id, json)));

export function getPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}
