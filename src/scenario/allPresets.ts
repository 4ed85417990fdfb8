// Every preset scenario of scenarios/*.json (PRODUCT.md capability 2),
// validated as it loads. In the app this module is a chunk of its own, loaded
// when a link, the preset menu or a comparison names a preset other than the
// default (presets.ts, loadPresets); the command line, the scripts and the
// tests import it directly. Importing it puts every preset in the registry, so
// getPreset and the link codec find them all. The app's build replaces it with
// the same presets validated at build time (vite.config.ts, scenariosAtBuild),
// so a link to a preset needs no validation code either.
import statusQuo from '../../scenarios/status-quo.json';
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
import { DEFAULT_PRESET } from './builtIn';
import { PRESET_INDEX, DEFAULT_PRESET_ID } from './presetIndex';
import { loadPreset, type Preset } from './presetLoad';
import { registerPresets } from './presets';

export { DEFAULT_PRESET_ID, getPreset, type Preset } from './presets';

const FILES: Readonly<Record<string, unknown>> = {
  'status-quo': statusQuo,
  'evidence-central': evidenceCentral,
  'gains-already-banked': gainsAlreadyBanked,
  'demand-grows-when-cheaper': demandGrowsWhenCheaper,
  'rosy-plan': rosyPlan,
  'half-salary-tokens': halfSalaryTokens,
  'tokens-above-salary': tokensAboveSalary,
  'one-does-three': oneDoesThree,
  'flat-budget': flatBudget,
  'juniors-and-seniors': juniorsAndSeniors,
  'junior-pipeline': juniorPipeline,
  'junior-hiring-stopped': juniorHiringStopped,
  'downturn-cut-tokens': downturnCutTokens,
  'downturn-cut-pay': downturnCutPay,
  'downturn-cut-people': downturnCutPeople,
  'works-agreement': worksAgreement,
  'sweden-tokens-as-pay': swedenTokensAsPay,
  'france-tokens-as-pay': franceTokensAsPay,
  'spain-tokens-as-pay': spainTokensAsPay,
  'uk-tokens-as-pay': ukTokensAsPay,
  'us-tokens-as-pay': usTokensAsPay,
};

/** In the menu's order (presetIndex.ts). The default preset is the first screen's own object, so a scenario compared with it by identity stays equal. */
export const PRESETS: readonly Preset[] = Object.freeze(
  PRESET_INDEX.map(({ id }) => {
    if (id === DEFAULT_PRESET_ID) return DEFAULT_PRESET;
    if (!(id in FILES)) throw new Error(`scenarios/${id}.json is listed in presetIndex.ts but not loaded here`);
    return loadPreset(id, FILES[id]);
  }),
);

registerPresets(PRESETS);
