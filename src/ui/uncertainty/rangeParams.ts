// The numbers that may carry an uncertainty range (MODEL.md §6: the numbers of
// the shared blocks; src/scenario/paths.ts RANGE_ROOTS), named and unit-ed as
// the editor's own fields name them, and a sensible starting range.
import type { Scenario } from '../../scenario/schema';
import { getPath } from '../../scenario/paths';
import { boundsAt } from '../../scenario/bounds';
import { roundSig } from '../editor/display';

export interface RangeParam {
  path: string;
  label: string;
  /** `{cur}` is replaced by the scenario's currency. */
  unit: string;
  /** Stored as a fraction, shown as percent. */
  percent: boolean;
}

const p = (path: string, label: string, unit: string, percent = false): RangeParam => ({ path, label, unit, percent });

/** In the editor's order: productivity and tokens first (the numbers least known); version 2's with their PRODUCT.md labels. */
export const RANGE_PARAMS: readonly RangeParam[] = [
  p('productivity.maxMultiplier', 'Maximum productivity multiplier', '×'),
  p('productivity.halfGainTokens', 'Half-gain tokens', 'Mtok per engineer-yr'),
  p('productivity.halfGainGrowth', 'Half-gain growth', '%/yr', true),
  p('productivity.reworkShare', 'Rework share', '% of the gross gain', true),
  p('productivity.adoptionYears', 'Adoption ramp', 'years'),
  p('productivity.assumedMaxMultiplier', 'Planned multiplier', '×'),
  p('productivity.planLearning', 'Plan learning', '% of the error a year', true),
  p('tokens.budget', 'Token budget', '{cur}/yr per engineer'),
  p('tokens.budgetInUse', 'Token budget already in use', '{cur}/yr per engineer'),
  p('tokens.budgetGrowth', 'Token budget growth', '%/yr', true),
  p('tokens.pricePerMillion', 'Token price per million tokens', '{cur}/Mtok'),
  p('tokens.priceDecline', 'Annual token price decline', '%/yr', true),
  p('tokens.usageSpread', 'Spread of token use', 'σ of log use'),
  p('tokens.benefitTaxRate', 'Tax on the token allowance', '%', true),
  p('demand.growth', 'Demand growth', '%/yr', true),
  p('demand.elasticity', 'Demand elasticity', ''),
  p('salaryGrowth', 'Salary growth', '%/yr', true),
  p('policy.attrition', 'Attrition', '%/yr', true),
  p('policy.hireLimit', 'Hire limit', '% of the team a year', true),
  p('policy.severanceMonths', 'Severance (months of pay)', 'months'),
  p('policy.hiringCostRate', 'Hiring cost', '% of a salary', true),
  p('managers.spanOfControl', 'Span of control', 'engineers per manager'),
  p('managers.spanGrowth', 'Span growth', '%/yr', true),
  p('managers.salaryRatio', 'Manager salary ratio', '× engineer salary'),
  p('specialists.perMillionSpend', 'Specialists per million of spend', 'FTE per 1M {cur}'),
  p('specialists.salaryRatio', 'Specialist salary ratio', '× engineer salary'),
];

const BY_PATH = new Map(RANGE_PARAMS.map((param) => [param.path, param]));

/** The parameter at a range's path; a path from a link that the list lacks still gets a name. */
export function rangeParam(path: string, scenario?: Scenario): RangeParam {
  const known = BY_PATH.get(path);
  // The budget and the budget already in use are shares of salary in shareOfSalary mode (MODEL.md §8).
  if (known && (path === 'tokens.budget' || path === 'tokens.budgetInUse') && scenario?.tokens.budgetMode === 'shareOfSalary') {
    return { ...known, unit: '% of salary', percent: true };
  }
  return known ?? { path, label: path, unit: '', percent: false };
}

/** Parameters that can get a range now: a number in the scenario, not ranged yet. */
export function addableParams(scenario: Scenario): RangeParam[] {
  return RANGE_PARAMS.filter((param) => !(param.path in scenario.uncertainty.ranges) && typeof getPath(scenario, param.path) === 'number').map(
    (param) => rangeParam(param.path, scenario),
  );
}

/**
 * A starting range around the scenario's value: ±25% of it (three significant
 * digits), or ±5 points for a rate at 0, kept inside the schema's bounds so
 * the new range is valid at once.
 */
export function defaultRange(scenario: Scenario, path: string): [number, number] {
  const value = getPath(scenario, path);
  const v = typeof value === 'number' ? value : 0;
  const { min = -Infinity, max = Infinity, integer } = boundsAt(path);
  const param = rangeParam(path, scenario);
  let low: number;
  let high: number;
  if (v === 0) {
    [low, high] = param.percent ? [-0.05, 0.05] : [0, 1];
  } else {
    const spread = Math.abs(v) * 0.25;
    [low, high] = [roundSig(v - spread, 3), roundSig(v + spread, 3)];
  }
  if (integer) [low, high] = [Math.floor(low), Math.ceil(high)];
  return [Math.min(v, Math.max(min, low)), Math.max(v, Math.min(max, high))];
}
