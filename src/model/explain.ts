// "Explain the gap": how much of the difference in one year's figure (the final year's unless asked for another)
// between a baseline and the current scenario comes from each group of
// parameters. A pure function of the two scenarios.
//
// Each group is switched from baseline to current one at a time, in both
// directions: forward (the others at their baseline values) and backward (the
// others at their current values); its contribution is the mean of the two.
// For two groups this is exactly the Shapley split and the parts add up to the
// gap; with more, what the pairs of switches do together that neither does
// alone is left over as the interaction remainder, reported, not hidden.
// Runs: 2 + 2 × (groups that differ).
import type { Scenario } from '../scenario/schema';
import { getPath, setPath } from '../scenario/paths';
import { simulate, type SimulationResult } from './simulate';
import type { YearMetric } from './metrics';

export type ExplainMetric = Exclude<YearMetric, 'tokensExceedSalary'>;

export interface ExplainGroup {
  id: string;
  label: string;
  /** Dotted paths of the scenario that move together. */
  paths: readonly string[];
}

/**
 * The groups, covering every field that changes a number. Teams move whole
 * (their names, pay and any token or productivity overrides), since teams can
 * be added and removed. Title, description, sources, currency and uncertainty
 * change no deterministic number and are not switched.
 */
export const EXPLAIN_GROUPS: readonly ExplainGroup[] = [
  { id: 'teams', label: 'Teams and pay', paths: ['teams', 'salaryGrowth', 'managers', 'specialists'] },
  { id: 'tokens', label: 'Token budget and prices', paths: ['tokens'] },
  { id: 'productivity', label: 'Productivity', paths: ['productivity'] },
  { id: 'demand', label: 'Demand', paths: ['demand'] },
  { id: 'policy', label: 'Headcount policy', paths: ['policy'] },
  { id: 'shocks', label: 'Shocks', paths: ['shocks'] },
  { id: 'horizon', label: 'Start year and years', paths: ['startYear', 'years'] },
];

export interface Contribution {
  id: string;
  label: string;
  /** f(baseline with this group switched to current) − f(baseline). */
  forward: number | null;
  /** f(current) − f(current with this group switched back to baseline). */
  backward: number | null;
  /** The mean of the two. */
  contribution: number | null;
}

export interface Explanation {
  metric: ExplainMetric;
  baseline: number | null;
  current: number | null;
  /** current − baseline. */
  gap: number | null;
  /** Groups that differ between the two scenarios, in EXPLAIN_GROUPS order. */
  contributions: Contribution[];
  /** gap − the sum of contributions: what the groups do together beyond their separate parts. */
  remainder: number | null;
}

export interface ExplainOptions {
  groups?: readonly ExplainGroup[];
  /** How to run a scenario (the app passes its memoised run with the custom-curve compiler). */
  run?(scenario: Scenario): SimulationResult;
  /** The calendar year of the figure (issue 9 point 4); the final year when omitted. A mixed run without that year has it unknown. */
  year?: number;
}

const differs = (a: Scenario, b: Scenario, group: ExplainGroup) =>
  group.paths.some((path) => JSON.stringify(getPath(a, path)) !== JSON.stringify(getPath(b, path)));

/** `target` with the group's fields taken from `source`. */
function switchGroup(target: Scenario, source: Scenario, group: ExplainGroup): Scenario {
  let out = target;
  for (const path of group.paths) out = setPath(out, path, getPath(source, path));
  return out;
}

const finite = (v: number) => (Number.isFinite(v) ? v : null);

export function explainGap(baseline: Scenario, current: Scenario, metric: ExplainMetric, options: ExplainOptions = {}): Explanation {
  const run = options.run ?? ((s: Scenario) => simulate(s));
  // A mixed scenario can be one the engine refuses (a team's custom curve
  // without the shared expression): its figure is then unknown, not a crash.
  const value = (s: Scenario): number => {
    try {
      const years = run(s).years;
      const row = options.year === undefined ? years[years.length - 1] : years.find((r) => r.year === options.year);
      return row?.[metric] ?? NaN;
    } catch {
      return NaN;
    }
  };
  const f0 = value(baseline);
  const f1 = value(current);
  const contributions: Contribution[] = [];
  for (const group of options.groups ?? EXPLAIN_GROUPS) {
    if (!differs(baseline, current, group)) continue;
    const forward = value(switchGroup(baseline, current, group)) - f0;
    const backward = f1 - value(switchGroup(current, baseline, group));
    contributions.push({
      id: group.id,
      label: group.label,
      forward: finite(forward),
      backward: finite(backward),
      contribution: finite((forward + backward) / 2),
    });
  }
  const sum = contributions.reduce((acc, c) => acc + (c.contribution ?? NaN), 0);
  let remainder = f1 - f0 - sum;
  // Rounding noise of the runs (~1e-16 relative) is not an interaction: show 0, not "−$0.00".
  if (Math.abs(remainder) <= 1e-9 * Math.max(1, Math.abs(f0), Math.abs(f1))) remainder = 0;
  return {
    metric,
    baseline: finite(f0),
    current: finite(f1),
    gap: finite(f1 - f0),
    contributions,
    remainder: finite(remainder),
  };
}
