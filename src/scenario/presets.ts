// The preset scenarios of scenarios/*.json (PRODUCT.md, capability 2).
// Static imports, so Vite bundles them and tsx/Node reads them alike; each is
// validated once at load, so a broken preset fails loudly at start-up (and in
// test/presets) instead of opening as a half-valid scenario.
import { loadScenario, ScenarioError } from './parse';
import type { Scenario } from './schema';
import statusQuo from '../../scenarios/status-quo.json';
import typicalSpend from '../../scenarios/typical-spend.json';
import evidenceCentral from '../../scenarios/evidence-central.json';
import gainsAlreadyBanked from '../../scenarios/gains-already-banked.json';
import demandGrowsWhenCheaper from '../../scenarios/demand-grows-when-cheaper.json';
import rosyPlan from '../../scenarios/rosy-plan.json';
import halfSalaryTokens from '../../scenarios/half-salary-tokens.json';
import tokensAboveSalary from '../../scenarios/tokens-above-salary.json';
import oneDoesThree from '../../scenarios/one-does-three.json';
import flatBudget from '../../scenarios/flat-budget.json';
import juniorsAndSeniors from '../../scenarios/juniors-and-seniors.json';
import juniorPipeline from '../../scenarios/junior-pipeline.json';
import juniorHiringStopped from '../../scenarios/junior-hiring-stopped.json';
import downturnCutTokens from '../../scenarios/downturn-cut-tokens.json';
import downturnCutPay from '../../scenarios/downturn-cut-pay.json';
import downturnCutPeople from '../../scenarios/downturn-cut-people.json';
import worksAgreement from '../../scenarios/works-agreement.json';
import swedenTokensAsPay from '../../scenarios/sweden-tokens-as-pay.json';
import franceTokensAsPay from '../../scenarios/france-tokens-as-pay.json';
import spainTokensAsPay from '../../scenarios/spain-tokens-as-pay.json';
import ukTokensAsPay from '../../scenarios/uk-tokens-as-pay.json';
import usTokensAsPay from '../../scenarios/us-tokens-as-pay.json';

export interface Preset {
  /** Kebab-case id: the file name without `.json`, used in links and `--preset`. */
  readonly id: string;
  readonly scenario: Scenario;
}

export const DEFAULT_PRESET_ID = 'typical-spend';

// Display order by theme (each group's first line says which).
const FILES: readonly (readonly [string, unknown])[] = [
  // the baseline, the default and the central case
  ['status-quo', statusQuo],
  ['typical-spend', typicalSpend],
  ['evidence-central', evidenceCentral],
  // what the evidence leaves open: gains already banked, demand that answers cost, a plan that outruns delivery
  ['gains-already-banked', gainsAlreadyBanked],
  ['demand-grows-when-cheaper', demandGrowsWhenCheaper],
  ['rosy-plan', rosyPlan],
  // big budgets
  ['half-salary-tokens', halfSalaryTokens],
  ['tokens-above-salary', tokensAboveSalary],
  ['one-does-three', oneDoesThree],
  ['flat-budget', flatBudget],
  // juniors and seniors
  ['juniors-and-seniors', juniorsAndSeniors],
  ['junior-pipeline', juniorPipeline],
  ['junior-hiring-stopped', juniorHiringStopped],
  // a downturn: three levers that save the same
  ['downturn-cut-tokens', downturnCutTokens],
  ['downturn-cut-pay', downturnCutPay],
  ['downturn-cut-people', downturnCutPeople],
  // countries: the same department under each country's pay, tax and layoff rules, in its own currency
  ['works-agreement', worksAgreement],
  ['sweden-tokens-as-pay', swedenTokensAsPay],
  ['france-tokens-as-pay', franceTokensAsPay],
  ['spain-tokens-as-pay', spainTokensAsPay],
  ['uk-tokens-as-pay', ukTokensAsPay],
  ['us-tokens-as-pay', usTokensAsPay],
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
