// What the headline needs beyond the run itself: the same scenario with no
// token budget (cost per output against no AI, MODEL.md §5's no-AI baseline),
// and the facts the sentence is written from.
import type { Frontier, SimulationResult } from '../../model';
import type { Scenario } from '../../scenario/schema';
import type { SentenceFacts } from './sentence';
import type { FigureContext } from './figures';

const noAI = new WeakMap<Scenario, Scenario>();

/** The scenario with every token budget at 0 (shared block and team overrides), memoised per scenario. */
export function noAIScenario(scenario: Scenario): Scenario {
  let out = noAI.get(scenario);
  if (!out) {
    out = {
      ...scenario,
      tokens: { ...scenario.tokens, budget: 0 },
      teams: scenario.teams.map((team) =>
        team.tokens?.budget === undefined ? team : { ...team, tokens: { ...team.tokens, budget: 0 } },
      ),
    };
    noAI.set(scenario, out);
  }
  return out;
}

export function sentenceFacts(
  scenario: Scenario,
  result: SimulationResult,
  noAIResult: SimulationResult,
  frontier: Frontier | undefined,
): SentenceFacts {
  return {
    currency: scenario.currency,
    first: result.years[0],
    last: result.years[result.years.length - 1],
    summary: result.summary,
    noAICostPerOutput: noAIResult.years[noAIResult.years.length - 1].costPerOutput,
    frontier,
  };
}

/** What the figures need of the scenario; `year` is the year of the yearly figures (the final year when omitted). */
export function figureContext(scenario: Scenario, locale?: string, year?: number): FigureContext {
  const finalYear = scenario.startYear + scenario.years - 1;
  return {
    currency: scenario.currency,
    startYear: scenario.startYear,
    finalYear,
    year: year ?? finalYear,
    years: scenario.years,
    countAsPay: scenario.tokens.countAsPay || scenario.teams.some((t) => t.tokens?.countAsPay === true),
    locale,
  };
}
