// A scenario within every bound can still be built to grow past what a double
// holds (about 1.8e308): near-total salary cuts under holdBudget with a span
// of control that shrinks every year (docs/model.md, "Known limit"; found by
// the link fuzzer, issue 12). Such a scenario is refused where it is read, as
// any other bad input is, so the model never shows a NaN or an Infinity and the
// last good scenario stays. A custom curve needs the formula engine, which
// loads on use: that check is made where formulas compile (state/openScenario).
import { simulate, type SimulateOptions, type SimulationResult } from '../model/simulate';
import type { Scenario } from './schema';

/** The first number of a result that is not finite, as "metric in year" (a team's or the totals'), or null. */
export function firstNonFinite(result: SimulationResult): string | null {
  const rows = (where: string, years: SimulationResult['years']) => {
    for (const row of years) {
      for (const [metric, value] of Object.entries(row)) {
        if (typeof value === 'number' && !Number.isFinite(value)) return `${metric} in ${row.year}${where}`;
      }
    }
    return null;
  };
  const total = rows('', result.years);
  if (total) return total;
  for (const team of result.teams) {
    const found = rows(` (team “${team.name.slice(0, 40)}”)`, team.years);
    if (found) return found;
  }
  for (const [name, value] of Object.entries(result.summary)) {
    if (typeof value === 'number' && !Number.isFinite(value)) return `the summary's ${name}`;
  }
  return null;
}

const usesFormula = (s: Scenario) => s.productivity.curve === 'custom' || s.teams.some((t) => t.productivity?.curve === 'custom');

/**
 * Why the scenario cannot be computed, in English (the parser's language), or
 * null. Without `compile`, a scenario with a custom curve is not run here.
 */
export function overflowProblem(scenario: Scenario, options: SimulateOptions = {}): string | null {
  if (!options.compile && usesFormula(scenario)) return null;
  const bad = firstNonFinite(simulate(scenario, options));
  return bad === null
    ? null
    : `its numbers grow past what can be computed (about 1.8e308): ${bad} is not a finite number; look at its cuts (shocks), the span of control's growth and its sizes`;
}
