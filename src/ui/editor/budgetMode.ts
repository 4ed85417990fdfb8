// Switching the budget mode keeps the budget's meaning: $2,400 a year becomes
// the same money as a share of salary, rather than 2,400 × salary. The budget
// already in use and the ranges on both follow the same unit (MODEL.md §8).
import type { Scenario, TokensBlock } from '../../scenario/schema';
import { roundSig } from './display';

type Mode = TokensBlock['budgetMode'];

/** The engineer-weighted mean salary at t = 0 (the plain mean when there are no engineers). */
export function meanSalary(scenario: Scenario): number {
  const heads = scenario.teams.reduce((sum, t) => sum + t.engineers, 0);
  if (heads > 0) return scenario.teams.reduce((sum, t) => sum + t.engineers * t.salary, 0) / heads;
  return scenario.teams.reduce((sum, t) => sum + t.salary, 0) / scenario.teams.length;
}

function convert(budget: number, from: Mode, to: Mode, salary: number): number {
  if (from === to) return budget;
  if (salary <= 0) return to === 'shareOfSalary' ? 0 : budget;
  return to === 'shareOfSalary' ? roundSig(budget / salary, 3) : roundSig(budget * salary, 3);
}

export function switchBudgetMode(scenario: Scenario, mode: Mode): Scenario {
  const from = scenario.tokens.budgetMode;
  if (from === mode) return scenario;
  const teams = scenario.teams.map((team) => {
    // A team with its own mode keeps it; a team budget that follows the shared mode converts.
    const own = team.tokens;
    if (!own || own.budgetMode !== undefined || (own.budget === undefined && own.budgetInUse === undefined)) return team;
    const tokens = { ...own };
    if (own.budget !== undefined) tokens.budget = convert(own.budget, from, mode, team.salary);
    if (own.budgetInUse !== undefined) tokens.budgetInUse = convert(own.budgetInUse, from, mode, team.salary);
    return { ...team, tokens };
  });
  const salary = meanSalary(scenario);
  const budget = convert(scenario.tokens.budget, from, mode, salary);
  const budgetInUse = convert(scenario.tokens.budgetInUse, from, mode, salary);
  const ranges = { ...scenario.uncertainty.ranges };
  for (const path of ['tokens.budget', 'tokens.budgetInUse']) {
    const range = ranges[path];
    if (range) ranges[path] = [convert(range[0], from, mode, salary), convert(range[1], from, mode, salary)];
  }
  return {
    ...scenario,
    teams,
    tokens: { ...scenario.tokens, budgetMode: mode, budget, budgetInUse },
    uncertainty: { ...scenario.uncertainty, ranges },
  };
}
