// Switching the budget mode keeps the budget's meaning: $2,400 a year becomes
// the same money as a share of salary, rather than 2,400 × salary.
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
    if (team.tokens?.budget === undefined || team.tokens.budgetMode !== undefined) return team;
    return { ...team, tokens: { ...team.tokens, budget: convert(team.tokens.budget, from, mode, team.salary) } };
  });
  const budget = convert(scenario.tokens.budget, from, mode, meanSalary(scenario));
  return { ...scenario, teams, tokens: { ...scenario.tokens, budgetMode: mode, budget } };
}
