// The source line under every chart: which model run, on which assumptions,
// what it changed from the preset it started from, and how many sources the
// scenario itself cites (issue 9 point 7: the line is the scenario's as it is,
// never the preset's text). Built from the scenario so a shared screenshot
// carries its own caveats.
import type { Scenario } from '../../scenario/schema';
import { readerLocale, t } from '../../i18n';
import { displayTitle } from '../../i18n/presetTexts';
import { formatValue, type ChartFormats } from './format';
import { basisWords, type Basis } from '../../ui/basis/basis';

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
// replaces the object on each edit), locale and preset, not once per chart.
const lines = new Map<string, WeakMap<Scenario, string>>();

/** The line for `scenario`; `basis` is the preset it started from (none for a file's or a link's own scenario). */
export function sourceLine(scenario: Scenario, locale: string = readerLocale(), basis: Basis | null = null): string {
  const key = `${locale}|${basis?.title ?? ''}`;
  let byScenario = lines.get(key);
  if (!byScenario) lines.set(key, (byScenario = new WeakMap()));
  let line = byScenario.get(scenario);
  if (line === undefined) {
    const title = displayTitle(scenario.title);
    const list = assumptions(scenario, locale);
    const based = basisWords(scenario, basis, locale);
    line = based ? t('source.lineBasis', { title, basis: based.inner, assumptions: list }) : t('source.line', { title, assumptions: list });
    if (scenario.sources.length) line = t('source.withSources', { line, n: scenario.sources.length });
    byScenario.set(scenario, line);
  }
  return line;
}
