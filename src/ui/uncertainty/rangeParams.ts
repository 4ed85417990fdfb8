// The numbers that may carry an uncertainty range (MODEL.md §6: the numbers of
// the shared blocks; src/scenario/paths.ts RANGE_ROOTS), named and unit-ed as
// the editor's own fields name them (the starting range of one: defaultRange.ts).
import type { Scenario } from '../../scenario/schema';
import { getPath } from '../../scenario/paths';
import { CUR } from '../editor/useField';
import { t, tOr, type MessageId } from '../../i18n';
import { V2_RANGE_TEXT } from './rangeText';

export interface RangeParam {
  path: string;
  /** Getters on the list's entries: the editor's words in the reader's language. */
  readonly label: string;
  /** `{cur}` is replaced by the scenario's currency. */
  readonly unit: string;
  /** Stored as a fraction, shown as percent. */
  percent: boolean;
}

type Unit = MessageId | '×';

const p = (path: string, label: MessageId, unit: Unit, percent = false): RangeParam => ({
  path,
  get label() {
    return t(label);
  },
  get unit() {
    return unit === '×' ? unit : tOr(unit, unit, { cur: CUR });
  },
  percent,
});

/** Version 2's inputs: English words from rangeText.ts until the catalogues have them. */
const v2 = (path: string, percent = false): RangeParam => {
  const [label, unit] = V2_RANGE_TEXT[path];
  return { path, label, unit: unit.replaceAll('{cur}', CUR), percent };
};

/** In the editor's order: productivity and tokens first (the numbers least known). */
export const RANGE_PARAMS: readonly RangeParam[] = [
  p('productivity.maxMultiplier', 'field.maxMultiplier', '×'),
  p('productivity.halfGainTokens', 'field.halfGainTokens', 'unit.mtokPerEngineerYear'),
  p('productivity.halfGainGrowth', 'field.halfGainGrowth', 'unit.percentPerYear', true),
  v2('productivity.reworkShare', true),
  p('productivity.adoptionYears', 'field.adoptionYears', 'unit.years'),
  p('productivity.assumedMaxMultiplier', 'field.assumedMaxMultiplier', '×'),
  v2('productivity.planLearning', true),
  p('tokens.budget', 'range.budget', 'unit.curPerYearPerEngineer'),
  v2('tokens.budgetInUse'),
  p('tokens.budgetGrowth', 'range.budgetGrowth', 'unit.percentPerYear', true),
  p('tokens.pricePerMillion', 'field.pricePerMillion', 'unit.curPerMtok'),
  p('tokens.priceDecline', 'field.priceDecline', 'unit.percentPerYear', true),
  v2('tokens.usageSpread'),
  v2('tokens.benefitTaxRate', true),
  p('demand.growth', 'field.demandGrowth', 'unit.percentPerYear', true),
  v2('demand.elasticity'),
  p('salaryGrowth', 'field.salaryGrowth', 'unit.percentPerYear', true),
  p('policy.attrition', 'field.attrition', 'unit.percentPerYear', true),
  v2('policy.hireLimit', true),
  v2('policy.severanceMonths'),
  v2('policy.hiringCostRate', true),
  p('managers.spanOfControl', 'field.spanOfControl', 'unit.engineersPerManager'),
  p('managers.spanGrowth', 'field.spanGrowth', 'unit.percentPerYear', true),
  p('managers.salaryRatio', 'field.managerSalaryRatio', 'unit.timesEngineerSalary'),
  p('specialists.perMillionSpend', 'field.perMillionSpend', 'unit.ftePerMillion'),
  p('specialists.salaryRatio', 'field.specialistSalaryRatio', 'unit.timesEngineerSalary'),
];

const BY_PATH = new Map(RANGE_PARAMS.map((param) => [param.path, param]));

/** The parameter at a range's path; a path from a link that the list lacks still gets a name. */
export function rangeParam(path: string, scenario?: Scenario): RangeParam {
  const known = BY_PATH.get(path);
  // The budget and the budget already in use are shares of salary in shareOfSalary mode (MODEL.md §8).
  if (known && (path === 'tokens.budget' || path === 'tokens.budgetInUse') && scenario?.tokens.budgetMode === 'shareOfSalary') {
    return { path, label: known.label, unit: t('unit.percentOfSalary'), percent: true };
  }
  return known ?? { path, label: path, unit: '', percent: false };
}

/** Parameters that can get a range now: a number in the scenario, not ranged yet. */
export function addableParams(scenario: Scenario): RangeParam[] {
  return RANGE_PARAMS.filter((param) => !(param.path in scenario.uncertainty.ranges) && typeof getPath(scenario, param.path) === 'number').map(
    (param) => rangeParam(param.path, scenario),
  );
}
