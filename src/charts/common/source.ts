// The source line under every chart: which model run, on which assumptions.
// Built from the scenario so a shared screenshot carries its own caveats.
import type { Scenario } from '../../scenario/schema';
import { readerLocale, t } from '../../i18n';
import { displayTitle } from '../../i18n/presetTexts';
import { formatValue, type ChartFormats } from './format';

const policy = (headcount: Scenario['policy']['headcount']): string =>
  headcount === 'hold' ? t('source.policy.hold') : headcount === 'matchDemand' ? t('source.policy.matchDemand') : t('source.policy.holdBudget');

export function assumptions(scenario: Scenario, locale: string = readerLocale()): string {
  const fmt: ChartFormats = { currency: scenario.currency, locale };
  // Cached formats (format.ts): most of this line is unchanged by an edit.
  const money = (v: number) => formatValue('money', v, fmt);
  const percent = (v: number) => formatValue('percent', v, fmt);
  const times = (v: number) => formatValue('multiplier', v, fmt);
  const count = (v: number) => formatValue('count', v, fmt);
  const tk = scenario.tokens;
  const p = scenario.productivity;
  const budget =
    tk.budgetMode === 'perEngineer' ? t('source.budgetMoney', { budget: money(tk.budget) }) : t('source.budgetShare', { budget: percent(tk.budget) });
  const price = tk.priceDecline
    ? t(tk.priceDecline > 0 ? 'source.priceFalling' : 'source.priceRising', { price: money(tk.pricePerMillion), rate: percent(Math.abs(tk.priceDecline)) })
    : t('source.price', { price: money(tk.pricePerMillion) });
  const gain =
    p.assumedMaxMultiplier !== null
      ? t('source.gainPlanned', { max: times(p.maxMultiplier), planned: times(p.assumedMaxMultiplier) })
      : t('source.gain', { max: times(p.maxMultiplier) });
  const demand = t('source.demand', { growth: percent(scenario.demand.growth) });
  const staffing = t(scenario.policy.layoffs ? 'source.policyLayoffs' : 'source.policyNoLayoffs', {
    policy: policy(scenario.policy.headcount),
    attrition: percent(scenario.policy.attrition),
  });
  const overrides = scenario.teams.some((team) => team.tokens || team.productivity);
  const engineers = scenario.teams.reduce((sum, team) => sum + team.engineers, 0);
  const teams = t('source.teams', { engineers: count(engineers), n: scenario.teams.length });
  const parts = [teams, budget, price, gain, demand, staffing];
  if (scenario.shocks.length) parts.push(t('source.shocks', { n: scenario.shocks.length }));
  const list = parts.reduce((a, b) => t('source.list', { a, b }));
  return overrides ? t('source.teamsDiffer', { list }) : list;
}

// Every chart shows the same line: built once per scenario object (the store
// replaces the object on each edit) and locale, not once per chart.
const lines = new Map<string, WeakMap<Scenario, string>>();

export function sourceLine(scenario: Scenario, locale: string = readerLocale()): string {
  let byScenario = lines.get(locale);
  if (!byScenario) lines.set(locale, (byScenario = new WeakMap()));
  let line = byScenario.get(scenario);
  if (line === undefined) {
    line = t('source.line', { title: displayTitle(scenario.title), assumptions: assumptions(scenario, locale) });
    byScenario.set(scenario, line);
  }
  return line;
}
