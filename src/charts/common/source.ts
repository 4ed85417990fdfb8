// The source line under every chart: which model run, on which assumptions.
// Built from the scenario so a shared screenshot carries its own caveats.
import type { Scenario } from '../../scenario/schema';
import { formatValue, type ChartFormats } from './format';

const POLICY: Record<Scenario['policy']['headcount'], string> = {
  hold: 'hold headcount',
  matchDemand: 'staff to the plan',
  holdBudget: 'hold the budget',
};

export function assumptions(scenario: Scenario, locale?: string): string {
  const fmt: ChartFormats = { currency: scenario.currency, locale };
  // Cached formats (format.ts): most of this line is unchanged by an edit.
  const formatMoney = (v: number) => formatValue('money', v, fmt);
  const formatPercent = (v: number) => formatValue('percent', v, fmt);
  const formatMultiplier = (v: number) => formatValue('multiplier', v, fmt);
  const formatNumber = (v: number) => formatValue('count', v, fmt);
  const t = scenario.tokens;
  const p = scenario.productivity;
  const budget =
    t.budgetMode === 'perEngineer'
      ? `token budget ${formatMoney(t.budget)} per engineer-year`
      : `token budget ${formatPercent(t.budget)} of salary`;
  const price = `${formatMoney(t.pricePerMillion)} per million tokens${
    t.priceDecline ? `, ${t.priceDecline > 0 ? 'falling' : 'rising'} ${formatPercent(Math.abs(t.priceDecline))} a year` : ''
  }`;
  const gain = `productivity up to ${formatMultiplier(p.maxMultiplier)}${
    p.assumedMaxMultiplier !== null ? ` (planned with ${formatMultiplier(p.assumedMaxMultiplier)})` : ''
  }`;
  const demand = `demand ${formatPercent(scenario.demand.growth)} a year`;
  const policy = `${POLICY[scenario.policy.headcount]}, attrition ${formatPercent(scenario.policy.attrition)}${
    scenario.policy.layoffs ? ', layoffs allowed' : ''
  }`;
  const overrides = scenario.teams.some((team) => team.tokens || team.productivity);
  const engineers = scenario.teams.reduce((sum, team) => sum + team.engineers, 0);
  const teams = `${formatNumber(engineers)} engineers in ${scenario.teams.length} team${scenario.teams.length === 1 ? '' : 's'}`;
  const parts = [teams, budget, price, gain, demand, policy];
  if (scenario.shocks.length) parts.push(`${scenario.shocks.length} shock${scenario.shocks.length === 1 ? '' : 's'}`);
  return parts.join('; ') + (overrides ? ' (shared settings; some teams differ)' : '');
}

// Every chart shows the same line: built once per scenario object (the store
// replaces the object on each edit), not once per chart.
const lines = new WeakMap<Scenario, string>();

export function sourceLine(scenario: Scenario, locale?: string): string {
  if (locale !== undefined) return `Source: model run of “${scenario.title}”; assumptions: ${assumptions(scenario, locale)}.`;
  let line = lines.get(scenario);
  if (line === undefined) {
    line = `Source: model run of “${scenario.title}”; assumptions: ${assumptions(scenario)}.`;
    lines.set(scenario, line);
  }
  return line;
}
